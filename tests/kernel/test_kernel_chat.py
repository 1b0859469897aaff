"""Chat in a real kernel: a message sent as a browser sends it is answered by a stream that the
page shows growing, in several iopub updates, before the run ends; an interrupt stops a
streaming reply and the app goes on working.

The reply's generator waits for gate files the test writes one by one (the kernel is busy
running the body, so a file is the channel): each part is released only once the previous one
is on the page, so no assertion depends on how fast anything runs.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.kernel_client import KernelSession, Model, new_cell_id, plain

APP = """%%rerun
import pathlib, time
GATE = pathlib.Path({gate!r})
def reply(prompt):
    for i in range(4):
        while not (GATE / f"go{{i}}").exists():
            time.sleep(0.005)
        yield f"{name}-part{{i}} "
history = st.session_state.setdefault({name!r}, [])
for role, text in history:
    st.chat_message(role).write(text)
if prompt := st.chat_input({name!r}, submit_mode="disable"):
    st.chat_message("user").write(prompt)
    with st.chat_message("assistant"):
        answer = st.write_stream(reply(prompt))
    history += [("user", prompt), ("assistant", answer)]
st.caption(f"{{len(history) // 2}} answers in {name}")
"""


def chat_field(kernel: KernelSession, name: str) -> Model:
    [field] = [m for m in kernel.live("TextModel") if m.state.get("placeholder") == name]
    return field


def send_message(kernel: KernelSession, field: Model, text: str) -> str:
    """Type ``text`` and press Enter, as the browser sends them: the submit, then the text the
    field commits. Returns the text's msg_id (its handler runs the app) without waiting."""
    submit = {"method": "custom", "content": {"event": "submit"}}
    typed = {"method": "update", "state": {"value": text}, "buffer_paths": []}
    for data in (submit, typed):
        msg = kernel.kc.session.msg("comm_msg", {"comm_id": field.comm_id, "data": data})
        kernel.kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


class Watch:
    """Reads iopub for one request, mirroring the widgets, until a condition holds."""

    def __init__(self, kernel: KernelSession, msg_id: str) -> None:
        self.kernel = kernel
        self.msg_id = msg_id
        self.idle = False
        self.updates = 0  # widget messages of the request that carried a part of the reply

    def until(self, done: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"timed out; the page says {self.kernel.texts()}"
            try:
                msg = self.kernel.kc.get_iopub_msg(timeout=remaining)
            except queue.Empty:
                continue
            self.kernel._track(msg)
            if msg.get("parent_header", {}).get("msg_id") != self.msg_id:
                continue
            content: dict[str, Any] = msg["content"]
            if msg["msg_type"] == "status" and content["execution_state"] == "idle":
                self.idle = True
            elif msg["msg_type"] in ("comm_open", "comm_msg") and "-part" in str(
                content.get("data", {})
            ):
                self.updates += 1


def page_shows(kernel: KernelSession, text: str) -> Callable[[], bool]:
    return lambda: any(text in t for t in kernel.texts())


def test_a_streamed_reply_grows_on_the_page_before_the_run_ends(
    kernel: KernelSession, tmp_path: Path
) -> None:
    kernel.run(APP.format(gate=str(tmp_path), name="tutor"), cell_id=new_cell_id())
    field = chat_field(kernel, "tutor")
    watch = Watch(kernel, send_message(kernel, field, "What is a prime?"))
    watch.until(lambda: chat_field(kernel, "tutor").state.get("disabled"))  # busy at once
    assert field.state["value"] == ""  # the field was cleared when the message left
    shown = []
    for i in range(4):
        (tmp_path / f"go{i}").write_text("")
        expected = " ".join(f"tutor-part{j}" for j in range(i + 1))
        watch.until(page_shows(kernel, expected))
        shown.append(not watch.idle)  # on the page while the run still went on
    watch.until(lambda: watch.idle)
    assert shown[:3] == [True, True, True]  # three partial texts before the whole one
    assert watch.updates >= 4
    assert "1 answers in tutor" in kernel.texts()
    assert not chat_field(kernel, "tutor").state["disabled"]  # usable again


def test_an_interrupt_stops_a_streaming_reply_and_the_app_goes_on(
    kernel: KernelSession, tmp_path: Path
) -> None:
    kernel.run(APP.format(gate=str(tmp_path), name="quiz"), cell_id=new_cell_id())
    watch = Watch(kernel, send_message(kernel, chat_field(kernel, "quiz"), "first question"))
    (tmp_path / "go0").write_text("")
    watch.until(page_shows(kernel, "quiz-part0"))
    kernel.km.interrupt_kernel()  # the generator waits for go1: the reply is cut there
    watch.until(lambda: watch.idle)
    assert any("KeyboardInterrupt" in t for t in kernel.texts())
    assert "0 answers in quiz" not in kernel.texts()  # the run stopped where it was
    threads = kernel.value("[t.name for t in __import__('threading').enumerate()]")
    assert "rerunner-stream" not in threads  # the stream's helper ended with it
    for i in range(4):
        (tmp_path / f"go{i}").write_text("")
    watch = Watch(kernel, send_message(kernel, chat_field(kernel, "quiz"), "second question"))
    watch.until(lambda: watch.idle)
    assert "1 answers in quiz" in kernel.texts()
    assert any("quiz-part0 quiz-part1 quiz-part2 quiz-part3" in plain(t) for t in kernel.texts())
    assert not any("KeyboardInterrupt" in t for t in kernel.texts())
    assert kernel.run("print(1 + 1)").text().strip() == "2"
