"""st.data_editor and st.column_config in process: the columns the grid draws, the checks an edit
passes, the edit state applied and returned in the data's own type, the grid's messages."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import ipywidgets as w
import pandas as pd
import pytest

from rerunner import tabular
from rerunner.render.editor import Grid

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error


class Browser:
    """The grid's side of the conversation: messages as the browser sends them, replies kept."""

    def __init__(self, h: Harness) -> None:
        self.h = h
        self.replies: list[dict[str, Any]] = []
        self.seq = 0

    @property
    def grid(self) -> Grid:
        grid = next(x for x in self.h.all() if isinstance(x, Grid))
        grid.send = lambda content, buffers=None: self.replies.append(content)  # type: ignore[method-assign]
        return grid

    def send(self, op: str, **content: Any) -> dict[str, Any]:
        self.seq += 1
        message = {"op": op, "req": self.seq, **content}
        self.grid._handle_msg(
            {"content": {"data": {"method": "custom", "content": message}}, "buffers": []}
        )
        return self.replies[-1]

    def edit(self, *cells: tuple[str, str, Any]) -> dict[str, Any]:
        return self.send("edit", cells=[{"row": r, "col": c, "value": v} for r, c, v in cells])

    def rows(self, start: int = 0, stop: int = 100) -> list[dict[str, Any]]:
        return self.send("rows", start=start, stop=stop)["rows"]


TYPES = """
import datetime as dt
import ipywidgets as w
import pandas as pd
cc = st.column_config
df = pd.DataFrame({
    "text": ["a", "b"], "num": [1.5, 2.0], "int": [1, 2], "flag": [True, False],
    "pick": ["x", "y"], "tags": [["a"], ["b", "c"]], "day": [dt.date(2024, 1, 1), dt.date(2024, 1, 2)],
    "at": [dt.time(8, 0), dt.time(9, 30)], "when": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:00"]),
    "url": ["https://a.org", "https://b.org"], "img": ["https://a.org/x.png", "data:image/png;base64,AA=="],
    "json": [{"k": 1}, {"k": 2}], "done": [0.25, 0.5], "trend": [[1, 2, 3], [3, 2, 1]],
    "bars": [[1, 2], [2, 1]], "area": [[0, 1], [1, 0]],
})
out = st.data_editor(df, key="ed", hide_index=True, column_config={
    "text": cc.TextColumn("Text", max_chars=3, validate="^[a-z]+$"),
    "num": cc.NumberColumn("Num", min_value=0, max_value=10, format="%.1f"),
    "int": cc.NumberColumn("Int", required=True),
    "flag": cc.CheckboxColumn("Flag"),
    "pick": cc.SelectboxColumn("Pick", options=["x", "y", "z"]),
    "tags": cc.MultiselectColumn("Tags", options=["a", "b", "c"]),
    "day": cc.DateColumn("Day", min_value=dt.date(2024, 1, 1)),
    "at": cc.TimeColumn("At", max_value=dt.time(18, 0)),
    "when": cc.DatetimeColumn("When"),
    "url": cc.LinkColumn("Url", display_text="site"),
    "img": cc.ImageColumn("Img"),
    "json": cc.JsonColumn("Json"),
    "done": cc.ProgressColumn("Done", min_value=0, max_value=1),
    "trend": cc.LineChartColumn("Trend"),
    "bars": cc.BarChartColumn("Bars"),
    "area": cc.AreaChartColumn("Area", color="green"),
})
st.write(repr([v.item() if type(v).__module__ == "numpy" else v for v in out.iloc[0]]))
"""


def test_every_column_type_reaches_the_grid_as_itself() -> None:
    h = Harness(TYPES)
    assert not h.errors()
    columns = {c["name"]: c for c in Browser(h).grid.columns}
    assert tabular.INDEX not in columns  # hide_index=True
    assert {n: c["type"] for n, c in columns.items()} == {
        "text": "text", "num": "number", "int": "number", "flag": "checkbox", "pick": "selectbox",
        "tags": "multiselect", "day": "date", "at": "time", "when": "datetime", "url": "link",
        "img": "image", "json": "json", "done": "progress", "trend": "line_chart",
        "bars": "bar_chart", "area": "area_chart",
    }  # fmt: skip
    editable = {n for n, c in columns.items() if c["editable"]}
    assert editable == {"text", "num", "int", "flag", "pick", "tags", "day", "at", "when", "url"}
    assert columns["num"]["config"]["format"] == "%.1f" and columns["int"]["required"]
    assert columns["area"]["config"]["color"] == "green"
    assert columns["text"]["label"] == "Text"


