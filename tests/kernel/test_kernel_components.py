"""A custom component in a real kernel: its value arrives as component.js sends it (a custom
comm message, bytes as a binary buffer), goes into session state, calls ``on_change`` and
reruns the app, which draws what it got."""

from __future__ import annotations

from pathlib import Path

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
import streamlit.components.v1 as components
picker = components.declare_component("picker", path={folder!r})
calls = st.session_state.setdefault("calls", [])
value = picker(options=["a", "b"], key="pick", default="none",
               on_change=lambda: calls.append(st.session_state.pick))
st.write(f"picked {{value!r}}")
"""


def test_a_component_value_from_the_front_end_reruns_the_app(
    kernel: KernelSession, tmp_path: Path
) -> None:
    (tmp_path / "index.html").write_text("<p>picker</p>")
    kernel.run(APP.format(folder=str(tmp_path)), cell_id=new_cell_id())
    [frame] = [m for m in kernel.live("AnyModel") if m.state.get("name", "").endswith(".picker")]
    assert frame.state["args"] == {"options": ["a", "b"], "default": "none", "key": "pick"}
    assert "picked 'none'" in kernel.texts()

    exchange = kernel.send_custom(
        frame.comm_id, {"event": "value", "dataType": "json", "value": "b"}
    )
    assert not exchange.errors()
    assert "picked 'b'" in kernel.texts()
    assert kernel.value(f"{SESSION_STATE}['calls']") == ["b"]

    exchange = kernel.send_custom(
        frame.comm_id, {"event": "value", "dataType": "bytes"}, [b"\x00\x01\x02"]
    )
    assert not exchange.errors()
    assert "picked b'\\x00\\x01\\x02'" in kernel.texts()
    assert kernel.value(f"{SESSION_STATE}['pick'].hex()") == "000102"
    assert kernel.value(f"len({SESSION_STATE}['calls'])") == 2
    # the same widget took both values: no new comm was opened for the component
    assert [m.comm_id for m in kernel.live("AnyModel") if m.state.get("name", "").endswith(
        ".picker")] == [frame.comm_id]  # fmt: skip


PDF_APP = """%%rerun
from tests.support.pdfs import pdf_with_pages
st.pdf(pdf_with_pages((1, 0, 0), (0, 0, 1)), height=300, key="doc")
"""


def page_messages(exchange) -> list[tuple[dict, list[bytes]]]:
    found = []
    for msg in exchange.of_type("comm_msg"):
        data = msg["content"].get("data", {})
        if data.get("method") == "custom" and "page" in data.get("content", {}):
            found.append((data["content"], [bytes(b) for b in msg.get("buffers", [])]))
    return found


def test_pdf_pages_are_sent_when_the_front_end_asks(kernel: KernelSession) -> None:
    kernel.run(PDF_APP, cell_id=new_cell_id())
    [viewer] = [m for m in kernel.live("AnyModel") if "pages" in m.state and m.state["pages"]]
    assert viewer.state["pages"] == [[300, 150], [300, 150]]
    assert "data" not in viewer.state  # the PDF stays in the kernel

    exchange = kernel.send_custom(viewer.comm_id, {"event": "page", "index": 1})
    [(content, buffers)] = page_messages(exchange)
    assert content == {"page": 1}
    assert len(buffers) == 1 and buffers[0].startswith(b"\x89PNG\r\n\x1a\n")

    for forged in ({"event": "page", "index": 7}, {"event": "page", "index": "0"},
                   {"event": "page", "index": True}, {"event": "other"}):  # fmt: skip
        exchange = kernel.send_custom(viewer.comm_id, forged)
        assert page_messages(exchange) == [] and not exchange.errors()
