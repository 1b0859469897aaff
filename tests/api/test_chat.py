"""Chat in process: the chat input as a browser drives it (typing, Enter, attaching files), chat
messages and their avatars, feedback, and write_stream's text growing on the page mid-run.

What Streamlit's AppTest can observe (values, elements, errors) is in the conformance cases;
these tests cover what it cannot: the drawn widgets, the mid-run page and the helper thread.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import ipywidgets as w
import pytest

from tests.support.inprocess import Harness


def enter(field: w.Text, text: str) -> None:
    """Type ``text`` into a chat input's field and press Enter, as a browser sends them."""
    field._handle_msg(
        {"content": {"data": {"method": "update", "state": {"value": text},
                              "buffer_paths": []}}, "buffers": []}
    )  # fmt: skip
    field._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"event": "submit"}}}, "buffers": []}
    )


def attach(h: Harness, *files: tuple[str, bytes, str]) -> None:
    records = [{"name": n, "type": m, "size": len(d), "content": d, "last_modified": 0}
               for n, d, m in files]  # fmt: skip
    h.update(h.find(w.FileUpload), value=records)


def html_texts(h: Harness) -> str:
    return " | ".join(h.html())


def bottom_area(h: Harness) -> w.Box:
    return h.root.children[2]


# --- chat input -----------------------------------------------------------------------------

CHAT = """
log = st.session_state.setdefault("log", [])
got = st.chat_input("Ask me", key="ask")
if got is not None:
    log.append(got)
st.write("log", repr(log), "now", repr(got))
st.button("Rerun")
"""


def test_enter_sends_the_message_once_and_clears_the_field() -> None:
    h = Harness(CHAT)
    field = h.find(w.Text)
    assert field.placeholder == "Ask me" and not field.continuous_update  # commits on Enter
    enter(field, "What is 2 + 2?")
    assert "log ['What is 2 + 2?'] now 'What is 2 + 2?'" in h.text()
    assert field.value == ""  # cleared, and still the same widget (focus stays in it)
    assert h.find(w.Text) is field
    h.click(h.find(w.Button, "Rerun"))
    assert "now None" in h.text() and h.state["ask"] is None
    enter(field, "   ")  # blank: nothing is sent, as in Streamlit
    assert "log ['What is 2 + 2?'] now None" in h.text()


def test_enter_arms_the_field_and_the_text_that_follows_is_sent() -> None:
    """In a browser the submit of an Enter arrives first and the field's text right after it;
    a text committed earlier (when the field lost focus) is sent once ``ENTER_WAIT`` passed."""
    from rerunner.render.chat import ENTER_WAIT

    async def scenario() -> None:  # in a kernel, handlers run in its event loop
        h = Harness(CHAT)
        field = h.find(w.Text)
        submit = {"content": {"data": {"method": "custom", "content": {"event": "submit"}}},
                  "buffers": []}  # fmt: skip
        field._handle_msg(submit)
        assert "now None" in h.text()  # armed: waiting for the text
        h.update(field, value="typed then Enter")
        assert "now 'typed then Enter'" in h.text() and field.value == ""
        h.update(field, value="left the field")  # focus lost: a draft, not a message
        assert "left the field" not in h.text()
        field._handle_msg(submit)  # Enter again, no new text follows
        await asyncio.sleep(ENTER_WAIT * 2)
        assert "now 'left the field'" in h.text()

    asyncio.run(scenario())


