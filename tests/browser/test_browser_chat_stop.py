"""``st.chat_input(submit_mode="stop")`` in a real Voila page: while a reply streams, the send
button is a stop button, and clicking it stops the reply where it is; the chat goes on.

The reply's generator waits for gate files the test writes, each once the previous part is on
the page, so the click is known to land while the body runs; its second part also waits until
the kernel has the stop request, so the test does not race the click's message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import expect

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import Server

APP = """%%rerun
import pathlib, time
from rerunner import stops
GATE = pathlib.Path({gate!r})
def reply(prompt):
    for i in range(4):
        while not (GATE / f"go{{i}}").exists():
            time.sleep(0.01)
        # the first reply's second part waits until the stop click has reached the kernel
        while i == 1 and prompt == "Go on" and not stops.any_requested():
            time.sleep(0.01)
        yield f"part{{i}} "
answers = st.session_state.setdefault("answers", [])
for text in answers:
    st.chat_message("assistant").write(text)
if prompt := st.chat_input("Ask away", submit_mode="stop"):
    with st.chat_message("assistant"):
        answers.append(st.write_stream(reply(prompt)))
st.caption(f"{{len(answers)}} answers so far")
"""


def test_the_stop_button_stops_a_streaming_reply(
    voila: Server, browser_page: Any, served_notebooks: Path, tmp_path: Path
) -> None:
    folder = served_notebooks / "chat-stop"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext rerunner"),
        nbformat.v4.new_code_cell(APP.format(gate=str(tmp_path))),
    ])  # fmt: skip
    nbformat.write(nb, folder / "stop.ipynb")
    app = open_voila_app(browser_page, voila.url, "chat-stop/stop.ipynb", "0 answers so far")
    field = app.root.locator(".rr-chat-input input[type=text]")
    field.fill("Go on")
    field.press("Enter")
    (tmp_path / "go0").write_text("")
    reply = app.root.locator(".rr-chat-assistant").last
    expect(reply).to_contain_text("part0")
    stop = app.root.get_by_role("button", name="■")
    expect(stop).to_be_enabled()
    expect(field).to_be_disabled()
    stop.click()
    (tmp_path / "go1").write_text("")  # the next chunk: where the run stops
    send = app.root.get_by_role("button", name="➤")
    expect(send).to_be_visible(timeout=30_000)
    expect(field).to_be_enabled()
    expect(reply).to_contain_text("part0")
    app.expect_no_text("part1")
    app.expect_no_text("answers so far")  # the body stopped before its last line
    for i in range(2, 4):
        (tmp_path / f"go{i}").write_text("")
    field.fill("Again")
    field.press("Enter")
    app.expect_text("1 answers so far")
    expect(app.root.locator(".rr-chat-assistant").last).to_contain_text("part0 part1 part2 part3")
    assert not page_errors(browser_page)