def test_each_column_checks_its_edits() -> None:
    h = Harness(TYPES)
    b = Browser(h)
    reply = b.edit(
        ("o0", "text", "ABC"),  # does not match the pattern
        ("o0", "text", "abcdef"),  # cut to max_chars, then accepted
        ("o0", "num", "11"),
        ("o0", "num", "2.5"),
        ("o0", "int", None),  # required
        ("o0", "int", "1.5"),  # an int column takes whole numbers
        ("o0", "int", 7),
        ("o0", "flag", "maybe"),
        ("o0", "flag", False),
        ("o0", "pick", "w"),
        ("o0", "pick", "z"),
        ("o0", "tags", ["a", "q"]),
        ("o0", "tags", ["b", "c"]),
        ("o0", "day", "2023-12-31"),
        ("o0", "day", "2024-02-01"),
        ("o0", "at", "19:00"),
        ("o0", "at", "07:15"),
        ("o0", "when", "not a date"),
        ("o0", "when", "2024-03-01T12:00:00"),
        ("o0", "done", 0.9),  # a progress column is read-only
    )
    assert [(r["col"], r["message"]) for r in reply["refused"]] == [
        ("text", "'ABC' does not match the pattern ^[a-z]+$."),
        ("num", "The value must be at most 10."),
        ("int", "Please fill out this cell."),
        ("int", "'1.5' is not a whole number."),
        ("flag", "'maybe' is not true or false."),
        ("pick", "'w' is not one of the options."),
        ("tags", "'q' is not one of the options."),
        ("day", "The value must be on or after 2024-01-01."),
        ("at", "The value must be on or before 18:00:00."),
        ("when", "'not a date' is not a valid datetime."),
        ("done", "Column 'Done' cannot be edited."),
    ]
    state = h.state["ed"]
    assert state["edited_rows"] == {0: {
        "text": "abc", "num": 2.5, "int": 7, "flag": False, "pick": "z", "tags": ["b", "c"],
        "day": "2024-02-01", "at": "07:15:00", "when": "2024-03-01T12:00:00",
    }}  # fmt: skip
    assert h.html()[-1].startswith("<div class=\"rr-md\"><p>['abc', 2.5, 7, False, 'z', ['b', 'c'], "
                                   "datetime.date(2024, 2, 1), datetime.time(7, 15), "
                                   "Timestamp('2024-03-01 12:00:00')")  # fmt: skip


def test_an_edit_back_to_the_datas_value_leaves_the_state() -> None:
    h = Harness("import pandas as pd\nst.data_editor(pd.DataFrame({'a': [1, 2]}), key='ed')")
    b = Browser(h)
    assert b.edit(("o1", "a", 5))["accepted"] == [{"row": "o1", "col": "a", "was": 2}]
    assert h.state["ed"]["edited_rows"] == {1: {"a": 5}}
    # the grid's undo sends the value before back
    assert b.edit(("o1", "a", 2))["accepted"] == [{"row": "o1", "col": "a", "was": 5}]
    assert h.state["ed"]["edited_rows"] == {}


@pytest.mark.parametrize(
    ("data", "state", "expected"),
    [
        ("[1, 2, 3]", {0: {"value": 5}}, [5, 2, 3]),
        ("(1, 2)", {1: {"value": 5}}, (1, 5)),
        ("{1, 2}", {0: {"value": 9}}, {9, 2}),
        ("{'a': 1, 'b': 2}", {1: {"value": 5}}, {"a": 1, "b": 5}),
        ("{'a': [1, 2], 'b': ['u', 'v']}", {1: {"b": "w"}}, {"a": [1, 2], "b": ["u", "w"]}),
        ("[{'a': 1}, {'a': 2}]", {0: {"a": 4}}, [{"a": 4}, {"a": 2}]),
        ("[[1, 2], [3, 4]]", {1: {"0": 8}}, [[1, 2], [8, 4]]),
    ],
)
def test_collections_come_back_in_their_own_type(data: str, state: dict, expected: Any) -> None:
    h = Harness(f"out = st.data_editor({data}, key='ed')\nst.session_state['out'] = out")
    h.state["ed"] = {"edited_rows": state, "added_rows": [], "deleted_rows": []}
    h.app.run()
    out = h.state["out"]
    assert type(out) is type(expected) and out == expected


