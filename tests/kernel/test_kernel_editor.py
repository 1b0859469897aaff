"""st.data_editor in a real ipykernel, driven with the messages its grid sends from the browser.

The grid asks for rows and sends edits, added and deleted rows as custom comm messages; the
kernel answers each with a custom message and reruns the app with the new edit state. A bad
edit (a wrong type, a required cell emptied, a value outside the column's bounds) is refused with
the column's message, and the other cells of the same message still land.
"""

from __future__ import annotations

import json
from typing import Any

from tests.support.kernel_client import Exchange, KernelSession, Model, new_cell_id

APP = """%%rerun
import pandas as pd
df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
out = st.data_editor(
    df,
    key="{key}",
    num_rows="dynamic",
    on_change=lambda: st.session_state.__setitem__("changes", st.session_state.get("changes", 0) + 1),
    column_config={
        "name": st.column_config.TextColumn("Name", required=True),
        "n": st.column_config.NumberColumn("N", min_value=0, max_value=10),
    },
)
st.write(f"names={','.join(str(v) for v in out['name'])} total={out['n'].sum():g} rows={len(out)}")
"""


def grid(kernel: KernelSession) -> Model:
    """The newest grid (the tests of this module share a kernel, each with its own app)."""
    return [m for m in kernel.live("AnyModel") if "columns" in m.state][-1]


def replies(exchange: Exchange) -> list[dict[str, Any]]:
    return [
        m["content"]["data"]["content"]
        for m in exchange.of_type("comm_msg")
        if m["content"]["data"].get("method") == "custom"
    ]


def state(kernel: KernelSession, key: str) -> dict[str, Any]:
    return kernel.value(f"dict(__import__('rerunner').st.session_state[{key!r}])")


def summary(kernel: KernelSession) -> str:
    return [t for t in kernel.texts() if t.startswith("names=")][-1]


def test_edits_added_and_deleted_rows_reach_state_and_return_value(kernel: KernelSession) -> None:
    kernel.run(APP.replace("{key}", "ed1"), cell_id=new_cell_id())
    assert summary(kernel) == "names=a,b,c total=6 rows=3"
    g = grid(kernel)
    [rows] = replies(
        kernel.send_custom(g.comm_id, {"op": "rows", "req": 1, "start": 0, "stop": 100})
    )
    assert rows["total"] == 3
    assert [r["name"] for r in rows["rows"]] == ["a", "b", "c"]

    edit = kernel.send_custom(g.comm_id, {"op": "edit", "req": 2, "cells": [
        {"row": "o1", "col": "name", "value": "bee"}, {"row": "o2", "col": "n", "value": "7"},
    ]})  # fmt: skip
    [reply] = replies(edit)
    assert reply["refused"] == []
    assert {r["_id"]: r["n"] for r in reply["rows"]} == {"o1": 2, "o2": 7}
    assert summary(kernel) == "names=a,bee,c total=10 rows=3"
    assert state(kernel, "ed1") == {
        "edited_rows": {"1": {"name": "bee"}, "2": {"n": 7}},
        "added_rows": [],
        "deleted_rows": [],
    }

    # "Name" is required: the new row waits, out of the state, until it is filled
    added = replies(kernel.send_custom(g.comm_id, {"op": "add", "req": 3}))[0]
    assert added["total"] == 4 and added["row"]["_id"] == "p0"
    assert state(kernel, "ed1")["added_rows"] == []
    filled = kernel.send_custom(g.comm_id, {"op": "edit", "req": 4, "cells": [
        {"row": "p0", "col": "n", "value": 4}, {"row": "p0", "col": "name", "value": "new"},
    ]})  # fmt: skip
    assert replies(filled)[0]["reload"] is True
    kernel.send_custom(g.comm_id, {"op": "delete", "req": 5, "rows": ["o0"]})
    assert summary(kernel) == "names=bee,c,new total=13 rows=3"
    assert state(kernel, "ed1") == {
        "edited_rows": {"1": {"name": "bee"}, "2": {"n": 7}},
        "added_rows": [{"name": "new", "n": 4}],
        "deleted_rows": [0],
    }
    assert (
        kernel.value("__import__('rerunner').st.session_state['changes']") == 3
    )  # the edit, the row once filled, the deletion
    [rows] = replies(
        kernel.send_custom(g.comm_id, {"op": "rows", "req": 6, "start": 0, "stop": 100})
    )
    assert [r["_id"] for r in rows["rows"]] == ["o1", "o2", "a0"]
    assert [r["name"] for r in rows["rows"]] == ["bee", "c", "new"]


