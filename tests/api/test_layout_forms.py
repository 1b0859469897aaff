"""Layout containers and forms, in process, against Streamlit 1.67's rules and texts."""

from __future__ import annotations

import ipywidgets as w
import pytest

from tests.support.inprocess import Harness

LAYOUT = """
with st.sidebar:
    n = st.slider("n", 0, 10, key="n")
st.sidebar.write("side text")
a, b = st.columns([2, 1])
a.write("left")
with b:
    st.button("right")
t1, t2 = st.tabs(["One", "Two"])
t1.write("tab one")
with t2:
    st.text_input("In tab two", key="t2")
with st.expander("More"):
    st.checkbox("inside", key="inside")
st.write("n", n)
"""


def test_sidebar_is_a_side_panel_only_when_used() -> None:
    h = Harness(LAYOUT)
    assert h.sidebar.layout.display != "none"
    assert [type(c) for c in h.sidebar.children] == [w.IntSlider, w.HTML]
    assert h.app.tree.children[-1].kind == "sidebar"  # after the main area, as in Streamlit
    plain = Harness('st.write("no sidebar")')
    assert plain.sidebar.layout.display == "none" and plain.sidebar.children == ()


def test_widgets_in_sidebar_and_main_have_distinct_ids() -> None:
    h = Harness('st.button("a")\nst.sidebar.button("a")')
    assert h.errors() == []
    assert len([x for x in h.all() if isinstance(x, w.Button)]) == 2


def test_columns_tabs_expander_place_their_content() -> None:
    h = Harness(LAYOUT)
    row = h.main.children[0]
    assert isinstance(row, w.HBox) and len(row.children) == 2
    assert row.children[0].layout.flex.startswith("0.6667") and row.children[
        1
    ].layout.flex.startswith("0.3333")
    assert "left" in row.children[0].children[0].value
    assert isinstance(row.children[1].children[0], w.Button)
    tabs = h.main.children[1]
    assert isinstance(tabs, w.Tab) and tabs.titles == ("One", "Two")
    assert isinstance(tabs.children[1].children[0], w.Text)
    accordion = h.main.children[2]
    assert isinstance(accordion, w.Accordion) and accordion.titles == ("More",)
    assert accordion.selected_index is None  # collapsed by default


def test_state_inside_tabs_and_collapsed_expanders_survives_reruns() -> None:
    h = Harness(LAYOUT)
    box = h.find(w.Text, "In tab two")
    h.update(box, value="kept")
    h.update(h.find(w.Checkbox, "inside"), value=True)
    tabs, accordion = h.main.children[1], h.main.children[2]
    tabs.selected_index = 1  # the user's choice of tab and of open panel
    accordion.selected_index = 0
    h.update(h.find(w.IntSlider, "n"), value=4)
    assert h.state["t2"] == "kept" and h.state["inside"] is True
    assert h.find(w.Text, "In tab two") is box
    assert tabs.selected_index == 1 and accordion.selected_index == 0
    assert "n <code>4</code>" in h.text()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.columns(0)", "The `spec` argument to `st.columns` must be either a positive integer"),
        (
            "st.columns([1, -1])",
            "The `spec` argument to `st.columns` must be either a positive integer",
        ),
        (
            'st.columns(2, gap="huge")',
            "Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got 'huge'.",
        ),
        (
            'st.columns(2, vertical_alignment="middle")',
            "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. Got 'middle'.",
        ),
        ("st.tabs([])", "The `tabs` parameter is required. Provide at least one tab label."),
        (
            'st.tabs(["a", 1])',
            "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int.",
        ),
    ],
)
def test_layout_errors_use_streamlit_texts(source: str, message: str) -> None:
    [text] = Harness(source).errors()
    assert text.startswith(message)


