"""st.grid, st.menu_button, st.pagination and st.datetime_input in a real Voila page in
chromium: the grid's columns follow the page's width, a picked menu option reaches the app and
the menu shows its label again (a long label wraps with wrap=True and is cut with False), page buttons and the two halves of a datetime field send what
the app then shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import Server

APP = """
import datetime
grid = st.grid(4, border=True)
for i in range(8):
    grid.write(f"cell {i}")
picked = st.menu_button("Export", ["CSV", "JSON"], key="menu")
st.menu_button("A long label that needs more than one line to be read", ["x"], wrap=True, width=140)
st.menu_button("A long label that is cut with an ellipsis", ["x"], wrap=False, width=140)
page = st.pagination(20, key="page")
moment = st.datetime_input("When", datetime.datetime(2024, 5, 6, 7, 30), key="when")
st.write(f"picked={picked} page={page} when={moment:%Y-%m-%d %H:%M}")
st.write("widgets ready")
"""

COLUMNS = """() => {
    const grid = document.querySelector('.rr-grid');
    const tops = [...grid.children].map(c => Math.round(c.getBoundingClientRect().top));
    return tops.filter(t => t === tops[0]).length;
}"""

MENU_CUT = """() => {
    const s = document.querySelector('.rr-menu-button.rr-nowrap select');
    const cs = getComputedStyle(s);
    return [cs.textOverflow, cs.whiteSpace];
}"""
MENU_HEIGHTS = """() => Object.fromEntries(['wrap', 'nowrap'].map(c => [
    c === 'wrap' ? 'wraps' : 'cut',
    document.querySelector(`.rr-menu-button.rr-${c} select`).getBoundingClientRect().height,
]))"""


def test_new_widgets_in_voila(browser_page: Any, voila: Server, voila_folder: Path) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "widgets.ipynb")
    browser_page.set_viewport_size({"width": 1200, "height": 900})
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/widgets.ipynb", "widgets ready")
    page = browser_page
    app.expect_text("picked=None page=1 when=2024-05-06 07:30")
    # the grid: as many columns as fit at 200px with 1rem (16px) gaps, at most four (so
    # three in a page of Streamlit's centred width, as Streamlit's docs say)
    width = page.evaluate("() => document.querySelector('.rr-grid').clientWidth")
    fits = min(4, int((width + 16) // (200 + 16)))
    assert page.evaluate(COLUMNS) == fits >= 2, width
    page.set_viewport_size({"width": 420, "height": 900})
    page.wait_for_function(f"() => ({COLUMNS})() < {fits}")
    assert page.evaluate(COLUMNS) == 1
    page.set_viewport_size({"width": 1200, "height": 900})
    # wrap=True: the closed menu's label takes more lines; wrap=False: one line, cut
    heights = page.evaluate(MENU_HEIGHTS)
    assert heights["wraps"] > 1.5 * heights["cut"] and heights["cut"] < 40, heights
    # (chromium clips a select's text itself, and draws the ellipsis text-overflow asks for)
    assert page.evaluate(MENU_CUT) == ["ellipsis", "nowrap"]
    # the menu button: pick an option; the app sees it for one run; the label comes back
    menu = app.root.locator(".rr-menu-button:not(.rr-wrap):not(.rr-nowrap) select")
    menu.select_option(label="JSON")
    app.expect_text("picked=JSON")
    page.wait_for_function(
        "() => document.querySelector('.rr-menu-button select').selectedIndex === 0"
    )
    # pagination: the next arrow, then page 20
    app.button("›").click()
    app.expect_text("picked=None page=2")
    app.button("20").click()
    app.expect_text("picked=None page=20")
    menu.select_option(label="JSON")  # the same option again is a new pick
    app.expect_text("picked=JSON page=20")
    # datetime input: the time half keeps the date
    clock = app.root.locator(".rr-datetime input[type=time]")
    clock.fill("18:45")
    clock.press("Enter")
    app.expect_text("when=2024-05-06 18:45")
    assert not page_errors(browser_page)
