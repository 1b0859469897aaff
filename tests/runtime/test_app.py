"""Callbacks, control flow, errors, reconciliation, coalescing and output routing, in process."""

from __future__ import annotations

import ipywidgets as w
import pytest

from rerunner import st
from rerunner.errors import NoRunContextError, UnsupportedError
from rerunner.runtime.app import App
from rerunner.runtime.script import Script
from rerunner.state import SessionState

from tests.support.inprocess import Harness

COUNTER = """
if "count" not in st.session_state:
    st.session_state.count = 0
def increment(by):
    st.session_state.count += by
st.button("Increment", on_click=increment, args=(1,))
st.button("Add five", on_click=increment, kwargs={"by": 5})
st.slider("Step", 1, 10, key="step")
st.write("Count =", st.session_state.count, "step", st.session_state.step)
"""


def kinds(h: Harness) -> list[str]:
    return [el.kind for el in h.app.tree.walk()][1:]


def test_issue_example_counter() -> None:
    h = Harness(COUNTER)
    assert "Count = <code>0</code> step <code>1</code>" in h.text()
    h.click(h.find(w.Button, "Increment"))
    h.click(h.find(w.Button, "Add five"))
    h.update(h.find(w.IntSlider, "Step"), value=4)
    assert "Count = <code>6</code> step <code>4</code>" in h.text()
    assert h.app.run_count == 4


def test_callbacks_run_in_page_order_after_state_is_written() -> None:
    src = """
log = st.session_state.setdefault("log", [])
def cb(name):
    log.append(f"{name}:{st.session_state[name]!r}")
st.text_input("a", key="a", on_change=cb, args=("a",))
st.checkbox("b", key="b", on_change=cb, args=("b",))
st.slider("c", 0, 10, key="c", on_change=cb, args=("c",))
"""
    h = Harness(src)
    events = []
    h.app._scheduler = type("Later", (), {"schedule": lambda self, f: events.append(f)})()
    # the user changes c, then b, then a; Streamlit calls back in page order
    h.update(h.find(w.IntSlider, "c"), value=5)
    h.update(h.find(w.Checkbox, "b"), value=True)
    h.update(h.find(w.Text, "a"), value="x")
    assert h.app.run_count == 1  # nothing ran yet: all three are queued
    events[-1]()
    assert h.state["log"] == ["a:'x'", "b:True", "c:5"]
    assert h.app.run_count == 2  # one rerun for the burst


def test_callback_args_are_those_of_the_last_render() -> None:
    src = """
n = st.session_state.setdefault("n", 0)
def bump(by):
    st.session_state.n += by
st.button("bump", on_click=bump, args=(n + 1,))
st.write("n", st.session_state.n)
"""
    h = Harness(src)
    h.click(h.find(w.Button, "bump"))  # args (1,) -> n = 1
    h.click(h.find(w.Button, "bump"))  # args (2,) -> n = 3
    assert h.state["n"] == 3


def test_callback_output_shows_above_the_body_for_that_run_only() -> None:
    h = Harness(
        'def cb():\n    st.write("from callback")\nst.write("body top")\nst.button("go", on_click=cb)'
    )
    h.click(h.find(w.Button, "go"))
    texts = h.html()
    assert "from callback" in texts[0] and "body top" in texts[1]
    h.app.run()
    assert not any("from callback" in t for t in h.html())


def test_rerun_in_body_starts_fresh_run() -> None:
    h = Harness(
        'n = st.session_state.setdefault("n", 0)\nst.write("before rerun", n)\n'
        'if n < 2:\n    st.session_state.n += 1\n    st.rerun()\nst.write("end", n)'
    )
    assert kinds(h) == ["markdown", "markdown"]
    assert "end <code>2</code>" in h.text() and h.app.run_count == 3


def test_rerun_in_callback_skips_that_body_and_button_is_false() -> None:
    h = Harness(
        'log = st.session_state.setdefault("log", [])\n'
        'def cb():\n    log.append("cb")\n    st.rerun()\n'
        'b = st.button("go", on_click=cb)\nlog.append(f"body {b}")'
    )
    h.state["log"].clear()
    h.click(h.find(w.Button, "go"))
    assert h.state["log"] == ["cb", "body False"]


