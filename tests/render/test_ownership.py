"""The kernel owns every trait it drew: a front end may change only what the schema gives it.

A visitor can send any comm message (in Voila, from the browser's console). These tests forge
the messages a browser sends, through ipywidgets' own handler, against every widget of a page
that holds every element kind, enabled and disabled.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ipywidgets as w
import pytest

from rerunner.render.vdom import front_end_traits

from tests.support.inprocess import Harness

PAGE = """
import datetime as dt
log = st.session_state.setdefault("log", [])
def hit(name):
    log.append(name)
for off in ({}, {"disabled": True}) if not st.session_state.get("only_enabled") else ({},):
    d = bool(off)
    s = "d" if d else "e"
    st.button(f"button {s}", on_click=hit, args=(f"button {s}",), **off)
    st.checkbox(f"checkbox {s}", key=f"checkbox {s}", **off)
    st.toggle(f"toggle {s}", key=f"toggle {s}", **off)
    st.radio(f"radio {s}", ["a", "b"], key=f"radio {s}", **off)
    st.selectbox(f"selectbox {s}", ["a", "b"], key=f"selectbox {s}", **off)
    st.multiselect(f"multiselect {s}", ["a", "b"], key=f"multiselect {s}", **off)
    st.pills(f"pills {s}", ["a", "b"], key=f"pills {s}", **off)
    st.pills(f"pills multi {s}", ["a", "b"], selection_mode="multi", key=f"pm {s}", **off)
    st.segmented_control(f"seg {s}", ["a", "b"], key=f"seg {s}", **off)
    st.slider(f"slider {s}", 0, 10, key=f"slider {s}", **off)
    st.slider(f"range {s}", 0, 10, (2, 5), key=f"range {s}", **off)
    st.slider(f"date slider {s}", dt.date(2024, 1, 1), dt.date(2024, 2, 1), key=f"ds {s}", **off)
    st.select_slider(f"select slider {s}", ["a", "b", "c"], key=f"ss {s}", **off)
    st.number_input(f"number {s}", key=f"number {s}", **off)
    st.text_input(f"text {s}", key=f"text {s}", **off)
    st.text_area(f"area {s}", key=f"area {s}", **off)
    st.date_input(f"date {s}", dt.date(2024, 1, 1), key=f"date {s}", **off)
    st.time_input(f"time {s}", dt.time(8, 0), key=f"time {s}", **off)
    st.color_picker(f"color {s}", key=f"color {s}", **off)
    st.file_uploader(f"upload {s}", key=f"upload {s}", **off)
    st.download_button(f"download {s}", "data", **off)
    st.link_button(f"link {s}", "https://example.org", **off)
    st.chat_input(f"chat {s}", key=f"chat {s}", accept_file=True, on_submit=hit,
                  args=(f"chat {s}",), **off)
    st.feedback("stars", key=f"feedback {s}", **off)
    st.camera_input(f"camera {s}", key=f"camera {s}", **off)
    st.audio_input(f"audio {s}", key=f"audio {s}", **off)
    st.file_uploader(f"folder {s}", key=f"folder {s}", accept_multiple_files="directory", **off)
    st.chat_input(f"voice {s}", key=f"voice {s}", accept_audio=True, accept_file="directory",
                  on_submit=hit, args=(f"voice {s}",), **off)
    with st.popover(f"popover {s}", disabled=d):
        st.write("in the popover")
    with st.form(f"form {s}"):
        st.text_input(f"in form {s}", key=f"in form {s}", **off)
        st.form_submit_button(f"submit {s}", **off)
st.title("t"); st.markdown("m"); st.caption("c"); st.code("x = 1"); st.json({"a": 1})
st.latex("x"); st.text("t"); st.divider(); st.success("ok"); st.exception(ValueError("v"))
st.metric("m", 1, 2); st.progress(30); st.dataframe({"a": [1, 2]}); st.table({"a": [1]})
st.html("<b>h</b>"); st.html("<i>j</i>", unsafe_allow_javascript=True); st.badge("b")
st.space(); st.markdown(":material/home: the icon font's widget is on the page too")
import streamlit.components.v1 as components
st.iframe("<p>framed</p>"); components.html("<p>html</p>")
components.declare_component("owned", url="http://localhost:1")(key="component", n=1)
st.pdf(__import__("tests.support.pdfs", fromlist=["_"]).pdf_with_pages((1, 0, 0)))
tab1, tab2 = st.tabs(["one", "two"])
with st.expander("more"):
    st.write("inside")
with st.status("working"):
    st.write("step")
c1, c2 = st.columns(2)
c1.write("left")
with st.chat_message("user"):
    st.write("a message")
with st.sidebar:
    st.write("side")
print("printed")
st.balloons()
"""


def _forged(value: Any) -> Any:
    """A different value of the same JSON shape (what a hostile front end would send)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 1.5
    if isinstance(value, str):
        return value + " forged"
    if isinstance(value, (list, tuple)):
        return []
    if isinstance(value, dict):
        return {}
    return "forged"


