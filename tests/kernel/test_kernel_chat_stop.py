"""``st.chat_input(submit_mode="stop")`` in a real kernel: while the reply to a message streams,
the send button is a stop button; its click, sent as a browser sends it while the body still
runs, stops the run at the next chunk's write as ``st.stop()`` would: what was written stays, the
rest of the body does not run, and the chat input works again for the next message. A click on the
idle button stops nothing.

The reply's generator waits for gate files the test writes (the kernel's main thread is busy
running the body), so the click is known to arrive while the run is inside the generator; before
the first reply's second chunk it also waits until the kernel has recorded the click, which
travels on its own socket and could otherwise arrive after that chunk.
"""

from __future__ import annotations

from pathlib import Path

from tests.kernel.test_kernel_chat import Watch, chat_field, page_shows, send_message
from tests.support.kernel_client import KernelSession, Model, new_cell_id

APP = """%%rerun
import pathlib, time
from rerunner import stops
GATE = pathlib.Path({gate!r})
def reply(prompt):
    for i in range(4):
        while not (GATE / f"go{{i}}").exists():
            time.sleep(0.005)
        while i == 1 and prompt == "Tell me more" and not stops.any_requested():
            time.sleep(0.005)  # the click has reached the kernel before the next chunk
        yield f"{name}-part{{i}} "
history = st.session_state.setdefault({name!r}, [])
for role, text in history:
    st.chat_message(role).write(text)
if prompt := st.chat_input({name!r}, submit_mode="stop"):
    st.chat_message("user").write(prompt)
    with st.chat_message("assistant"):
        answer = st.write_stream(reply(prompt))
    history += [("user", prompt), ("assistant", answer)]
st.caption(f"{{len(history) // 2}} answers in {name}")
"""


def button(kernel: KernelSession, name: str) -> Model:
    """The chat input's send (or stop) button: the button in the row of its field."""
    field = chat_field(kernel, name)
    [row] = [
        m for m in kernel.live("HBoxModel") if f"IPY_MODEL_{field.comm_id}" in m.state["children"]
    ]
    [found] = [
        m for m in kernel.children_of(row) if "rr-chat-send" in m.state.get("_dom_classes", [])
    ]
    return found


def click(kernel: KernelSession, model: Model) -> None:
    """A click as the browser sends it, not waiting for the (busy) kernel to answer."""
    data = {"method": "custom", "content": {"event": "click"}}
    kernel.kc.shell_channel.send(
        kernel.kc.session.msg("comm_msg", {"comm_id": model.comm_id, "data": data})
    )


def test_the_stop_button_stops_a_streaming_reply(kernel: KernelSession, tmp_path: Path) -> None:
    kernel.run(APP.format(gate=str(tmp_path), name="coach"), cell_id=new_cell_id())
    send = button(kernel, "coach")
    assert send.state["description"] == "➤"
    watch = Watch(kernel, send_message(kernel, chat_field(kernel, "coach"), "Tell me more"))
    (tmp_path / "go0").write_text("")
    watch.until(page_shows(kernel, "coach-part0"))
    stop = button(kernel, "coach")
    assert (stop.state["description"], stop.state["disabled"]) == ("■", False)
    assert chat_field(kernel, "coach").state["disabled"]  # no new message meanwhile
    click(kernel, stop)  # the generator still waits for go1
    (tmp_path / "go1").write_text("")  # its next chunk: the run stops there
    watch.until(lambda: watch.idle)
    texts = kernel.texts()
    assert "coach-part0" in texts  # what was written stays
    assert not any("coach-part1" in t for t in texts)  # the next chunk's write was the stop
    assert not any("answers in coach" in t for t in texts)  # nothing after it ran, as st.stop
    assert button(kernel, "coach").state["description"] == "➤"
    assert not chat_field(kernel, "coach").state["disabled"]
    threads = kernel.value("[t.name for t in __import__('threading').enumerate()]")
    assert "rerunner-stream" not in threads
    # the next message is answered in full; a click on the idle button stops nothing
    click(kernel, button(kernel, "coach"))
    for i in range(4):
        (tmp_path / f"go{i}").write_text("")
    watch = Watch(kernel, send_message(kernel, chat_field(kernel, "coach"), "And then?"))
    watch.until(lambda: watch.idle)
    assert "1 answers in coach" in kernel.texts()
    assert any("coach-part0 coach-part1 coach-part2 coach-part3" in t for t in kernel.texts())
