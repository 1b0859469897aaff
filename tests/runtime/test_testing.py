"""rerunner.testing.AppTest: Streamlit's AppTest API over a real App, WidgetView and reconciler."""

from __future__ import annotations

import gc
import re
import textwrap
from pathlib import Path

import ipywidgets as w
import pytest

from rerunner.errors import UnsupportedError
from rerunner.testing import AppTest, AppTestError

from tests.support import README

FORM = """
import streamlit as st
st.title("Form")
name = st.text_input("Name", key="name", max_chars=5)
agree = st.checkbox("Agree", key="agree")
colour = st.selectbox("Colour", ["red", "green", "blue"], key="colour")
size = st.number_input("Size", 1, 5, 2, key="size")
span = st.slider("Span", 0, 10, (2, 4), key="span")
locked = st.checkbox("Locked", disabled=True)
go = st.button("Go")
st.write("name", name, "agree", agree, "colour", colour, "size", size, "span", span, "go", go)
"""


def test_readme_example_runs() -> None:
    text = README.read_text(encoding="utf-8").split("## Testing your apps", 1)[1]
    block = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    namespace: dict = {}
    exec(block, namespace)
    namespace["test_counter"]()


def test_lists_are_in_document_order_with_len_values_slices_and_keys() -> None:
    at = AppTest.from_string(FORM).run()
    assert [n.type for n in at.main][1:4] == ["title", "text_input", "checkbox"]
    assert len(at.checkbox) == 2 and at.checkbox.values == [False, False]
    assert at.checkbox[1:].values == [False] and at.checkbox.len == 2
    assert at.selectbox("colour").value == "red" and at.selectbox(key="colour").index == 0
    assert at.get_by_key("size").value == 2
    with pytest.raises(KeyError):
        at.slider("nope")
    slider = at.slider[0]
    assert (slider.label, slider.key, slider.value, slider.min, slider.max) == (
        "Span",
        "span",
        (2, 4),
        0,
        10,
    )
    assert slider.id.startswith("$$ID-") and slider.id.endswith("-span")
    assert at.checkbox[1].disabled and at.button[0].key is None
    assert at.title[0].value == "Form" and at.get("title") == list(at.title)


def test_actions_chain_and_apply_on_run() -> None:
    at = AppTest.from_string(FORM).run()
    at.text_input("name").input("Ada").run()
    at.checkbox("agree").check()
    at.selectbox("colour").select_index(2)
    at.number_input("size").increment().increment().increment().increment()  # stops at 5
    at.slider("span").set_range(1, 9)
    assert at.checkbox("agree").value is True  # pending until run
    at.button[0].click().run()
    assert at.markdown[0].value == (
        "name Ada agree `True` colour blue size `5` span `(1, 9)` go `True`"
    )
    at.text_input("name").input("too long").run()  # longer than max_chars: ignored, as in Streamlit
    at.number_input("size").set_value(1).decrement().run()
    assert at.text_input("name").value == "Ada" and at.number_input("size").value == 1
    assert at.button[0].value is False  # a click lasts one run
    at.checkbox("agree").uncheck().run()
    assert at.session_state.agree is False


def test_refused_actions_name_the_problem() -> None:
    at = AppTest.from_string(FORM).run()
    with pytest.raises(AppTestError, match="Cannot update a disabled checkbox widget"):
        at.checkbox[1].check()
    with pytest.raises(AppTestError, match=r"click\(\) is not supported for checkbox"):
        at.checkbox[0].click()
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for markdown"):
        at.markdown[0].set_value("x")
    at.selectbox("colour").select("purple")
    with pytest.raises(ValueError, match="'purple' is not an option"):
        at.run()


def test_apptest_parts_rerunner_lacks_raise_naming_them() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write('x')").run()
    with pytest.raises(UnsupportedError, match="`AppTest.user` is not supported by rerunner"):
        at.user  # noqa: B018


def test_script_errors_land_in_at_exception() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write('top')\n1 / 0\n").run()
    [error] = at.exception
    assert (error.exception_type, error.value, error.message) == (
        "ZeroDivisionError",
        "division by zero",
        "division by zero",
    )
    assert any("line 3" in line and "1 / 0" in line for line in error.stack_trace)
    assert at.markdown.values == ["top"]


def test_session_state_before_and_after_runs() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nv = st.slider('s', 0, 10, key='s')\nst.write(v)"
    )
    at.session_state["s"] = 6
    at.session_state.extra = "x"
    at.run()
    assert at.slider[0].value == 6 and at.session_state["s"] == 6 and at.session_state.extra == "x"
    assert "s" in at.session_state and "nope" not in at.session_state
    assert at.session_state.to_dict() == {"s": 6, "extra": "x"}
    with pytest.raises(AttributeError, match='st.session_state has no attribute "nope"'):
        at.session_state.nope  # noqa: B018


