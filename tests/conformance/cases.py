"""The conformance cases: small apps and interactions, each played under Streamlit and rerunner.

Every script starts with ``import streamlit as st`` (added by the runner). Steps are statements
with ``at`` bound to the AppTest; the snapshot after each is compared.
"""

from __future__ import annotations

from .runner import Case

CASES: list[Case] = []


def case(name: str, topic: str, script: str, *steps: str, difference: str | None = None) -> None:
    CASES.append(Case(name, topic, script, tuple(steps) or ("at.run()",), difference))


# --- session state --------------------------------------------------------------------------

case(
    "ss_counter_init",
    "session state",
    """
if "count" not in st.session_state:
    st.session_state.count = 0
st.session_state.count += 1
st.write("count", st.session_state.count)
""",
    "at.run()",
    "at.run()",
    "at.run()",
)

case(
    "ss_item_attr_in_get",
    "session state",
    """
st.session_state.a = 1
st.session_state["b"] = 2
st.write(st.session_state["a"], st.session_state.b, "a" in st.session_state, "z" in st.session_state)
st.write(st.session_state.get("z"), st.session_state.get("z", 5))
""",
)

case(
    "ss_setdefault_pop_update",
    "session state",
    """
st.session_state.setdefault("x", 1)
st.session_state.setdefault("x", 99)
st.session_state.update({"u": 1}, v=2)
popped = st.session_state.pop("u")
missing = st.session_state.pop("u", "dflt")
st.write(st.session_state.x, popped, missing, len(st.session_state))
""",
)

case(
    "ss_missing_key",
    "session state",
    """
st.write("before")
st.session_state["missing"]
""",
)

case(
    "ss_missing_attribute",
    "session state",
    """
st.session_state.missing
""",
)

case(
    "ss_del_missing_attribute",
    "session state",
    """
del st.session_state.nope
""",
)

case(
    "ss_del_missing_key",
    "session state",
    """
del st.session_state["nope"]
""",
)

case(
    "ss_modify_after_instantiated",
    "session state",
    """
st.text_input("t", key="k")
st.session_state.k = "x"
""",
)

case(
    "ss_button_key_is_read_only",
    "session state",
    """
st.session_state.b = True
st.button("B", key="b")
""",
)

case(
    "ss_state_value_beats_default",
    "session state",
    """
if "k" not in st.session_state:
    st.session_state.k = "from_ss"
st.text_input("t", value="default", key="k")
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
)

case(
    "ss_code_write_each_run_wins",
    "session state",
    """
st.session_state.k = "code"
v = st.text_input("t", key="k")
st.write("seen", v)
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
)

case(
    "ss_written_by_test_before_run",
    "session state",
    """
v = st.slider("s", 0, 10, key="s")
st.write("v", v)
""",
    "at.session_state['s'] = 7; at.run()",
    "at.run()",
)

case(
    "ss_to_dict_excludes_keyless",
    "session state",
    """
st.session_state.z = 1
st.text_input("keyless")
st.checkbox("cb", key="cbk")
st.slider("s", 0, 10, 3, key="sk")
st.json(dict(sorted(st.session_state.to_dict().items())))  # Streamlit's key order is arbitrary
st.write(len(st.session_state), "keyless" in st.session_state, sorted(st.session_state))
""",
)

case(
    "ss_empty_key",
    "session state",
    """
st.session_state[""] = 1
""",
)

case(
    "ss_reserved_key",
    "session state",
    """
st.session_state["$$ID-abc"] = 1
""",
)

case(
    "ss_int_key_becomes_str",
    "session state",
    """
st.session_state[1] = "one"
st.write(st.session_state["1"])
""",
)

case(
    "ss_del_widget_key_resets_widget",
    "session state",
    """
if st.session_state.get("reset"):
    del st.session_state["k"]
    st.session_state.reset = False
v = st.text_input("t", value="default", key="k")
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
    "at.session_state['reset'] = True; at.run()",
)

case(
    "ss_write_session_state_object",
    "session state",
    """
st.session_state.n = 3
st.write(st.session_state)
""",
)

# --- keys and identity ----------------------------------------------------------------------

case(
    "id_duplicate_auto_id",
    "identity",
    """
st.write("before")
st.button("a")
st.button("a")
st.write("after")
""",
)

case(
    "id_duplicate_key_across_types",
    "identity",
    """
st.button("a", key="k")
st.checkbox("b", key="k")
""",
)

case(
    "id_int_and_str_key_collide",
    "identity",
    """
st.button("a", key=1)
st.button("b", key="1")
""",
)

case(
    "id_no_duplicate_when_one_is_keyed",
    "identity",
    """
st.button("a")
st.button("a", key="x")
st.checkbox("a")
st.toggle("a")
st.button("a", help="different help")
""",
)

case(
    "id_disabled_does_not_change_identity",
    "identity",
    """
st.button("a", disabled=True)
st.button("a")
""",
)

case(
    "id_keyed_label_change_keeps_value",
    "identity",
    """
label = st.session_state.get("label", "first")
v = st.text_input(label, key="k")
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('typed').run()",
    "at.session_state['label'] = 'second'; at.run()",
)

case(
    "id_keyless_label_change_resets",
    "identity",
    """
label = st.session_state.get("label", "first")
v = st.text_input(label)
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('typed').run()",
    "at.session_state['label'] = 'second'; at.run()",
)

case(
    "id_keyed_default_change_keeps_value",
    "identity",
    """
d = st.session_state.get("d", "d1")
v = st.text_input("t", value=d, key="k")
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
    "at.session_state['d'] = 'd2'; at.run()",
)

case(
    "id_keyed_slider_range_change_resets",
    "identity",
    """
hi = st.session_state.get("hi", 10)
st.slider("s", 0, hi, 2, key="s")
""",
    "at.run()",
    "at.slider[0].set_value(7).run()",
    "at.session_state['hi'] = 20; at.run()",
)

case(
    "id_loop_of_keyed_widgets",
    "identity",
    """
for i in range(3):
    st.checkbox(f"c{i}", key=f"c{i}")
st.write([st.session_state[f"c{i}"] for i in range(3)])
""",
    "at.run()",
    "at.checkbox(key='c1').check().run()",
    "at.checkbox[2].check().run()",
)

# --- callbacks ------------------------------------------------------------------------------

case(
    "cb_order_is_page_order",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
def cb(name):
    log.append(f"{name}:{st.session_state[name]!r}")
st.text_input("a", key="a", on_change=cb, args=("a",))
st.checkbox("b", key="b", on_change=cb, args=("b",))
st.slider("c", 0, 10, key="c", on_change=cb, args=("c",))
st.button("d", key="d", on_click=cb, args=("d",))
st.write(log)
""",
    "at.run()",
    "at.slider[0].set_value(5); at.checkbox[0].check(); at.text_input[0].input('x'); "
    "at.button[0].click(); at.run()",
)

case(
    "cb_args_and_kwargs",
    "callbacks",
    """
if "count" not in st.session_state:
    st.session_state.count = 0
def increment(by):
    st.session_state.count += by
st.button("Increment", on_click=increment, args=(1,))
st.button("Add five", on_click=increment, kwargs={"by": 5})
st.write("Count =", st.session_state.count)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.button[1].click().run()",
)

case(
    "cb_args_of_last_render",
    "callbacks",
    """
n = st.session_state.setdefault("n", 0)
def bump(by):
    st.session_state.n += by
st.button("bump", on_click=bump, args=(n + 1,))
st.write("n", st.session_state.n)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.button[0].click().run()",
)

case(
    "cb_output_above_body_once",
    "callbacks",
    """
def cb():
    st.write("from callback")
st.write("body top")
st.button("go", on_click=cb)
st.write("body bottom")
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "cb_not_called_for_same_value",
    "callbacks",
    """
calls = st.session_state.setdefault("calls", [])
st.slider("s", 0, 10, 3, key="s", on_change=lambda: calls.append(st.session_state.s))
st.write(calls)
""",
    "at.run()",
    "at.slider[0].set_value(3).run()",
    "at.slider[0].set_value(4).run()",
)

case(
    "cb_sets_another_widgets_key",
    "callbacks",
    """
def reset():
    st.session_state.k = "reset!"
st.button("reset", on_click=reset)
v = st.text_input("t", key="k")
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
    "at.button[0].click().run()",
)

case(
    "cb_exception_shows_output_then_error",
    "callbacks",
    """
def cb():
    st.write("in callback")
    raise RuntimeError("cb boom")
st.button("go", on_click=cb)
st.write("body")
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "cb_rerun_skips_that_body",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
def cb():
    log.append("cb")
    st.rerun()
b = st.button("go", on_click=cb)
log.append(f"body {b}")
st.write(log)
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "cb_stop_in_callback",
    "callbacks",
    """
def cb():
    st.write("in callback before stop")
    st.stop()
st.button("go", on_click=cb)
st.write("body")
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "cb_on_change_checkbox_toggle_radio",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
st.checkbox("c", key="c", on_change=lambda: log.append("c"))
st.toggle("t", key="t", on_change=lambda: log.append("t"))
st.radio("r", ["x", "y"], key="r", on_change=lambda: log.append("r"))
st.selectbox("s", ["x", "y"], key="s", on_change=lambda: log.append("s"))
st.write(log)
""",
    "at.run()",
    "at.toggle[0].set_value(True).run()",
    "at.radio[0].set_value('y').run()",
    "at.selectbox[0].select_index(1); at.checkbox[0].check(); at.run()",
)

# --- buttons --------------------------------------------------------------------------------

case(
    "btn_true_only_in_click_run",
    "buttons",
    """
clicked = st.button("go")
st.write("clicked", clicked)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "btn_key_in_state_true_during_run",
    "buttons",
    """
st.button("d", key="d")
st.write("state", st.session_state.d)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "btn_two_buttons_one_click",
    "buttons",
    """
a = st.button("a")
b = st.button("b")
st.write(a, b)
""",
    "at.run()",
    "at.button[1].click().run()",
)

case(
    "btn_click_then_rerun_is_false",
    "buttons",
    """
log = st.session_state.setdefault("log", [])
b = st.button("go")
log.append(f"body {b}")
if b:
    st.rerun()
st.write(log)
""",
    "at.run()",
    "at.button[0].click().run()",
)

# --- stale widgets --------------------------------------------------------------------------

STALE = """
mode = st.session_state.get("mode", "show")
if mode == "stop":
    st.stop()
if mode == "raise":
    raise ValueError("boom")
if mode == "rerun":
    st.session_state.mode = "show"
    st.rerun()
if mode != "hide":
    st.text_input("keyed", key="k")
    st.text_input("keyless")
st.write("k in state", "k" in st.session_state)
"""

for mode in ("hide", "stop", "raise", "rerun"):
    case(
        f"stale_after_{mode}",
        "stale widgets",
        STALE,
        "at.run()",
        "at.text_input[0].input('typed'); at.text_input[1].input('typed2'); at.run()",
        f"at.session_state['mode'] = '{mode}'; at.run()",
        "at.session_state['mode'] = 'show'; at.run()",
    )

