"""Script injection through every kind of user text, tried in a real Voila page in chromium.

Each payload would set ``window.__pwned`` if the page ever treated it as markup. A control
element written with ``unsafe_allow_html=True`` proves the page does render HTML that was
allowed, so the check can fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import Server

PAYLOADS = [
    '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
    "<script>window.__pwned=(window.__pwned||0)+1</script>",
    '<svg onload="window.__pwned=(window.__pwned||0)+1"></svg>',
]

APP = """
P = PAYLOADS[int(st.session_state.get("which", 0))]
st.markdown(P)
st.write("write", P, 1)
st.write({"json": P})
st.caption(P)
st.header(P, help=P)
st.text(P)
st.code(P)
st.error(P, title=P)
st.checkbox(P, help=P)
st.radio(P, [P, "plain"], captions=[P, "c"])
st.selectbox(P, [P])
st.multiselect(P, [P], default=[P])
st.slider(P, 0, 10, help=P)
st.select_slider(P, [P, "b"])
st.text_input(P, P, placeholder=P)
st.number_input(P, placeholder=P)
st.text_area(P, P)
st.button(P, help=P)
st.link_button(P, "javascript:window.__pwned=1")
st.download_button(P, "x", file_name=P)
st.tabs([P, "b"])[0].write(P)
st.expander(P).write(P)
typed = st.text_input("Type here", key="typed")
st.write("You typed:", typed)
st.markdown('<b id="allowed-html">allowed</b>', unsafe_allow_html=True)
st.exception(ValueError(P))
"""


def make_notebook(folder: Path) -> None:
    cells = [
        new_code_cell("%load_ext rerunner\nPAYLOADS = " + repr(PAYLOADS)),
        new_code_cell("%%rerun\n" + APP.strip()),
    ]
    nbformat.write(new_notebook(cells=cells), folder / "injection.ipynb")


def test_no_payload_runs_in_a_voila_page(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    make_notebook(folder)
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/injection.ipynb", "You typed:")
    page = browser_page
    assert page.locator("#allowed-html").count() == 1  # allowed HTML does render
    assert page.evaluate("window.__pwned") is None
    assert PAYLOADS[0] in app.text()  # shown, as text
    # A visitor types a payload; the app writes it back into the page.
    app.type_and_enter("Type here", PAYLOADS[0])
    app.expect_text("You typed: " + PAYLOADS[0])
    hrefs = [a.get_attribute("href") or "" for a in page.locator("a").all()]
    assert not [h for h in hrefs if h.strip().lower().startswith("javascript")]
    # No payload became an element: nothing that could fire later.
    injected = page.locator('img[src="x"], svg[onload], script:text("__pwned")')
    assert injected.count() == 0
    assert page.evaluate("window.__pwned") is None
    assert not page_errors(browser_page)