def test_the_text_of_an_enter_is_sent_though_it_comes_late(monkeypatch) -> None:
    """A busy browser or kernel can bring an Enter's text after ``ENTER_WAIT``: an Enter on a
    field that holds nothing waits ``ENTER_GRACE`` more for it; after that, text is a draft."""
    from rerunner.render import chat as chat_recipes

    monkeypatch.setattr(chat_recipes, "ENTER_GRACE", 0.3)

    async def scenario() -> None:
        h = Harness(CHAT)
        field = h.find(w.Text)
        submit = {"content": {"data": {"method": "custom", "content": {"event": "submit"}}},
                  "buffers": []}  # fmt: skip
        field._handle_msg(submit)
        await asyncio.sleep(chat_recipes.ENTER_WAIT * 2)  # the wait is over, nothing came
        h.update(field, value="late text")
        assert "now 'late text'" in h.text() and field.value == ""
        field._handle_msg(submit)  # an Enter with nothing typed, and no text after it
        await asyncio.sleep(chat_recipes.ENTER_WAIT + 0.3 * 2)
        h.update(field, value="a draft")  # focus lost long after: not a message
        assert "a draft" not in h.text() and "now 'late text'" in h.text()

    asyncio.run(scenario())


def test_the_send_button_sends_what_was_typed() -> None:
    h = Harness(CHAT)
    h.update(h.find(w.Text), value="by click")
    h.click(h.find(w.Button, "➤"))
    assert "now 'by click'" in h.text()


def test_a_chat_input_in_the_main_area_is_pinned_below_the_app() -> None:
    h = Harness('st.chat_input("pinned")\nwith st.container():\n    st.chat_input("inline")')
    bottom = bottom_area(h)
    assert "rr-bottom" in bottom._dom_classes and bottom.layout.display is None
    placeholders = [x.placeholder for x in h.all() if isinstance(x, w.Text)]
    assert placeholders == ["inline", "pinned"]  # the main area first, then the bottom
    assert any(isinstance(x, w.Text) and x.placeholder == "pinned" for x in _walk(bottom))
    assert bottom_area(Harness("st.write('no chat')")).layout.display == "none"


def _walk(widget: w.Widget) -> list[w.Widget]:
    out = [widget]
    for child in getattr(widget, "children", ()):
        out += _walk(child)
    return out


def test_text_assigned_through_session_state_fills_the_field_without_sending() -> None:
    h = Harness(
        'if st.button("Suggest"):\n    st.session_state.q = "Why is the sky blue?"\n'
        'st.write("got", repr(st.chat_input(key="q")))'
    )
    field = h.find(w.Text)
    h.click(h.find(w.Button, "Suggest"))
    assert field.value == "Why is the sky blue?" and "got None" in h.text()
    enter(field, field.value)
    assert "got 'Why is the sky blue?'" in h.text()


def test_a_disabled_chat_input_sends_nothing() -> None:
    h = Harness(CHAT.replace('key="ask"', 'key="ask", disabled=True'))
    field = h.find(w.Text)
    assert field.disabled and h.find(w.Button, "➤").disabled
    enter(field, "forged")
    h.click(h.find(w.Button, "➤"))
    assert "log []" in h.text()


FILES = """
got = st.chat_input("Attach", accept_file=True, file_type=["csv"], max_upload_size=1)
if got is not None:
    st.write("text", repr(got.text), "files", repr([(f.name, f.getvalue()) for f in got.files]))
"""


def test_a_file_travels_with_the_message_and_is_then_detached() -> None:
    h = Harness(FILES)
    upload = h.find(w.FileUpload)
    assert upload.accept == ".csv" and not upload.multiple
    attach(h, ("marks.csv", b"a,b\n1,2", "text/csv"))
    enter(h.find(w.Text), "my marks")
    assert "text 'my marks' files [('marks.csv', b'a,b\\n1,2')]" in h.text()
    assert upload.value == ()
    attach(h, ("only.csv", b"1", "text/csv"))
    enter(h.find(w.Text), "")  # a file alone is a message
    assert "text '' files [('only.csv', b'1')]" in h.text()


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [("notes.txt", b"x", "files of type .txt are not accepted here"),
     ("big.csv", b"1" * (1024 * 1024 + 1),
      "big.csv is 1,048,577 bytes; the limit is 1,048,576 bytes")],
    ids=["type", "size"],
)  # fmt: skip
def test_a_refused_file_keeps_the_message_and_says_why(name: str, data: bytes, why: str) -> None:
    h = Harness(FILES)
    attach(h, (name, data, "text/plain"))
    field = h.find(w.Text)
    enter(field, "please read this")
    assert why in html_texts(h)
    assert field.value == "please read this" and "text '" not in h.text()  # nothing was sent
    runs = h.app.run_count
    # A message forged past the recipe meets the same rules in the kernel.
    wid = h.elements("chat_input")[0].id
    h.app.submit(wid, {"text": "forged", "files": [{"name": name, "content": data}]})
    assert "forged" not in h.text() and h.app.run_count == runs + 1


