"""Chat in real Voila and JupyterLab pages: a message typed and sent with Enter is answered by a
stream whose text grows on the page before the run ends, and the chat tutor example used as a
student would (Voila).

The streaming app's generator waits for gate files the test writes one at a time, each once the
previous part is on the page, so what is asserted does not depend on how fast anything runs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

STREAM_APP = """%%rerun
import pathlib, time
GATE = pathlib.Path({gate!r})
def reply(prompt):
    for i in range(4):
        while not (GATE / f"go{{i}}").exists():
            time.sleep(0.01)
        yield f"part{{i}} "
answers = st.session_state.setdefault("answers", [])
for text in answers:
    st.chat_message("assistant").write(text)
if prompt := st.chat_input("Ask away", submit_mode="disable"):
    st.chat_message("user").write(prompt)
    with st.chat_message("assistant"):
        answers.append(st.write_stream(reply(prompt)))
st.caption(f"{{len(answers)}} answers so far")
"""


def chat_field(app: AppPage) -> Any:
    return app.root.locator(".rr-chat-input input[type=text]")


def test_a_streamed_reply_grows_on_the_page(
    voila: Server, browser_page: Any, served_notebooks: Path, tmp_path: Path
) -> None:
    folder = served_notebooks / "chat-stream"  # not an example: outside the index's listing
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext rerunner"),
        nbformat.v4.new_code_cell(STREAM_APP.format(gate=str(tmp_path))),
    ])  # fmt: skip
    nbformat.write(nb, folder / "stream.ipynb")
    app = open_voila_app(browser_page, voila.url, "chat-stream/stream.ipynb", "0 answers so far")
    send_and_watch_the_reply_grow(app, tmp_path)
    assert not page_errors(browser_page)


def test_a_streamed_reply_grows_in_jupyterlab(
    lab: Server, lab_root: Path, browser_page: Any, tmp_path: Path
) -> None:
    write_notebook(lab_root / "chat_stream.ipynb", STREAM_APP.format(gate=str(tmp_path)))
    open_lab_notebook(browser_page, lab.url, "chat_stream.ipynb")
    app = AppPage(browser_page).wait_ready("0 answers so far")
    send_and_watch_the_reply_grow(app, tmp_path)
    assert not page_errors(browser_page)


def send_and_watch_the_reply_grow(app: AppPage, gates: Path) -> None:
    """Type a message and Enter; release the reply's four parts one at a time, each once the
    text before it is on the page: three partial texts show before the final one."""
    field = chat_field(app)
    field.click()
    field.press_sequentially("Tell me a story")
    field.press("Enter")
    expect(field).to_have_value("")  # the message left; the field is ready for the next
    reply = app.root.locator(".rr-chat-assistant").last
    for i in range(4):
        (gates / f"go{i}").write_text("")
        expect(reply).to_have_text(re.compile(" ".join(f"part{j}" for j in range(i + 1)) + r"\s*$"))
        if i < 3:  # a partial text, while the body still runs (the input waits for its end)
            expect(field).to_be_disabled()
            app.expect_no_text("1 answers so far")
    app.expect_text("1 answers so far")
    expect(field).to_be_enabled()
    expect(reply).to_have_text(re.compile(r"part0 part1 part2 part3\s*$"))


def test_chat_tutor(voila: Server, browser_page: Any, screenshots: Path, tmp_path: Path) -> None:
    app = open_voila_app(browser_page, voila.url, "09_chat_tutor.ipynb", "Ask about variables")
    field = chat_field(app)
    field.fill("How do functions work?")
    field.press("Enter")
    app.expect_text("A function names a piece of work")
    app.root.get_by_role("button", name="👍").first.click()
    app.expect_text("👍 1 · 👎 0")

    script = tmp_path / "grades.py"
    script.write_text(
        "def average(marks):\n    total = 0\n    for i in range(len(marks)):\n"
        "        total += marks[i]\n    return total / len(marks)\n"
    )
    with browser_page.expect_file_chooser() as chooser:
        app.root.locator(".rr-chat-attach").click()
    chooser.value.set_files(str(script))
    expect(app.root.locator(".rr-chat-attach")).to_contain_text("(1)")
    field.fill("Can you check my script?")
    field.press("Enter")
    app.expect_text("📎 grades.py", "average(marks) has no docstring")
    expect(field).to_have_value("")
    expect(app.root.get_by_role("button", name="👍")).to_have_count(2)  # the reply has ended
    expect(field).to_be_enabled()
    app.screenshot(screenshots / "09_chat_tutor.png")
    assert not page_errors(browser_page)