def test_nested_columns_and_expanders_are_allowed() -> None:
    h = Harness('a, b = st.columns(2)\nwith a:\n    c, d = st.columns(2)\n    with c:\n        st.columns(2)[0].write("deep")\n'
                'with st.expander("x"):\n    with st.expander("y"):\n        st.write("in")')  # fmt: skip
    assert h.errors() == [] and "deep" in h.text()


FORM = """
with st.form("f", clear_on_submit=CLEAR):
    name = st.text_input("Name", key="name")
    level = st.slider("Level", 0, 10)
    sent = st.form_submit_button("Send", on_click=lambda: st.session_state.update(cb=st.session_state.name))
st.write("sent", sent, "name", name, "level", level, "cb", st.session_state.get("cb"))
"""


def test_form_values_wait_for_submit_then_apply_together() -> None:
    h = Harness(FORM.replace("CLEAR", "False"))
    runs = h.app.run_count
    box, slider = h.find(w.Text, "Name"), h.find(w.IntSlider, "Level")
    h.update(box, value="Ada")
    h.update(slider, value=7)
    assert h.app.run_count == runs  # no rerun while filling the form
    assert "sent <code>False</code> name  level <code>0</code>" in h.text()  # nothing sent yet
    h.click(h.find(w.Button, "Send"))
    assert h.app.run_count == runs + 1
    assert (
        "sent <code>True</code> name Ada level <code>7</code> cb Ada" in h.text()
    )  # callback saw the values
    h.app.run()
    assert "sent <code>False</code> name Ada level <code>7</code>" in h.text()


def test_parked_form_values_stay_in_their_fields_across_other_reruns() -> None:
    h = Harness(FORM.replace("CLEAR", "False") + '\nst.button("elsewhere")')
    box = h.find(w.Text, "Name")
    h.update(box, value="typed, not sent")
    h.click(h.find(w.Button, "elsewhere"))
    assert box.value == "typed, not sent" and h.state["name"] == ""


def test_clear_on_submit_resets_fields_after_the_submit_run() -> None:
    h = Harness(FORM.replace("CLEAR", "True"))
    box, slider = h.find(w.Text, "Name"), h.find(w.IntSlider, "Level")
    h.update(box, value="Ada")
    h.update(slider, value=7)
    h.click(h.find(w.Button, "Send"))
    assert "sent <code>True</code> name Ada level <code>7</code>" in h.text()
    assert box.value == "" and slider.value == 0  # shown cleared
    h.app.run()
    # Streamlit clears the fields, not the state: the values stay until the form is sent again
    assert "name Ada level <code>7</code>" in h.text() and box.value == ""
    h.click(h.find(w.Button, "Send"))
    assert "sent <code>True</code> name  level <code>0</code>" in h.text()


def test_enter_in_a_form_text_field_submits_unless_disabled() -> None:
    h = Harness(FORM.replace("CLEAR", "False"))
    box = h.find(w.Text, "Name")
    assert box.continuous_update  # parked per key, so Enter finds the latest text
    h.update(box, value="Grace")
    box._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"event": "submit"}}}, "buffers": []}
    )
    assert "sent <code>True</code> name Grace" in h.text()
    off = Harness(FORM.replace('"f", clear_on_submit=CLEAR', '"g", enter_to_submit=False'))
    box = off.find(w.Text, "Name")
    off.update(box, value="Grace")
    box._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"event": "submit"}}}, "buffers": []}
    )
    assert "sent <code>False</code>" in off.text()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            'with st.form("a"):\n    with st.form("b"):\n        pass',
            "Forms cannot be nested in other forms.",
        ),
        (
            'with st.form("a"):\n    st.button("x")',
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead to submit the form.\n\nFor more information, refer to the\n[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).",
        ),
        (
            "st.form_submit_button()",
            "`st.form_submit_button()` must be used inside an `st.form()`.\n\nFor more information",
        ),
        (
            'with st.form("a"):\n    st.text_input("x", on_change=print)',
            "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on other widgets inside a form is not allowed.",
        ),
        (
            'with st.form("a"):\n    st.form_submit_button()\nwith st.form("a"):\n    pass',
            "There are multiple elements with the same `key='a'`.",
        ),
        (
            'with st.form("frm"):\n    st.session_state.frm = 1',
            "`st.session_state['frm']` cannot be modified after the widget with that key is instantiated.",
        ),
    ],
)
def test_form_errors_use_streamlit_texts(source: str, message: str) -> None:
    [text] = Harness(source).errors()
    assert text.startswith(message)