def test_submit_mode_disable_disables_the_input_until_the_run_ends() -> None:
    seen: list[bool] = []
    h = Harness(
        'p = st.chat_input("Ask", submit_mode="disable")\n'
        "if p:\n    SEEN()\n    st.write('answered', p)",
        namespace={"SEEN": lambda: seen.append(h.find(w.Text).disabled)},
    )
    field = h.find(w.Text)
    assert not field.disabled
    enter(field, "slow question")
    assert seen == [True]  # drawn disabled while its run went on
    assert not field.disabled and "answered slow question" in h.text()


# --- chat messages --------------------------------------------------------------------------


def test_avatars_presets_emoji_letters_and_images() -> None:
    h = Harness(
        "import numpy as np\n"
        'for who in ["user", "assistant", "Bob"]:\n    st.chat_message(who).write(who)\n'
        'st.chat_message("Rex", avatar="🦖").write("emoji")\n'
        'st.chat_message("pic", avatar=np.zeros((4, 4, 3), "uint8")).write("image")\n'
        'st.chat_message("x", width=300).write("narrow")'
    )
    avatars = [x.value for x in h.all() if "rr-avatar-box" in getattr(x, "_dom_classes", ())]
    assert "rr-avatar-user" in avatars[0] and "<svg" in avatars[0]
    assert "rr-avatar-assistant" in avatars[1]
    assert 'rr-avatar-letter" role="img" aria-label="Bob">B<' in avatars[2]
    assert "🦖" in avatars[3]
    [image] = [x for x in h.all() if isinstance(x, w.Image)]
    assert image.format == "png" and "rr-avatar-image" in image._dom_classes
    messages = [x for x in h.all() if "rr-chat-message" in getattr(x, "_dom_classes", ())]
    assert [m._dom_classes[1] for m in messages[:3]] == ["rr-chat-user", "rr-chat-assistant",
                                                         "rr-chat-other"]  # fmt: skip
    assert messages[-1].layout.width == "300px"


def test_a_material_avatar_is_refused_by_name() -> None:
    h = Harness('st.chat_message("user", avatar=":material/face:")')
    assert h.exceptions()[0].type == "UnsupportedError"
    assert "use an emoji as `avatar`" in h.errors()[0]


# --- feedback -------------------------------------------------------------------------------


def test_feedback_clicks_choose_and_a_second_click_clears() -> None:
    h = Harness("st.write(f\"rating {st.feedback('stars', key='r')}\")")
    stars = [x for x in h.all() if isinstance(x, w.Button)]
    assert [b.description for b in stars] == ["☆"] * 5
    h.click(stars[3])
    assert "rating 3" in h.text() and [b.description for b in stars] == ["★"] * 4 + ["☆"]
    h.click(stars[3])
    assert "rating None" in h.text() and h.state["r"] is None


def test_thumbs_show_up_first_and_light_the_choice() -> None:
    h = Harness('st.write(f"t {st.feedback()}")')
    up, down = [x for x in h.all() if isinstance(x, w.Button)]
    assert (up.description, down.description) == ("👍", "👎")
    h.click(down)
    assert "t 0" in h.text() and "rr-feedback-on" in down._dom_classes
    assert "rr-feedback-on" not in up._dom_classes