def test_control_exceptions_are_not_caught_by_except_exception() -> None:
    h = Harness(
        'try:\n    st.stop()\nexcept Exception:\n    st.write("swallowed")\nst.write("after")'
    )
    assert h.html() == []


def test_stop_keeps_what_was_shown() -> None:
    h = Harness('st.write("a")\nst.stop()\nst.write("b")')
    assert len(h.html()) == 1 and "a" in h.html()[0]


def test_exception_in_body_shows_red_box_with_traceback_and_keeps_state() -> None:
    src = 'st.slider("s", 0, 10, key="s")\nif st.session_state.s == 3:\n    1 / 0\nst.write("ok", st.session_state.s)'
    h = Harness(src)
    slider = h.find(w.IntSlider, "s")
    h.update(slider, value=3)
    [box] = [t for t in h.html() if "rr-exception" in t]
    assert "ZeroDivisionError" in box and "division by zero" in box
    assert "line 3" in box and "1 / 0" in box  # the user's line, from the cell
    assert "rerunner/runtime" not in box  # our frames are left out
    assert h.find(w.IntSlider, "s") is slider and h.state["s"] == 3
    h.update(slider, value=4)  # the next event reruns normally
    assert "ok <code>4</code>" in h.text() and not any("rr-exception" in t for t in h.html())


def test_exception_in_callback_shows_callback_output_then_error_body_not_run() -> None:
    h = Harness(
        'def cb():\n    st.write("in callback")\n    raise RuntimeError("cb boom")\nst.button("go", on_click=cb)\nst.write("body")'
    )
    h.click(h.find(w.Button, "go"))
    assert kinds(h) == ["markdown", "exception"]
    assert "cb boom" in h.html()[1]


def test_syntax_error_is_shown_in_the_app() -> None:
    h = Harness("st.write('x'\n")
    [box] = h.html()
    assert "SyntaxError" in box


def test_widgets_are_reused_and_only_changed_traits_sent() -> None:
    h = Harness(COUNTER)
    before = {id(x) for x in h.all()}
    sent: list[dict] = []
    for widget in h.all():
        original = widget.send_state

        def spy(key=None, _orig=original, _w=widget):
            sent.append(
                {"widget": type(_w).__name__, "keys": set(key) if key is not None else None}
            )
            return _orig(key)

        widget.send_state = spy
    h.click(h.find(w.Button, "Increment"))
    assert {id(x) for x in h.all()} == before
    # exactly one widget changed (the Count line), in one message, with only its value
    assert sent == [{"widget": "HTML", "keys": {"value"}}]


def test_kernel_updates_do_not_echo_as_events() -> None:
    h = Harness(
        'v = st.slider("s", 0, 10, key="s")\nif v > 5:\n    st.session_state.clear_me = True'
    )
    runs = h.app.run_count
    h.state["s"] = 9  # set through state, applied by the reconciler on the next run
    h.app.run()
    assert h.find(w.IntSlider, "s").value == 9
    assert h.app.run_count == runs + 1  # the kernel-side value change did not cause a rerun


def test_text_input_keeps_its_widget_across_reruns() -> None:
    h = Harness('t = st.text_input("name")\nst.write("hello", t)')
    box = h.find(w.Text, "name")
    h.update(box, value="Ada")
    assert h.find(w.Text, "name") is box and "hello Ada" in h.text()


def test_event_during_a_run_is_not_lost_and_costs_one_more_run() -> None:
    state = SessionState()
    pokes: list = []
    h = Harness(
        'st.button("go", key="go")\nst.slider("s", 0, 10, key="s")\nfor p in poke: p()\n'
        'st.write("go", st.session_state.go, "s", st.session_state.s)',
        state=state,
        namespace={"poke": pokes},
    )
    slider, go = h.find(w.IntSlider, "s"), h.find(w.Button, "go")
    pokes.append(lambda: (pokes.clear(), h.update(slider, value=7), h.click(go)))
    runs = h.app.run_count
    h.app.run()
    assert h.app.run_count == runs + 2
    assert "go <code>True</code> s <code>7</code>" in h.text()