def test_form_without_submit_button_shows_a_warning_in_the_page() -> None:
    h = Harness('with st.form("lonely"):\n    st.text_input("x")')
    assert h.errors() == []
    assert any("Missing Submit Button" in t for t in h.html())


def test_form_method_calls_and_sidebar_forms() -> None:
    h = Harness(
        'f = st.sidebar.form("s")\nv = f.text_input("t")\ngo = f.form_submit_button("Go")\nst.write("v", v, go)'
    )
    box = h.find(w.Text, "t")
    h.update(box, value="side")
    h.click(h.find(w.Button, "Go"))
    assert "v side <code>True</code>" in h.text()


def test_container_honours_horizontal_gap_and_key() -> None:
    h = Harness('with st.container(horizontal=True, key="row", gap="large", horizontal_alignment="right"):\n'
                '    st.button("a")\n    st.button("b")')  # fmt: skip
    row = h.main.children[0]
    assert isinstance(row, w.HBox) and [type(c) for c in row.children] == [w.Button, w.Button]
    assert "st-key-row" in row._dom_classes and "rr-gap-large" in row._dom_classes
    assert row.layout.justify_content == "flex-end"
    assert h.errors() == []
    [bad] = Harness('st.container(vertical_alignment="middle")').errors()
    assert bad.startswith("Invalid `vertical_alignment` value.")


STATEFUL = """
log = st.session_state.setdefault("log", [])
def changed(tag, n=0):
    log.append((tag, n, st.session_state.ex))
box = st.expander("Details", key="ex", on_change=changed, args=("x",), kwargs={"n": 2})
st.write("open", box.open)
if box.open:
    box.write("heavy part")
one, two = st.tabs(["A", "B"], key="tb", on_change="rerun")
st.write("tabs", one.open, two.open, st.session_state.tb)
pop = st.popover("Pop", key="po", on_change="rerun", type="primary")
st.write("pop", pop.open)
st.write("plain", st.expander("Plain", key="pl").open)
"""


def _panels(h: Harness) -> list[w.Accordion]:
    return [x for x in h.all() if type(x) is w.Accordion]


def test_a_stateful_expander_reports_its_open_state_and_runs_its_callback() -> None:
    h = Harness(STATEFUL)
    assert h.errors() == []
    assert "heavy part" not in h.text() and "open <code>False</code>" in h.text()
    assert "plain <code>None</code>" in h.text()  # on_change="ignore": no state, open is None
    details = _panels(h)[0]
    h.update(details, selected_index=0)  # the user opens it
    assert h.state["log"] == [("x", 2, True)]
    assert "heavy part" in h.text() and "open <code>True</code>" in h.text()
    assert h.state["ex"] is True
    assert _panels(h)[0] is details and details.selected_index == 0
    h.update(details, selected_index=None)  # and closes it
    assert h.state["log"][-1] == ("x", 2, False) and "heavy part" not in h.text()


def test_a_stateless_expander_toggles_without_a_rerun() -> None:
    h = Harness("st.session_state.runs = st.session_state.get('runs', 0) + 1\nst.expander('E')")
    h.update(_panels(h)[0], selected_index=0)
    assert h.state["runs"] == 1


