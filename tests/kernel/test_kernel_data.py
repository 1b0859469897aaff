"""Data, status and media elements in a real ipykernel, driven with the browser's comm messages."""

from __future__ import annotations

import json
import re

from tests.support.kernel_client import Exchange, KernelSession, new_cell_id


def payload_bytes(exchange: Exchange) -> int:
    """Bytes of widget traffic: the JSON of every comm message plus its binary buffers."""
    total = 0
    for msg in exchange.comm_messages:
        total += len(json.dumps(msg["content"]))
        total += sum(len(b) for b in msg.get("buffers") or ())
    return total


BIG_FRAME = """%%rerun
import numpy as np, pandas as pd
rng = np.random.default_rng(0)
df = pd.DataFrame({"id": np.arange(100_000), "x": rng.random(100_000), "label": ["row"] * 100_000})
st.write("A big frame")
st.dataframe(df)
"""


def grid_id(kernel: KernelSession) -> str:
    return [m for m in kernel.live("AnyModel") if "selection_modes" in m.state][-1].comm_id


def test_a_100k_row_dataframe_displays_without_its_rows_and_pages_them(
    kernel: KernelSession,
) -> None:
    # The grid's code crosses the wire once per kernel: a small app pays for it first, so the
    # big one is measured against the same app with 100 rows.
    kernel.run(BIG_FRAME.replace("100_000", "100"), cell_id=new_cell_id())
    small = payload_bytes(kernel.run(BIG_FRAME.replace("100_000", "100"), cell_id=new_cell_id()))
    shown = kernel.run(BIG_FRAME, cell_id=new_cell_id())
    sent = payload_bytes(shown)
    print(
        f"\n100,000-row DataFrame, first display: {len(shown.comm_messages)} comm messages, "
        f"{sent:,} bytes (the same app with 100 rows: {small:,} bytes)"
    )
    assert abs(sent - small) < 2_000  # the columns and looks; no rows: the grid asks for them
    grid = grid_id(kernel)
    page = kernel.send_custom(grid, {"op": "rows", "req": 1, "start": 100, "stop": 200})
    print(
        f"a page of 100 rows: {len(page.comm_messages)} comm messages, {payload_bytes(page):,} bytes"
    )
    [reply] = [
        m["content"]["data"]["content"]
        for m in page.of_type("comm_msg")
        if m["content"]["data"].get("method") == "custom"
    ]
    assert reply["total"] == 100_000
    assert [r["id"] for r in reply["rows"]] == list(range(100, 200))
    assert [r["_index"] for r in reply["rows"]][:2] == [100, 101]
    assert not page.of_type("comm_open", "comm_close")
    assert payload_bytes(page) < 30_000


SPINNER = """%%rerun
import time
st.button("Go")
with st.spinner("Crunching..."):
    time.sleep(0.2)
st.write("runs", st.session_state.setdefault("runs", 0))
st.session_state.runs += 1
"""


def _texts(msg: dict) -> str:
    return str(msg["content"].get("data", {}).get("state", {}).get("value", ""))


def test_a_spinner_is_on_the_page_while_the_body_runs(kernel: KernelSession) -> None:
    kernel.run(SPINNER, cell_id=new_cell_id())
    click = kernel.click(kernel.find("ButtonModel", "Go").comm_id)
    updates = [
        m for m in click.of_type("comm_msg") if m["content"]["data"].get("method") == "update"
    ]
    shown = [i for i, m in enumerate(updates) if "Crunching..." in _texts(m)]
    done = [i for i, m in enumerate(updates) if re.search(r"runs <code>1</code>", _texts(m))]
    assert shown and done and shown[0] < done[0]  # published before the body had finished
    assert not any("Crunching" in t for t in kernel.html_texts())  # and gone at the end
    # The spinner reused a widget's slot: no widget was made or closed for it. (Its width,
    # "content", is a Layout of its own, interned while some widget uses it.)
    opened = [m["content"]["data"]["state"]["_model_name"] for m in click.of_type("comm_open")]
    assert set(opened) <= {"LayoutModel"}, opened


PYPLOT = """%%rerun
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([1, 3, 2])
st.pyplot(fig)
plt.figure()  # never shown: must not appear under the cell either
"""


def test_pyplot_shows_in_the_app_and_nothing_leaks_below_the_cell(kernel: KernelSession) -> None:
    shown = kernel.run(PYPLOT, cell_id=new_cell_id())
    displays = shown.of_type("display_data")
    assert (
        len(displays) == 1
        and "application/vnd.jupyter.widget-view+json" in displays[0]["content"]["data"]
    )
    images = [m for m in kernel.live("ImageModel")]
    assert images
    after = kernel.run("import matplotlib.pyplot as plt; print(plt.get_fignums())")
    assert after.text().strip() == "[]" and not after.of_type("display_data")
