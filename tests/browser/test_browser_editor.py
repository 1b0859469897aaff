"""st.data_editor in a real Voila page, used with the mouse and keyboard as a person would:
double-click a cell, type, Enter; Tab to the next cell and type there; copy a range of cells and
paste it elsewhere; undo; add a row and delete one, and undo both; pick a value in a selectbox column; a refused
edit shows its column's message and the cell keeps its value.

Every step waits for the app's own text (written from the value st.data_editor returned), so
nothing depends on how fast the kernel answers.
"""

from __future__ import annotations

import re
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
st.write(f"deleted={st.session_state.ed['deleted_rows']} added={len(st.session_state.ed['added_rows'])}")
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

    # undo the paste (both cells), then redo it by pasting again
    page.keyboard.press("Control+z")
    app.expect_text("names=zed,b,c,d")
    expect(cell(app, 3, "name")).to_have_text("d")
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
    app.expect_text("deleted=[3] added=1")

    # Ctrl+Z takes the deletion back (the focus is still on "Delete rows"), then the added row
    page.keyboard.press("Control+z")
    app.expect_text("rows=5", "names=zed,b,zed,b,nan", "deleted=[] added=1")
    expect(cell(app, 3, "name")).to_have_text("b")
    page.keyboard.press("Control+z")
    app.expect_text("rows=4", "names=zed,b,zed,b", "deleted=[] added=0")
    expect(app.root.locator(".tabulator-row")).to_have_count(4)
    # and the cell edits before them still undo in turn: the selectbox pick
    page.keyboard.press("Control+z")
    app.expect_text("digits=0,1,2,3")
    assert not page_errors(page)


TYPES_APP = """%%rerun
import datetime as dt
import pandas as pd
st.set_page_config(layout="wide")
cc = st.column_config
SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='20'><circle cx='10' cy='10' r='9' fill='teal'/></svg>"
df = pd.DataFrame({
    "text": ["apple", "pear"], "num": [1.5, 2.25], "flag": [True, False], "pick": ["x", "y"],
    "tags": [["a"], ["b", "c"]], "list": [["p", "q"], ["r"]], "day": [dt.date(2024, 1, 1), dt.date(2024, 1, 2)],
    "at": [dt.time(8, 0), dt.time(9, 30)], "when": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:00"]),
    "url": ["https://example.org/a", "https://example.org/b"], "img": [SVG, SVG],
    "json": [{"k": 1}, {"k": 2}], "done": [0.25, 0.75], "trend": [[1, 3, 2], [3, 2, 1]],
    "bars": [[1, 2, 3], [2, 1, 2]], "area": [[0, 1, 0], [1, 0, 1]],
})
st.data_editor(df, hide_index=True, column_config={
    "num": cc.NumberColumn("num", format="$%.2f"),
    "pick": cc.SelectboxColumn("pick", options=["x", "y", "z"]),
    "tags": cc.MultiselectColumn("tags", options=["a", "b", "c"], color="blue"),
    "list": cc.ListColumn("list"),
    "url": cc.LinkColumn("url", display_text=r"https://example.org/(.*)"),
    "img": cc.ImageColumn("img"),
    "json": cc.JsonColumn("json"),
    "done": cc.ProgressColumn("done", min_value=0, max_value=1),
    "trend": cc.LineChartColumn("trend"),
    "bars": cc.BarChartColumn("bars"),
    "area": cc.AreaChartColumn("area", color="green"),
})
st.write("types shown")
"""


def check_types_drawn(app: AppPage) -> None:
    """Each column of TYPES_APP's editor drawn as its type, not as plain text."""
    expect(cell(app, 0, "text")).to_have_text("apple")
    expect(cell(app, 0, "num")).to_have_text("$1.50")
    expect(cell(app, 0, "flag").locator("input[type=checkbox]")).to_be_checked()
    expect(cell(app, 1, "flag").locator("input[type=checkbox]")).not_to_be_checked()
    expect(cell(app, 1, "tags").locator(".rr-chip")).to_have_text(["b", "c"])
    expect(cell(app, 0, "list").locator(".rr-chip")).to_have_text(["p", "q"])
    expect(cell(app, 0, "day")).to_have_text("2024-01-01")
    expect(cell(app, 1, "at")).to_have_text("09:30:00")
    link = cell(app, 0, "url").locator("a")
    expect(link).to_have_text("a")
    expect(link).to_have_attribute("href", "https://example.org/a")
    expect(cell(app, 0, "img").locator("img")).to_have_attribute(
        "src", re.compile("^data:image/svg")
    )
    expect(cell(app, 0, "json")).to_have_text('{"k":1}')
    bar = cell(app, 1, "done").locator(".rr-progress-bar")
    expect(bar).to_have_attribute("style", re.compile(r"width: 75%"))
    expect(cell(app, 0, "done").locator(".rr-progress-label")).to_have_text("25%")
    expect(cell(app, 0, "trend").locator("svg polyline")).to_have_count(1)
    expect(cell(app, 0, "bars").locator("svg rect")).to_have_count(3)
    expect(cell(app, 0, "area").locator("svg polygon")).to_have_count(1)
    natural = cell(app, 0, "img").locator("img").evaluate("img => img.complete && img.naturalWidth")
    assert natural == 20  # the SVG drew


def test_each_column_type_is_drawn_as_itself(
    voila: Server, browser_page: Any, served_notebooks: Path, screenshots: Path
) -> None:
    folder = served_notebooks / "editor"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext rerunner"),
        nbformat.v4.new_code_cell(TYPES_APP),
    ])  # fmt: skip
    nbformat.write(nb, folder / "types.ipynb")
    page = browser_page
    app = open_voila_app(page, voila.url, "editor/types.ipynb", "types shown")
    check_types_drawn(app)
    app.screenshot(screenshots / "editor_types.png")
    # the grid is as wide as the app's main area, and scrolls sideways to its last column
    widths = app.root.locator(".rr-grid").evaluate(
        "g => [g.getBoundingClientRect().width, g.parentElement.getBoundingClientRect().width]"
    )
    assert abs(widths[0] - widths[1]) < 2, widths
    cell(app, 0, "area").scroll_into_view_if_needed()
    expect(cell(app, 0, "area")).to_be_in_viewport()
    assert not page_errors(page)
