"""st.dataframe on the grid in a real Voila page: read-only, its column types drawn as themselves,
and selections made with the mouse (a row's box, single and multi; a column's header; a cell)
that the app sees in what the call returns, in session state and in its callback.

Every step waits for the app's own text, written from the selection st.dataframe returned, so
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
    "score": [0.1, 0.5, 0.9, 0.3],
    "city": ["Oslo", "Lima", "Pune", "Rome"],
})
st.session_state.setdefault("calls", 0)

def picked():
    st.session_state.calls += 1

many = st.dataframe(
    df, key="many", on_select=picked, selection_mode=["multi-row", "multi-column"],
    column_config={"score": st.column_config.ProgressColumn("score", min_value=0, max_value=1)},
)
st.write("rows=" + ",".join(str(r) for r in many.selection.rows))
st.write("columns=" + ",".join(many.selection.columns))
st.write(f"calls={st.session_state.calls}")
st.write("stored=" + ",".join(str(r) for r in st.session_state.many["selection"]["rows"]))
one = st.dataframe(df, on_select="rerun", selection_mode=["single-row", "single-cell"])
st.write("one=" + ",".join(str(r) for r in one.selection.rows))
st.write("cells=" + ",".join(f"{r}:{c}" for r, c in one.selection.cells))
if many.selection.rows:
    st.write("chosen=" + ",".join(df["name"][many.selection.rows]))
st.dataframe(df.style.highlight_max(subset=["score"], color="yellow").format({"score": "{:.0%}"}))
"""


def grid(app: AppPage, n: int) -> Any:
    return app.root.locator(".rr-dataframe").nth(n)


def row_box(app: AppPage, n: int, row: int) -> Any:
    return grid(app, n).locator(".tabulator-row").nth(row).locator(".rr-row-number")


def cell(app: AppPage, n: int, row: int, field: str) -> Any:
    return (
        grid(app, n)
        .locator(".tabulator-row")
        .nth(row)
        .locator(f'.tabulator-cell[tabulator-field="{field}"]')
    )


def test_selecting_rows_columns_and_cells(
    voila: Server, browser_page: Any, served_notebooks: Path, screenshots: Path
) -> None:
    folder = served_notebooks / "dataframe"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext rerunner"),
        nbformat.v4.new_code_cell(APP),
    ])  # fmt: skip
    nbformat.write(nb, folder / "dataframe.ipynb")
    page = browser_page
    app = open_voila_app(page, voila.url, "dataframe/dataframe.ipynb", "calls=0")
    expect(cell(app, 0, 0, "name")).to_have_text("a")
    # read-only, and each type drawn as itself: the progress column is a bar
    expect(cell(app, 0, 2, "score").locator(".rr-progress-label")).to_have_text("90%")
    cell(app, 0, 0, "name").dblclick()
    expect(cell(app, 0, 0, "name").locator("input")).to_have_count(0)
    # cells are in the page's text colour (the theme's), not Tabulator's own grey
    colours = cell(app, 0, 0, "name").evaluate(
        "c => [getComputedStyle(c).color,"
        " getComputedStyle(c.closest('.rr-grid').querySelector('.tabulator')).color]"
    )
    assert colours[0] == colours[1], colours
    # a Styler: its formatted text, and its CSS on the cell
    expect(cell(app, 2, 2, "score")).to_have_text("90%")
    expect(cell(app, 2, 2, "score")).to_have_css("background-color", "rgb(255, 255, 0)")
    expect(cell(app, 2, 1, "score")).not_to_have_css("background-color", "rgb(255, 255, 0)")

    # multi-row: two boxes, then one again to drop it; the callback ran before each rerun
    row_box(app, 0, 1).click()
    app.expect_text("rows=1", "calls=1", "stored=1", "chosen=b")
    row_box(app, 0, 3).click()
    app.expect_text("rows=1,3", "calls=2", "chosen=b,d")
    expect(row_box(app, 0, 3).locator("input.rr-row-select")).to_be_checked()
    expect(grid(app, 0).locator(".tabulator-row.rr-selected-row")).to_have_count(2)
    row_box(app, 0, 1).click()
    app.expect_text("rows=3", "calls=3", "chosen=d")

    # a column's header selects the column
    grid(app, 0).locator('.tabulator-col[tabulator-field="city"] .tabulator-col-title').click()
    app.expect_text("columns=city", "calls=4")
    expect(cell(app, 0, 0, "city")).to_have_class(re.compile("rr-selected-column"))

    # single-row: a second row replaces the first
    row_box(app, 1, 0).click()
    app.expect_text("one=0")
    row_box(app, 1, 2).click()
    app.expect_text("one=2")
    expect(grid(app, 1).locator(".tabulator-row.rr-selected-row")).to_have_count(1)

    # single-cell: a click on a cell selects it
    cell(app, 1, 1, "city").click()
    app.expect_text("cells=1:city")
    expect(cell(app, 1, 1, "city")).to_have_class(re.compile("rr-selected-cell"))
    app.expect_text("rows=3", "calls=4")  # the other table's selection is untouched
    app.screenshot(screenshots / "dataframe_selections.png")
    assert not page_errors(page)