def test_stateful_tabs_and_popover_follow_the_user_and_session_state() -> None:
    h = Harness(STATEFUL)
    tab = next(x for x in h.all() if type(x) is w.Tab)
    assert "tabs <code>True</code> <code>False</code> A" in h.text()
    h.update(tab, selected_index=1)
    assert "tabs <code>False</code> <code>True</code> B" in h.text() and h.state["tb"] == "B"
    pop = _panels(h)[1]
    h.update(pop, selected_index=0)
    assert "pop <code>True</code>" in h.text() and h.state["po"] is True
    # set from code: the drawn widgets follow
    h.state["tb"] = "A"
    h.state["ex"] = True
    h.app.run()
    assert tab.selected_index == 0 and _panels(h)[0].selected_index == 0


def test_keys_types_and_widths_of_layout_containers_are_drawn() -> None:
    h = Harness(
        STATEFUL
        + "st.expander('C', type='compact', width=300)\n"
        + "st.expander('S', type='step')\n"
        + "st.tabs(['x'], key='tk', width=250, height=120)\n"
        + "st.popover('Q', help='tip', width='stretch', wrap=False, type='tertiary')\n"
        + "st.columns(2, width=400, wrap=False)\n"
        + "st.status('busy', type='compact', width=200)\n"
    )
    assert h.errors() == []
    panels = {x.titles[0]: x for x in _panels(h)}
    assert "st-key-ex" in panels["Details"]._dom_classes
    assert "st-key-pl" in panels["Plain"]._dom_classes
    assert "rr-popover-primary" in panels["Pop"]._dom_classes
    assert "rr-expander-compact" in panels["C"]._dom_classes
    assert panels["C"].layout.width == "300px"
    assert "rr-expander-step" in panels["S"]._dom_classes
    quiet = panels["Q"]
    assert quiet.tooltip == "tip" and quiet.layout.width == "100%"
    assert {"rr-popover-tertiary", "rr-nowrap"} <= set(quiet._dom_classes)
    assert panels["Pop"].layout.align_self == "flex-start"  # width="content"
    tabs = [x for x in h.all() if type(x) is w.Tab][1]
    assert "st-key-tk" in tabs._dom_classes and tabs.layout.width == "250px"
    assert tabs.children[0].layout.height == "120px"
    row = next(x for x in h.all() if "rr-columns" in getattr(x, "_dom_classes", ()))
    assert row.layout.width == "400px" and "rr-nowrap" in row._dom_classes
    status = next(x for x in _panels(h) if "busy" in x.titles[0])
    assert "rr-expander-compact" in status._dom_classes and status.layout.width == "200px"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "st.expander('E', on_change='nope')",
            "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            "st.tabs(['a'], width='content')",
            "Invalid width value: 'content'. Width must be either a positive integer (pixels) "
            "or 'stretch'.",
        ),
        (
            "st.expander('E', key='k')\nst.popover('P', key='k')",
            "There are multiple elements with the same `key='k'`. To fix this, please make sure "
            "that the `key` argument is unique for each element you create.",
        ),
    ],
)
def test_layout_container_errors(source: str, message: str) -> None:
    assert Harness(source).errors() == [message]


def test_autoscroll_keeps_a_fixed_height_container_at_its_newest_content() -> None:
    h = Harness(
        "with st.container(height=120, autoscroll=True):\n    st.write('a')\n    st.write('b')\n"
        "with st.container(height=120):\n    st.chat_message('user').write('hi')\n"
        "with st.container(height=120, autoscroll=False):\n    st.chat_message('user').write('x')\n"
        "with st.container(autoscroll=True):\n    st.write('no height')\n"
    )
    boxes = [x for x in h.all() if "rr-container" in getattr(x, "_dom_classes", ())]
    scrolling = ["rr-autoscroll" in b._dom_classes for b in boxes]
    assert scrolling == [True, True, False, False]
    first = boxes[0]
    assert first.layout.flex_flow == "column-reverse" and first.layout.height == "120px"
    [inner] = first.children  # the elements keep their order inside
    assert ["a" in inner.children[0].value, "b" in inner.children[1].value] == [True, True]
