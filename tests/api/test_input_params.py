"""The input widgets' parameters Streamlit 1.67 added: ``persist_state``, ``required``,
``wrap`` (and the rest of issue 13's input parameters), driven in process as a browser drives
them."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from tests.support.inprocess import Harness


def shown(h: Harness):
    """The value the body wrote last with ``st.write(repr(...))``."""
    return eval(h.app.tree.children[-1].props.body, {"datetime": dt})  # noqa: S307


# --- persist_state ----------------------------------------------------------------------------

PERSISTING = """
if not st.session_state.get("hide"):
    st.text_input("kept", key="kept", persist_state="session")
    st.text_input("lost", key="lost")
st.write(repr((st.session_state.get("kept"), st.session_state.get("lost"))))
"""


def test_persist_state_keeps_the_value_while_the_widget_is_not_drawn() -> None:
    h = Harness(PERSISTING)
    h.update(h.find(w.Text, "kept"), value="a")
    h.update(h.find(w.Text, "lost"), value="b")
    assert shown(h) == ("a", "b")
    h.state["hide"] = True
    h.app.run()  # the run that hides them: their values go at its end
    h.app.run()
    assert shown(h) == ("a", None)  # the key still reads the kept value while hidden
    h.state["hide"] = False
    h.app.run()
    assert shown(h) == ("a", "")
    assert h.find(w.Text, "kept").value == "a"  # and the field shows it again


def test_persist_state_needs_a_key_and_a_known_scope() -> None:
    h = Harness('st.slider("s", persist_state="page")')
    assert h.errors()[0].startswith("The `key` parameter is required. When using persist_state")
    h = Harness('st.slider("s", key="s", persist_state=True)')
    assert h.errors() == [
        "Invalid `persist_state` value. Supported values: 'page', 'session', None."
    ]


# --- required ---------------------------------------------------------------------------------


def test_a_required_text_field_outside_forms_keeps_its_last_value_when_cleared() -> None:
    h = Harness(
        't = st.text_input("t", "x", required=True)\n'
        'a = st.text_area("a", "y", required=True)\n'
        'n = st.number_input("n", value=3, required=True)\n'
        "st.write(repr((t, a, n)))"
    )
    runs = h.app.run_count
    text, area, number = h.find(w.Text, "t"), h.find(w.Textarea, "a"), h.find(w.Text, "n")
    h.update(text, value="   ")
    h.update(area, value="")
    h.update(number, value="")
    assert shown(h) == ("x", "y", 3)
    assert (text.value, area.value, number.value) == ("x", "y", "3")  # shown again
    assert h.app.run_count == runs  # nothing was sent, so nothing reran
    h.update(text, value="z")
    assert shown(h) == ("z", "y", 3)


def test_without_required_the_field_can_be_cleared() -> None:
    h = Harness('st.write(repr(st.number_input("n", value=3)))')
    h.update(h.find(w.Text, "n"), value="")
    assert shown(h) == 3  # a number field with a value resets when cleared...
    h = Harness('st.write(repr(st.text_input("t", "x")))')
    h.update(h.find(w.Text, "t"), value="")
    assert shown(h) == ""  # ...a text field takes the empty text


FORM = """
with st.form("f"):
    name = st.text_input("name", required=True)
    when = st.date_input("when", value=None, required=True)
    sent = st.form_submit_button("Send")
st.write(repr((sent, name, when)))
"""


def test_a_form_is_not_sent_while_a_required_field_is_empty() -> None:
    h = Harness(FORM)
    send = h.find(w.Button, "Send")
    h.click(send)
    assert shown(h) == (False, "", None)
    h.update(h.find(w.Text, "name"), value="Ada")
    h.click(send)
    assert shown(h) == (False, "", None)  # the date is still missing: nothing was sent
    assert h.find(w.Text, "name").value == "Ada"  # the typed value stays parked
    h.update(h.find(w.DatePicker, "when"), value={"year": 2024, "month": 0, "date": 5})
    h.click(send)
    assert shown(h) == (True, "Ada", dt.date(2024, 1, 5))


def test_required_pills_in_multi_mode_is_streamlit_s_error() -> None:
    h = Harness('st.pills("p", ["a", "b"], selection_mode="multi", required=True)')
    assert h.exceptions()[0].type == "StreamlitIncompatibleParametersError"
    assert h.errors() == [
        "`required=True` and `selection_mode='multi'` cannot be used together. `required` is "
        "only supported for single-select mode."
    ]


# --- wrap -------------------------------------------------------------------------------------


def test_wrap_marks_labels_that_wrap_or_stay_on_one_line() -> None:
    h = Harness(
        'st.checkbox("a long label", wrap=False)\n'
        'st.toggle("t", wrap=True)\n'
        'st.button("b", wrap=False)\n'
        'st.multiselect("m", ["x"], wrap=False)\n'
        'st.pills("p", ["x"], wrap=True)\n'
        'st.checkbox("plain")'
    )
    checkbox = h.find(w.Checkbox, "a long label")
    assert "rr-nowrap" in checkbox._dom_classes and checkbox.tooltip == "a long label"
    assert "rr-wrap" in h.find(w.Checkbox, "t")._dom_classes
    assert "rr-nowrap" in h.find(w.Button, "b")._dom_classes
    plain = h.find(w.Checkbox, "plain")
    assert not {"rr-wrap", "rr-nowrap"} & set(plain._dom_classes) and plain.tooltip is None
    boxes = [x for x in h.all() if isinstance(x, w.VBox) and "rr-multiselect" in x._dom_classes]
    assert "rr-nowrap" in boxes[0]._dom_classes
    pills = [x for x in h.all() if "rr-pills" in getattr(x, "_dom_classes", ())]
    assert "rr-wrap" in pills[0]._dom_classes


def test_wrap_takes_what_protobuf_takes_for_a_bool() -> None:
    h = Harness('st.checkbox("c", wrap="x")')
    assert h.errors() == ["'str' object cannot be interpreted as an integer"]