def test_numpy_pyarrow_and_series_come_back_in_their_own_type() -> None:
    h = Harness(
        "import numpy as np, pandas as pd, pyarrow as pa\n"
        "st.session_state['a'] = st.data_editor(np.array([1.0, 2.0]), key='a_')\n"
        "st.session_state['m'] = st.data_editor(np.array([[1, 2], [3, 4]]), key='m_')\n"
        "st.session_state['t'] = st.data_editor(pa.table({'x': [1, 2]}), key='t_')\n"
        "st.session_state['s'] = st.data_editor(pd.Series([1, 2], name='s'), key='s_')\n"
    )
    for key, edit in (("a_", {1: {"value": 5.0}}), ("m_", {0: {"1": 9}}), ("t_", {0: {"x": 7}}),
                      ("s_", {1: {"s": 3}})):  # fmt: skip
        h.state[key] = {"edited_rows": edit, "added_rows": [], "deleted_rows": []}
    h.app.run()
    assert h.state["a"].tolist() == [1.0, 5.0]
    assert h.state["m"].tolist() == [[1, 9], [3, 4]]
    assert type(h.state["t"]).__name__ == "Table" and h.state["t"].column("x").to_pylist() == [7, 2]
    assert isinstance(h.state["s"], pd.Series) and h.state["s"].tolist() == [1, 3]


def test_rows_added_and_deleted_by_the_grid() -> None:
    h = Harness(
        "import pandas as pd\n"
        "df = pd.DataFrame({'a': [1, 2, 3], 'b': ['x', 'y', 'z']})\n"
        "cfg = {'b': st.column_config.TextColumn(default='new')}\n"
        "out = st.data_editor(df, key='ed', num_rows='dynamic', column_config=cfg)\n"
        "st.write(repr(out.to_dict('list')), repr(list(out.index)))\n"
    )
    b = Browser(h)
    added = b.send("add")
    assert added["total"] == 4 and added["row"] == {"_id": "a0", "a": None, "b": "new"}
    b.edit(("a0", "a", 9))
    deleted = b.send("delete", rows=["o1"])
    assert deleted["total"] == 3
    assert [r["_id"] for r in b.rows()] == ["o0", "o2", "a0"]
    assert dict(h.state["ed"]) == {
        "edited_rows": {}, "added_rows": [{"b": "new", "a": 9}], "deleted_rows": [1],
    }  # fmt: skip
    assert "{'a': [1, 3, 9], 'b': ['x', 'z', 'new']}" in h.text() and "[0, 2, 3]" in h.text()
    b.send("delete", rows=["a0"])
    assert h.state["ed"]["added_rows"] == []


def test_fixed_rows_cannot_be_added_or_deleted_and_disabled_columns_refuse() -> None:
    h = Harness(
        "import pandas as pd\n"
        "out = st.data_editor(pd.DataFrame({'a': [1], 'b': [2]}), key='ed', disabled=['b'])\n"
    )
    b = Browser(h)
    assert not b.grid.can_add and not b.grid.can_delete
    before = len(b.replies)
    b.grid._handle_msg({"content": {"data": {"method": "custom", "content": {"op": "add", "req": 9}}},
                        "buffers": []})  # fmt: skip
    assert len(b.replies) == before and h.state["ed"]["added_rows"] == []
    assert b.edit(("o0", "b", 5))["refused"][0]["message"] == "Column 'b' cannot be edited."
    h2 = Harness(
        "import pandas as pd\nst.data_editor(pd.DataFrame({'a': [1]}), key='e', disabled=True)"
    )
    b2 = Browser(h2)
    assert not b2.grid.editable
    b2.grid._handle_msg({"content": {"data": {"method": "custom", "content": {
        "op": "edit", "req": 1, "cells": [{"row": "o0", "col": "a", "value": 3}]}}}, "buffers": []})  # fmt: skip
    assert h2.state["e"]["edited_rows"] == {}


def test_hide_index_column_order_and_the_index() -> None:
    h = Harness(
        "import pandas as pd\n"
        "df = pd.DataFrame({'a': [1], 'b': [2], 'c': [3]}, index=pd.Index(['r'], name='row'))\n"
        "st.data_editor(df, column_order=['c', 'a'], key='ed')\n"
    )
    columns = Browser(h).grid.columns
    assert [c["name"] for c in columns] == [tabular.INDEX, "c", "a"]
    assert columns[0]["label"] == "row" and columns[0]["required"] and columns[0]["editable"]
    h = Harness("import pandas as pd\nst.data_editor(pd.DataFrame({'a': [1]}), num_rows='dynamic')")
    assert [c["name"] for c in Browser(h).grid.columns] == ["a"]  # a range index, rows addable


def test_a_large_frame_sends_only_the_rows_asked_for() -> None:
    h = Harness(
        "import numpy as np, pandas as pd\n"
        "st.data_editor(pd.DataFrame({'i': np.arange(100_000)}), key='ed', num_rows='delete')\n"
    )
    b = Browser(h)
    assert b.grid.total == 100_000
    rows = b.rows(50_000, 50_100)
    assert [r["i"] for r in rows] == list(range(50_000, 50_100))
    assert len(b.rows(0, 10**9)) == 1000  # a request is capped
    b.send("delete", rows=[f"o{i}" for i in range(10)])
    assert b.rows(0, 1)[0]["_id"] == "o10" and b.grid.total == 99_990
    assert len(json.dumps(b.replies[-1])) < 200