case(
    "stale_init_pattern_survives",
    "stale widgets",
    """
if "k" not in st.session_state:
    st.session_state.k = "init"
if st.session_state.get("show", True):
    st.text_input("t", key="k")
st.write("k", st.session_state.get("k"))
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
    "at.session_state['show'] = False; at.run()",
    "at.session_state['show'] = True; at.run()",
)

# --- st.rerun and st.stop -------------------------------------------------------------------

case(
    "rerun_counter",
    "control flow",
    """
n = st.session_state.setdefault("n", 0)
st.write("before rerun", n)
if n < 2:
    st.session_state.n += 1
    st.rerun()
st.write("end", n)
""",
)

case(
    "stop_keeps_what_was_shown",
    "control flow",
    """
st.write("a")
st.stop()
st.write("b")
""",
)

case(
    "stop_not_swallowed_by_except",
    "control flow",
    """
try:
    st.stop()
except Exception:
    st.write("swallowed")
st.write("after")
""",
)

for i, scope in enumerate(
    ['"page"', '""', 'b"x"', "[]", "3.5", '["app"]', '"fragment"', "5", "[1.5]", '["a", ""]']
):
    case(f"rerun_scope_{i}", "control flow", f'st.write("before")\nst.rerun(scope={scope})')

case(
    "rerun_fragment_key_in_callback",
    "control flow",
    """
def cb():
    st.write("in callback")
    st.rerun(scope="charts")
st.button("b", on_click=cb)
st.write("body")
""",
    "at.run()",
    "at.button[0].click().run()",
)

# --- errors and their texts -----------------------------------------------------------------

for name, call in [
    ("err_slider_min_equals_max", 'st.slider("s", 5, 5)'),
    ("err_slider_mixed_types", 'st.slider("s", 0, 10.0)'),
    ("err_slider_step_zero", 'st.slider("s", 0, 10, step=0)'),
    ("err_slider_value_type", 'st.slider("s", value="a")'),
    ("err_slider_three_values", 'st.slider("s", 0, 10, [1, 2, 3])'),
    ("err_number_min_gt_max", 'st.number_input("n", 10, 0)'),
    ("err_number_value_above_max", 'st.number_input("n", 0, 10, 20)'),
    ("err_number_value_below_min", 'st.number_input("n", 5, 10, 1)'),
    ("err_number_mixed_types", 'st.number_input("n", 0, 10.0)'),
    ("err_number_bad_format", 'st.number_input("n", format="abc")'),
    ("err_number_js_bounds", 'st.number_input("n", value=2**60)'),
    ("err_radio_index_out_of_range", 'st.radio("r", ["a", "b"], index=2)'),
    ("err_radio_index_type", 'st.radio("r", ["a", "b"], index="1")'),
    ("err_selectbox_index_bool", 'st.selectbox("s", ["a", "b"], index=True)'),
    ("err_radio_captions_type", 'st.radio("r", ["a", "b"], captions=[1, 2])'),
    ("err_label_visibility", 'st.checkbox("c", label_visibility="nope")'),
    ("err_button_type", 'st.button("b", type="danger")'),
    ("err_button_icon", 'st.button("b", icon="notanicon")'),
    ("err_button_width", 'st.button("b", width="big")'),
    ("err_button_on_click_rerun", 'st.button("b", on_click="rerun")'),
    ("err_on_change_value", 'st.checkbox("c", on_change="foo")'),
    ("err_text_input_type", 'st.text_input("t", type="foo")'),
    ("err_format_func_not_str", 'st.radio("r", [1, 2], format_func=lambda x: x)'),
    ("err_heading_divider", 'st.header("h", divider="pink")'),
    ("err_heading_anchor_true", 'st.title("t", anchor=True)'),
    ("err_typo_suggestion", "st.buton"),
    ("err_removed_call", "st.experimental_rerun()"),
    ("err_keyerror_message_quoted", 'raise KeyError("kk")'),
]:
    case(name, "errors", f'st.write("before")\n{call}\nst.write("after")')

case(
    "err_state_above_slider_max",
    "errors",
    """
st.session_state.k = 50
st.slider("s", 0, 10, key="k")
""",
)

case(
    "err_checkbox_state_none",
    "errors",
    """
st.session_state.k = None
st.checkbox("c", key="k")
""",
)

case(
    "err_exception_in_body_then_recovery",
    "errors",
    """
v = st.slider("s", 0, 10, key="s")
if v == 3:
    1 / 0
st.write("ok", v)
""",
    "at.run()",
    "at.slider[0].set_value(3).run()",
    "at.slider[0].set_value(4).run()",
)

# --- widget defaults and values ---------------------------------------------------------------

case(
    "def_slider",
    "defaults",
    """
st.slider("a")
st.slider("b", 0.0, 1.0)
st.slider("c", 0, 10, (2, 5))
st.slider("d", value=[])
st.slider("e", 10, 0)
st.slider("f", 0, 10, 20)
st.slider("g", 0, 10, (8, 3))
""",
    "at.run()",
    "at.slider[2].set_range(1, 9).run()",
)

case(
    "def_number_input",
    "defaults",
    """
st.number_input("a")
st.number_input("b", 0, 10)
st.number_input("c", value=3.0)
st.number_input("d", value=None)
st.number_input("e", 5, 5, 5)
st.number_input("f", 0, 10, 5, 2)
""",
    "at.run()",
    "at.number_input[5].increment().run()",
    "at.number_input[5].increment().increment().run()",
    "at.number_input[5].decrement().run()",
)

case(
    "def_choices",
    "defaults",
    """
st.radio("a", ["x", "y"])
st.radio("b", ["x", "y"], index=None)
st.selectbox("c", [])
st.selectbox("d", {"p": 1, "q": 2})
st.radio("e", ["x", "y"], format_func=str.upper)
st.selectbox("f", ["x", "y"], index=None, placeholder="pick")
""",
    "at.run()",
    "at.radio[1].set_value('y').run()",
    "at.selectbox[1].select('q').run()",
)

case(
    "def_text_input",
    "defaults",
    """
st.text_input("a")
st.text_input("b", value=None)
st.text_input("c", value="abcdef", max_chars=3)
st.text_input("d", value=123)
""",
    "at.run()",
    "at.text_input[2].set_value('xyzuvw').run()",
    "at.text_input[1].input('hi').run()",
)

case(
    "def_checkbox_values",
    "defaults",
    """
st.checkbox("a", value=None)
st.checkbox("b", value="x")
st.toggle("c", value=True)
""",
    "at.run()",
    "at.checkbox[0].check().run()",
    "at.toggle[0].set_value(False).run()",
)

case(
    "def_state_value_not_an_option",
    "defaults",
    """
st.session_state.k = "zzz"
st.selectbox("s", ["a", "b"], key="k")
""",
)

case(
    "def_state_number_out_of_bounds",
    "defaults",
    """
if "k" not in st.session_state:
    st.session_state.k = 50
st.number_input("n", 0, 10, key="k")
""",
    "at.run()",
    "at.run()",
)

case(
    "def_state_text_not_truncated",
    "defaults",
    """
st.session_state.k = "abcdef"
st.text_input("t", max_chars=3, key="k")
""",
)

case(
    "def_radio_returns_option_object",
    "defaults",
    """
v = st.radio("r", [1, 2, 3], index=1)
st.write(v + 1)
""",
    "at.run()",
    "at.radio[0].set_value(3).run()",
)

# --- st.write dispatch ----------------------------------------------------------------------

case(
    "write_strings_and_numbers",
    "st.write",
    """
st.write("a", 1)
st.write("a", "b")
st.write(1)
st.write(1.5, True, None)
st.write()
""",
)

case(
    "write_tuple_set_range_bytes",
    "st.write",
    """
st.write((1, 2))
st.write({1, 2})
st.write(range(3))
st.write(b"bytes")
""",
)

case(
    "write_dict_list_json",
    "st.write",
    """
st.write({"a": 1})
st.write([1, 2])
st.write("x", {"a": 1}, "y")
""",
)

case(
    "write_exception_and_stringio",
    "st.write",
    """
import io
st.write(ValueError("e"))
st.write(io.StringIO("from io"))
""",
)

case(
    "write_backticks_and_newlines",
    "st.write",
    """
class Tick:
    def __str__(self):
        return "a`b"
class Lines:
    def __str__(self):
        return "one\\ntwo"
st.write("x", Tick())
st.write(Lines())
""",
)

case(
    "write_namedtuple_and_views",
    "st.write",
    """
from collections import namedtuple
P = namedtuple("P", "x y")
st.write(P(1, 2))
st.write({"a": 1}.keys())
""",
)

case(
    "json_set_and_string",
    "st.write",
    """
st.json({"s": {1, 2}})
st.json('{"a": 1}')
""",
)

case(
    "empty_and_handles_replace",
    "st.write",
    """
ph = st.empty()
ph.write("one")
ph.write("two")
t = st.text("x")
t.text("y")
st.empty()
""",
)

case(
    "empty_write_many_errors",
    "st.write",
    """
st.empty().write("a", "b")
""",
)

case(
    "text_elements_values",
    "st.write",
    """
st.title("T")
st.header("H")
st.subheader("S")
st.caption("cap")
st.text("t  x\\n y")
st.code("x = 1")
st.divider()
st.markdown("**bold**")
st.success("ok")
st.info("i")
st.warning("w")
st.error("e")
st.exception(ZeroDivisionError("division by zero"))
""",
)

case(
    "container_blocks",
    "layout",
    """
with st.container():
    st.write("inside")
c = st.container(border=True)
c.write("x")
st.write("outside")
""",
)

case(
    "text_bodies_dedented_and_stripped",
    "st.write",
    '''
st.markdown("""
    # Title
    some text
""")
st.text("   spaced   ")
st.caption("  cap  ")
st.header("  head  ")
st.info("  note  ", title="  t  ")
st.code("\\n    indented\\n\\n")
st.write("  a  ", "")
''',
)

case(
    "json_odd_bodies",
    "st.write",
    """
st.json({(1, 2): 3, "a": "é"})
st.json("not json")
st.json(range(3))
st.json([1, {"x": None}], expanded=False)
""",
)

# --- more probes: numbers, options, state edge cases -------------------------------------------

case(
    "num_float_format_and_step",
    "defaults",
    """
v = st.number_input("f", 0.0, 1.0, 0.5, 0.1, format="%.3f", key="f")
st.write("v", v)
""",
    "at.run()",
    "at.number_input[0].increment().run()",
    "at.number_input[0].set_value(0.12345).run()",
    "at.number_input[0].set_value(None).run()",
)

case(
    "num_int_clamped_increment",
    "defaults",
    """
v = st.number_input("i", 1, 3, 2)  # Streamlit's AppTest does not clamp at a bound of 0
st.write("v", v)
""",
    "at.run()",
    "at.number_input[0].increment().run()",
    "at.number_input[0].increment().run()",
    "at.number_input[0].decrement().decrement().decrement().decrement().run()",
)

case(
    "num_none_then_value",
    "defaults",
    """
v = st.number_input("n", value=None, min_value=1, max_value=9)
st.write("v", v)
""",
    "at.run()",
    "at.number_input[0].increment().run()",
    "at.number_input[0].set_value(4).run()",
)

case(
    "slider_float_range",
    "defaults",
    """
v = st.slider("r", 0.0, 1.0, (0.25, 0.75), 0.05)
st.write(v)
""",
    "at.run()",
    "at.slider[0].set_range(0.1, 0.9).run()",
    "at.slider[0].set_value([0.3, 0.2]).run()",
)

case(
    "selectbox_none_and_back",
    "defaults",
    """
v = st.selectbox("s", ["a", "b"], index=None, key="s")
st.write("v", v, st.session_state.s)
""",
    "at.run()",
    "at.selectbox[0].select('b').run()",
    "at.selectbox[0].select(None).run()",
    "at.selectbox[0].select_index(0).run()",
)

case(
    "radio_state_set_by_callback",
    "callbacks",
    """
def pick():
    st.session_state.r = "c"
st.button("pick c", on_click=pick)
v = st.radio("r", ["a", "b", "c"], key="r")
st.write("v", v)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.radio[0].set_value('a').run()",
)

case(
    "text_none_input",
    "defaults",
    """
v = st.text_input("t", value=None, key="t")
st.write(v is None, v)
""",
    "at.run()",
    "at.text_input[0].input('x').run()",
    "at.text_input[0].set_value(None).run()",
)

case(
    "ss_clear_drops_widget_keys",
    "session state",
    """
if st.button("clear"):
    st.session_state.clear()
st.session_state.setdefault("n", 0)
st.session_state.n += 1
v = st.text_input("t", key="t")
st.write(st.session_state.n, v)
""",
    "at.run()",
    "at.text_input[0].input('x').run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "ss_del_widget_key_after_widget",
    "session state",
    """
v = st.text_input("t", value="d", key="k")
if st.session_state.get("drop"):
    del st.session_state["k"]
st.write("v", v, "k" in st.session_state)
""",
    "at.run()",
    "at.text_input[0].input('user').run()",
    "at.session_state['drop'] = True; at.run()",
)  # a further run would need Streamlit's AppTest to read the deleted value, and it raises

case(
    "ss_setdefault_on_widget_key",
    "session state",
    """
v = st.slider("s", 0, 10, 4, key="s")
st.write(st.session_state.setdefault("s", 9), v)
""",
    "at.run()",
    "at.slider[0].set_value(6).run()",
)

case(
    "ss_widget_key_written_in_callback_of_itself",
    "callbacks",
    """
def clamp():
    if st.session_state.s > 5:
        st.session_state.s = 5
st.slider("s", 0, 10, key="s", on_change=clamp)
st.write("s", st.session_state.s)
""",
    "at.run()",
    "at.slider[0].set_value(8).run()",
    "at.slider[0].set_value(3).run()",
)

case(
    "cb_kwargs_and_args_together",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
def cb(a, b=0, *, c=1):
    log.append((a, b, c))
st.checkbox("x", on_change=cb, args=(1,), kwargs={"c": 3})
st.write(log)
""",
    "at.run()",
    "at.checkbox[0].check().run()",
    "at.checkbox[0].uncheck().run()",
)

case(
    "cb_two_widgets_change_state_in_order",
    "callbacks",
    """
st.session_state.setdefault("trail", "")
def add(ch):
    st.session_state.trail += ch
st.text_input("a", key="a", on_change=add, args=("a",))
st.text_input("b", key="b", on_change=add, args=("b",))
st.write(st.session_state.trail)
""",
    "at.run()",
    "at.text_input[1].input('y'); at.text_input[0].input('x'); at.run()",
)

case(
    "btn_callback_and_return_both",
    "buttons",
    """
log = st.session_state.setdefault("log", [])
if st.button("go", on_click=lambda: log.append("cb")):
    log.append("returned True")
st.write(log)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "btn_widget_created_after_click",
    "buttons",
    """
if st.button("show"):
    st.session_state.shown = True
if st.session_state.get("shown"):
    v = st.checkbox("extra", key="extra")
    st.write("extra", v)
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.checkbox[0].check().run()",
)

case(
    "stale_widget_in_branch_flips",
    "stale widgets",
    """
mode = st.radio("mode", ["a", "b"])
if mode == "a":
    st.text_input("only in a", key="ta")
else:
    st.slider("only in b", 0, 9, key="sb")
st.write(sorted(st.session_state))
""",
    "at.run()",
    "at.text_input[0].input('q').run()",
    "at.radio[0].set_value('b').run()",
    "at.radio[0].set_value('a').run()",
)

case(
    "stale_keyless_in_loop_shrinks",
    "stale widgets",
    """
n = st.session_state.get("n", 3)
vals = [st.checkbox(f"c{i}") for i in range(n)]
st.write(vals)
""",
    "at.run()",
    "at.checkbox[2].check(); at.checkbox[0].check(); at.run()",
    "at.session_state['n'] = 1; at.run()",
    "at.session_state['n'] = 3; at.run()",
)

case(
    "rerun_in_callback_then_body_sees_state",
    "control flow",
    """
def cb():
    st.session_state.x = st.session_state.get("x", 0) + 1
    st.rerun()
st.button("b", on_click=cb)
st.write("x", st.session_state.get("x"))
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.button[0].click().run()",
)

case(
    "stop_then_widgets_keep_values",
    "control flow",
    """
v = st.slider("s", 0, 10, key="s")
if v > 5:
    st.write("too big")
    st.stop()
st.text_input("t", key="t")
st.write("end", v)
""",
    "at.run()",
    "at.text_input[0].input('kept').run()",
    "at.slider[0].set_value(8).run()",
    "at.slider[0].set_value(2).run()",
)

case(
    "err_callback_error_keeps_state",
    "errors",
    """
def bad():
    st.session_state.before = True
    raise ValueError("bad callback")
st.checkbox("c", key="c", on_change=bad)
st.write("body", st.session_state.get("before"))
""",
    "at.run()",
    "at.checkbox[0].check().run()",
    "at.run()",
)

case(
    "err_exception_subclass_message_strip",
    "errors",
    """
class MyError(Exception):
    pass
raise MyError("  padded message  ")
""",
)