def test_print_and_display_land_in_the_app_where_called() -> None:
    from IPython.core.interactiveshell import InteractiveShell

    InteractiveShell.instance()  # display() publishes through a shell, as in a kernel
    h = Harness(
        'st.write("top")\nprint("printed", 1)\nfrom IPython.display import display, HTML\ndisplay(HTML("<b>x</b>"))\nst.write("bottom")'
    )
    classes = [type(x).__name__ for x in h.main.children]
    assert classes == ["HTML", "Output", "Output", "HTML"]
    assert h.main.children[1].outputs[0]["text"] == "printed 1\n"
    assert h.main.children[2].outputs[0]["data"]["text/html"] == "<b>x</b>"


def test_markdown_escapes_html_unless_allowed() -> None:
    h = Harness(
        'st.markdown("<img src=x onerror=alert(1)>")\nst.markdown("<b>bold</b>", unsafe_allow_html=True)'
    )
    first, second = h.html()
    assert "<img" not in first and "&lt;img" in first
    assert "<b>bold</b>" in second


def test_write_dispatch() -> None:
    h = Harness('st.write("a", 1)\nst.write({"k": 1})\nst.write(ValueError("e"))\nst.write((1, 2))')
    assert [el.kind for el in h.app.tree.children] == ["markdown", "json", "exception", "markdown"]
    assert h.app.tree.children[0].props.body == "a `1`"
    assert h.app.tree.children[3].props.body == "`(1, 2)`"


def test_empty_placeholder_replaces_and_handles_replace_in_place() -> None:
    h = Harness('ph = st.empty()\nph.write("one")\nph.write("two")\nt = st.text("x")\nt.text("y")')
    assert [el.props.body for el in h.app.tree.walk() if el.kind in ("markdown", "text")] == [
        "two",
        "y",
    ]
    h = Harness('st.empty().write("a", "b")')
    assert "Cannot replace a single element with multiple elements." in h.text()


def test_unsupported_call_raises_clear_error() -> None:
    h = Harness("st.App('app.py')")
    assert (
        "`st.App` is not supported by rerunner: it is Streamlit&#x27;s ASGI web server" in h.text()
    )
    h = Harness('st.login("google")')  # the one parameter refused (for good)
    assert "provider" in h.text() and "not supported" in h.text()
    with pytest.raises(UnsupportedError):
        from rerunner import st

        st.not_a_call  # noqa: B018
    with pytest.raises(AttributeError, match="Did you mean st.button"):
        st.buton  # noqa: B018


def test_calls_outside_a_run_say_where_to_put_them() -> None:
    from rerunner import st

    with pytest.raises(NoRunContextError, match="%%rerun"):
        st.write("x")


def test_import_streamlit_inside_the_body_is_rerunner() -> None:
    h = Harness('import streamlit as st2\nst2.write("via import", st2 is st)')
    assert "via import <code>True</code>" in h.text()


def test_body_reads_notebook_namespace() -> None:
    h = Harness('st.write("x is", x)', namespace={"x": 41})
    assert "x is <code>41</code>" in h.text()


def test_app_without_view_runs_headless() -> None:
    app = App(
        Script('st.write("hi")', "<rerun t>"), app_id="t", state=SessionState(), st_module=st
    ).run()
    assert app.tree is not None and app.tree.children[0].props.body == "hi"


def test_two_chat_messages_queued_for_one_run_give_the_last_as_streamlit_does() -> None:
    from tests.api.observe import sending

    src = """
log = st.session_state.setdefault("log", [])
if said := st.chat_input("Say"):
    log.append(said)
st.button("b")
"""
    h = Harness(src)
    events = []
    h.app._scheduler = type("Later", (), {"schedule": lambda self, f: events.append(f)})()
    sending("first")(h)
    sending("second")(h)
    h.click(h.find(w.Button, "b"))  # a click in the same burst keeps the message
    events[-1]()
    assert h.state["log"] == ["second"]
    assert h.app.run_count == 2  # one rerun for the burst
