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