case(
    "err_duplicate_in_callback_write",
    "errors",
    """
def cb():
    st.button("x")
    st.button("x")
st.button("go", on_click=cb)
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "handle_replace_widget",
    "st.write",
    """
ph = st.empty()
v = ph.slider("s", 0, 10, 3)
ph.write("replaced", v)
""",
)

case(
    "empty_container_inside",
    "layout",
    """
ph = st.empty()
with ph.container():
    st.write("a")
    st.write("b")
st.write("after")
""",
)

case(
    "nested_containers",
    "layout",
    """
outer = st.container()
with outer:
    st.write("o1")
    inner = st.container()
    st.write("o2")
inner.write("i1")
st.write("root")
outer.write("o3")
""",
)

case(
    "headings_with_anchor_and_divider",
    "st.write",
    """
st.header("H", anchor="custom", divider=True)
st.subheader("S", anchor=False, divider="blue")
st.title("T", help="tip")
""",
)

case(
    "markdown_non_str_body",
    "st.write",
    """
st.markdown(123)
st.caption(4.5)
st.text(None)
st.code(["a"])
""",
)

case(
    "err_syntax_error",
    "errors",
    """
st.write("never shown")
x = (1,
""",
    difference="a SyntaxError shows as an exception element; Streamlit's AppTest shows nothing",
)

case(
    "err_exception_str_fails",
    "errors",
    """
class Odd(Exception):
    def __str__(self):
        raise RuntimeError("no str")
raise Odd()
""",
)

case(
    "slider_state_reversed_range",
    "defaults",
    """
st.session_state.r = (8, 2)
v = st.slider("r", 0, 10, (1, 5), key="r")
st.write(v)
""",
)

case(
    "err_typo_of_a_call_rerunner_lacks",
    "errors",
    """
st.write("before")
st.date_inpt("d")
""",
)

# --- layout containers ------------------------------------------------------------------------

case(
    "layout_sidebar",
    "layout",
    """
st.sidebar.write("side")
with st.sidebar:
    v = st.slider("in side", 0, 5, key="s")
st.write("main", v)
""",
    "at.run()",
    "at.sidebar.slider[0].set_value(3).run()",
)

case(
    "layout_sidebar_same_label_no_duplicate",
    "layout",
    """
a = st.button("a")
b = st.sidebar.button("a")
st.write(a, b)
""",
    "at.run()",
    "at.sidebar.button[0].click().run()",
)

case(
    "layout_columns",
    "layout",
    """
a, b, c = st.columns([1, 2, 1])
a.write("left")
with b:
    st.checkbox("mid", key="mid")
c.metric if False else c.write("right")
st.write("after", st.session_state.mid)
""",
    "at.run()",
    "at.columns[1].checkbox[0].check().run()",
)

case(
    "layout_columns_weights",
    "layout",
    """
cols = st.columns(3)
for i, col in enumerate(cols):
    col.write(f"c{i}")
st.write([round(c, 3) for c in [1/3]])
""",
)

case(
    "layout_tabs",
    "layout",
    """
t1, t2 = st.tabs(["One", "Two"])
with t1:
    st.write("in one")
with t2:
    v = st.text_input("in two", key="t")
st.write("t", v)
""",
    "at.run()",
    "at.tabs[1].text_input[0].input('typed').run()",
)

case(
    "layout_expander_and_popover",
    "layout",
    """
with st.expander("More", expanded=True):
    st.write("inside")
    n = st.number_input("n", 0, 9, key="n")
with st.popover("Pop"):
    st.write("in pop")
st.write("n", n)
""",
    "at.run()",
    "at.expander[0].number_input[0].increment().run()",
)

case(
    "layout_stateful_expander_open_from_state",
    "layout",
    """
calls = st.session_state.setdefault("calls", [])
def changed(tag):
    calls.append((tag, st.session_state.ex))
box = st.expander("Details", key="ex", on_change=changed, args=("x",))
st.write("open", box.open, st.session_state.ex)
if box.open:
    box.write("heavy part")
st.write("plain", st.expander("Plain").open)
st.button("open it", on_click=lambda: st.session_state.update(ex=True))
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
    "at.session_state['ex'] = False\nat.run()",
)

case(
    "layout_stateful_tabs_and_popover",
    "layout",
    """
one, two = st.tabs(["One", "Two"], key="tb", on_change="rerun", default="Two")
st.write("tabs", one.open, two.open, st.session_state.tb)
pop = st.popover("Pop", key="po", on_change="rerun")
st.write("pop", pop.open, st.session_state.po)
plain = st.tabs(["a", "b"])
st.write("plain", [t.open for t in plain])
""",
    "at.run()",
    "at.session_state['tb'] = 'One'\nat.session_state['po'] = True\nat.run()",
    "at.session_state['tb'] = 'Gone'\nat.run()",
)

case(
    "layout_container_on_change_errors",
    "layout",
    """
which = st.session_state.setdefault("which", 0)
st.session_state.which += 1
if which == 0:
    st.expander("E", on_change="nope")
elif which == 1:
    st.tabs(["a"], on_change=None)
elif which == 2:
    st.popover("P", type="huge")
elif which == 3:
    st.expander("E", type="huge")
else:
    st.expander("E", key="same")
    st.popover("P", key="same")
""",
    "at.run()",
    "at.run()",
    "at.run()",
    "at.run()",
    "at.run()",
)

case(
    "text_width_wrap_and_alignment_errors",
    "text",
    """
step = st.session_state.setdefault("step", 0)
st.session_state.step += 1
st.markdown("fine", width=200, wrap=False, text_alignment="center")
st.text("one line", wrap=False, help="tip", text_alignment="right")
st.caption("c", width="content", help="tip")
st.code("x", height=100, width="content")
[
    lambda: st.markdown("<b>x</b>", unsafe_allow_html=True, wrap=False),
    lambda: st.title("t", wrap="no"),
    lambda: st.text("t", text_alignment="middle"),
    lambda: st.caption("c", width=0),
    lambda: st.info("i", width="content"),
    lambda: st.divider(width="content"),
    lambda: st.code("x", height="tall"),
    lambda: st.json({}, width="content"),
    lambda: st.exception(ValueError("v"), width=-3),
][step % 9]()
""",
    *["at.run()"] * 9,
)

case(
    "download_and_link_button_clicks",
    "widgets",
    """
log = st.session_state.setdefault("log", [])
def saved(n, tag=""):
    log.append((n, tag))
got = st.download_button("Save", "a,b", file_name="x.csv", on_click=saved, args=(1,), kwargs={"tag": "t"})
plain = st.download_button("Plain", b"x", key="dl")
st.write("got", got, plain, st.session_state.dl)
link = st.link_button("Docs", "https://example.org", on_click="rerun", key="lk")
st.write("link", link, st.session_state.lk)
st.link_button("Keyed", "https://example.org", key="only")
""",
    "at.run()",
    "at.download_button[0].click().run()",
    "at.download_button[1].click().run()",
    "at.run()",
)

case(
    "cache_data_max_size_evicts_least_recently_used",
    "caching",
    """
calls = st.session_state.setdefault("calls", [])
@st.cache_data(max_size="25KB")
def f(x):
    calls.append(x)
    return "v" * 10000
for x in [1, 2, 1, 3, 1, 2]:
    f(x)
st.write("calls", calls)
""",
    "at.run()",
    "at.run()",
)

case(
    "layout_nested_columns_in_expander",
    "layout",
    """
with st.expander("E"):
    a, b = st.columns(2)
    a.write("a")
    b.write("b")
""",
)

case(
    "layout_columns_write_several_args_errors",
    "layout",
    """
col, = st.columns(1)
col.write("a")
col.write("a", "b")
""",
)

case(
    "layout_sidebar_write_several_args",
    "layout",
    """
st.sidebar.write("a", "b")
""",
)

case(
    "layout_bad_column_spec",
    "layout",
    """
st.write("before")
st.columns(0)
""",
)

case(
    "layout_tabs_empty",
    "layout",
    """
st.tabs([])
""",
)

# --- forms ----------------------------------------------------------------------------------

FORM = """
with st.form("f"):
    name = st.text_input("name", key="name")
    n = st.slider("n", 0, 10, key="n")
    sent = st.form_submit_button("Send")
st.write("sent", sent, "name", name, "n", n)
"""

case(
    "form_values_wait_for_submit",
    "forms",
    FORM,
    "at.run()",
    "at.text_input[0].input('Ada').run()",
    "at.text_input[0].input('Bob'); at.slider[0].set_value(4); at.button[0].click(); at.run()",
    "at.run()",
)

case(
    "form_value_without_submit_is_dropped",
    "forms",
    FORM,
    "at.run()",
    "at.slider[0].set_value(7).run()",
    "at.button[0].click().run()",
)

case(
    "form_submit_callback_sees_values",
    "forms",
    """
log = st.session_state.setdefault("log", [])
def sent():
    log.append((st.session_state.name, st.session_state.agree))
with st.form("f"):
    st.text_input("name", key="name")
    st.checkbox("agree", key="agree")
    st.form_submit_button("Send", on_click=sent)
st.write(log)
""",
    "at.run()",
    "at.text_input[0].input('Ada'); at.checkbox[0].check(); at.button[0].click(); at.run()",
)

case(
    "form_clear_on_submit",
    "forms",
    """
with st.form("f", clear_on_submit=True):
    name = st.text_input("name", value="dflt", key="name")
    k = st.selectbox("k", ["a", "b"])
    sent = st.form_submit_button("Send")
st.write("sent", sent, name, k, st.session_state.name)
""",
    "at.run()",
    "at.text_input[0].input('Ada'); at.selectbox[0].select('b'); at.button[0].click(); at.run()",
    "at.run()",
    "at.text_input[0].input('Eve'); at.button[0].click(); at.run()",
)

case(
    "form_submit_button_in_state",
    "forms",
    """
with st.form("f"):
    st.text_input("t")
    st.form_submit_button("Go")
st.write(sorted(st.session_state))
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "form_two_forms_independent",
    "forms",
    """
with st.form("a"):
    x = st.text_input("x", key="x")
    st.form_submit_button("Send a")
with st.form("b"):
    y = st.text_input("y", key="y")
    st.form_submit_button("Send b")
st.write(x, y)
""",
    "at.run()",
    "at.text_input[0].input('1'); at.text_input[1].input('2'); at.button[1].click(); at.run()",
    "at.text_input[0].input('3'); at.button[0].click(); at.run()",
)

case(
    "form_errors_nested",
    "forms",
    """
with st.form("outer"):
    with st.form("inner"):
        pass
""",
)

case(
    "form_errors_button_in_form",
    "forms",
    """
with st.form("f"):
    st.button("b")
""",
)

case(
    "form_errors_submit_outside",
    "forms",
    """
st.form_submit_button("s")
""",
)

case(
    "form_errors_callback_on_member",
    "forms",
    """
with st.form("f"):
    st.checkbox("c", on_change=lambda: None)
""",
)

case(
    "form_errors_duplicate_key",
    "forms",
    """
with st.form("f"):
    st.form_submit_button()
with st.form("f"):
    st.form_submit_button()
""",
)

case(
    "form_errors_missing_submit",
    "forms",
    """
with st.form("f"):
    st.text_input("t")
st.write("after")
""",
)

case(
    "form_key_modified_after_created",
    "forms",
    """
with st.form("frm"):
    st.form_submit_button()
st.session_state.frm = 1
""",
)

case(
    "form_method_calls",
    "forms",
    """
f = st.form("f")
v = f.text_input("t", key="t")
f.form_submit_button("Go")
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('z'); at.button[0].click(); at.run()",
)

# --- magic: bare expressions are written -------------------------------------------------------

case(
    "magic_bare_expressions",
    "st.write",
    '''
"""A module docstring is not shown."""
"# A heading from a bare string"
x = 41
x + 1
x, "and", [1, 2]
st.write("a call is not written twice")
def f():
    """Nor is a function's docstring."""
    "but this is"
    return 3
f()
for i in range(2):
    i
with st.container():
    "in a with"
if x:
    "in an if"
else:
    "not reached"
try:
    "in a try"
    1 / 0
except ZeroDivisionError:
    "in an except"
finally:
    "in a finally"
class K:
    "class docstring"
    y = "class body"
    def m(self):
        "method docstring"
        "in a method"
K().m()
match x:
    case 41:
        "in a match"
None
''',
)

# --- more identity and state probes ------------------------------------------------------------

case(
    "id_same_widget_inside_and_outside_form",
    "identity",
    """
st.text_input("t")
with st.form("f"):
    st.text_input("t")
    st.form_submit_button()
""",
)

case(
    "id_duplicate_key_main_and_sidebar",
    "identity",
    """
st.button("a", key="k")
st.sidebar.button("b", key="k")
""",
)

case(
    "ss_test_writes_button_key",
    "session state",
    """
st.button("B", key="b")
""",
    "at.run()",
    "at.session_state['b'] = True; at.run()",
)

case(
    "ss_test_writes_widget_key_between_runs",
    "session state",
    """
v = st.selectbox("s", ["a", "b", "c"], key="s", on_change=lambda: st.session_state.update(cb=True))
st.write(v, st.session_state.get("cb"))
""",
    "at.run()",
    "at.session_state['s'] = 'c'; at.run()",
    "at.selectbox[0].select('a').run()",
)

case(
    "tabs_all_run_and_keep_state",
    "layout",
    """
a, b = st.tabs(["A", "B"])
with a:
    x = st.slider("x", 0, 5, key="x")
with b:
    y = st.checkbox("y", key="y")
st.write(x, y)
""",
    "at.run()",
    "at.slider[0].set_value(4).run()",
    "at.checkbox[0].check().run()",
)

case(
    "cb_rerun_and_exception_in_two_callbacks",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
def first():
    log.append("first")
    st.rerun()
def second():
    log.append("second")
st.checkbox("a", key="a", on_change=first)
st.checkbox("b", key="b", on_change=second)
st.write(log)
""",
    "at.run()",
    "at.checkbox[1].check(); at.checkbox[0].check(); at.run()",
)

case(
    "cb_exception_stops_later_callbacks",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
def first():
    log.append("first")
    raise KeyError("boom")
def second():
    log.append("second")
st.checkbox("a", key="a", on_change=first)
st.checkbox("b", key="b", on_change=second)
st.write(log)
""",
    "at.run()",
    "at.checkbox[1].check(); at.checkbox[0].check(); at.run()",
    "at.run()",
)

case(
    "btn_disabled_click_refused",
    "buttons",
    """
st.button("off", disabled=True)
""",
    "at.run()",
    "at.button[0].click().run()",
)

# --- the rest of the widget catalogue ---------------------------------------------------------

case(
    "cat_multiselect",
    "defaults",
    """
v = st.multiselect("m", ["a", "b", "c"], default=["b"], key="m")
st.write(v)
""",
    "at.run()",
    "at.multiselect[0].select('c').select('a').run()",
    "at.multiselect[0].unselect('b').run()",
    "at.multiselect[0].set_value([]).run()",
)

case(
    "cat_multiselect_max_selections",
    "errors",
    """
st.multiselect("m", ["a", "b", "c"], default=["a", "b"], max_selections=1)
""",
)

case(
    "cat_select_slider",
    "defaults",
    """
s = st.select_slider("s", ["xs", "s", "m", "l"], value="s")
r = st.select_slider("r", options=[1, 2, 3, 4, 5], value=(2, 4))
st.write(s, r)
""",
    "at.run()",
    "at.select_slider[0].set_value('l').run()",
    "at.select_slider[1].set_range(1, 3).run()",
)

case(
    "cat_text_area",
    "defaults",
    """
v = st.text_area("t", "start", max_chars=10, key="t")
st.write(v)
""",
    "at.run()",
    "at.text_area[0].input('line1\\nline2').run()",
    "at.text_area[0].input('x' * 20).run()",
)

case(
    "cat_date_input",
    "defaults",
    """
import datetime as dt
d = st.date_input("d", dt.date(2024, 1, 15), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31))
r = st.date_input("r", (dt.date(2024, 2, 1), dt.date(2024, 2, 10)))
st.write(str(d), [str(x) for x in r])
""",
    "at.run()",
    "import datetime as dt; at.date_input[0].set_value(dt.date(2024, 3, 3)).run()",
    "import datetime as dt; at.date_input[1].set_value((dt.date(2024, 5, 1), dt.date(2024, 5, 2))).run()",
)

case(
    "cat_time_input",
    "defaults",
    """
import datetime as dt
t = st.time_input("t", dt.time(8, 45), key="t")
st.write(str(t))
""",
    "at.run()",
    "at.time_input[0].increment().run()",
    "at.time_input[0].decrement().decrement().run()",
    "import datetime as dt; at.time_input[0].set_value(dt.time(23, 50)).increment().run()",
)

case(
    "cat_datetime_input",
    "defaults",
    """
import datetime as dt
m = st.datetime_input("m", dt.datetime(2024, 1, 15, 8, 45, 30), min_value=dt.date(2024, 1, 1), key="m")
e = st.datetime_input("e", None, step=dt.timedelta(minutes=5))
st.write(str(m), str(e))
""",
    "at.run()",
    "import datetime as dt; at.datetime_input[0].set_value(dt.datetime(2024, 3, 3, 17, 5)).run()",
    "import datetime as dt; at.datetime_input[1].set_value(dt.datetime(2025, 6, 1, 12, 0)).run()",
    "at.datetime_input[0].set_value(None).run()",
)

case(
    "cat_datetime_input_errors",
    "errors",
    """
import datetime as dt
st.datetime_input("below", dt.datetime(2023, 12, 31, 23, 0), min_value=dt.date(2024, 1, 1))
""",
)

case(
    "cat_datetime_input_bad_step",
    "errors",
    """
st.datetime_input("s", step=30)
""",
)

case(
    "cat_pagination",
    "defaults",
    """
p = st.pagination(12, default=3, key="p")
q = st.pagination(5, on_change=lambda: st.session_state.update(seen=True))
st.write(p, q)
""",
    "at.run()",
    "at.pagination[0].select(12).run()",
    "at.pagination[1].set_value(4).run()",
    "at.pagination[0].set_value(1).run()",
)

case(
    "cat_pagination_state",
    "session state",
    """
if "p" not in st.session_state:
    st.session_state.p = 99
st.write(st.pagination(4, default=2, key="p"), st.session_state.p)
""",
    "at.run()",
    "at.run()",
)

case(
    "cat_pagination_errors",
    "errors",
    """
st.pagination(3, default=5)
""",
)

case(
    "cat_menu_button",
    "buttons",
    """
def picked(tag):
    st.session_state.log = st.session_state.get("log", []) + [tag, st.session_state.m]
choice = st.menu_button("Export", ["csv", "json"], key="m", on_click=picked, args=("cb",))
other = st.menu_button("Sort", [3, 1, 2], format_func=lambda n: f"#{n}")
st.write(choice, other)
""",
    "at.run()",
    "at.menu_button[0].click('json').run()",
    "at.run()",
    "at.menu_button[1].click_index(2).run()",
    "at.menu_button[1].click(1).run()",
)

case(
    "cat_menu_button_errors",
    "errors",
    """
st.menu_button("a", [])
""",
)

case(
    "cat_menu_button_in_form",
    "errors",
    """
with st.form("f"):
    st.menu_button("a", ["x"])
    st.form_submit_button()
""",
)

case(
    "cat_menu_button_state",
    "errors",
    """
st.session_state.m = "x"
st.menu_button("a", ["x"], key="m")
""",
)

case(
    "cat_skeleton",
    "layout",
    """
with st.skeleton():
    st.write("a")
p = st.skeleton(height=50)
p.write("x")
st.skeleton(width=200)
st.write("b")
""",
)

case(
    "cat_skeleton_errors",
    "errors",
    """
st.skeleton(width="content")
""",
)

case(
    "cat_connection_sql_query",
    "defaults",
    """
conn = st.connection("mem", type="sql", url="sqlite://")
df = conn.query("select 1 as x, 'a' as y union all select :n, 'b'", params={"n": 2})
st.write(df.to_dict("list"), type(conn).__name__, conn.driver)
""",
    "at.run()",
    "at.run()",
)

case(
    "cat_connection_bad_type",
    "errors",
    """
st.connection("x", type="mongo")
""",
)

case(
    "cat_connection_snowpark",
    "errors",
    """
st.connection("snowpark")
""",
)

case(
    "cat_connection_not_a_connection",
    "errors",
    """
st.connection("x", type=dict)
""",
)

case(
    "cat_login_without_auth",
    "errors",
    """
st.write("before")
st.login()
""",
)

case(
    "cat_grid_cells",
    "layout",
    """
grid = st.grid(3, border=True, gap=("small", 20))
grid.metric("a", 1)
with grid.cell(column_span="all"):
    st.write("wide")
    st.button("b")
with grid:
    st.empty()
    st.write("c")
grid.cell(column_span=2, row_span=2).write("d")
with st.container():
    st.write("e")
st.write(len(st.session_state))
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "cat_grid_errors",
    "errors",
    """
st.grid("auto", wrap=False)
""",
)

case(
    "cat_grid_span_too_wide",
    "errors",
    """
st.grid(2).cell(column_span=3)
""",
)

case(
    "cat_grid_bad_columns",
    "errors",
    """
st.grid(25)
""",
)

case(
    "cat_new_widgets_in_a_form",
    "forms",
    """
import datetime as dt
with st.form("f", clear_on_submit=True):
    p = st.pagination(6, key="p")
    d = st.datetime_input("d", dt.datetime(2024, 1, 1, 9, 0), key="d")
    sent = st.form_submit_button("Send")
st.write("sent", sent, p, str(d))
""",
    "at.run()",
    "at.pagination[0].set_value(4).run()",
    "import datetime as dt; at.pagination[0].set_value(5); at.datetime_input[0].set_value(dt.datetime(2024, 2, 2, 10, 15)); at.button[0].click(); at.run()",
    "at.run()",
)

case(
    "cat_new_widgets_identity",
    "identity",
    """
n = st.session_state.setdefault("n", 10)
p = st.pagination(n, key="p")
q = st.pagination(n)
m = st.datetime_input("m" if n == 10 else "relabelled", "2024-01-01 08:00", key="m", step=60 if n == 10 else 120)
st.write(p, q, str(m))
def shrink():
    st.session_state.n = 3
st.button("shrink", on_click=shrink)
""",
    "at.run()",
    "import datetime as dt; at.pagination[0].set_value(8); at.pagination[1].set_value(9); at.datetime_input[0].set_value(dt.datetime(2024, 1, 2, 9, 0)); at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

case(
    "cat_menu_button_callback_args",
    "callbacks",
    """
log = st.session_state.setdefault("log", [])
def cb(*a, **k):
    log.append((a, k, st.session_state.get("m")))
st.menu_button("Go", ["x", "y"], key="m", on_click=cb, args=(1,), kwargs={"z": 2})
st.pagination(3, key="p", on_change=cb, args=("p",))
st.write(log)
""",
    "at.run()",
    "at.menu_button[0].click('y').run()",
    "at.pagination[0].select(2).run()",
)

case(
    "cat_color_picker",
    "defaults",
    """
c = st.color_picker("c", "#00f900", key="c")
st.write(c)
""",
    "at.run()",
    "at.color_picker[0].pick('#123456').run()",
)

case(
    "cat_pills_and_segmented",
    "defaults",
    """
p = st.pills("p", ["a", "b", "c"], key="p")
m = st.pills("m", ["a", "b", "c"], selection_mode="multi", default=["a"], key="m")
s = st.segmented_control("s", ["x", "y"], default="x", key="s")
st.write(p, m, s)
""",
    "at.run()",
    "at.pills[0].select('b').run()",
    "at.pills[1].select('c').unselect('a').run()",
    "at.segmented_control[0].select('y').run()",
    "at.pills[0].unselect('b').run()",
)

case(
    "cat_file_uploader",
    "defaults",
    """
f = st.file_uploader("f", type=["txt"], key="f")
st.write("none" if f is None else (f.name, f.getvalue().decode(), f.size))
""",
    "at.run()",
    "at.file_uploader[0].upload('a.txt', b'hello', 'text/plain').run()",
    "at.run()",
    "at.file_uploader[0].clear().run()",
)

case(
    "cat_camera_input",
    "defaults",
    """
def taken():
    st.session_state.taken = st.session_state.get("taken", 0) + 1
p = st.camera_input("Snap", key="cam", on_change=taken)
st.write("none" if p is None else (p.name, p.type, p.getvalue(), p.size))
st.write(st.session_state.get("taken", 0), getattr(st.session_state.cam, "name", None))
""",
    "at.run()",
    "at.camera_input[0].set_value(('shot.jpg', b'jpeg-bytes', 'image/jpeg')).run()",
    "at.run()",
    "at.camera_input[0].clear().run()",
)

case(
    "cat_audio_input",
    "defaults",
    """
a = st.audio_input("Record", sample_rate=8000)
st.write("none" if a is None else (a.name, a.type, a.getvalue()))
b = st.audio_input("Other", sample_rate=None, key="b", disabled=True)
st.write(b is None)
""",
    "at.run()",
    "at.audio_input[0].upload('clip.wav', b'RIFF....WAVE').run()",
    "at.run()",
    "at.audio_input[0].set_value(None).run()",
)

case(
    "cat_chat_input_directory",
    "defaults",
    """
v = st.chat_input("Send", accept_file="directory", file_type="txt")
if v is not None:
    st.write(v.text, [(f.name, f.getvalue()) for f in v.files])
""",
    "at.run()",
    "at.chat_input[0].upload('docs/a.txt', b'one', 'text/plain').upload('docs/sub/b.txt', b'two', 'text/plain').set_value('folder').run()",
    "at.run()",
)

case(
    "cat_chat_input_accept_audio_value",
    "defaults",
    """
v = st.chat_input("Send", accept_audio=True, audio_sample_rate=None)
if v is not None:
    st.write(str(sorted(v.to_dict())), str(v.audio), v.text)
    try:
        v.files
    except AttributeError as e:
        st.write(str(e))
""",
    "at.run()",
    "at.chat_input[0].set_value('hi').run()",
    "at.run()",
)

case(
    "cat_chat_input_submit_mode_stop",
    "defaults",
    """
v = st.chat_input("Send", submit_mode="stop", key="c")
st.write(repr(v), repr(st.session_state.c))
""",
    "at.run()",
    "at.chat_input[0].set_value('hi').run()",
    "at.run()",
)

case(
    "cat_slider_dates",
    "defaults",
    """
import datetime as dt
v = st.slider("d", dt.date(2024, 1, 1), dt.date(2024, 1, 31), dt.date(2024, 1, 10))
st.write(str(v))
""",
    "at.run()",
    "import datetime as dt; at.slider[0].set_value(dt.date(2024, 1, 20)).run()",
)

# --- widgets that move between containers ------------------------------------------------------

case(
    "id_keyed_widget_moves_container_keeps_value",
    "identity",
    """
where = st.session_state.get("where", "main")
target = {"main": st.container(), "side": st.sidebar, "col": st.columns(2)[1]}[where]
v = target.text_input("t", key="t")
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('kept').run()",
    "at.session_state['where'] = 'col'; at.run()",
    "at.session_state['where'] = 'side'; at.run()",
)

case(
    "id_keyless_widget_moves_to_sidebar_resets",
    "identity",
    """
where = st.session_state.get("where", "main")
target = st.sidebar if where == "side" else st.columns(2)[0] if where == "col" else st
v = target.text_input("t")
st.write("v", v)
""",
    "at.run()",
    "at.text_input[0].input('typed').run()",
    "at.session_state['where'] = 'col'; at.run()",
    "at.session_state['where'] = 'side'; at.run()",
)

case(
    "id_same_keyless_widget_in_two_forms",
    "identity",
    """
for name in ("a", "b"):
    with st.form(name):
        st.text_input("t")
        st.form_submit_button()
""",
)

case(
    "ss_attribute_named_like_a_method",
    "session state",
    """
st.session_state["get"] = 5
st.write(st.session_state["get"], callable(st.session_state.get))
""",
)

case(
    "def_label_visibility_and_placeholder",
    "defaults",
    """
a = st.text_input("hidden label", label_visibility="collapsed", placeholder="type here")
b = st.selectbox("sb", ["x"], index=None, placeholder="choose", label_visibility="hidden")
st.write(a, b)
""",
)


# --- data, status and caching ---------------------------------------------------------------

case(
    "data_metrics_and_progress",
    "data and status",
    """
st.metric("Temp", 70, 1.5)
st.metric("Wind", "9 mph", "-8%", delta_color="inverse")
st.metric("Empty", None)
bar = st.progress(0, text="start")
for i in range(3):
    bar.progress(i * 50, text=f"step {i}")
st.progress(0.25)
""",
)

case(
    "data_latex_and_echo",
    "data and status",
    """
st.latex(r"a^2 + b^2 = c^2")
with st.echo():
    total = 1 + 2
    st.write("total", total)
with st.echo(code_location="below"):
    st.write("under")
""",
)

case(
    "status_spinner_leave_their_content",
    "data and status",
    """
with st.spinner("Working..."):
    st.write("inside the spinner")
with st.status("Downloading", expanded=True) as s:
    st.write("step one")
    s.update(label="Done", state="complete")
st.write("after")
""",
)

case("err_progress_out_of_range", "data and status", "st.progress(101)")
case("err_metric_delta_color", "data and status", "st.metric('a', 1, 2, delta_color='pink')")
case("err_dataframe_unconvertible", "data and status", "st.write('before')\nst.dataframe(5)")

case(
    "cache_data_runs_once_and_replays_output",
    "caching",
    """
if "calls" not in st.session_state:
    st.session_state.calls = 0
@st.cache_data(show_spinner=False)
def load(n):
    st.session_state.calls += 1
    st.write("computing", n)
    return list(range(n))
st.write("sum", sum(load(4)), "calls", st.session_state.calls)
""",
    "at.run()",
    "at.run()",
    "at.run()",
)

case(
    "cache_data_returns_copies",
    "caching",
    """
@st.cache_data
def rows():
    return [1, 2, 3]
got = rows()
got.append(99)
st.write("len", len(rows()))
""",
    "at.run()",
    "at.run()",
)

case(
    "cache_resource_is_shared_and_cleared",
    "caching",
    """
@st.cache_resource
def store():
    return {"hits": 0}
s = store()
s["hits"] += 1
st.write("hits", s["hits"])
if st.button("clear"):
    store.clear()
""",
    "at.run()",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
)

# --- chat -----------------------------------------------------------------------------------

case(
    "chat_input_value_lasts_one_run",
    "chat",
    """
log = st.session_state.setdefault("log", [])
def sent(tag, extra=0):
    log.append((tag, extra, st.session_state.ask))
prompt = st.chat_input("Ask", key="ask", max_chars=5, on_submit=sent, args=("cb",),
                       kwargs={"extra": 2})
st.write("prompt", repr(prompt), "state", repr(st.session_state.ask))
""",
    "at.run()",
    "at.chat_input[0].set_value('hello world').run()",
    "at.run()",
    "at.chat_input[0].set_value('').run()",
    "at.chat_input[0].set_value(None).run()",
)

case(
    "chat_input_messages_make_a_history",
    "chat",
    """
history = st.session_state.setdefault("history", [])
for role, text in history:
    with st.chat_message(role):
        st.markdown(text)
if prompt := st.chat_input("Say something"):
    with st.chat_message("user"):
        st.markdown(prompt)
    reply = f"Echo: {prompt}"
    st.chat_message("assistant").markdown(reply)
    history += [("user", prompt), ("assistant", reply)]
st.caption(f"{len(history)} messages")
""",
    "at.run()",
    "at.chat_input[0].set_value('hi').run()",
    "at.chat_input[0].set_value('again').run()",
    "at.run()",
)

case(
    "chat_input_takes_files",
    "chat",
    """
p = st.chat_input("Attach", accept_file="multiple", file_type=["txt", ".CSV"], key="c")
if p is not None:
    st.write("text", repr(p.text), "files", [(f.name, f.size, f.getvalue()) for f in p.files])
    st.write(sorted(p.to_dict()), "files" in p, len(p), p["text"] == p.text)
""",
    "at.run()",
    "at.chat_input[0].upload('a.txt', b'hello', 'text/plain').upload('b.csv', b'1,2').run()",
    "at.chat_input[0].set_value('see').upload('c.txt', b'x').run()",
    "at.chat_input[0].upload('d.png', b'x')",
    "at.run()",
)

case(
    "chat_input_one_file_and_text_only",
    "chat",
    """
one = st.chat_input("One", accept_file=True, key="one")
plain = st.chat_input("Plain", key="plain")
st.write(type(one).__name__, repr(plain))
if one is not None:
    st.write(repr(one.text), [f.name for f in one.files])
""",
    "at.run()",
    "at.chat_input[0].upload('a.txt', b'1').upload('b.txt', b'2').run()",
    "at.chat_input[1].upload('a.txt', b'1')",
    "at.chat_input[1].set_value('plain text').run()",
)

case(
    "chat_input_text_set_through_session_state",
    "chat",
    """
if st.button("Suggest"):
    st.session_state.q = "What is a prime?"
v = st.chat_input(key="q")
st.write("returned", repr(v), "state", repr(st.session_state.q))
""",
    "at.run()",
    "at.button[0].click().run()",
    "assert at.chat_input[0].value == 'What is a prime?'",
    "at.run()",
)

case(
    "chat_input_where_it_goes",
    "chat",
    """
st.bottom.write("note below")
with st.bottom:
    st.chat_input("in bottom")
box = st.container()
box.chat_input("in a container")
with st.sidebar:
    st.chat_input("in the sidebar")
st.chat_input("pinned")
st.write("end of main")
""",
    "at.run()",
    "at.chat_input[3].set_value('x').run()",
)

case(
    "chat_input_errors",
    "chat",
    """
bad = st.session_state.get("bad", 0)
st.button("next", on_click=lambda: st.session_state.update(bad=bad + 1))
st.write("case", bad)
if bad == 0:
    with st.form("f"):
        st.chat_input()
elif bad == 1:
    st.chat_input(accept_file="x")
elif bad == 2:
    st.chat_input(submit_mode="later")
elif bad == 3:
    st.chat_input(max_upload_size=0)
elif bad == 4:
    st.chat_input(audio_sample_rate=123)
elif bad == 5:
    st.chat_input(width="content")
elif bad == 6:
    st.chat_input(on_submit="rerun")
elif bad == 7:
    st.chat_input(max_chars=-1)
elif bad == 8:
    st.chat_input(key="k")
    st.chat_input(key="k")
elif bad == 9:
    st.chat_input(key="k")
    st.session_state.k = "late"
elif bad == 10:
    with st.sidebar:
        st.bottom.write("x")
""",
    "at.run()",
    *["at.button[0].click().run()"] * 10,
)

case(
    "chat_message_names_and_avatars",
    "chat",
    """
for name in ["user", "assistant", "AI", "Human", "Bob", "🦖"]:
    st.chat_message(name).write(name)
st.chat_message("x", avatar="🧑‍💻").write("emoji")
st.chat_message("x", avatar="assistant").write("preset")
st.chat_message("x", avatar="https://example.org/a.png").write("url")
with st.chat_message("user"):
    st.write("first")
    st.chat_message("assistant").write("nested")
    st.write("last")
""",
    "at.run()",
    "assert [(m.name, m.avatar) for m in at.chat_message] == [('user', 'user'), "
    "('assistant', 'assistant'), ('AI', 'assistant'), ('Human', 'user'), ('Bob', ''), "
    "('🦖', '🦖'), ('x', '🧑\\u200d💻'), ('x', 'assistant'), ('x', 'https://example.org/a.png'), "
    "('user', 'user'), ('assistant', 'assistant')]",
    "assert len(at.chat_message[9].markdown) == 3",
)

case(
    "chat_message_errors",
    "chat",
    """
bad = st.session_state.get("bad", 0)
st.button("next", on_click=lambda: st.session_state.update(bad=bad + 1))
if bad == 0:
    st.chat_message(None)
elif bad == 1:
    st.chat_message("user", width="huge")
elif bad == 2:
    st.chat_message("user", avatar="not an image")
elif bad == 3:
    st.chat_message(5)
""",
    "at.run()",
    *["at.button[0].click().run()"] * 3,
)

case(
    "write_stream_returns_the_text",
    "chat",
    """
def words():
    for word in ["Photo", "synthesis ", "", "makes ", "sugar."]:
        yield word
full = st.write_stream(words)
st.write("returned", repr(full))
st.write("again", repr(st.write_stream(iter(["one"]))), repr(st.write_stream([])))
with st.chat_message("assistant"):
    inside = st.write_stream(w for w in ["in ", "a ", "message"])
st.write(repr(inside))
""",
)

case(
    "write_stream_mixed_chunks",
    "chat",
    """
def mixed():
    yield "a"
    yield "b"
    yield {"x": 1}
    yield 5
    yield lambda: st.write("called")
    yield "c"
out = st.write_stream(mixed())
st.write("type", type(out).__name__, "len", len(out))
st.write(out)
st.write_stream(["tail"], cursor="▌")
""",
)

case(
    "write_stream_async_and_write_of_a_generator",
    "chat",
    """
async def agen():
    yield "as"
    yield "ync"
st.write("got", st.write_stream(agen))
def gen():
    yield "from "
    yield "write"
st.write(gen())
st.write(gen)
""",
)

case(
    "write_stream_llm_chunks",
    "chat",
    """
from types import SimpleNamespace as NS
class ChatCompletionChunk:
    def __init__(self, text):
        self.choices = [NS(delta=NS(content=text))] if text is not None else []
ChatCompletionChunk.__module__ = "openai.types.chat.chat_completion_chunk"
class ResponseTextDeltaEvent:
    def __init__(self, kind, delta):
        self.type, self.delta = kind, delta
ResponseTextDeltaEvent.__module__ = "openai.types.responses"
class AIMessageChunk:
    def __init__(self, content):
        self.content = content
AIMessageChunk.__module__ = "langchain_core.messages.ai"
st.write(repr(st.write_stream([ChatCompletionChunk(None), ChatCompletionChunk("Hel"),
                               ChatCompletionChunk("lo")])))
st.write(repr(st.write_stream([ResponseTextDeltaEvent("response.output_text.delta", "Re"),
                               ResponseTextDeltaEvent("response.created", "x"),
                               ResponseTextDeltaEvent("response.refusal.delta", "fused")])))
st.write(repr(st.write_stream([AIMessageChunk("Lang"), AIMessageChunk(None), AIMessageChunk("Chain")])))
class Broken:
    pass
Broken.__name__ = Broken.__qualname__ = "ChatCompletionChunk"
Broken.__module__ = "openai.types.chat"
st.write_stream([Broken()])
""",
)

case(
    "write_stream_errors",
    "chat",
    """
bad = st.session_state.get("bad", 0)
st.button("next", on_click=lambda: st.session_state.update(bad=bad + 1))
if bad == 0:
    st.write_stream("a string")
elif bad == 1:
    st.write_stream(5)
elif bad == 2:
    import pandas as pd
    st.write_stream(pd.DataFrame({"a": [1]}))
elif bad == 3:
    def fails():
        yield "partial "
        raise ValueError("stream broke")
    st.write_stream(fails)
""",
    "at.run()",
    *["at.button[0].click().run()"] * 3,
)

case(
    "feedback_thumbs_faces_stars",
    "chat",
    """
t = st.feedback(key="t")
f = st.feedback("faces", default=2, key="f")
s = st.feedback("stars", key="s", on_change=lambda: st.session_state.update(changed=True))
st.write("thumbs", t, "faces", f, "stars", s, "changed", st.session_state.get("changed"))
""",
    "at.run()",
    "at.feedback[0].set_value(1).run()",
    "at.feedback[2].set_value(4).run()",
    "at.feedback[1].set_value(None).run()",
    "at.feedback[0].set_value(0).run()",
)

case(
    "feedback_state_and_errors",
    "chat",
    """
bad = st.session_state.get("bad", 0)
st.button("next", on_click=lambda: st.session_state.update(bad=bad + 1))
if bad == 0:
    st.session_state.r = 7  # not an option: the widget falls back to its default
    st.write("r", st.feedback("stars", default=3, key="r"), st.session_state.r)
elif bad == 1:
    st.feedback("hearts")
elif bad == 2:
    st.feedback("thumbs", default=2)
elif bad == 3:
    st.feedback("stars", default=-1)
elif bad == 4:
    st.feedback(width="huge")
elif bad == 5:
    st.feedback(on_change="bad")
""",
    "at.run()",
    *["at.button[0].click().run()"] * 5,
)


# --- fragments and dialogs ----------------------------------------------------------------------

case(
    "frag_widget_reruns_the_script_in_apptest",
    "fragments",
    """
st.session_state.setdefault("app", 0)
st.session_state.setdefault("frag", 0)
st.session_state.app += 1
st.write("app runs", st.session_state.app)
@st.fragment
def part():
    st.session_state.frag += 1
    v = st.slider("In the fragment", 0, 10, key="fs")
    st.write("fragment runs", st.session_state.frag, "value", v)
part()
st.write("after")
""",
    "at.run()",
    "at.slider(key='fs').set_value(4).run()",
    "at.run()",
)

case(
    "frag_decorator_with_arguments_and_run_every_forms",
    "fragments",
    """
import datetime
@st.fragment(run_every="1.5s")
def a():
    st.write("a")
@st.fragment(run_every=datetime.timedelta(seconds=2))
def b():
    st.write("b")
@st.fragment(run_every=0.5, key="c")
def c(x, y=1):
    st.write("c", x, y)
    return x + y
a()
b()
st.write("returned", c(1, y=2))
""",
)

case(
    "frag_nested_and_called_twice",
    "fragments",
    """
@st.fragment
def outer(n):
    @st.fragment
    def inner():
        st.write("inner", n)
        st.checkbox(f"box {n}", key=f"box{n}")
    inner()
    st.write("outer", n)
outer(1)
outer(2)
""",
    "at.run()",
    "at.checkbox(key='box2').check().run()",
)

case(
    "frag_error_shows_inside_and_ends_the_body",
    "fragments",
    """
st.write("before")
@st.fragment
def part():
    st.write("in the fragment")
    raise ValueError("boom")
part()
st.write("never")
""",
)

case(
    "frag_rerun_scope_fragment_in_a_full_run",
    "fragments",
    """
@st.fragment
def part():
    st.write("part")
    if st.button("again"):
        st.rerun(scope="fragment")
part()
st.write("after")
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "frag_reserved_key",
    "fragments",
    """
@st.fragment(key="app")
def part():
    st.write("x")
part()
""",
)

case(
    "frag_key_shared_by_two_definitions",
    "fragments",
    """
@st.fragment(key="k")
def one():
    st.write("one")
@st.fragment(key="k")
def two():
    st.write("two")
one()
one()
two()
""",
)

case(
    "frag_writes_into_the_sidebar_and_an_outside_container",
    "fragments",
    """
box = st.container()
@st.fragment
def part():
    st.sidebar.write("from the fragment")
    box.write("outside")
    st.slider("s", 0, 5, key="s")
    st.write("inside")
part()
box.write("after")
st.sidebar.write("body")
""",
    "at.run()",
    "at.slider(key='s').set_value(3).run()",
)

case(
    "frag_keyed_rerun_from_a_callback",
    "fragments",
    """
st.session_state.setdefault("app", 0)
st.session_state.setdefault("frag", 0)
st.session_state.app += 1
st.write("app", st.session_state.app)
@st.fragment(key="charts")
def charts():
    st.session_state.frag += 1
    st.write("charts", st.session_state.frag)
charts()
st.selectbox("Filter", ["a", "b"], key="f", on_change=lambda: st.rerun("charts"))
""",
    "at.run()",
    "at.selectbox(key='f').select('b').run()",
    difference="AppTest shows only the fragment after a fragment rerun",
)

case(
    # the page is the fragment alone: Streamlit's AppTest shows only the fragment after a
    # fragment rerun, so both show the same elements (see frag_keyed_rerun_from_a_callback)
    "frag_keyed_rerun_from_a_callback_carries_the_click",
    "fragments",
    """
st.session_state.setdefault("calls", 0)
def again():
    st.session_state.calls += 1
    st.rerun("part")
@st.fragment(key="part")
def part():
    if st.button("Go", key="go", on_click=again):
        st.write("clicked", st.session_state.calls)
    st.write("go reads", st.session_state.go)
part()
""",
    "at.run()",
    "at.button(key='go').click().run()",
    "at.run()",
)

case(
    "frag_parallel_writes_outside_itself",
    "fragments",
    """
@st.fragment(parallel=True)
def part():
    st.write("inside")
    st.sidebar.write("outside")
part()
st.write("body")
""",
    "at.run()",
)

case(
    "frag_unknown_key_from_a_callback",
    "fragments",
    """
st.write("x")
st.button("go", on_click=lambda: st.rerun("nowhere"))
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "dialog_opens_with_its_widgets_and_closes_on_rerun",
    "dialogs",
    """
st.session_state.setdefault("app", 0)
st.session_state.app += 1
@st.dialog("Edit the record", width="large", icon="📝")
def edit(record):
    st.write("Editing", record)
    name = st.text_input("Name", key="name")
    if st.button("Save"):
        st.session_state.saved = name
        st.rerun()
if st.button("Open"):
    edit("alpha")
st.write("app runs", st.session_state.app, "saved", st.session_state.get("saved"))
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.text_input(key='name').input('Ada').run()",
    "at.button[1].click().run()",
)

case(
    "dialog_called_twice",
    "dialogs",
    """
@st.dialog("One")
def one(x):
    st.write("one", x)
one(1)
one(2)
""",
)

case(
    "dialog_two_dialogs_in_one_run",
    "dialogs",
    """
@st.dialog("One")
def one():
    st.write("one")
@st.dialog("Two")
def two():
    st.write("two")
one()
two()
""",
)

case(
    "dialog_nested",
    "dialogs",
    """
@st.dialog("Inner")
def inner():
    st.write("inner")
@st.dialog("Outer")
def outer():
    inner()
outer()
""",
)

case(
    "dialog_without_title",
    "dialogs",
    """
@st.dialog("")
def nameless():
    st.write("x")
nameless()
""",
)

case(
    "dialog_bad_width_and_on_dismiss",
    "dialogs",
    """
@st.dialog("A", width="huge")
def a():
    st.write("a")
try:
    a()
except Exception as e:
    st.write(type(e).__name__, str(e))
@st.dialog("B", on_dismiss="close")
def b():
    st.write("b")
b()
""",
)


# --- icons, HTML and the rest of the API (issue 13) -------------------------------------------

case(
    "icons_material_everywhere",
    "icons",
    """
st.markdown("Go :material/home: home")
clicked = st.button("Save", icon=":material/save:")
st.header("Stats", icon=":material/bar_chart:")
st.info("Saved", icon=":material/check_circle:")
st.warning(":material/warning: Careful")
st.error("🚨 Broken")
with st.expander("Settings", icon=":material/settings:"):
    st.write("inside")
st.metric("Speed", 3, icon="  :material/speed:  ")
st.write("clicked", clicked)
""",
    "at.run()",
    "at.button[0].click().run()",
)

case("err_icon_unknown_material", "icons", "st.button('b', icon=':material/not_an_icon:')")
case("err_icon_emoji_shortcode", "icons", "st.info('x', icon=':smile:')")
case("err_icon_not_an_emoji", "icons", "st.toast('t', icon='é')")
case("err_icon_url", "icons", "st.header('h', icon='https://example.com/a.png')")
case(
    "icons_names_of_the_shipped_font",
    "icons",
    "st.button('b', icon=':material/looks_0:')",
    difference="Material icon names are those the shipped font draws",
)

case(
    "html_bodies_as_streamlit_keeps_them",
    "html",
    """
from pathlib import Path
import tempfile, os
st.html('<p onclick="x()">hi</p><script>alert(1)</script>')
st.html("<style>p { color: red }</style>")
st.html("<style>b {}</style><b>styled</b>", width=300, unsafe_allow_javascript=True)
class Table:
    def _repr_html_(self):
        return "<table><tr><td>1</td></tr></table>"
st.html(Table())
st.html(5)
folder = tempfile.mkdtemp()
page, sheet = Path(folder, "a.html"), Path(folder, "a.css")
page.write_text("<i>from a file</i>")
sheet.write_text("i { color: blue }")
st.html(page)
st.html(sheet)
st.html("   <b>dedented</b>   ", width="content")
st.write("after")
""",
)

case("err_html_empty", "html", "st.html('  ')")
case("err_html_width", "html", "st.html('<b>x</b>', width=0)")

case(
    "badge_is_markdown",
    "html",
    """
st.badge("New")
st.badge("Done", icon=":material/check:", color="green")
st.badge("[x]", icon="🔥", color="primary", width="stretch", help="tip")
st.badge("Odd", color="pink")
""",
)

case("err_badge_icon", "html", "st.badge('New', icon='nope')")

case(
    "space_sizes",
    "layout",
    """
st.space()
st.space("medium")
st.space(30)
with st.container(horizontal=True):
    st.button("Left")
    st.space("stretch")
    st.button("Right")
""",
)

case("err_space_size", "layout", "st.space('huge')")
case("err_space_zero", "layout", "st.space(0)")

case(
    "version_and_runtime_exists",
    "config",
    """
from streamlit import runtime
import streamlit.runtime as rt
from streamlit.runtime import exists
st.write(st.__version__, runtime.exists(), rt.exists(), exists())
""",
)

case(
    "options_read_and_set_at_run_time",
    "config",
    """
st.write(st.get_option("client.showErrorDetails"), st.get_option("client.toolbarMode"))
st.write(st.get_option("server.maxUploadSize"), st.get_option("runner.magicEnabled"))
st.write(st.get_option("theme.primaryColor"), st.get_option("theme.sidebar.textColor"))
st.set_option("client.toolbarMode", "minimal")
st.set_option("client.disableDataExport", True)
st.set_option("logger.enableRich", True)
st.write(st.get_option("client.toolbarMode"), st.get_option("client.disableDataExport"))
st.set_option("client.toolbarMode", "auto")  # options are the process's: leave them as found
st.set_option("client.disableDataExport", False)
st.set_option("logger.enableRich", False)
""",
)

case("err_option_not_defined", "config", "st.get_option('nope.x')")
case("err_set_option_unknown", "config", "st.set_option('nope', 1)")
case("err_set_option_not_scriptable", "config", "st.set_option('server.port', 1)")

case(
    "help_of_values_callables_classes_and_modules",
    "help",
    """
import json
from dataclasses import dataclass
x = 5
st.help(x)
st.help("Hello")
st.help(json.dumps)
class Dog:
    '''A dog.'''
    def __init__(self, breed):
        self.breed = breed
    def bark(self):
        '''Woof.'''
fido = Dog("poodle")
st.help(fido)
st.help(Dog)
def f(a, b=1):
    'Adds.'
f
st.write(f)
json
st.help([1,2])
st.help(obj := 3)
st.help(len)
@dataclass
class P:
    x: int
st.write(P(1))
st.write(fido)
st.help()
""",
)

case("err_help_width", "help", "st.help(1, width='content')")


# --- iframes and custom components -----------------------------------------------------------

case(
    "iframe_kinds",
    "components",
    """
import streamlit.components.v1 as components
from pathlib import Path
components.html("<b>x</b>", height=100, scrolling=True)
components.iframe("https://example.com", 300, 200, tab_index=0)
st.iframe("<p>hi</p>", alt="An example")
st.iframe("https://example.com", height=300)
st.write("after")
""",
)

case("err_iframe_tab_index_type", "components", "st.iframe('<p/>', tab_index='1')")
case("err_iframe_tab_index_value", "components", "st.iframe('<p/>', tab_index=-2)")
case("err_iframe_height", "components", "st.iframe('<p/>', height=0)")
case(
    "err_components_html_tab_index",
    "components",
    "import streamlit.components.v1 as components\ncomponents.html('<p/>', tab_index=-5)",
)

_COMPONENT = """
import os, tempfile
import streamlit.components.v1 as components
folder = os.path.join(tempfile.gettempdir(), "rr_conformance_component")
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "index.html"), "w") as f:
    f.write("<p>component</p>")
