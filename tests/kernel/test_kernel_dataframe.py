"""st.dataframe in a real ipykernel: its grid pages rows from the kernel as the editor's does,
refuses edits, and a selection sent as the browser's grid sends it (a custom ``select``
message) reaches the return value, session state and the callback, which runs before the rerun.
The kernel keeps only what the selection modes allow.
"""

from __future__ import annotations

from typing import Any

from tests.support.kernel_client import Exchange, KernelSession, Model, new_cell_id

APP = """%%rerun
import pandas as pd
df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
st.session_state.setdefault("log{key}", [])

def picked():
    st.session_state["log{key}"].append(list(st.session_state["{key}"]["selection"]["rows"]))

ev = st.dataframe(df, key="{key}", on_select=picked, selection_mode=["{mode}", "single-column"])
st.write(f"rows={ev.selection.rows} columns={ev.selection.columns} log={st.session_state['log{key}']}")
"""


def grid(kernel: KernelSession) -> Model:
    """The newest grid (the tests of this module share a kernel, each with its own app)."""
    return [m for m in kernel.live("AnyModel") if "selection_modes" in m.state][-1]


def replies(exchange: Exchange) -> list[dict[str, Any]]:
    return [
        m["content"]["data"]["content"]
        for m in exchange.of_type("comm_msg")
        if m["content"]["data"].get("method") == "custom"
    ]


def summary(kernel: KernelSession) -> str:
    return [t for t in kernel.texts() if t.startswith("rows=")][-1]


def select(kernel: KernelSession, g: Model, **selection: Any) -> Exchange:
    return kernel.send_custom(g.comm_id, {"op": "select", "selection": selection})


def test_a_selection_from_the_grid_reaches_the_app(kernel: KernelSession) -> None:
    kernel.run(APP.replace("{key}", "df1").replace("{mode}", "multi-row"), cell_id=new_cell_id())
    assert summary(kernel) == "rows=[] columns=[] log=[]"
    g = grid(kernel)
    assert g.state["selection_modes"] == ["multi-row", "single-column"]
    assert g.state["editable"] is False
    [rows] = replies(
        kernel.send_custom(g.comm_id, {"op": "rows", "req": 1, "start": 0, "stop": 100})
    )
    assert [r["name"] for r in rows["rows"]] == ["a", "b", "c"]
    # an edit is not taken: nothing answers it, nothing changes
    assert not replies(kernel.send_custom(g.comm_id, {"op": "edit", "req": 2, "cells": [
        {"row": "o0", "col": "name", "value": "z"}]}))  # fmt: skip

    select(kernel, g, rows=[2, 0], columns=["n"])
    assert summary(kernel) == "rows=[2, 0] columns=['n'] log=[[2, 0]]"
    assert grid(kernel).state["selection"] == {"rows": [2, 0], "columns": ["n"], "cells": []}
    stored = kernel.value("dict(__import__('rerunner').st.session_state['df1']['selection'])")
    assert stored == {"rows": [2, 0], "columns": ["n"], "cells": []}

    # beyond the modes and the data: rows out of range, a second column, cells, are dropped
    select(kernel, g, rows=[1, 7, 1], columns=["name", "n", "nope"], cells=[[0, "n"]])
    assert summary(kernel) == "rows=[1] columns=['name'] log=[[2, 0], [1]]"


def test_single_row_keeps_one_row(kernel: KernelSession) -> None:
    kernel.run(APP.replace("{key}", "df2").replace("{mode}", "single-row"), cell_id=new_cell_id())
    g = grid(kernel)
    select(kernel, g, rows=[1, 2])
    assert summary(kernel) == "rows=[1] columns=[] log=[[1]]"
    # a malformed message changes nothing
    kernel.send_custom(g.comm_id, {"op": "select", "selection": "rows"})
    kernel.send_custom(g.comm_id, {"op": "select", "selection": {"rows": "x"}})
    assert summary(kernel) == "rows=[1] columns=[] log=[[1]]"
