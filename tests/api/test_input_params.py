"""The input widgets' parameters Streamlit 1.67 added: ``persist_state``, ``required``,
``wrap`` (and the rest of issue 13's input parameters), driven in process as a browser drives
them."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w
import pytest

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


# --- icon inside inputs -----------------------------------------------------------------------


def test_icons_inside_text_number_and_select_fields() -> None:
    h = Harness(
        'st.text_input("t", icon="🔥")\n'
        'st.number_input("n", icon=":material/thumb_up:")\n'
        'st.selectbox("s", ["a"], icon="spinner")\n'
        'st.text_input("mail", type="email")\n'
        'st.text_input("other", type="email", icon="")\n'
        'st.text_input("plain")'
    )
    boxes = [x for x in h.all() if "rr-has-icon" in getattr(x, "_dom_classes", ())]
    icons = [[c.value for c in box.children if "rr-input-icon" in c._dom_classes] for box in boxes]
    assert len(boxes) == 4
    assert "🔥" in icons[0][0]
    assert 'aria-label="thumb_up icon"' in icons[1][0]
    assert "rr-spinner-icon" in icons[2][0]
    assert 'aria-label="mail icon"' in icons[3][0]  # the email type's own icon
    assert h.find(w.Text, "mail").placeholder == "you@example.com"
    assert h.find(w.Text, "plain").placeholder == ""


def test_an_input_icon_is_checked_as_streamlit_checks_it() -> None:
    h = Harness('st.number_input("n", icon=":material/zzzz_nope:")')
    assert h.errors() == [
        'The value `":material\u200b/zzzz_nope:"` is not a valid Material icon. Please use a '
        "Material icon shortcode like **`:material\u200b/thumb_up:`**."
    ]


# --- validate ---------------------------------------------------------------------------------

VALIDATED = """
code = st.text_input("code", "A-1", validate=(r"^[A-Z]-\\d$", "Use a letter, a dash, a digit."))
mail = st.text_input("mail", type="email")
st.write(repr((code, mail)))
"""


def _notes(h: Harness) -> list[str]:
    return [x.value for x in h.all() if "rr-field-note" in getattr(x, "_dom_classes", ())]


def test_text_failing_validate_is_not_sent_and_shows_the_message() -> None:
    h = Harness(VALIDATED)
    code, mail = h.find(w.Text, "code"), h.find(w.Text, "mail")
    runs = h.app.run_count
    h.update(code, value="nope")
    assert h.app.run_count == runs and shown(h) == ("A-1", "")
    assert "Use a letter, a dash, a digit." in _notes(h)[0]
    h.update(mail, value="ada@")
    assert "Enter a valid email address." in _notes(h)[1]  # the email type's own rule
    h.update(code, value="B-2")
    h.update(mail, value="ada@example.org")
    assert shown(h) == ("B-2", "ada@example.org")
    assert _notes(h) == ["", ""]
    h.update(code, value="")  # empty text is not checked
    assert shown(h) == ("", "ada@example.org")


def test_a_form_with_invalid_text_is_not_sent() -> None:
    h = Harness(
        'with st.form("f"):\n'
        '    n = st.text_input("n", validate="^[0-9]+$")\n'
        '    s = st.form_submit_button("Send")\n'
        "st.write(repr((s, n)))"
    )
    h.update(h.find(w.Text, "n"), value="12a")
    assert "Please match the requested format." in _notes(h)[0]
    h.click(h.find(w.Button, "Send"))
    assert shown(h) == (False, "")
    h.update(h.find(w.Text, "n"), value="12")
    h.click(h.find(w.Button, "Send"))
    assert shown(h) == (True, "12")


def test_validate_errors_are_streamlit_s() -> None:
    assert Harness('st.text_input("t", validate=5)').errors() == [
        "Invalid `validate` type. Expected one of: None, str, tuple. Provided type: int."
    ]
    assert Harness('st.text_input("t", validate=("a", 1))').errors() == [
        "Invalid `validate` value. Supported values: a regex string, a (regex, message) tuple "
        "of strings."
    ]


# --- format of dates and times ----------------------------------------------------------------


def test_a_date_format_shows_and_reads_dates_in_that_format() -> None:
    h = Harness(
        'd = st.date_input("d", datetime.date(2024, 1, 5), format="DD.MM.YYYY",\n'
        "                  max_value=datetime.date(2024, 12, 31))\n"
        'r = st.date_input("r", (datetime.date(2024, 1, 5),), format="MM-DD-YYYY")\n'
        "st.write(repr((d, r)))",
        namespace={"datetime": dt},
    )
    field = h.find(w.Text, "d")
    assert (field.value, field.placeholder) == ("05.01.2024", "DD.MM.YYYY")
    h.update(field, value="9.2.2024")
    assert shown(h)[0] == dt.date(2024, 2, 9)
    h.update(field, value="2024-02-09")  # not in the format: not sent, the field shows the date
    assert shown(h)[0] == dt.date(2024, 2, 9) and field.value == "09.02.2024"
    h.update(field, value="01.01.2025")  # past max_value: the same
    assert shown(h)[0] == dt.date(2024, 2, 9) and field.value == "09.02.2024"
    start, end = [x for x in h.all() if type(x) is w.Text][1:]
    assert (start.value, end.value, end.placeholder) == ("01-05-2024", "", "MM-DD-YYYY")
    h.update(end, value="01-07-2024")
    assert shown(h)[1] == (dt.date(2024, 1, 5), dt.date(2024, 1, 7))


def test_the_default_date_format_keeps_the_browser_s_picker() -> None:
    h = Harness('st.date_input("d", None)')
    assert isinstance(h.find(w.DatePicker, "d"), w.DatePicker)


def test_time_formats_list_the_times_a_step_apart_and_read_typed_times() -> None:
    h = Harness(
        't = st.time_input("t", datetime.time(13, 30), format="12h", step=1800)\n'
        'u = st.time_input("u", datetime.time(8, 0), step=90)\n'
        'v = st.time_input("v", datetime.time(8, 0), format="localized")\n'
        "st.write(repr((t, u)))",
        namespace={"datetime": dt},
    )
    twelve = h.find(w.Combobox, "t")
    assert twelve.value == "1:30 PM" and twelve.options[:3] == ("12:00 AM", "12:30 AM", "1:00 AM")
    assert len(twelve.options) == 48
    h.update(twelve, value="9:30 pm")
    assert shown(h)[0] == dt.time(21, 30)
    h.update(twelve, value="25:00")  # no time: not sent, the field shows the time again
    assert shown(h)[0] == dt.time(21, 30) and twelve.value == "9:30 PM"
    seconds = h.find(w.Combobox, "u")
    assert seconds.value == "08:00:00" and seconds.options[1] == "00:01:30"
    assert isinstance(h.find(w.TimePicker, "v"), w.TimePicker)


def test_date_and_time_format_errors_are_streamlit_s() -> None:
    assert Harness('st.date_input("d", format="YY")').errors() == [
        "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', "
        "'YYYY.MM.DD', 'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. "
        "Provided value: 'YY'."
    ]
    assert Harness('st.date_input("d", format=3)').errors() == [
        "Invalid `format` type. Expected one of: str. Provided type: int."
    ]
    assert Harness('st.time_input("t", format="x")').errors() == [
        "Invalid `format` value. Supported values: '12h', '24h', 'localized'."
    ]


# --- accept_new_options -----------------------------------------------------------------------

NEW_OPTIONS = """
s = st.selectbox("s", ["Red", "Blue"], accept_new_options=True, index=None)
m = st.multiselect("m", ["Red", "Blue"], accept_new_options=True, max_selections=3)
st.write(repr((s, m)))
"""


def enter(h: Harness, field: w.Widget, text: str) -> None:
    """Type ``text`` into ``field``, then press Enter."""
    h.update(field, value=text)
    field._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"event": "submit"}}}, "buffers": []}
    )


def test_a_selectbox_accepting_new_options_takes_typed_values() -> None:
    h = Harness(NEW_OPTIONS)
    field = h.find(w.Combobox, "s")
    assert field.options == ("Red", "Blue") and field.placeholder == "Choose or add an option"
    runs = h.app.run_count
    h.update(field, value="Gr")  # typing: the suggestions narrow, nothing is sent
    assert field.options == () and h.app.run_count == runs
    enter(h, field, "Green")
    assert shown(h)[0] == "Green"  # a new value: returned as typed, not added to the options
    assert field.options == ("Red", "Blue")
    enter(h, field, "blue")
    assert shown(h)[0] == "Blue" and field.value == "Blue"  # an option, matched ignoring case
    h.update(field, value="Red")  # a suggestion picked: sent at once
    assert shown(h)[0] == "Red"
    h.update(field, value="")
    assert shown(h)[0] is None


def test_a_multiselect_accepting_new_options_takes_typed_values() -> None:
    h = Harness(NEW_OPTIONS)
    tags = next(x for x in h.all() if type(x) is w.TagsInput)
    assert tags.allowed_tags == [] and tags.placeholder == "Choose or add options"
    h.update(tags, value=["Pink", "red"])
    assert shown(h)[1] == ["Pink", "Red"] and tags.value == ["Pink", "Red"]
    h.update(tags, value=["Pink", "Red", "RED"])  # the same option twice: once
    assert shown(h)[1] == ["Pink", "Red"]


def test_new_options_in_session_state_and_without_options() -> None:
    h = Harness(
        'st.session_state.setdefault("k", "zz")\n'
        's = st.selectbox("s", ["a"], key="k", accept_new_options=True)\n'
        'e = st.selectbox("e", [], accept_new_options=True)\n'
        "st.write(repr((s, e)))"
    )
    assert shown(h) == ("zz", None)
    assert h.find(w.Combobox, "s").value == "zz"
    assert h.find(w.Combobox, "e").placeholder == "Add an option"


# --- shortcut and autocomplete: what the page's aids are told -----------------------------------


def _aids(h: Harness) -> w.Widget:
    [aids] = [x for x in h.all() if type(x).__name__ == "PageAids"]
    return aids


def test_shortcuts_are_normalised_and_given_to_the_page() -> None:
    h = Harness(
        'st.button("Go", shortcut="Mod+Shift+k", help="Runs it")\n'
        'st.download_button("Get", b"x", shortcut="enter")\n'
        'st.link_button("Docs", "https://example.com", shortcut="Cmd+F5")\n'
        'st.button("Off", shortcut="J", disabled=True)\n'
        'with st.form("f"):\n'
        '    st.form_submit_button("Send", shortcut="Option+ArrowDown")'
    )
    bindings = {b["keys"]: b["target"] for b in _aids(h).shortcuts}
    assert set(bindings) == {"ctrl+shift+k", "enter", "cmd+f5", "alt+down"}  # not a disabled one
    go = h.find(w.Button, "Go")
    assert bindings["ctrl+shift+k"] in go._dom_classes
    assert go.tooltip == "Runs it (Ctrl+Shift+K)"
    assert bindings["alt+down"] in h.find(w.Button, "Send")._dom_classes
    anchors = [x for x in h.all() if x._dom_classes[:1] in (("rr-download",), ("rr-link",))]  # fmt: skip
    assert {bindings["enter"], bindings["cmd+f5"]} <= {c for a in anchors for c in a._dom_classes}


def test_a_page_without_shortcuts_or_autocomplete_has_no_aids() -> None:
    h = Harness('st.button("Go")\nst.text_input("t")')
    assert not [x for x in h.all() if type(x).__name__ == "PageAids"]


def test_autocomplete_follows_the_type_unless_given() -> None:
    h = Harness(
        'st.text_input("a", type="password")\n'
        'st.text_input("b", type="email", autocomplete="off")\n'
        'st.text_input("c", autocomplete="")\n'
        'st.text_input("d", autocomplete="given-name")'
    )
    attrs = {a["attrs"]["autocomplete"]: a["target"] for a in _aids(h).attributes}
    assert set(attrs) == {"new-password", "off", "given-name"}  # "": the browser decides
    assert attrs["given-name"] in h.find(w.Text, "d")._dom_classes
    assert attrs["new-password"] in h.find(w.Password, "a")._dom_classes


def test_shortcut_errors_are_streamlit_s() -> None:
    for shortcut, message in [
        ("3", "Invalid `shortcut` type. Expected one of: str. Provided type: int."),
        ("''", "The `shortcut` must contain at least one key or modifier."),
        ("'Ctrl+C'", "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."),
        ("'Ctrl'", "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."),
        ("'a+b'", "The `shortcut` may only specify a single non-modifier key."),
        (
            "'Ctrl+.'",
            "shortcut must include a single character or one of the supported keys "
            "(e.g. Enter, Space, Tab, Escape).",
        ),
    ]:
        assert Harness(f'st.button("b", shortcut={shortcut})').errors() == [message], shortcut


# --- select_all -------------------------------------------------------------------------------


def _select_all_buttons(h: Harness) -> list[w.Button]:
    return [x for x in h.all() if type(x) is w.Button and x.description == "Select all"]


def test_select_all_adds_every_unselected_option() -> None:
    h = Harness('st.write(repr(st.multiselect("m", ["a", "b", "c"], default=["b"])))')
    [button] = _select_all_buttons(h)
    h.click(button)
    assert shown(h) == ["b", "a", "c"]
    assert not _select_all_buttons(h)  # nothing left to select


def test_select_all_shows_by_its_threshold_and_max_selections() -> None:
    h = Harness(
        'st.multiselect("never", ["a", "b"], select_all=False)\n'
        'st.multiselect("one left", ["a", "b"], default=["a"])\n'
        'st.multiselect("too many", ["a", "b", "c"], select_all=2)\n'
        'st.multiselect("always", list(range(3000)), select_all=True)\n'
        'st.multiselect("default", list(range(1001)))\n'
        'st.write(repr(st.multiselect("capped", ["a", "b", "c"], max_selections=2)))'
    )
    buttons = _select_all_buttons(h)
    assert len(buttons) == 2  # "always" and "capped"
    h.click(buttons[1])
    assert shown(h) == ["a", "b"]  # as many as max_selections allows
    assert len(_select_all_buttons(h)) == 1  # the cap is reached: gone


def test_select_all_errors_are_streamlit_s() -> None:
    assert Harness('st.multiselect("m", ["a"], select_all=-1)').errors() == [
        "Invalid `select_all` value. Supported values: True, False, a non-negative integer. "
        "When using an int, `select_all` must be a non-negative integer."
    ]
    assert Harness('st.multiselect("m", ["a"], select_all=2.5)').errors() == [
        "Invalid `select_all` type. Expected one of: bool, int. Provided type: float."
    ]


# --- filter_mode ------------------------------------------------------------------------------

FILTERED = """
p = st.selectbox("p", ["Apple", "Pineapple", "Apricot"], filter_mode="prefix")
c = st.selectbox("c", ["Apple", "Pineapple", "Apricot"], filter_mode="contains", index=None)
n = st.selectbox("n", ["Apple", "Pineapple"], filter_mode=None)
st.write(repr((p, c, n)))
"""


def test_filter_modes_narrow_the_suggestions_as_the_visitor_types() -> None:
    h = Harness(FILTERED)
    prefix, contains = h.find(w.Combobox, "p"), h.find(w.Combobox, "c")
    assert prefix.value == "Apple" and contains.value == ""
    h.update(prefix, value="ap")
    assert prefix.options == ("Apple", "Apricot")
    h.update(contains, value="APP")
    assert contains.options == ("Apple", "Pineapple")
    assert shown(h) == ("Apple", None, "Apple")  # typing sends nothing
    h.update(contains, value="Pineapple")  # a suggestion picked
    assert shown(h) == ("Apple", "Pineapple", "Apple")
    enter(h, prefix, "apricot")  # Enter on an option's name, ignoring case
    assert shown(h)[0] == "Apricot"
    enter(h, prefix, "Banana")  # no such option: nothing sent, the choice shows again
    assert shown(h)[0] == "Apricot" and prefix.value == "Apricot"
    assert isinstance(h.find(w.Dropdown, "n"), w.Dropdown)  # None: no typing at all


def test_filtered_and_fuzzy_matching() -> None:
    from rerunner.render.selection import filtered

    labels = ["Red", "Green", "Dark red", "Ready"]
    assert filtered(labels, "rd", "fuzzy") == ["Red", "Dark red", "Ready"]
    assert filtered(labels, "re", "prefix") == ["Red", "Ready"]
    assert filtered(labels, "RE", "contains") == ["Red", "Green", "Dark red", "Ready"]
    assert filtered(labels, "", "prefix") == labels


def test_filter_mode_errors_are_streamlit_s() -> None:
    assert Harness('st.selectbox("s", ["a"], filter_mode="x")').errors() == [
        "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None."
    ]
    assert Harness(
        'st.selectbox("s", ["a"], filter_mode=None, accept_new_options=True)'
    ).errors() == [
        "`filter_mode=None` and `accept_new_options=True` cannot be used together. `filter_mode` "
        "cannot be `None` when `accept_new_options=True`. Set `filter_mode` to `fuzzy`, "
        "`contains`, or `prefix`."
    ]


def test_a_multiselect_s_filter_mode_goes_to_the_page() -> None:
    h = Harness(
        'st.multiselect("p", ["Apple", "Apricot"], filter_mode="prefix")\n'
        'st.multiselect("f", ["Apple", "Apricot"])'
    )
    [rule] = _aids(h).filters
    tags = [x for x in h.all() if type(x) is w.TagsInput]
    assert rule["mode"] == "prefix" and rule["target"] in tags[0]._dom_classes
    assert rule["target"] not in tags[1]._dom_classes


def test_a_multiselect_without_typing_offers_a_drop_down() -> None:
    h = Harness(
        'st.write(repr(st.multiselect("m", ["a", "b", "c"], filter_mode=None, max_selections=2)))'
    )
    [rule] = [a for a in _aids(h).attributes if a["attrs"] == {"readonly": ""}]
    tags = next(x for x in h.all() if type(x) is w.TagsInput)
    assert rule["target"] in tags._dom_classes  # the page makes its field read-only
    chooser = next(x for x in h.all() if type(x) is w.Dropdown)
    assert [label for label, _ in chooser.options] == ["Choose options", "a", "b", "c"]
    h.update(chooser, index=2)
    assert shown(h) == ["b"]
    chooser = next(x for x in h.all() if type(x) is w.Dropdown)
    assert chooser.index == 0 and [label for label, _ in chooser.options][1:] == ["a", "c"]
    h.update(chooser, index=1)
    assert shown(h) == ["b", "a"]
    assert not [x for x in h.all() if type(x) is w.Dropdown]  # max_selections reached


def test_the_run_records_that_a_page_needs_aids_and_a_page_without_is_never_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rerunner.render import page_aids as module

    searched: list = []
    real = module.page_aids
    monkeypatch.setattr(module, "page_aids", lambda tree: searched.append(tree) or real(tree))
    plain = Harness('st.button("Go")\nst.text_input("t")\nst.multiselect("m", ["a"])')
    assert plain.app.tree.props.page_aids is False
    assert searched == []  # no element asked: the render never looks for aids
    replaced = Harness('e = st.empty()\ne.text("soon")\ne.button("Go", shortcut="K")')
    assert replaced.app.tree.props.page_aids is True
    assert [b["keys"] for b in _aids(replaced).shortcuts] == ["k"]
    assert searched  # the page that asked was searched
    narrowed = Harness('st.multiselect("m", ["a"], filter_mode="contains")')
    assert narrowed.app.tree.props.page_aids is True
    assert [f["mode"] for f in _aids(narrowed).filters] == ["contains"]


def test_a_page_shown_mid_run_keeps_the_aids_the_last_page_asked_for() -> None:
    from rerunner.runtime.context import RunContext

    h = Harness('st.button("Go", shortcut="K")')
    ctx = RunContext(h.app.state, "app")
    assert ctx.snapshot(h.app.tree).props.page_aids is True  # its button is still shown
    assert ctx.snapshot(None).props.page_aids is False
    assert ctx.root.props.page_aids is False  # the run itself has asked for nothing yet