c = components.declare_component("comp", path=folder)
"""

case(
    "component_default_key_and_state",
    "components",
    _COMPONENT
    + """
log = st.session_state.setdefault("log", [])
v = c(key="k", default=5, name="a", on_change=lambda: log.append("changed"))
st.write("value", v)
st.write("keyless", c(n=1))
st.write("from state", c(key="preset", default="d"))
if st.button("set"):
    st.session_state.preset_next = True
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "component_state_preset",
    "components",
    _COMPONENT
    + """
if "k" not in st.session_state:
    st.session_state.k = "preset"
st.write(c(key="k", default="d"))
""",
)

case("err_component_positional", "components", _COMPONENT + "c(5)")
case("err_component_on_change_rerun", "components", _COMPONENT + "c(on_change='rerun')")
case("err_component_on_change_value", "components", _COMPONENT + "c(on_change=5)")
case("err_component_tab_index", "components", _COMPONENT + "c(tab_index=-3)")
case("err_component_not_json", "components", _COMPONENT + "c(x=object())")
case(
    "err_component_no_path",
    "components",
    "import streamlit.components.v1 as components\ncomponents.declare_component('d')",
)
case(
    "err_component_missing_folder",
    "components",
    "import streamlit.components.v1 as components\n"
    "components.declare_component('d', path='/no/such/folder')",
    difference="Streamlit's server raises this error when it registers the component; its "
    "AppTest's registry checks nothing, so the missing folder goes unnoticed there",
)

