"""Session state rules and their exact Streamlit 1.67 texts, run in process."""

from __future__ import annotations

import pytest

from rerunner.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitWidgetAlreadyInstantiatedError,
)
from rerunner.identity import compute_widget_id, key_from_widget_id
from rerunner.state import SessionState, SessionStateProxy

from tests.support.inprocess import Harness

DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"


def test_missing_key_and_attribute_texts() -> None:
    ss = SessionStateProxy(SessionState)
    state = SessionState()
    proxy = SessionStateProxy(lambda: state)
    with pytest.raises(KeyError) as key_err:
        proxy["missing"]
    assert key_err.value.args[0] == (
        f'st.session_state has no key "missing". Did you forget to initialize it? More info: {DOCS}'
    )
    with pytest.raises(AttributeError) as attr_err:
        _ = proxy.missing
    assert str(attr_err.value) == (
        f'st.session_state has no attribute "missing". Did you forget to initialize it? More info: {DOCS}'
    )
    with pytest.raises(AttributeError):
        del proxy.missing
    assert ss is not None


def test_mapping_api() -> None:
    state = SessionState()
    ss = SessionStateProxy(lambda: state)
    ss.z = 1
    ss["a"] = 2
    assert "z" in ss and "nope" not in ss
    assert ss.get("nope") is None and ss.get("nope", 5) == 5
    assert ss.setdefault("nd", 7) == 7 and ss.setdefault("z", 99) == 1
    assert ss.pop("a") == 2 and ss.pop("a", "dflt") == "dflt"
    with pytest.raises(KeyError):
        ss.pop("a")
    ss.update({"u": 1}, v=2)
    assert ss.to_dict() == {"z": 1, "nd": 7, "u": 1, "v": 2}
    assert sorted(ss) == ["nd", "u", "v", "z"] and len(ss) == 4
    del ss.z
    del ss["nd"]
    assert ss.to_dict() == {"u": 1, "v": 2}


def test_invalid_keys() -> None:
    state = SessionState()
    ss = SessionStateProxy(lambda: state)
    with pytest.raises(
        StreamlitAPIException, match="Invalid `key` value. Supported values: a non-empty string."
    ):
        ss[""] = 1
    with pytest.raises(StreamlitAPIException, match=r"Keys beginning with \$\$ID are reserved."):
        ss["$$ID-x"] = 1
    ss[3] = "int keys become strings"
    assert ss["3"] == "int keys become strings"


def test_widget_key_reads_widget_value_and_keyless_widgets_are_hidden() -> None:
    h = Harness(
        'st.checkbox("cb", key="cbk"); st.slider("s", 0, 10, 3, key="sk"); st.text_input("keyless")'
    )
    assert h.state.to_dict() == {"cbk": False, "sk": 3}


def test_writing_a_widget_key_after_the_widget_raises_streamlit_text() -> None:
    h = Harness('st.text_input("t", key="k")\nst.session_state.k = "x"')
    [exc] = h.exceptions()
    assert exc.type == StreamlitWidgetAlreadyInstantiatedError.__name__
    assert exc.message.startswith(
        "`st.session_state['k']` cannot be modified after the widget with that key is instantiated. "
        "Assign `st.session_state['k']` before creating the widget, or update it from an `on_change` "
        "or `on_click` callback"
    )


