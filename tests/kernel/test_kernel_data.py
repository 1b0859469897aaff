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


def table_html(kernel: KernelSession) -> str:
    [html] = [t for t in kernel.html_texts() if t.startswith('<div class="rr-table-box')]
    return html


def test_a_100k_row_dataframe_displays_with_one_page_of_rows(kernel: KernelSession) -> None:
    shown = kernel.run(BIG_FRAME, cell_id=new_cell_id())
    sent = payload_bytes(shown)
    print(
        f"\n100,000-row DataFrame, first display: {len(shown.comm_messages)} comm messages, {sent:,} bytes"
    )
    html = table_html(kernel)
    assert (
        html.count("<tr>") == 101
        and 'rr-index">99</th>' in html
        and 'rr-index">100</th>' not in html
    )
    assert any("Rows 1–100 of 100,000" in t for t in kernel.html_texts())

    turn = kernel.click(kernel.find("ButtonModel", "›").comm_id)
    print(f"next page: {len(turn.comm_messages)} comm messages, {payload_bytes(turn):,} bytes")
    assert not turn.of_type("comm_open", "comm_close")
    assert len(turn.comm_messages) <= 5  # the page, the row count, the buttons' enabled states
    assert payload_bytes(turn) < 30_000
    html = table_html(kernel)
    assert (
        'rr-index">100</th>' in html
        and 'rr-index">199</th>' in html
        and 'rr-index">99</th>' not in html
    )
    assert any("Rows 101–200 of 100,000" in t for t in kernel.html_texts())
    # The first display cost one page of rows: about what the same app with a 100-row frame
    # costs (the app's stylesheet is in both).
    small = payload_bytes(kernel.run(BIG_FRAME.replace("100_000", "100"), cell_id=new_cell_id()))
    print(f"the same app with a 100-row frame: {small:,} bytes")
    assert (
        sent - small < 15_000
    )  # the pager, and the first app's shared layouts; 100,000 rows are MBs


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
