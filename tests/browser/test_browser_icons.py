"""Material icons drawn as glyphs, offline, in a real Voila page in chromium; and ``st.html``'s
scripts run only when allowed.

Requests to any host but 127.0.0.1 are aborted (``tests/support/browser.py``), so the glyph can
only come from the font the kernel sent. A glyph is one em wide; the same name set as text in
the same size is several times wider, so a page that showed the name would fail. The first
icon of the page is a button's: chromium once drew that one with a fallback box (see
``rerunner/render/icons.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.support.app_page import (
    assert_icons_are_glyphs,
    icon_metrics,
    open_voila_app,
    page_errors,
)
from tests.support.browser import Server

APP = """
st.button("Save", icon=":material/save:")
st.markdown('<span id="name-as-text" style="font-size: 24px">home</span>', unsafe_allow_html=True)
st.markdown('<span style="font-size: 24px">:material/home:</span>', unsafe_allow_html=True)
st.tabs([":material/settings: Settings", "Other"])
st.html("<p id='safe-html'>safe</p><script>window.__ranSafe = 1</script>")
st.html("<p id='js-html'>js</p><script>window.__ranJs = 1</script>", unsafe_allow_javascript=True)
st.html('<img id="handler-html" src="x" onerror="window.__ranHandler = 1">')
st.write("icons ready")
"""


def test_icons_are_glyphs_of_the_shipped_font_with_no_network(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "icons.ipynb")
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/icons.ipynb", "icons ready")
    page = browser_page
    seen = icon_metrics(page)
    assert seen["iconSize"] == 24
    assert_icons_are_glyphs(seen)  # the page's first icon (a button's) included
    assert "home" not in app.root.locator(".widget-button").first.inner_text()
    # no icon font was asked of any server: the one face came with the page's widgets
    # (Voila's own page asks a CDN for Font Awesome's stylesheets; those fail here)
    assert not [u for u in requests if "material" in u.lower() or "woff" in u.lower()]
    # st.html: scripts run only when allowed; the HTML itself shows either way
    page.wait_for_function("window.__ranJs === 1")
    assert page.evaluate("window.__ranSafe") is None
    assert page.locator("#handler-html").count() == 1  # the image stays, its handler goes
    assert page.evaluate("window.__ranHandler") is None
    assert page.locator("#safe-html").count() == 1 and page.locator("#js-html").count() == 1
    assert not page_errors(browser_page)