case(
    "component_in_a_form",
    "components",
    _COMPONENT
    + """
with st.form("f"):
    v = c(key="in_form", default="d", on_change=lambda: None)
    st.form_submit_button("Send")
st.write("value", v)
""",
    "at.run()",
    "at.button[0].click().run()",
)

case("err_component_duplicate", "components", _COMPONENT + "c(n=1)\nc(n=1)")
case("err_component_duplicate_key", "components", _COMPONENT + "c(key='a')\nc(key='a', n=2)")
case(
    "component_bytes_argument_identity",
    "components",
    _COMPONENT + "st.write(c(blob=b'ab', default=1))\nst.write(c(blob=b'cd', default=2))",
)


# --- diagrams and maps ----------------------------------------------------------------------

case(
    "diagrams_elements",
    "diagrams",
    """
import pandas as pd
st.graphviz_chart("digraph { a -> b }")
st.mermaid_chart("flowchart LR\\n  A[Go] -->|ok| B", alt="A flow")
st.echarts_chart({"xAxis": {"type": "category"}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2]}]})
st.map(pd.DataFrame({"lat": [1.0, 2.0], "lon": [3.0, 4.0]}))
st.pydeck_chart()
st.write("done")
""",
)

case(
    "diagrams_mermaid_every_kind",
    "diagrams",
    """
st.mermaid_chart("sequenceDiagram\\n  Alice->>Bob: Hello", alt="A greeting")
st.mermaid_chart('pie title Pets\\n  "Dogs" : 3\\n  "Cats" : 2')
st.mermaid_chart("gitGraph\\n  commit\\n  branch dev\\n  commit")
st.mermaid_chart("flowchart TD\\n  A --> ]")
st.write("done")
""",
)