def test_streamlit_errors_for_bad_configurations() -> None:
    assert rerunner_error("st.data_editor([1], column_config={'value': 5})") == (
        "Invalid `column_config` type. Expected one of: None, str, dict. Provided type: int. "
        "Invalid configuration for column `value`."
    )
    assert "is not compatible for editing the underlying data type `integer`" in rerunner_error(
        "st.data_editor([1], column_config={'value': st.column_config.DateColumn()})"
    )
    assert rerunner_error("st.column_config.BarChartColumn(color='nope')").startswith(
        "Invalid `color` value. Supported values: auto, auto-inverse, red"
    )


def test_the_edit_state_cannot_be_assigned_in_the_script() -> None:
    h = Harness(
        "st.session_state['ed'] = {'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}\n"
        "st.data_editor([1], key='ed')\n"
    )
    assert h.errors() == [
        "`st.session_state['ed']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    ]


def test_check_and_parse_units() -> None:
    column = tabular.Column("d", "date", "date", "d", editable=True)
    assert tabular.check(column, "2024-05-06T00:00:00") == "2024-05-06"
    assert tabular.parse("2024-05-06", "date") == dt.date(2024, 5, 6)
    assert tabular.parse("x", "integer") is None
    number = tabular.Column("n", "float", "number", "n", editable=True)
    assert tabular.check(number, "1,234.5") == 1234.5
    with pytest.raises(tabular.Refused, match="is not a number"):
        tabular.check(number, "inf")


def test_in_a_form_edits_wait_for_the_submit_button() -> None:
    h = Harness(
        "import pandas as pd\n"
        "with st.form('f'):\n"
        "    out = st.data_editor(pd.DataFrame({'a': [1, 2]}), key='ed')\n"
        "    st.form_submit_button('Save')\n"
        "st.write(f\"sum={int(out['a'].sum())}\")\n"
    )
    b = Browser(h)
    assert b.edit(("o0", "a", 10))["refused"] == []
    assert "sum=3" in h.text() and h.state["ed"]["edited_rows"] == {}
    assert b.rows()[0]["a"] == 10  # the grid shows the edit it holds for the form
    h.click(next(x for x in h.all() if isinstance(x, w.Button) and "Save" in x.description))
    assert "sum=12" in h.text() and h.state["ed"]["edited_rows"] == {0: {"a": 10}}


def test_new_data_from_the_app_makes_the_grid_ask_for_its_rows_again() -> None:
    h = Harness(
        "import pandas as pd\n"
        "k = st.number_input('k', value=1)\n"
        "out = st.data_editor(pd.DataFrame({'a': [k, k + 1]}), key='ed')\n"
        "st.write(f\"first={out['a'].iloc[0]}\")\n"
    )
    b = Browser(h)
    grid = b.grid
    before = grid.generation
    b.edit(("o1", "a", 9))
    assert grid.generation == before  # the browser already shows its own edit
    h.update(next(x for x in h.all() if type(x) is w.Text), value="5")
    assert b.grid is grid and grid.generation == before + 1  # the data changed: rows again
    assert [r["a"] for r in b.rows()] == [5, 9]  # the keyed edit survives a change of values
    assert "first=5" in h.text()


def test_a_new_row_waits_for_its_required_cells() -> None:
    h = Harness(
        "import pandas as pd\n"
        "cfg = {'a': st.column_config.NumberColumn(required=True)}\n"
        "out = st.data_editor(pd.DataFrame({'a': [1], 'b': ['x']}), key='ed', num_rows='dynamic',"
        " column_config=cfg)\n"
        "st.session_state['runs'] = st.session_state.get('runs', 0) + 1\n"
        "st.write(f'rows={len(out)}')\n"
    )
    b = Browser(h)
    assert b.send("add")["row"]["_id"] == "p0"
    b.edit(("p0", "b", "y"))
    assert h.state["ed"]["added_rows"] == [] and h.state["runs"] == 1  # no rerun for it yet
    assert [r["_id"] for r in b.rows()] == ["o0", "p0"] and b.grid.total == 2
    reply = b.edit(("p0", "a", 5))
    assert reply["reload"] is True and h.state["ed"]["added_rows"] == [{"b": "y", "a": 5}]
    assert "rows=2" in h.text() and [r["_id"] for r in b.rows()] == ["o0", "a0"]
    assert b.send("add")["row"]["_id"] == "p0"
    b.send("delete", rows=["p0"])
    assert b.grid.total == 2 and h.state["ed"]["added_rows"] == [{"b": "y", "a": 5}]
