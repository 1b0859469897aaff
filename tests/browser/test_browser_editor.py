"""st.data_editor in a real Voila page, used with the mouse and keyboard as a person would:
double-click a cell, type, Enter; Tab to the next cell and type there; copy a range of cells and
paste it elsewhere; add a row and delete one; pick a value in a selectbox column; a refused
edit shows its column's message and the cell keeps its value.

Every step waits for the app's own text (written from the value st.data_editor returned), so
nothing depends on how fast the kernel answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_voila_app, page_errors
from tests.support.browser import Server

APP = """%%rerun
import pandas as pd
df = pd.DataFrame({
    "name": ["a", "b", "c", "d"],
    "n": [1, 2, 3, 4],
    "digit": ["0", "1", "2", "3"],
    "done": [False, True, False, True],
})
out = st.data_editor(
    df,
    key="ed",
    num_rows="dynamic",
    column_config={
        "n": st.column_config.NumberColumn("n", min_value=0, max_value=100),
        "digit": st.column_config.SelectboxColumn("digit", options=[str(i) for i in range(10)]),
        "done": st.column_config.CheckboxColumn("done"),
    },
)
st.write("names=" + ",".join(str(v) for v in out["name"]))
st.write("ns=" + ",".join(str(v) for v in out["n"]))
st.write("digits=" + ",".join(str(v) for v in out["digit"]))
st.write("done=" + ",".join(str(v) for v in out["done"]))
st.write(f"rows={len(out)}")
"""


def cell(app: AppPage, row: int, field: str) -> Any:
    return (
        app.root.locator(".tabulator-row")
        .nth(row)
        .locator(f'.tabulator-cell[tabulator-field="{field}"]')
    )


def test_editing_a_grid(voila: Server, browser_page: Any, served_notebooks: Path) -> None:
    folder = served_notebooks / "editor"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext rerunner"),
        nbformat.v4.new_code_cell(APP),
    ])  # fmt: skip
    nbformat.write(nb, folder / "editor.ipynb")
    page = browser_page
    app = open_voila_app(page, voila.url, "editor/editor.ipynb", "rows=4")
    expect(cell(app, 0, "name")).to_have_text("a")

    # double-click, type, Enter
    cell(app, 0, "name").dblclick()
    editor = cell(app, 0, "name").locator("input")
    expect(editor).to_be_visible()
    editor.fill("zed")
    editor.press("Enter")
    app.expect_text("names=zed,b,c,d")

    # Tab moves to the next cell; typing there starts editing it
    page.keyboard.press("Tab")
    page.keyboard.type("9")
    page.keyboard.press("Enter")
    app.expect_text("ns=9,2,3,4")

    # a refused edit: out of range; the message shows, the cell keeps its value
    cell(app, 1, "n").dblclick()
    editor = cell(app, 1, "n").locator("input")
    editor.fill("500")
    editor.press("Enter")
    expect(app.root.locator(".rr-grid-message")).to_have_text("n: The value must be at most 100.")
    expect(cell(app, 1, "n")).to_have_text("2")
    app.expect_text("ns=9,2,3,4")

    # copy a range (two names) and paste it two rows down
    cell(app, 0, "name").click()
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("Control+c")
    cell(app, 2, "name").click()
    page.keyboard.press("Control+v")
    app.expect_text("names=zed,b,zed,b")

    # a checkbox toggles with a click
    cell(app, 0, "done").click()
    app.expect_text("done=True,True,False,True")

    # pick a value in a selectbox column
    cell(app, 1, "digit").dblclick()
    page.locator(".tabulator-edit-list-item", has_text="7").first.click()
    app.expect_text("digits=0,7,2,3")

    # add a row, then delete one
    app.root.get_by_role("button", name="+ Add row").click()
    app.expect_text("rows=5")
    cell(app, 3, "name").click()
    app.root.get_by_role("button", name="Delete rows").click()
    app.expect_text("rows=4", "names=zed,b,zed,nan")  # pandas writes a missing str as nan
    assert not page_errors(page)
