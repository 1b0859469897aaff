"""Benchmark 8: editing one cell of a 100,000-row ``st.data_editor`` in a real kernel.

    python benchmarks/bench_editor.py [--rows 100000] [--repeats 20]

The app builds a DataFrame of N rows (an int, a float and a text column), shows it in an
editor and writes one edited value from the returned frame. Each edit is the message the grid
sends for one cell (a custom comm message of ~100 bytes); the table gives, per edit, the iopub
messages and the bytes of widget traffic both ways, the ms until the text written from the new
return value reached this client, and the ms until the kernel was idle. Beside it, the same app
with a slider in place of the editor, changed by one slider update: a full rerun that builds the
same frame and writes the same text, without the editor. A first line gives the first display:
what showing the editor costs once (its front-end code travels with it).
"""

from __future__ import annotations

import argparse
import json
import statistics

import _paths  # noqa: F401
from kernels import BenchKernel, counts
from report import machine, ratio, table

FRAME = """
import numpy as np, pandas as pd
df = pd.DataFrame({{"id": np.arange({rows}), "x": np.zeros({rows}), "label": ["row"] * {rows}}})
"""

EDITOR = (
    FRAME
    + """
out = st.data_editor(df, key="big")
st.write(f"x[{{int(out['x'].idxmax())}}]={{out['x'].max():g}}")
"""
)

SLIDER = (
    FRAME
    + """
v = st.slider("v", 0, 10_000, key="v")
df.loc[v, "x"] = v
st.write(f"x[{{int(df['x'].idxmax())}}]={{df['x'].max():g}}")
"""
)


def traffic(sent: dict, exchange) -> int:
    """Bytes of widget traffic: the message sent plus every comm message the kernel published."""
    return len(json.dumps(sent)) + sum(
        len(json.dumps(m["content"])) for m in exchange.comm_messages
    )


def shown_at(exchange, text: str) -> float | None:
    for m in exchange.of_type("comm_msg"):
        if text in str((m["content"]["data"].get("state") or {}).get("value", "")):
            return m["_t"] * 1000
    return None


def grid_id(k: BenchKernel) -> str:
    return [m for m in k.live("AnyModel") if "columns" in m.state][-1].comm_id


def bench_editor(k: BenchKernel, rows: int, repeats: int) -> tuple[dict, dict]:
    first = k.start_app("editor", EDITOR.format(rows=rows))
    display = {"messages": len(first.comm_messages), "bytes": traffic({}, first),
               "ms": first.seconds_to_idle * 1000}  # fmt: skip
    grid = grid_id(k)
    seen = []
    for i in range(repeats + 3):
        row, value = (i * 7919) % rows, float(i + 1)
        content = {
            "op": "edit",
            "req": i,
            "cells": [{"row": f"o{row}", "col": "x", "value": value}],
        }
        data = {"method": "custom", "content": content}
        ex = k.send_custom(grid, content)
        shown = shown_at(ex, f"x[{row}]={value:g}")
        if shown is None:
            raise RuntimeError(f"edit {i}: the new return value never reached the page")
        if i >= 3:
            seen.append({"bytes": traffic(data, ex), "shown": shown,
                         "idle": ex.seconds_to_idle * 1000, **counts(ex)})  # fmt: skip
    k.close_app("editor")
    return display, {key: statistics.median(s[key] for s in seen) for key in seen[0]}


def bench_slider(k: BenchKernel, rows: int, repeats: int) -> dict:
    k.start_app("slider", SLIDER.format(rows=rows))
    seen = []
    for i in range(repeats + 3):
        v = 1 + i
        state = {"value": v}
        ex = k.send_update(k.find("IntSliderModel", "").comm_id, state)
        shown = shown_at(ex, f"x[{v}]={v:g}")
        if shown is None:
            raise RuntimeError(f"slider {i}: the new text never reached the page")
        if i >= 3:
            sent = {"method": "update", "state": state, "buffer_paths": []}
            seen.append({"bytes": traffic(sent, ex), "shown": shown,
                         "idle": ex.seconds_to_idle * 1000, **counts(ex)})  # fmt: skip
    k.close_app("slider")
    return {key: statistics.median(s[key] for s in seen) for key in seen[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    print(f"Machine: {machine()}\n")
    k = BenchKernel()
    try:
        k.start_app("warmup", "st.write('warm')")
        display, editor = bench_editor(k, args.rows, args.repeats)
        slider = bench_slider(k, args.rows, args.repeats)
    finally:
        k.close()
    print(
        f"First display of the {args.rows:,}-row editor: {display['messages']} comm messages, "
        f"{display['bytes']:,} bytes, {display['ms']:.0f} ms to idle\n"
    )
    rows = [
        [f"edit one cell of the {args.rows:,}-row editor", editor["comm_msg"], editor["all"],
         int(editor["bytes"]), editor["shown"], editor["idle"]],
        ["full rerun, slider in place of the editor", slider["comm_msg"], slider["all"],
         int(slider["bytes"]), slider["shown"], slider["idle"]],
        ["editor / rerun without it", "", "", ratio(editor["bytes"], slider["bytes"]),
         ratio(editor["shown"], slider["shown"]), ratio(editor["idle"], slider["idle"])],
    ]  # fmt: skip
    print(
        table(
            "One edit against a full rerun without the editor (medians)",
            [
                "change",
                "comm_msg",
                "iopub",
                "bytes both ways",
                "ms to new value shown",
                "ms to idle",
            ],  # fmt: skip
            rows,
        )
    )


if __name__ == "__main__":
    main()