case(
    "diagrams_map_missing_column",
    "diagrams",
    """
import pandas as pd
st.map(pd.DataFrame({"x": [1.0], "lon": [2.0]}))
""",
)

case(
    "diagrams_echarts_bad_spec",
    "diagrams",
    """
st.echarts_chart({"series": [{"type": "scatter3D", "data": []}]})
""",
)

case(
    "diagrams_graphviz_bad_type",
    "diagrams",
    """
st.graphviz_chart(3)
""",
)

_ECHARTS_SELECTABLE = """
spec = {"xAxis": {}, "yAxis": {}, "brush": {"xAxisIndex": 0},
        "series": [{"type": "scatter", "name": "Points", "selectedMode": "multiple",
                    "data": [[1, 2], [2, 3]]}]}
"""
_DECK_SELECTABLE = """
import pydeck as pdk
layer = pdk.Layer("ScatterplotLayer", id="pts", data=[{"p": [1.0, 2.0], "n": "a"}],
                  get_position="p", pickable=True)
deck = pdk.Deck(layers=[layer])
"""

case(
    "diagrams_selection_state",
    "diagrams",
    _ECHARTS_SELECTABLE
    + _DECK_SELECTABLE
    + """
chart = st.echarts_chart(spec, on_select="rerun", key="ech")
st.write(chart, type(chart).__name__, type(chart.selection).__name__, chart.selection.selected)
st.write(chart["selection"]["areas"], "ech" in st.session_state)
picked = st.pydeck_chart(deck, on_select=lambda: None, selection_mode="multi-object", key="map")
st.write(picked, type(picked).__name__, picked.selection.indices, picked["selection"]["objects"])
keyless = st.pydeck_chart(deck, on_select="rerun")
st.write(keyless, sorted(st.session_state.keys()))
st.echarts_chart(spec, key="plain")
""",
    "at.run()",
    "at.run()",
)
case(
    "diagrams_echarts_on_select_bad",
    "diagrams",
    _ECHARTS_SELECTABLE + 'st.echarts_chart(spec, on_select="yes")',
)
case(
    "diagrams_echarts_selection_key_twice",
    "diagrams",
    _ECHARTS_SELECTABLE
    + 'st.echarts_chart(spec, on_select="rerun", key="k")\n'
    + 'st.echarts_chart(spec, on_select="rerun", key="k")',
)
case(
    "diagrams_pydeck_selection_mode_bad",
    "diagrams",
    _DECK_SELECTABLE + 'st.pydeck_chart(deck, on_select="rerun", selection_mode="box")',
)
case(
    "diagrams_pydeck_selection_mode_list",
    "diagrams",
    _DECK_SELECTABLE + 'st.pydeck_chart(deck, on_select="rerun", selection_mode=["single-object"])',
)
case(
    "diagrams_pydeck_on_select_bad",
    "diagrams",
    _DECK_SELECTABLE + "st.pydeck_chart(deck, on_select=1)",
)
case(
    "diagrams_selection_callback_in_form",
    "diagrams",
    _DECK_SELECTABLE
    + """
with st.form("f"):
    st.pydeck_chart(deck, on_select=lambda: None)
    st.form_submit_button()
""",
)

# --- multipage apps -------------------------------------------------------------------------

_PAGES = """
def home():
    st.title("Home")
    st.text_input("Name", key="name")
    if st.button("To the report"):
        st.switch_page(report)
def report():
    st.title("Report")
    st.write(st.query_params.to_dict(), "name" in st.session_state)
    if st.button("Home again"):
        st.switch_page(pages[0], query_params={"from": "report"})
report = st.Page(report, title="The report", icon=":material/bar_chart:")
pages = [st.Page(home, icon=":material/home:"), report]
pg = st.navigation(pages)
st.write("on", pg.title, repr(pg.url_path))
pg.run()
"""

case(
    "nav_switch_page_and_back",
    "navigation",
    _PAGES,
    "at.run()",
    "at.text_input[0].set_value('Ann').run()",
    "at.button[0].click().run()",
    "at.button[0].click().run()",
)

case(
    "nav_sections_hidden_default",
    "navigation",
    """
def a():
    st.write("a")
def b():
    st.write("b")
def c():
    st.write("c")
pg = st.navigation(
    {"One": [st.Page(a)], "Two": [st.Page(b, default=True), st.Page(c, visibility="hidden")]},
    position="top",
)
st.write(pg.title, repr(pg.url_path), pg.visibility)
pg.run()
""",
)

case(
    "nav_query_params_read_and_write",
    "navigation",
    """
st.write(st.query_params.to_dict(), st.query_params.get_all("t"))
st.query_params["seen"] = "yes"
st.query_params["t"] = ["1", "2"]
""",
    "at.query_params['x'] = '1'; at.run()",
    "at.run()",
)

case(
    "nav_page_link_and_logo",
    "navigation",
    """
def a():
    st.page_link(b_page, label="Go to B", icon="🔥")
    st.page_link("https://streamlit.io", label="Streamlit")
def b():
    st.write("b")
b_page = st.Page(b)
st.logo(":material/school:")
st.navigation([st.Page(a), b_page]).run()
""",
)

case(
    "err_nav_duplicate_url_path",
    "navigation",
    """
st.navigation([st.Page(lambda: None, title="x", url_path="p"), st.Page(lambda: None, title="y", url_path="p")])
""",
)

case(
    "err_nav_two_defaults",
    "navigation",
    """
st.navigation([st.Page(lambda: None, title="x", default=True), st.Page(lambda: None, title="y", default=True)])
""",
)

case(
    "err_nav_position",
    "navigation",
    "st.navigation([st.Page(lambda: None, title='x')], position='left')",
)
case("err_nav_empty", "navigation", "st.navigation([])")
case(
    "err_switch_page_unknown_file",
    "navigation",
    """
st.navigation([st.Page(lambda: None, title="x")]).run()
st.switch_page("pages/nope.py")
""",
)
case("err_page_link_url_without_label", "navigation", "st.page_link('https://example.com')")
case("err_page_missing_file", "navigation", "st.Page('no_such_page.py')")
case(
    "err_page_run_not_returned",
    "navigation",
    """
a = st.Page(lambda: None, title="a")
b = st.Page(lambda: None, title="b")
st.navigation([a, b])
b.run()
""",
)
case("err_page_nested_url_path", "navigation", "st.Page(lambda: None, title='a', url_path='x/y')")
case("err_logo_size", "navigation", "st.logo(':material/home:', size='huge')")