# --- write_stream on the page, mid-run ------------------------------------------------------


def test_the_first_chunk_shows_at_once_and_a_fast_stream_is_throttled() -> None:
    h = Harness(
        'if st.button("Go"):\n    st.write_stream(str(i) + " " for i in range(2000))\n'
        'st.write("done")'
    )
    # The test owns the clock: no interval passes during the stream, whatever the machine's
    # speed, so only the forced updates show.
    h.app.live_interval = 3600.0
    before = h.app.live_updates
    h.click(h.find(w.Button, "Go"))
    shown = h.app.live_updates - before
    assert shown == 2  # the first chunk at once, then the whole text; nothing in between
    assert "1999" in h.text() and "done" in h.text()


def test_a_chunk_held_back_shows_while_the_generator_waits() -> None:
    """The second chunk comes too soon after the first to be shown then; the helper thread
    shows it while the generator waits, before the run ends."""
    go_on = threading.Event()

    def gen():
        yield "first "
        yield "second "
        assert go_on.wait(10)
        yield "third"

    h = Harness('if st.button("Go"):\n    st.write_stream(GEN())', namespace={"GEN": gen})
    button = h.find(w.Button, "Go")
    runner = threading.Thread(target=h.click, args=(button,))
    runner.start()
    deadline = time.monotonic() + 10
    while "first second" not in html_texts(h):
        assert time.monotonic() < deadline, "the held-back chunk never showed"
        time.sleep(0.01)
    assert "third" not in html_texts(h) and runner.is_alive()  # shown before the run ended
    go_on.set()
    runner.join(10)
    assert "first second third" in html_texts(h)
    assert not [t for t in threading.enumerate() if t.name == "rerunner-stream"]


def test_an_interrupted_stream_stops_its_helper_and_keeps_the_app_usable() -> None:
    def gen():
        yield "partial "
        yield "more "
        raise KeyboardInterrupt

    h = Harness(
        'if st.button("Go"):\n    st.write_stream(GEN())\nst.write("after")',
        namespace={"GEN": gen},
    )
    h.click(h.find(w.Button, "Go"))
    assert h.exceptions()[0].type == "KeyboardInterrupt" and "partial more" in h.text()
    assert not [t for t in threading.enumerate() if t.name == "rerunner-stream"]
    h.click(h.find(w.Button, "Go"))  # the next run works as before
    assert h.app.run_count == 3


def test_an_async_generator_streams_while_an_event_loop_runs() -> None:
    """In a kernel the body runs inside the kernel's event loop; the stream's loop is its own."""

    async def agen():
        for word in ("a", "sync ", "stream"):
            await asyncio.sleep(0)
            yield word

    async def main() -> Any:
        return Harness('st.write("got", st.write_stream(AGEN))', namespace={"AGEN": agen})

    h = asyncio.run(main())
    assert "got async stream" in h.text()
    assert not [t for t in threading.enumerate() if t.name == "rerunner-async-stream"]


def test_an_async_stream_that_fails_ends_its_thread() -> None:
    async def agen():
        yield "before "
        raise ValueError("the model went away")

    h = Harness("st.write_stream(AGEN())", namespace={"AGEN": agen})
    assert h.errors() == ["the model went away"] and "before" in h.text()
    assert not [t for t in threading.enumerate() if t.name == "rerunner-async-stream"]


def test_an_async_stream_stopped_by_a_failing_chunk_ends_its_thread() -> None:
    async def agen():
        yield "before "
        yield lambda: 1 / 0  # a callable chunk is called: this one fails in the body
        yield "never"

    h = Harness("st.write_stream(AGEN())", namespace={"AGEN": agen})
    assert h.exceptions()[0].type == "ZeroDivisionError" and "never" not in h.text()
    assert not [t for t in threading.enumerate() if t.name == "rerunner-async-stream"]