def test_button_value_cannot_be_set_through_state() -> None:
    h = Harness('st.session_state.b = True\nst.button("B", key="b")')
    [exc] = h.exceptions()
    assert exc.type == StreamlitValueAssignmentNotAllowedError.__name__
    assert exc.message == (
        "`st.session_state['b']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


def test_state_value_beats_default_and_later_user_input_wins() -> None:
    import ipywidgets as w

    h = Harness(
        'if "k" not in st.session_state:\n    st.session_state.k = "from_ss"\n'
        'v = st.text_input("t", value="default", key="k")\nst.write("got", v)'
    )
    assert "got from_ss" in h.text()
    h.update(h.find(w.Text, "t"), value="user")
    assert "got user" in h.text() and h.state["k"] == "user"


def test_stale_keyed_widget_dropped_after_completed_run_only() -> None:
    import ipywidgets as w

    src = (
        'mode = st.session_state.get("mode", "show")\n'
        'if mode == "boom": raise ValueError("boom")\n'
        'if mode == "stop": st.stop()\n'
        'if mode == "show": st.text_input("t", key="k")\n'
    )
    h = Harness(src)
    h.update(h.find(w.Text, "t"), value="typed")
    assert h.state["k"] == "typed"
    for mode in ("boom", "stop"):
        h.state["mode"] = mode
        h.app.run()
        assert h.state["k"] == "typed", mode  # an unfinished run never drops state
    h.state["mode"] = "hide"
    h.app.run()
    assert "k" not in h.state
    h.state["mode"] = "show"
    h.app.run()
    assert h.find(w.Text, "t").value == ""


def test_button_is_true_only_in_the_run_its_click_caused() -> None:
    import ipywidgets as w

    h = Harness(
        'clicked = st.button("Go", key="go")\nst.write("clicked", clicked, st.session_state.go)'
    )
    assert "clicked <code>False</code> <code>False</code>" in h.text()
    h.click(h.find(w.Button, "Go"))
    assert "clicked <code>True</code> <code>True</code>" in h.text()
    h.app.run()
    assert "clicked <code>False</code>" in h.text()


def test_two_apps_share_state_without_dropping_each_others_widgets() -> None:
    import ipywidgets as w

    state = SessionState()
    a = Harness('st.slider("A", 0, 10, key="a")', state=state, app_id="cell-a")
    b = Harness(
        'st.slider("B", 0, 10, key="b")\nst.write("a is", st.session_state.a)',
        state=state,
        app_id="cell-b",
    )
    a.update(a.find(w.IntSlider, "A"), value=4)
    b.app.run()
    assert "a is <code>4</code>" in b.text()
    assert state.to_dict() == {"a": 4, "b": 0}


def test_identity_matches_streamlit_hash() -> None:
    from streamlit.elements.lib.utils import _compute_element_id

    params = {"label": "a", "icon": None, "help": None, "is_form_submitter": False,
              "type": "secondary", "width": "content", "icon_position": "left", "shortcut": None}  # fmt: skip
    ours = compute_widget_id("button", key=None, params=params, app="page")
    theirs = _compute_element_id(
        "button", None, **params, active_script_hash="page", form_id="", active_dg_root_container=0
    )
    assert ours == theirs
    keyed = compute_widget_id("slider", key="s", params={"label": "x", "min_value": 0, "max_value": 9, "step": 1},
                              key_params=("min_value", "max_value", "step"), app="page")  # fmt: skip
    assert keyed == _compute_element_id(
        "slider", "s", min_value=0, max_value=9, step=1, active_script_hash="page"
    )
    assert key_from_widget_id(keyed) == "s" and key_from_widget_id(ours) is None


def test_duplicate_ids_raise_streamlit_texts() -> None:
    h = Harness('st.button("a")\nst.button("a")')
    [exc] = h.exceptions()
    assert exc.type == StreamlitDuplicateElementId.__name__
    assert exc.message.startswith(
        "There are multiple `button` elements with the same auto-generated ID."
    )
    assert exc.message.endswith(
        "To fix this error, please pass a unique `key` argument to the `button` element."
    )
    h = Harness('st.button("a", key="k")\nst.checkbox("b", key="k")')
    [exc] = h.exceptions()
    assert exc.type == StreamlitDuplicateElementKey.__name__
    assert exc.message == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that "
        "the `key` argument is unique for each element you create."
    )
    h = Harness('st.button("a")\nst.button("a", key="x")\nst.checkbox("a")\nst.toggle("a")')
    assert h.exceptions() == []


def test_keyed_widget_keeps_value_when_label_changes_keyless_resets() -> None:
    import ipywidgets as w

    h = Harness(
        'n = st.session_state.get("n", 0)\n'
        'st.text_input(f"keyed {n}", key="k")\nst.text_input(f"free {n}")\n'
    )
    h.update(h.find(w.Text, "keyed"), value="one")
    h.update(h.find(w.Text, "free"), value="two")
    h.state["n"] = 1
    h.app.run()
    assert h.find(w.Text, "keyed 1").value == "one"
    assert h.find(w.Text, "free 1").value == ""