case(
    "nav_bind_query_params",
    "navigation",
    """
n = st.slider("Level", 0, 10, key="level", bind="query-params")
on = st.checkbox("More", key="more", bind="query-params")
pick = st.selectbox("Fruit", ["apple", "pear"], key="fruit", bind="query-params")
st.write(n, on, pick)
""",
    "at.query_params['level'] = '7'; at.query_params['fruit'] = 'pear'; at.run()",
    "at.slider[0].set_value(3).run()",
    "at.checkbox[0].check().run()",
    "at.run()",
)
case("err_bind_without_key", "navigation", "st.slider('x', bind='query-params')")
case(
    "nav_bind_multiselect_sanitized",
    "navigation",
    """
a = st.multiselect("A", ["x", "y", "z"], key="a", max_selections=2, bind="query-params")
b = st.multiselect("B", ["x", "y"], key="b", accept_new_options=True, bind="query-params")
c = st.multiselect("C", ["x", "y"], key="c", bind="query-params")
st.write(a, b, c, st.query_params.to_dict())
""",
    "at.query_params['a'] = ['q', 'z', 'z', 'x', 'y']; at.query_params['b'] = ['new', 'x']; "
    "at.query_params['c'] = 'q'; at.run()",
)
case(
    "nav_bind_default_in_url_leaves_code_value",
    "navigation",
    """
if "n" not in st.session_state:
    st.session_state.n = 4
    st.session_state.c = "#ff0000"
    st.session_state.p = "l"
n = st.slider("N", 0, 10, key="n", bind="query-params")
c = st.color_picker("C", key="c", bind="query-params")
p = st.pills("P", ["s", "m", "l"], default="m", key="p", bind="query-params")
st.write(n, c, p)
""",
    "at.query_params['n'] = '0'; at.query_params['c'] = '000000'; at.query_params['p'] = 'm'; "
    "at.run()",
)
case(
    "nav_bind_empty_parameter_clears",
    "navigation",
    """
size = st.pills("Size", ["s", "m", "l"], default="m", key="size", bind="query-params")
mode = st.segmented_control("Mode", ["a", "b"], default="a", key="mode", bind="query-params")
tags = st.multiselect("Tags", ["x", "y"], default=["x"], key="tags", bind="query-params")
f = st.feedback("stars", default=2, key="f", bind="query-params")
c = st.color_picker("C", key="c", bind="query-params")
st.write(size, mode, tags, f, c, st.query_params.to_dict())
""",
    "at.query_params['size'] = ''; at.query_params['mode'] = ''; at.query_params['tags'] = ''; "
    "at.query_params['f'] = ''; at.query_params['c'] = ''; at.run()",
)
case(
    "nav_bind_expander_and_tabs",
    "navigation",
    """
with st.expander("More", key="more", bind="query-params"):
    st.write("inside")
with st.expander("Less", expanded=True, key="less", bind="query-params"):
    st.write("inside too")
a, b, c = st.tabs(["A", "B", "C"], key="tab", bind="query-params")
d, e = st.tabs(["D", "E"], key="other", bind="query-params")
st.write(sorted(st.session_state.to_dict().items()), st.query_params.to_dict())
""",
    "at.query_params['more'] = 'TRUE'; at.query_params['less'] = 'no'; "
    "at.query_params['tab'] = 'C'; at.query_params['other'] = 'F'; at.run()",
)
case(
    "err_bind_tabs_duplicate_labels",
    "navigation",
    "st.tabs(['A', 'A'], key='t', bind='query-params')",
)
case(
    "nav_bind_datetime_and_pagination",
    "navigation",
    """
import datetime as dt
m = st.datetime_input("M", dt.datetime(2024, 1, 1, 9, 0), key="m", bind="query-params")
n = st.datetime_input("N", dt.datetime(2024, 1, 1, 9, 0), key="n", bind="query-params")
o = st.datetime_input("O", None, key="o", bind="query-params")
p = st.pagination(5, key="p", bind="query-params")
q = st.pagination(5, default=2, key="q", bind="query-params")
st.write(repr((m, n, o, p, q)), st.query_params.to_dict())
""",
    "at.query_params['m'] = '2024/02/03, 10:30'; at.query_params['n'] = '2024-02-03T10:30:45'; "
    "at.query_params['o'] = ['2024-05-06T07:08', '2024-05-07T00:00']; "
    "at.query_params['p'] = '3'; at.query_params['q'] = '9'; at.run()",
)
case(
    "nav_bind_time_and_date",
    "navigation",
    """
import datetime as dt
t = st.time_input("T", dt.time(8, 45), key="t", bind="query-params")
u = st.time_input("U", None, step=90, key="u", bind="query-params")
v = st.time_input("V", dt.time(9, 0), key="v", bind="query-params")
d = st.date_input("D", dt.date(2024, 1, 1), key="d", bind="query-params")
r = st.date_input("R", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)), key="r", bind="query-params")
e = st.date_input("E", dt.date(2024, 1, 1), key="e", bind="query-params")
f = st.date_input("F", dt.date(2024, 1, 1), key="f", bind="query-params")
st.write(repr((t, u, v, d, r, e, f)), st.query_params.to_dict())
""",
    "at.query_params['t'] = '14:37:12'; at.query_params['u'] = '7:05:09'; "
    "at.query_params['v'] = 'noon'; at.query_params['d'] = '2024/2/3'; "
    "at.query_params['r'] = ['2024-01-05']; at.query_params['e'] = '1900-01-01'; "
    "at.query_params['f'] = ['2024-03-01', '2024-03-02']; at.run()",
)
case(
    "nav_bind_select_slider",
    "navigation",
    """
s = st.select_slider("S", ["xs", "s", "m", "l"], value="s", key="s", bind="query-params")
r = st.select_slider("R", ["a", "b", "c", "d"], value=("a", "b"), key="r", bind="query-params")
q = st.select_slider("Q", ["a", "b", "c"], value=("a", "b"), key="q", bind="query-params")
t = st.select_slider("T", ["a", "b", "c"], key="t", bind="query-params")
st.write(s, r, q, t, st.query_params.to_dict())
""",
    "at.query_params['s'] = 'l'; at.query_params['r'] = ['d', 'zz']; "
    "at.query_params['q'] = ['c']; at.query_params['t'] = ''; at.run()",
)
case(
    "nav_bind_select_slider_repeat",
    "navigation",
    """
r = st.select_slider("R", ["a", "b", "c", "d"], value=("a", "b"), key="r", bind="query-params")
s = st.select_slider("S", ["a", "b"], key="s", bind="query-params")
st.write(r, s)
""",
    "at.query_params['r'] = ['c', 'c']; at.query_params['s'] = ['b', 'zz']; at.run()",
    "at.select_slider[0].set_range('a', 'd').run()",
)
case(
    "nav_bind_color_and_feedback",
    "navigation",
    """
c = st.color_picker("C", "#00ff00", key="c", bind="query-params")
d = st.color_picker("D", key="d", bind="query-params")
f = st.feedback("stars", key="f", bind="query-params")
g = st.feedback("thumbs", key="g", bind="query-params")
st.write(c, d, f, g, st.query_params.to_dict())
""",
    "at.query_params['c'] = 'ff0000'; at.query_params['d'] = 'red'; "
    "at.query_params['f'] = '3'; at.query_params['g'] = '4'; at.run()",
)
case(
    "nav_bind_pills_and_segmented",
    "navigation",
    """
size = st.pills("Size", ["s", "m", "l"], default="m", key="size", bind="query-params")
mode = st.segmented_control("Mode", ["a", "b"], key="mode", bind="query-params")
tags = st.pills("Tags", ["x", "y", "z"], selection_mode="multi", key="tags", bind="query-params")
st.write(size, mode, tags)
""",
    "at.query_params['size'] = 'l'; at.query_params['mode'] = 'c'; "
    "at.query_params['tags'] = ['z', 'q', 'x']; at.run()",
    "at.pills[0].select('s').run()",
    "at.pills[0].select('m').run()",
    "at.segmented_control[0].select('b').run()",
)


# --- st.data_editor -------------------------------------------------------------------------
# AppTest cannot type into a grid; a keyed editor's edits are set through its session state.

_EDITOR_DATA = """
import datetime as dt
import numpy as np
import pandas as pd
import pyarrow as pa
df = pd.DataFrame({"n": [1, 2, 3], "s": ["x", "y", "z"], "b": [True, False, True]})
def show(label, out):
    st.write(label, type(out).__name__, repr(out))
"""

case(
    "editor_dataframe_edits",
    "data editor",
    _EDITOR_DATA
    + """
out = st.data_editor(df, key="ed", num_rows="dynamic")
show("frame", out)
st.write(dict(st.session_state["ed"]))
""",
    "at.run()",
    "at.session_state['ed'] = {'edited_rows': {0: {'n': 10, 's': 'q'}}, 'added_rows': "
    "[{'n': 7, 's': 'new', 'b': False}], 'deleted_rows': [1]}; at.run()",
    "at.run()",
)

case(
    "editor_fixed_index_shown",
    "data editor",
    _EDITOR_DATA
    + """
out = st.data_editor(df.set_index("s"), key="ed")
show("frame", out)
""",
    "at.run()",
    "at.session_state['ed'] = {'edited_rows': {2: {'n': 30, 'b': False}}, 'added_rows': [], "
    "'deleted_rows': []}; at.run()",
)

for _name, _data, _edits in (
    ("list", "[1, 2, 3]", "{0: {'value': 5}}"),
    ("tuple", "(1, 2, 3)", "{1: {'value': 5}}"),
    ("set", "{1, 2, 3}", "{0: {'value': 9}}"),
    ("key_value_dict", "{'a': 1, 'b': 2}", "{1: {'value': 5}}"),
    ("column_dict", "{'a': [1, 2], 'b': ['u', 'v']}", "{1: {'b': 'w'}}"),
    ("records", "[{'a': 1, 'b': 'u'}, {'a': 2, 'b': 'v'}]", "{0: {'a': 4}}"),
    ("rows", "[[1, 2], [3, 4]]", "{1: {'0': 8}}"),
    ("numpy_1d", "np.array([1.5, 2.5])", "{0: {'value': 0.5}}"),
    ("numpy_2d", "np.array([[1, 2], [3, 4]])", "{0: {'1': 9}}"),
    ("series", "pd.Series([1, 2], name='s')", "{1: {'s': 5}}"),
    ("index", "pd.Index([1, 2], name='i')", "{0: {'i': 5}}"),
    ("styler", "df.style.highlight_max()", "{0: {'s': 'w'}}"),
    ("arrow", "pa.table({'a': [1, 2], 'b': ['u', 'v']})", "{0: {'b': 'w'}}"),
):
    case(
        f"editor_returns_{_name}",
        "data editor",
        _EDITOR_DATA + f"out = st.data_editor({_data}, key='ed')\nshow('{_name}', out)\n",
        "at.run()",
        f"at.session_state['ed'] = {{'edited_rows': {_edits}, 'added_rows': [], "
        "'deleted_rows': []}; at.run()",
    )

case(
    "editor_state_assignment_refused",
    "data editor",
    _EDITOR_DATA
    + """
st.session_state["ed"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
st.data_editor(df, key="ed")
""",
)

case(
    "editor_bad_column_config_type",
    "data editor",
    _EDITOR_DATA + "st.write('before')\nst.data_editor(df, column_config={'n': 5})\n",
)

case(
    "editor_incompatible_column_type",
    "data editor",
    _EDITOR_DATA + "st.data_editor(df, column_config={'b': st.column_config.DateColumn('When')})\n",
)

case(
    "editor_bad_chart_color",
    "data editor",
    "st.write('before')\nst.column_config.LineChartColumn('x', color='pinkish')\n",
)

case(
    "editor_column_config_shapes",
    "data editor",
    """
cc = st.column_config
st.write(cc.NumberColumn("P", min_value=0, max_value=10, format="%d", required=True, default=3))
st.write(cc.SelectboxColumn("S", options=["a", "b"], default="a"))
st.write(cc.MultiselectColumn("M", options=["a", "b"], color="red"))
st.write(cc.ProgressColumn("p", min_value=0, max_value=100))
st.write(cc.LineChartColumn("l", y_min=0), cc.BarChartColumn(), cc.AreaChartColumn(color="#ff0000"))
st.write(cc.TextColumn("t", validate="^[a-z]+$", max_chars=5), cc.LinkColumn(display_text="x"))
st.write(cc.Column("c", width="small", pinned=True), cc.CheckboxColumn(default=True))
st.write(cc.ImageColumn("i"), cc.JsonColumn(), cc.ListColumn(default=["a"]))
""",
)

case(
    "editor_duplicate_columns",
    "data editor",
    "import pandas as pd\nst.data_editor(pd.DataFrame([[1, 2]], columns=['a', 'a']))\n",
)

case(
    "editor_bad_num_rows",
    "data editor",
    "st.data_editor([1, 2], num_rows='many')\n",
)

# --- st.dataframe selections ----------------------------------------------------------------
# AppTest cannot click a grid; a keyed dataframe's selection is set through its session state.

_FRAME = """
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
def show(event):
    st.write(type(event).__name__, type(event.selection).__name__, repr(event))
    st.write(event.selection.rows, event["selection"]["columns"], event.selection.cells)
"""

case(
    "dataframe_selection_default_filtered",
    "dataframe selections",
    _FRAME
    + """
ev = st.dataframe(df, key="k", on_select="rerun",
                  selection_mode=["multi-row", "single-column", "single-cell"],
                  selection_default={"selection": {"rows": [2, 0, 9, 2], "columns": ["b", "zz", "a"],
                                                   "cells": [[1, "a"], [0, "b"]]}})
show(ev)
st.write(repr(st.session_state.k))
""",
)

case(
    "dataframe_selection_required_row",
    "dataframe selections",
    _FRAME + 'show(st.dataframe(df, on_select="rerun", selection_mode="single-row-required"))\n',
)

case(
    "dataframe_selection_empty_and_ignore",
    "dataframe selections",
    _FRAME
    + """
show(st.dataframe(df, on_select="rerun"))
st.dataframe(df, key="plain")
st.write(repr(st.session_state.to_dict()))
""",
)

case(
    "dataframe_selection_assigned",
    "dataframe selections",
    _FRAME
    + """
calls = st.session_state.setdefault("calls", [])
def pick(selection):
    st.session_state.k = {"selection": selection}
st.button("many", on_click=pick,
          args=({"rows": [1, 5, 2], "columns": ["b", "a", "q"], "cells": [[0, "a"]]},))
st.button("one", on_click=pick, args=({"rows": [0]},))
ev = st.dataframe(df, key="k", on_select=lambda: calls.append(1),
                  selection_mode=["single-row", "multi-column", "multi-cell"])
show(ev)
st.write(len(calls))
""",
    "at.run()",
    "at.button[0].click().run()",
    "at.run()",
    "at.button[1].click().run()",
    difference="an assigned selection is returned checked on every run, not only the first",
)

for _name, _call in (
    ("on_select_bad", "st.dataframe(df, on_select='bad')"),
    ("on_select_none", "st.dataframe(df, on_select=None)"),
    ("mode_unknown", "st.dataframe(df, on_select='rerun', selection_mode='bogus')"),
    (
        "mode_unknown_in_list",
        "st.dataframe(df, on_select='rerun', selection_mode=['multi-row', 'x'])",
    ),
    (
        "two_row_modes",
        "st.dataframe(df, on_select='rerun', selection_mode=['single-row', 'multi-row'])",
    ),
    (
        "three_row_modes",
        "st.dataframe(df, on_select='rerun', "
        "selection_mode=['single-row', 'multi-row', 'single-row-required'])",
    ),
    (
        "two_column_modes",
        "st.dataframe(df, on_select='rerun', selection_mode=['single-column', 'multi-column'])",
    ),
    (
        "two_cell_modes",
        "st.dataframe(df, on_select='rerun', selection_mode=['single-cell', 'multi-cell'])",
    ),
    ("default_without_select", "st.dataframe(df, selection_default={'selection': {'rows': [0]}})"),
    ("default_bad_shape", "st.dataframe(df, on_select='rerun', selection_default={'rows': [0]})"),
    ("lazy_with_select", "st.dataframe(df, lazy=True, on_select='rerun')"),
    ("lazy_styler", "st.dataframe(df.style, lazy=True, on_select='rerun')"),
    (
        "lazy_multiindex_columns",
        "st.dataframe(pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([('a', 'x'), "
        "('a', 'y')])), lazy=True)",
    ),
    (
        "assigned_bad_shape",
        "st.session_state.k = [1]\nst.dataframe(df, key='k', on_select='rerun')",
    ),
    ("column_config_bad", "st.dataframe(df, column_config={'a': 5})"),
    ("duplicate_columns", "st.dataframe(pd.DataFrame([[1, 2, 3]], columns=['a', 'b', 'a']))"),
):
    case(
        f"err_dataframe_{_name}",
        "dataframe selections",
        _FRAME + "st.write('before')\n" + _call + "\n",
    )

# --- input parameters: persist_state, required, accept_new_options, format ------------------

case(
    "persist_state_keeps_hidden_values",
    "stale widgets",
    """
show = st.checkbox("show", value=True)
if show:
    st.text_input("t", key="t", persist_state="session")
    st.slider("s", 0, 10, key="s", persist_state="page")
    st.number_input("n", key="n")
st.write(st.session_state.get("t"), st.session_state.get("s"), st.session_state.get("n"))
""",
    "at.run()",
    "at.text_input[0].input('hi'); at.slider[0].set_value(4); at.number_input[0].set_value(3); at.run()",
    "at.checkbox[0].uncheck().run()",
    "at.run()",
    "at.checkbox[0].check().run()",
)

case(
    "persist_state_session_state_write_while_hidden",
    "stale widgets",
    """
show = st.checkbox("show", value=True)
if st.button("set"):
    st.session_state.t = "written"
if show:
    st.text_input("t", key="t", persist_state="session")
st.write(st.session_state.get("t"))
""",
    "at.run()",
    "at.text_input[0].input('hi').run()",
    "at.checkbox[0].uncheck().run()",
    "at.button[0].click().run()",
    "at.run()",
    "at.checkbox[0].check().run()",
)