def test_from_file_is_relative_to_the_test_and_reread(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.write('one', __file__ is not None)\n")
    at = AppTest.from_file(script).run()
    assert at.markdown.values == ["one `True`"]
    script.write_text("import streamlit as st\nst.write('two')\n")
    assert at.run().markdown.values == ["two"]
    with pytest.raises(FileNotFoundError, match="resolved against the file"):
        AppTest.from_file("no_such_app.py")


def test_from_function_with_args_and_kwargs() -> None:
    def app(greeting, name="world"):
        import streamlit as st

        st.write(greeting, name)

    at = AppTest.from_function(app, args=("hello",), kwargs={"name": "Ada"}).run()
    assert at.markdown.values == ["hello Ada"]


def test_import_streamlit_in_the_script_is_rerunner_and_stays_streamlit_outside() -> None:
    import streamlit

    at = AppTest.from_string("import streamlit as st\nst.write(st.__name__)").run()
    assert at.markdown.values == ["rerunner.st"]
    assert streamlit.__name__ == "streamlit" and hasattr(streamlit, "runtime")


def test_a_run_past_its_timeout_is_stopped_and_the_app_stays_usable() -> None:
    source = "import streamlit as st\nst.write('start')\nwhile st.session_state.get('spin'):\n    pass\nst.write('end')"
    at = AppTest.from_string(source, default_timeout=5).run()
    assert at.markdown.values == ["start", "end"]
    at.session_state.spin = True
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.2\(s\)"):
        at.run(timeout=0.2)
    assert at.markdown.values == ["start"]  # stopped where it was, as st.stop() would
    at.session_state.spin = False
    assert at.run().markdown.values == ["start", "end"]


def test_widget_tree_is_the_reconciled_ipywidgets() -> None:
    at = AppTest.from_string(FORM).run()
    root = at.widget_tree
    assert isinstance(root, w.VBox)
    slider = at.slider("span").widget
    assert isinstance(slider, w.IntRangeSlider) and slider.value == (2, 4)
    at.slider("span").set_range(3, 7).run()
    assert at.slider("span").widget is slider and slider.value == (3, 7)  # reused, updated
    assert at.widget_tree is root


def test_widget_messages_count_what_a_run_sent() -> None:
    at = AppTest.from_string(FORM).run()
    first = at.widget_messages
    assert sum(m.kind == "open" for m in first) >= 10 and not any(m.kind == "close" for m in first)
    at.checkbox("agree").check().run()
    # the checkbox is set to its new value (a browser gets an echo_update instead) and the
    # summary line changes: one message each, with only the value
    assert [(m.kind, m.model, m.keys) for m in at.widget_messages] == [
        ("update", "CheckboxModel", ("value",)),
        ("update", "HTMLModel", ("value",)),
    ]
    at.run()
    assert at.widget_messages == []


def test_script_runs_counts_reruns_and_prints_land_in_the_app() -> None:
    at = AppTest.from_string(
        textwrap.dedent("""
        import streamlit as st
        n = st.session_state.setdefault("n", 0)
        print("run", n)
        if n < 2:
            st.session_state.n += 1
            st.rerun()
    """)
    ).run()
    assert at.script_runs == 3
    assert [node.value for node in at.get("stream")] == ["run 2\n"]


def test_a_dropped_apptest_closes_its_widgets() -> None:
    at = AppTest.from_string(FORM).run()
    models = [at.slider[0].widget, at.widget_tree]
    assert all(m.comm is not None for m in models)
    del at
    gc.collect()
    assert all(m.comm is None for m in models)


def test_layout_blocks_and_forms() -> None:
    at = AppTest.from_string(
        textwrap.dedent("""
        import streamlit as st
        st.sidebar.slider("side", 0, 5, key="side")
        left, right = st.columns([1, 3])
        left.write("left")
        t1, t2 = st.tabs(["One", "Two"])
        t2.checkbox("in two", key="c")
        with st.expander("More", expanded=True):
            st.write("inside")
        with st.form("f"):
            name = st.text_input("Name", key="name")
            sent = st.form_submit_button("Send")
        st.write("sent", sent, "name", name)
    """)
    ).run()
    assert at.sidebar.slider[0].key == "side" and at.main.slider.values == []
    assert [round(c.weight, 2) for c in at.columns] == [0.25, 0.75] and at.columns[
        0
    ].markdown.values == ["left"]
    assert [t.label for t in at.tabs] == ["One", "Two"] and at.tabs[1].checkbox[0].key == "c"
    assert at.expander[0].label == "More" and at.expander[0].markdown.values == ["inside"]
    [form] = at.form
    assert form.key == "f" and [b.key for b in at.form_submit_button] == ["FormSubmitter:f-Send"]
    assert at.text_input[0].form_id == "f" and at.button[0] is at.form_submit_button[0]
    at.text_input("name").input("Ada").run()  # no submit in this run: dropped, as in Streamlit
    assert at.markdown.values[-1] == "sent `False` name"
    at.text_input("name").input("Ada")
    at.form_submit_button[0].click().run()
    assert at.markdown.values[-1] == "sent `True` name Ada"
