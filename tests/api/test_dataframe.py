"""st.dataframe in process: the editor's grid, read-only, with column_config, and selections
sent as the grid's ``select`` message (what a click in the browser sends)."""

from __future__ import annotations

from typing import Any

from rerunner.render.editor import Grid
from rerunner.render.table_widget import PagedTable
from rerunner.testing import AppTest

from tests.support.inprocess import Harness


def grids(h: Harness) -> list[Grid]:
    return [x for x in h.all() if isinstance(x, Grid)]


def send(grid: Grid, content: dict[str, Any]) -> list[dict[str, Any]]:
    """A message from the grid's front end; the kernel's replies to it."""
    replies: list[dict[str, Any]] = []
    real = grid.send
    grid.send = lambda msg, buffers=None: replies.append(msg)  # type: ignore[method-assign]
    try:
        grid._handle_msg(
            {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
        )
    finally:
        del grid.send
    assert grid.send == real
    return replies


def rows(grid: Grid) -> list[dict[str, Any]]:
    [reply] = send(grid, {"op": "rows", "req": 1, "start": 0, "stop": 100})
    return reply["rows"]


TYPES = """
import datetime as dt
import pandas as pd
cc = st.column_config
df = pd.DataFrame({
    "text": ["apple"], "num": [1.5], "flag": [True], "pick": ["x"], "tags": [["a"]],
    "day": [dt.date(2024, 1, 1)], "at": [dt.time(8, 0)], "when": pd.to_datetime(["2024-01-01"]),
    "url": ["https://example.org/a"], "img": ["https://example.org/i.png"], "list": [["p"]],
    "json": [{"k": 1}], "done": [0.25], "trend": [[1, 3]], "bars": [[1, 2]], "area": [[0, 1]],
    "plain": ["p"], "gone": [0],
})
st.dataframe(df, hide_index=True, column_order=["text", "num", "flag", "pick", "tags", "day",
    "at", "when", "url", "img", "list", "json", "done", "trend", "bars", "area", "plain"],
    height=200, row_height=40, placeholder="-", column_config={
    "text": cc.TextColumn("Text", help="a tip"), "num": cc.NumberColumn("Num", format="$%.2f"),
    "flag": cc.CheckboxColumn("Flag"), "pick": cc.SelectboxColumn("Pick", options=["x", "y"]),
    "tags": cc.MultiselectColumn("Tags", options=["a", "b"]), "day": cc.DateColumn("Day"),
    "at": cc.TimeColumn("At"), "when": cc.DatetimeColumn("When"), "url": cc.LinkColumn("Url"),
    "img": cc.ImageColumn("Img"), "list": cc.ListColumn("List"), "json": cc.JsonColumn("Json"),
    "done": cc.ProgressColumn("Done"), "trend": cc.LineChartColumn("Trend"),
    "bars": cc.BarChartColumn("Bars"), "area": cc.AreaChartColumn("Area"),
    "plain": cc.Column("Plain", width="small", pinned=True), "gone": None,
})
"""


def test_each_column_type_and_option_reaches_the_read_only_grid() -> None:
    h = Harness(TYPES)
    [grid] = grids(h)
    shown = {c["name"]: c for c in grid.columns}
    assert list(shown) == [
        "text",
        "num",
        "flag",
        "pick",
        "tags",
        "day",
        "at",
        "when",
        "url",
        "img",
        "list",
        "json",
        "done",
        "trend",
        "bars",
        "area",
        "plain",
    ]  # fmt: skip  (index hidden, "gone" hidden by None)
    types = {n: c["type"] for n, c in shown.items()}
    assert types == {
        "text": "text", "num": "number", "flag": "checkbox", "pick": "selectbox",
        "tags": "multiselect", "day": "date", "at": "time", "when": "datetime", "url": "link",
        "img": "image", "list": "list", "json": "json", "done": "progress",
        "trend": "line_chart", "bars": "bar_chart", "area": "area_chart", "plain": "text",
    }  # fmt: skip
    assert shown["num"]["label"] == "Num" and shown["num"]["config"]["format"] == "$%.2f"
    assert shown["text"]["help"] == "a tip" and shown["plain"]["pinned"] is True
    assert shown["plain"]["width"] == "small"
    assert not any(c["editable"] for c in grid.columns) and grid.editable is False
    assert not grid.can_add and not grid.can_delete
    assert (grid.height, grid.row_height, grid.placeholder) == (200, 40, "-")
    [row] = rows(grid)
    assert row["trend"] == [1, 3] and row["json"] == {"k": 1} and row["flag"] is True
    # a read-only grid takes no edit: nothing answers, nothing changes
    assert not send(
        grid, {"op": "edit", "req": 2, "cells": [{"row": "o0", "col": "text", "value": "z"}]}
    )
    assert rows(grid)[0]["text"] == "apple"


def test_without_selections_it_is_an_element_and_st_table_stays_static() -> None:
    h = Harness(
        "import pandas as pd\nr = st.dataframe(pd.DataFrame({'a': [1]}), key='plain')\n"
        "st.write(type(r).__name__, 'plain' in st.session_state)\nst.table({'a': [1]})"
    )
    [grid] = grids(h)
    assert grid.selection_modes == [] and "st-key-plain" in grid._dom_classes
    assert "ElementHandle <code>False</code>" in h.text()
    assert len([x for x in h.all() if isinstance(x, PagedTable)]) == 1


APP = """
import pandas as pd
df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
log = st.session_state.setdefault("log", [])

def picked():
    log.append(("callback", list(st.session_state.pick.selection.rows)))

ev = st.dataframe(df, key="pick", on_select=picked,
                  selection_mode=["multi-row", "single-column", "multi-cell"])
log.append(("body", list(ev.selection.rows)))
st.write(f"rows={ev.selection.rows} columns={ev.selection.columns} cells={ev.selection.cells}")
"""


def test_a_click_selection_runs_the_callback_then_the_rerun() -> None:
    h = Harness(APP)
    [grid] = grids(h)
    assert grid.selection_modes == ["multi-cell", "multi-row", "single-column"]
    assert "rows=[] columns=[] cells=[]" in h.text()
    send(grid, {"op": "select", "selection": {"rows": [2, 0], "columns": ["n"],
                                               "cells": [[0, "n"], [1, "name"]]}})  # fmt: skip
    assert "rows=[2, 0] columns=['n'] cells=[(0, 'n'), (1, 'name')]" in h.text()
    assert h.state["log"] == [("body", []), ("callback", [2, 0]), ("body", [2, 0])]
    assert grids(h)[0] is grid and grid.selection == {
        "rows": [2, 0], "columns": ["n"], "cells": [[0, "n"], [1, "name"]],
    }  # fmt: skip
    stored = h.state["pick"]
    assert type(stored).__name__ == "DataframeState" and stored.selection.rows == [2, 0]
    # what the modes and the data do not allow is dropped
    send(grid, {"op": "select", "selection": {"rows": [9, 1], "columns": ["name", "n", "zz"]}})
    assert "rows=[1] columns=['name'] cells=[]" in h.text()


def test_single_row_required_and_the_index_of_a_selectable_range_index() -> None:
    h = Harness(
        "import pandas as pd\n"
        "ev = st.dataframe(pd.DataFrame({'a': [5, 6]}), on_select='rerun', "
        "selection_mode='single-row-required')\nst.write(f'rows={ev.selection.rows}')"
    )
    [grid] = grids(h)
    assert "rows=[0]" in h.text() and grid.selection["rows"] == [0]
    assert [c["name"] for c in grid.columns] == ["a"]  # a range index is hidden with row modes
    send(grid, {"op": "select", "selection": {"rows": []}})
    assert "rows=[0]" in h.text()  # one row stays selected


def test_apptest_sees_a_dataframe_with_its_key_and_assigned_selection() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nimport pandas as pd\n"
        "ev = st.dataframe(pd.DataFrame({'a': [1, 2]}), key='k', on_select='rerun')\n"
        "st.write(repr(ev))"
    ).run()
    [df] = at.dataframe
    assert (df.key, df.editing_mode, list(df.value["a"])) == ("k", "read_only", [1, 2])
    at.session_state["k"] = {"selection": {"rows": [1]}}
    at.run()
    assert "'rows': [1]" in at.markdown[0].value


def test_a_styler_sends_its_display_text_and_cell_css_with_the_rows() -> None:
    h = Harness(
        "import pandas as pd\ndf = pd.DataFrame({'a': [1, 2], 'b': [3.14159, 1.0]})\n"
        "st.dataframe(df.style.highlight_max(color='yellow').format({'b': '{:.1f}'}))"
    )
    [grid] = grids(h)
    first, second = rows(grid)
    assert first["b"] == 3.14159 and first["_text"] == {"a": "1", "b": "3.1"}
    assert first["_css"] == {"b": "background-color: yellow"}
    assert second["_css"] == {"a": "background-color: yellow"}


def test_a_styler_over_pandas_limit_gets_streamlits_error() -> None:
    h = Harness(
        "import pandas as pd\npd.set_option('styler.render.max_elements', 3)\n"
        "try:\n    st.dataframe(pd.DataFrame({'a': [1, 2]}).style)\n"
        "    st.dataframe(pd.DataFrame({'a': [1, 2], 'b': [3, 4]}).style)\n"
        "finally:\n    pd.reset_option('styler.render.max_elements')"
    )
    [error] = h.errors()
    assert error.startswith("The dataframe has `4` cells, but the maximum number of cells")