for name, call in [
    ("err_persist_state_without_key", 'st.text_input("t", persist_state="session")'),
    ("err_persist_state_value", 'st.radio("r", ["a"], key="r", persist_state="forever")'),
]:
    case(name, "errors", call)

case(
    "required_values_and_defaults",
    "defaults",
    """
a = st.selectbox("a", ["x", "y"], index=None, required=True)
b = st.number_input("b", value=None, required=True)
c = st.text_input("c", required=True)
d = st.text_area("d", "hi", required=True)
e = st.date_input("e", value=None, required=True)
f = st.time_input("f", value=None, required=True)
g = st.pills("g", ["p", "q"], required=True, default="q")
h = st.segmented_control("h", ["p", "q"], required=True)
st.write(repr((a, b, c, d, e, f, g, h)))
""",
    "at.run()",
    "at.selectbox[0].select('y'); at.number_input[0].set_value(2); at.text_input[0].input('z'); at.run()",
)

case(
    "err_required_multi_pills",
    "errors",
    'st.pills("p", ["a", "b"], selection_mode="multi", required=True)',
)

case(
    "wrap_values",
    "defaults",
    """
st.checkbox("c", wrap=False)
st.toggle("t", wrap=True)
st.button("b", wrap=True)
st.multiselect("m", ["x"], wrap=False)
st.segmented_control("s", ["x"], wrap=False)
with st.form("f"):
    st.form_submit_button("go", wrap=False)
""",
)

case(
    "required_form_field_apptest_sends_anyway",
    "errors",
    """
with st.form("f"):
    n = st.text_input("n", required=True)
    d = st.date_input("d", value=None, required=True)
    s = st.form_submit_button("Send")
st.write(repr((s, n, d)))
""",
    "at.run()",
    "at.button[0].click().run()",
)

case(
    "text_input_validate_icon_types",
    "defaults",
    """
a = st.text_input("a", validate=(r"^\\d+$", "digits"), icon="🔥")
b = st.text_input("b", type="email")
c = st.number_input("c", icon=":material/thumb_up:")
d = st.selectbox("d", ["x", "y"], icon="spinner")
st.write(repr((a, b, c, d)))
""",
    "at.run()",
    "at.text_input[0].input('no digits'); at.text_input[1].input('not a mail'); at.run()",
)

case("err_text_input_validate_type", "errors", 'st.text_input("t", validate=5)')
case("err_text_input_validate_tuple", "errors", 'st.text_input("t", validate=("a", 1))')
case("err_number_input_icon", "errors", 'st.number_input("n", icon="nope")')

case(
    "date_time_formats",
    "defaults",
    """
import datetime
d = st.date_input("d", datetime.date(2024, 1, 5), format="DD.MM.YYYY")
r = st.date_input("r", (datetime.date(2024, 1, 5),), format="MM-DD-YYYY")
t = st.time_input("t", datetime.time(13, 30), format="12h")
u = st.time_input("u", datetime.time(8, 0), format="localized")
st.write(repr((d, r, t, u)))
""",
    "at.run()",
    "import datetime; at.date_input[0].set_value(datetime.date(2024, 2, 9)); "
    "at.time_input[0].set_value(datetime.time(21, 30)); at.run()",
)

case("err_date_input_format", "errors", 'st.date_input("d", format="YY")')

case(
    "persist_state_datetime_input_and_pagination",
    "stale widgets",
    """
import datetime as dt
show = st.checkbox("show", value=True)
if show:
    st.datetime_input("d", dt.datetime(2024, 1, 1, 9, 0), key="d", persist_state="session")
    st.pagination(8, key="p", persist_state="page")
    st.pagination(8, key="q")
st.write(str(st.session_state.get("d")), st.session_state.get("p"), st.session_state.get("q"))
""",
    "at.run()",
    "import datetime as dt; at.datetime_input[0].set_value(dt.datetime(2024, 5, 6, 7, 30)); "
    "at.pagination[0].set_value(3); at.pagination[1].set_value(5); at.run()",
    "at.checkbox[0].uncheck().run()",
    "at.run()",
    "at.checkbox[0].check().run()",
)

for name, call in [
    (
        "err_datetime_input_persist_state_without_key",
        'st.datetime_input("d", persist_state="page")',
    ),
    ("err_pagination_persist_state_without_key", 'st.pagination(3, persist_state="session")'),
    ("err_pagination_persist_state_value", 'st.pagination(3, key="p", persist_state="always")'),
]:
    case(name, "errors", call)

case(
    "datetime_input_required_and_format",
    "defaults",
    """
import datetime as dt
a = st.datetime_input("a", value=None, required=True)
b = st.datetime_input("b", dt.datetime(2024, 1, 5, 8, 0), format="DD.MM.YYYY", required=True)
c = st.datetime_input("c", dt.datetime(2024, 1, 5, 8, 0), format="MM-DD-YYYY", key="c")
st.write(repr((a, b, c)))
""",
    "at.run()",
    "import datetime as dt; at.datetime_input[0].set_value(dt.datetime(2024, 3, 3, 17, 5)); "
    "at.datetime_input[1].set_value(dt.datetime(2024, 2, 9, 21, 30)); at.run()",
)

case(
    "datetime_input_required_in_a_form_apptest_sends_anyway",
    "forms",
    """
with st.form("f"):
    d = st.datetime_input("d", value=None, required=True)
    s = st.form_submit_button("Send")
st.write(repr((s, d)))
""",
    "at.run()",
    "at.button[0].click().run()",
)

case("err_datetime_input_format", "errors", 'st.datetime_input("d", format="YY")')
case("err_menu_button_wrap_type", "errors", 'st.menu_button("m", ["a"], wrap="yes")')
case("err_datetime_input_format_type", "errors", 'st.datetime_input("d", format=3)')
case("err_date_input_format_type", "errors", 'st.date_input("d", format=3)')
case("err_time_input_format", "errors", 'st.time_input("t", format="x")')

case(
    "accept_new_options_values",
    "defaults",
    """
a = st.selectbox("a", ["Red", "Blue"], accept_new_options=True)
m = st.multiselect("m", ["Red", "Blue"], accept_new_options=True)
st.write(repr((a, m)))
""",
    "at.run()",
    "at.selectbox[0].set_value('Blue'); at.multiselect[0].set_value(['Blue', 'Pink']); at.run()",
    "at.multiselect[0].unselect('Pink'); at.run()",
)

case(
    "accept_new_options_session_state",
    "session state",
    """
st.session_state.setdefault("k", "typed before")
k = st.selectbox("k", ["Red", "Blue"], key="k", accept_new_options=True)
st.write(repr(k))
""",
)

case(
    "shortcut_buttons_click",
    "buttons",
    """
a = st.button("a", shortcut="Ctrl+K")
with st.form("f"):
    s = st.form_submit_button("s", shortcut="Enter")
st.write(repr((a, s)))
""",
    "at.run()",
    "at.button[0].click().run()",
)

for name, call in [
    ("err_shortcut_type", 'st.button("b", shortcut=3)'),
    ("err_shortcut_reserved", 'st.button("b", shortcut="Ctrl+R")'),
    ("err_shortcut_two_keys", 'st.button("b", shortcut="a+b")'),
    ("err_shortcut_only_modifiers", 'st.button("b", shortcut="Shift")'),
]:
    case(name, "errors", call)

case("err_multiselect_select_all_value", "errors", 'st.multiselect("m", ["a"], select_all=-1)')
case("err_multiselect_select_all_type", "errors", 'st.multiselect("m", ["a"], select_all="x")')

case(
    "filter_mode_values",
    "defaults",
    """
p = st.selectbox("p", ["Apple", "Pineapple", "Apricot"], filter_mode="prefix")
c = st.selectbox("c", ["Apple", "Pineapple"], filter_mode="contains", index=None)
n = st.selectbox("n", ["Apple", "Pineapple"], filter_mode=None)
st.write(repr((p, c, n)))
""",
    "at.run()",
    "at.selectbox[0].set_value('Apricot'); at.selectbox[1].select('Pineapple'); at.run()",
)

case("err_filter_mode_value", "errors", 'st.selectbox("s", ["a"], filter_mode="x")')
case(
    "err_filter_mode_none_with_new_options",
    "errors",
    'st.selectbox("s", ["a"], filter_mode=None, accept_new_options=True)',
)


# --- charts ---------------------------------------------------------------------------------

_CHART_DATA = """
import altair as alt
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2], "g": ["x", "y", "x"]})
"""
_SELECTABLE = (
    _CHART_DATA
    + """
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(
    alt.selection_point(name="p", fields=["a"]), alt.selection_interval(name="q"))
"""
)
_SPEC = """{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}},
 "params": [{"name": "pick", "select": {"type": "point", "fields": ["a"]}}]}"""

case(
    "charts_simple_are_vega_lite",
    "charts",
    _CHART_DATA
    + """
st.line_chart(df, x="a", y="b")
st.area_chart(df, y=["a", "b"], stack="normalize")
st.bar_chart(df, x="g", y="b", horizontal=True)
st.scatter_chart(df, x="a", y="b", color="g", size="b")
st.write(alt.Chart(df).mark_bar().encode(x="a"))
st.altair_chart(alt.Chart(df).mark_line().encode(x="a", y="b"), theme=None)
st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a"}}}, height=200)
""",
)

case(
    "charts_selection_state",
    "charts",
    _SELECTABLE
    + """
event = st.altair_chart(chart, on_select="rerun", key="ch")
st.write(event, type(event).__name__, event.selection.p, event["selection"]["q"])
st.write(sorted(st.session_state.keys()), "ch" in st.session_state)
""",
    "at.run()",
    "at.run()",
)

case(
    "charts_selection_mode_and_keyless",
    "charts",
    _SELECTABLE
    + """
one = st.altair_chart(chart, on_select="rerun", selection_mode="q")
both = st.altair_chart(chart, on_select=lambda: None, selection_mode=["q", "p"], key="both")
spec = st.vega_lite_chart(df, """
    + _SPEC
    + """, on_select="rerun", key="spec")
st.write(one, both, spec)
""",
)

case(
    "charts_selection_without_params",
    "charts",
    _CHART_DATA + 'st.altair_chart(alt.Chart(df).mark_bar().encode(x="a"), on_select="rerun")',
)
case(
    "charts_selection_mode_unknown",
    "charts",
    _SELECTABLE + 'st.altair_chart(chart, on_select="rerun", selection_mode=["p", "nope"])',
)
case("charts_on_select_bad", "charts", _SELECTABLE + 'st.altair_chart(chart, on_select="yes")')
case("charts_theme_bad", "charts", _SELECTABLE + 'st.altair_chart(chart, theme="dark")')
case(
    "charts_vega_lite_without_spec",
    "charts",
    "st.write('before')\nst.vega_lite_chart(None, None)",
)
case(
    "charts_selection_state_not_writable",
    "charts",
    _SELECTABLE
    + """
st.session_state.ch = {"selection": {"p": [{"a": 1}]}}
st.altair_chart(chart, on_select="rerun", key="ch")
""",
)
case(
    "charts_selection_callback_in_form",
    "charts",
    _SELECTABLE
    + """
with st.form("f"):
    st.altair_chart(chart, on_select=lambda: None)
    st.form_submit_button()
""",
)
case(
    "charts_selection_duplicate",
    "charts",
    _SELECTABLE
    + """
st.altair_chart(chart, on_select="rerun")
st.altair_chart(chart, on_select="rerun")
""",
)
case(
    "charts_selection_state_is_read_only",
    "charts",
    _SELECTABLE
    + """
event = st.altair_chart(chart, on_select="rerun", key="ch")
st.write(type(event.selection).__name__, event.selection.p, dict(event))
try:
    event.selection.nope
except AttributeError as exc:
    st.write(str(exc))
event["selection"]["p"] = [1]
""",
)
case(
    "charts_selection_state_type",
    "charts",
    _SELECTABLE
    + """
from streamlit.typing import VegaLiteState
event = st.vega_lite_chart(chart.to_dict(), on_select="rerun", selection_mode="p")
st.write(isinstance(event, VegaLiteState), isinstance(event, dict))
""",
)

# --- Plotly charts --------------------------------------------------------------------------

_PLOTLY = """
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
"""

case(
    "plotly_charts_without_selections",
    "charts",
    _PLOTLY
    + """
st.plotly_chart(fig)
st.plotly_chart(fig, key="k", theme=None, width="content", height=300, alt="Three points")
st.plotly_chart({"data": [{"type": "bar", "y": [1, 2]}]}, config={"displayModeBar": False})
st.write("done")
""",
)
case(
    "plotly_selection_state",
    "charts",
    _PLOTLY
    + """
event = st.plotly_chart(fig, on_select="rerun", key="ch")
st.write(event, type(event).__name__, type(event.selection).__name__)
st.write(event.selection.points, event["selection"]["point_indices"], event.selection.box)
st.write(sorted(st.session_state.keys()), "ch" in st.session_state, dict(st.session_state.ch))
""",
    "at.run()",
    "at.run()",
)
case(
    "plotly_selection_modes_and_keyless",
    "charts",
    _PLOTLY
    + """
one = st.plotly_chart(fig, on_select="rerun", selection_mode="box")
two = st.plotly_chart(fig, on_select=lambda: None, selection_mode=("lasso", "points"), key="two")
three = st.plotly_chart(fig, on_select="rerun", selection_mode=[])
st.write(one, two.selection.lasso, three)
""",
)
case(
    "plotly_selection_mode_unknown",
    "charts",
    _PLOTLY + 'st.plotly_chart(fig, on_select="rerun", selection_mode=["points", "drag"])',
)
case("plotly_on_select_bad", "charts", _PLOTLY + 'st.plotly_chart(fig, on_select="yes")')
case("plotly_on_select_none", "charts", _PLOTLY + "st.plotly_chart(fig, on_select=None)")
case("plotly_theme_bad", "charts", _PLOTLY + 'st.plotly_chart(fig, theme="dark")')
case("plotly_not_a_figure", "charts", "st.write('before')\nst.plotly_chart('x')")
case(
    "plotly_duplicate_charts",
    "charts",
    _PLOTLY + "st.write('before')\nst.plotly_chart(fig)\nst.plotly_chart(fig)",
)
case(
    "plotly_duplicate_keys",
    "charts",
    _PLOTLY + 'st.plotly_chart(fig, key="a")\nst.plotly_chart(fig, key="a", height=200)',
)
case(
    "plotly_selection_state_not_writable",
    "charts",
    _PLOTLY
    + 'st.session_state.ch = {"selection": {}}\nst.plotly_chart(fig, on_select="rerun", key="ch")',
)
case(
    "plotly_selection_callback_in_form",
    "charts",
    _PLOTLY
    + """
with st.form("f"):
    st.plotly_chart(fig, on_select=lambda: None)
    st.form_submit_button()
""",
)
case(
    "plotly_selection_state_is_read_only",
    "charts",
    _PLOTLY
    + """
from streamlit.typing import PlotlyState
event = st.plotly_chart(fig, on_select="rerun", key="ch")
st.write(isinstance(event, PlotlyState), isinstance(event, dict))
try:
    event.selection.nope
except AttributeError as exc:
    st.write(str(exc))
event["selection"]["points"] = [1]
""",
)
case(
    "plotly_from_matplotlib",
    "charts",
    """
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig = plt.figure()
fig.gca().plot([1, 2])
st.plotly_chart(fig)
st.write("converted")
""",
)