def test_bad_edits_are_refused_with_the_columns_message(kernel: KernelSession) -> None:
    kernel.run(
        APP.replace("{key}", "ed2").replace('"changes"', '"changes2"'), cell_id=new_cell_id()
    )
    g = grid(kernel)
    before = state(kernel, "ed2")
    edit = kernel.send_custom(g.comm_id, {"op": "edit", "req": 1, "cells": [
        {"row": "o0", "col": "n", "value": "abc"},  # not a number
        {"row": "o1", "col": "name", "value": ""},  # a required cell emptied
        {"row": "o2", "col": "n", "value": 11},  # above max_value
        {"row": "o2", "col": "n", "value": -1},  # below min_value
        {"row": "o0", "col": "name", "value": "kept"},  # a good edit in the same message
    ]})  # fmt: skip
    [reply] = replies(edit)
    assert reply["refused"] == [
        {"row": "o0", "col": "n", "message": "'abc' is not a number."},
        {"row": "o1", "col": "name", "message": "Please fill out this cell."},
        {"row": "o2", "col": "n", "message": "The value must be at most 10."},
        {"row": "o2", "col": "n", "message": "The value must be at least 0."},
    ]
    # the refused cells come back with their values, so the grid shows them again
    assert {r["_id"]: (r["name"], r["n"]) for r in reply["rows"]} == {
        "o0": ("kept", 1), "o1": ("b", 2), "o2": ("c", 3),
    }  # fmt: skip
    assert before == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert state(kernel, "ed2") == {
        "edited_rows": {"0": {"name": "kept"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    assert summary(kernel) == "names=kept,b,c total=6 rows=3"

    # a forged message: unknown ops, rows and columns change nothing
    forged = kernel.send_custom(g.comm_id, {"op": "edit", "req": 2, "cells": [
        {"row": "o99", "col": "n", "value": 1}, {"row": "x", "col": "n", "value": 1},
        {"row": "o0", "col": "nope", "value": 1},
    ]})  # fmt: skip
    assert len(replies(forged)[0]["refused"]) == 3
    kernel.send_custom(g.comm_id, {"op": "explode", "req": 3})
    kernel.send_custom(g.comm_id, "not a dict")
    assert state(kernel, "ed2") == {
        "edited_rows": {"0": {"name": "kept"}},
        "added_rows": [],
        "deleted_rows": [],
    }


BIG = """%%rerun
import numpy as np, pandas as pd
df = pd.DataFrame({"id": np.arange(100_000), "x": np.linspace(0, 1, 100_000), "label": ["row"] * 100_000})
out = st.data_editor(df, key="big")
st.write(f"x0={out['x'].iloc[0]:g} x99999={out['x'].iloc[99_999]:g}")
"""


def payload_bytes(exchange: Exchange) -> int:
    return sum(len(json.dumps(m["content"])) for m in exchange.comm_messages)


def test_a_100k_row_editor_sends_only_the_rows_in_view(kernel: KernelSession) -> None:
    shown = kernel.run(BIG, cell_id=new_cell_id())
    first = payload_bytes(shown)
    print(
        f"\n100,000-row editor, first display: {len(shown.comm_messages)} messages, {first:,} bytes"
    )
    assert first < 400_000  # at most the grid's code (320 kB, once per kernel), not the rows
    again = payload_bytes(kernel.run(BIG.replace('"big"', '"big2"'), cell_id=new_cell_id()))
    print(f"a second 100,000-row editor: {again:,} bytes")
    assert again < 60_000  # the code crossed once: this editor sends its columns and looks
    g = grid(kernel)  # the second editor's
    page = kernel.send_custom(g.comm_id, {"op": "rows", "req": 1, "start": 99_900, "stop": 100_000})
    [rows] = replies(page)
    assert rows["total"] == 100_000 and len(rows["rows"]) == 100
    assert rows["rows"][-1]["id"] == 99_999
    print(f"a page of 100 rows: {payload_bytes(page):,} bytes")
    assert payload_bytes(page) < 20_000
    edit = kernel.send_custom(g.comm_id, {"op": "edit", "req": 2, "cells": [
        {"row": "o99999", "col": "x", "value": 5},
    ]})  # fmt: skip
    print(f"one edit: {len(edit.comm_messages)} messages, {payload_bytes(edit):,} bytes")
    assert kernel.texts().count("x0=0 x99999=5") == 1  # the second app's; the first still shows 1
    assert payload_bytes(edit) < 5_000  # the reply and the changed text, not the table


def test_undo_of_added_and_deleted_rows(kernel: KernelSession) -> None:
    """Ctrl+Z after adding a row sends ``unadd`` with its id; after deleting rows, ``restore``
    with the deletion's token: the rows come back with their edits, in state and return value."""
    kernel.run(
        APP.replace("{key}", "ed_undo").replace('"changes"', '"changes_undo"'),
        cell_id=new_cell_id(),
    )
    g = grid(kernel)
    kernel.send_custom(g.comm_id, {"op": "edit", "req": 1, "cells": [
        {"row": "o0", "col": "name", "value": "ay"}]})  # fmt: skip
    added = replies(kernel.send_custom(g.comm_id, {"op": "add", "req": 2}))[0]
    kernel.send_custom(g.comm_id, {"op": "edit", "req": 3, "cells": [
        {"row": added["row"]["_id"], "col": "name", "value": "new"}]})  # fmt: skip
    assert summary(kernel) == "names=ay,b,c,new total=6 rows=4"
    kernel.send_custom(g.comm_id, {"op": "add", "req": 4})  # a second row, still pending
    [deleted] = replies(
        kernel.send_custom(g.comm_id, {"op": "delete", "req": 5, "rows": ["o0", "a0", "p0"]})
    )
    assert isinstance(deleted["undo"], int) and deleted["total"] == 2
    assert summary(kernel).startswith("names=b,c ") and summary(kernel).endswith("rows=2")
    assert state(kernel, "ed_undo") == {"edited_rows": {}, "added_rows": [], "deleted_rows": [0]}

    # undo the deletion: the original row with its edit, the added row and the pending one
    [restored] = replies(
        kernel.send_custom(g.comm_id, {"op": "restore", "req": 6, "token": deleted["undo"]})
    )
    assert restored["done"] is True and restored["total"] == 5
    assert summary(kernel).startswith("names=ay,b,c,new") and summary(kernel).endswith("rows=4")
    assert state(kernel, "ed_undo") == {
        "edited_rows": {"0": {"name": "ay"}},
        "added_rows": [{"name": "new"}],
        "deleted_rows": [],
    }
    [rows] = replies(kernel.send_custom(g.comm_id, {"op": "rows", "req": 7, "start": 0, "stop": 9}))
    assert [r["_id"] for r in rows["rows"]] == ["o0", "o1", "o2", "a0", "p0"]
    # a token is good once
    [again] = replies(
        kernel.send_custom(g.comm_id, {"op": "restore", "req": 8, "token": deleted["undo"]})
    )
    assert again["done"] is False and again["total"] == 5

    # undo the adds, newest first: the pending row, then the added one
    [unadded] = replies(kernel.send_custom(g.comm_id, {"op": "unadd", "req": 9, "row": "p0"}))
    assert unadded["total"] == 4
    kernel.send_custom(g.comm_id, {"op": "unadd", "req": 10, "row": "a0"})
    assert summary(kernel).startswith("names=ay,b,c ") and summary(kernel).endswith("rows=3")
    assert state(kernel, "ed_undo")["added_rows"] == []