def _send(widget: w.Widget, state: dict[str, Any]) -> None:
    widget._handle_msg(
        {
            "content": {"data": {"method": "update", "state": state, "buffer_paths": []}},
            "buffers": [],
        }
    )


def _snapshot(h: Harness) -> list[tuple[str, dict[str, Any]]]:
    return [(type(x).__name__, x.get_state()) for x in h.all()]


def _owned_by_front_end(h: Harness) -> dict[int, frozenset[str]]:
    live = h.view.reconciler._all
    return {id(x.widget): front_end_traits(x.vnode) for x in live.values()}


@pytest.fixture(scope="module")
def page() -> Harness:
    return Harness(PAGE)


def test_every_kernel_trait_of_every_widget_refuses_a_forged_update(page: Harness) -> None:
    h = page
    owned = _owned_by_front_end(h)
    runs = h.app.run_count
    state_before = dict(h.state._state) if hasattr(h.state, "_state") else None
    forged = 0
    models = list(h.all())
    models += list({id(x.layout): x.layout for x in models if getattr(x, "layout", None)}.values())
    for widget in models:
        allowed = set() if getattr(widget, "disabled", False) else owned.get(id(widget), set())
        before = widget.get_state()
        for name, value in before.items():
            if name in allowed or name.startswith("_model_") or name.startswith("_view_"):
                continue
            if name in ("children", "layout", "style"):
                state = {name: [] if name == "children" else "IPY_MODEL_forged"}
            else:
                state = {name: _forged(value)}
            _send(widget, state)
            forged += 1
            assert widget.get_state()[name] == before[name], (type(widget).__name__, name)
    assert forged > 500  # the sweep really covered the page
    assert h.app.run_count == runs  # nothing reran: no forged change reached the app
    if state_before is not None:
        assert dict(h.state._state) == state_before


def test_a_disabled_widget_refuses_its_value_and_a_disabled_button_its_click(page: Harness) -> None:
    h = page
    values = {k: h.state[k] for k in h.state if k != "log"}
    runs = h.app.run_count
    disabled = [x for x in h.all() if getattr(x, "disabled", False)]
    assert len(disabled) >= 25
    for widget in disabled:
        for name in ("value", "index", "selected_index"):
            if name in widget.keys:
                before = widget.get_state()[name]
                _send(widget, {name: _forged(before)})
                assert widget.get_state()[name] == before, (type(widget).__name__, name)
        if isinstance(widget, w.Button):
            h.click(widget)
    assert h.state["log"] == []
    assert {k: h.state[k] for k in h.state if k != "log"} == values
    assert h.app.run_count == runs
    # the disabled tags (no `disabled` trait) and the disabled popover too
    [tags] = [x for x in h.all() if isinstance(x, w.TagsInput) and "rr-disabled" in x._dom_classes]
    _send(tags, {"value": ["a"]})
    assert tags.value == [] and h.state["multiselect d"] == []
    [popover] = [
        x for x in h.all() if isinstance(x, w.Accordion) and "rr-disabled" in x._dom_classes
    ]
    _send(popover, {"selected_index": 0})
    assert popover.selected_index is None


def test_enabled_widgets_still_take_what_the_front_end_owns() -> None:
    h = Harness(PAGE)
    [button] = [x for x in h.all() if isinstance(x, w.Button) and x.description == "button e"]
    h.click(button)
    assert h.state["log"] == ["button e"]
    h.update(h.find(w.IntSlider, "slider e"), value=7)
    assert h.state["slider e"] == 7
    [tabs] = [x for x in h.all() if isinstance(x, w.Tab)]
    _send(tabs, {"selected_index": 1})
    assert tabs.selected_index == 1  # the chosen tab is the visitor's
    [more] = [x for x in h.all() if isinstance(x, w.Accordion) and x.titles == ("more",)]
    _send(more, {"selected_index": 0})
    assert more.selected_index == 0
    h.update(h.find(w.Text, "text e"), value="typed")
    assert h.state["text e"] == "typed"
    [chat] = [x for x in h.all() if isinstance(x, w.Text) and x.placeholder == "chat e"]
    h.update(chat, value="a message")
    chat._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"event": "submit"}}}, "buffers": []}
    )
    assert h.state["log"] == ["button e", "chat e"] and chat.value == ""
    stars = [x for x in h.all() if isinstance(x, w.Button) and x.description == "☆"]
    h.click(stars[2])
    assert h.state["feedback e"] == 2
    h.update(h.find(w.DatePicker, "date e"), value={"year": 2024, "month": 1, "date": 5})
    assert h.state["date e"] == dt.date(2024, 2, 5)  # ipywidgets' months count from 0
    from rerunner.render.iframe import ComponentFrame

    [frame] = [x for x in h.all() if isinstance(x, ComponentFrame)]
    content = {"event": "value", "dataType": "json", "value": [1, 2]}
    frame._handle_msg(
        {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
    )
    assert h.state["component"] == [1, 2]  # a component's value is a message, not a trait
