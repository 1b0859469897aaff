"""What a rerun reuses from the last one (widget plans, ids, session-state records, props,
descriptions) never hides a change: each test changes one thing a reused part depends on and
checks that the page and the values follow."""

from __future__ import annotations

import ipywidgets as w
import pytest

from rerunner.api import lib as lib_module, slider as slider_module, text as text_module
from rerunner.api.plans import planned
from rerunner.errors import StreamlitAPIException
from rerunner.identity import _hashed, compute_widget_id, fixed

from tests.support.inprocess import Harness


def test_a_plan_is_computed_once_per_distinct_arguments() -> None:
    plan = slider_module._slider_plan
    plan.cache_clear()
    first = plan("A", 0, 10, None, None, None, None, False, "visible", "stretch")
    again = plan("A", 0, 10, None, None, None, None, False, "visible", "stretch")
    floats = plan("A", 0.0, 10.0, None, None, None, None, False, "visible", "stretch")
    assert again is first
    assert floats is not first  # 0 == 0.0, but they make different sliders
    assert floats.serde.is_int is False and first.serde.is_int is True
    assert plan.cache_len() == 2


def test_equal_arguments_of_other_types_get_their_own_plan() -> None:
    @planned
    def kinds(*args: object) -> tuple[type, ...]:
        return tuple(map(type, args))

    # 1 == True == 1.0, and 0 == False: each call still gets the plan of its own arguments
    assert kinds(1, "a", None) == (int, str, type(None))
    assert kinds(True, "a", None) == (bool, str, type(None))
    assert kinds(1, "a", None) == (int, str, type(None))
    assert kinds(1.0, "a", None) == (float, str, type(None))
    assert kinds(0, False) == (int, bool)
    assert kinds(False, 0) == (bool, int)


def test_a_plan_that_fails_fails_on_every_call() -> None:
    h = Harness(
        'v = st.slider("Bad", 5, 5, key="bad") if st.session_state.get("bad_on", True) else 0\n'
        'st.write("after", v)\n'
    )
    assert h.exceptions() and "both set to 5" in h.errors()[0]
    h.app.run()
    assert h.exceptions() and "both set to 5" in h.errors()[0]
    with pytest.raises(StreamlitAPIException):
        slider_module._slider_plan("Bad", 5, 5, None, None, None, None, False, "visible", 1)


@pytest.mark.parametrize("value", [0.0, -0.0, 1, 1.0, True, "1", None])
def test_memoised_ids_are_the_ids_hashing_gives(value: object) -> None:
    params = {"label": "x", "value": value}
    where = ("app", "", 0)
    hashed = _hashed("slider", None, tuple(params.items()), where)
    assert compute_widget_id("slider", key=None, params=params, app="app") == hashed
    assert compute_widget_id("slider", key=None, params=params, app="app") == hashed


def test_ids_of_equal_values_of_other_types_differ() -> None:
    ids = [
        compute_widget_id("slider", key=None, params={"value": v}, app="a")
        for v in (1, 1.0, True, "1")
    ]
    assert len(set(ids[:3])) == 3
    assert ids[3] == ids[0]  # Streamlit hashes str(value): 1 and "1" are one widget
    zero = compute_widget_id("slider", key=None, params={"value": 0.0}, app="a")
    minus_zero = compute_widget_id("slider", key=None, params={"value": -0.0}, app="a")
    assert zero != minus_zero  # Streamlit hashes str(value): "0.0" and "-0.0"


def test_a_new_callback_each_run_is_the_one_called() -> None:
    h = Harness(
        "st.session_state.setdefault('runs', 0)\n"
        "st.session_state.runs += 1\n"
        "n = st.session_state.runs\n"
        "st.slider('S', 0, 10, key='s', on_change=lambda: st.session_state.update(seen=n))\n"
        "st.write('seen', st.session_state.get('seen'))\n"
    )
    h.app.run()  # run 2: the slider's callback now holds n == 2
    h.update(h.find(w.IntSlider, "S"), value=3)
    assert h.state["seen"] == 2
    h.update(h.find(w.IntSlider, "S"), value=4)
    assert h.state["seen"] == 3


def test_changed_args_reach_the_callback() -> None:
    h = Harness(
        "st.session_state.setdefault('arg', 'first')\n"
        "st.slider('S', 0, 10, key='s', args=(st.session_state.arg,),\n"
        "          on_change=lambda a: st.session_state.update(got=a))\n"
    )
    h.state["arg"] = "second"
    h.app.run()
    h.update(h.find(w.IntSlider, "S"), value=5)
    assert h.state["got"] == "second"


def test_a_value_set_from_code_moves_the_widget_though_its_props_are_reused() -> None:
    h = Harness(
        "v = st.slider('S', 0, 10, key='s')\n"
        "st.button('Reset', on_click=lambda: st.session_state.update(s=0))\n"
        "st.write('v is', v)\n"
    )
    slider = h.find(w.IntSlider, "S")
    h.update(slider, value=7)
    assert "v is 7" in h.text().replace("<code>", "").replace("</code>", "")
    h.click(h.find(w.Button, "Reset"))
    assert h.find(w.IntSlider, "S").value == 0


def test_text_found_again_by_place_follows_every_change() -> None:
    h = Harness(
        "kind = st.session_state.get('kind', 'markdown')\n"
        "getattr(st, kind)('same words')\n"
        "st.markdown(st.session_state.get('second', 'two'))\n"
    )
    first = h.main.children[0]
    assert "rr-caption" not in first.value
    h.state["kind"] = "caption"  # same props record, other kind: must be drawn again
    h.app.run()
    assert "rr-caption" in h.main.children[0].value
    h.state["second"] = "three"
    h.app.run()
    assert "three" in h.main.children[1].value


def test_text_records_are_reused_from_the_last_run_only() -> None:
    h = Harness(
        "st.write('always the same')\n"
        "st.session_state.n = st.session_state.get('n', 0) + 1\n"
        "st.write(f'run {st.session_state.n}')\n"
    )
    same = h.app.tree.children[0].props
    for _ in range(30):
        h.app.run()
    assert h.app.tree.children[0].props is same  # written every run: the one record
    assert h.app.tree.children[1].props.body == "run 31"
    # an ever-new text is held for two runs, not for the whole session
    kept = text_module._PLAIN_MARKDOWN
    _, now, last = kept._apps[h.app.app_id]
    assert ("run 31", False) in now and ("run 30", False) in last
    assert len(now) + len(last) <= 4


def test_apps_that_rerun_in_turn_keep_their_own_records() -> None:
    one = Harness("st.write('first app')\nst.slider('S', 0, 10, key='s')\n", app_id="one")
    two = Harness("st.write('second app')\nst.slider('S', 0, 10, key='s')\n", app_id="two")
    text = one.app.tree.children[0].props
    for _ in range(5):
        one.app.run()
        two.app.run()
    assert one.app.tree.children[0].props is text  # the other app's runs did not drop it
    _, now, last = lib_module._REPLAYS._apps["one"]
    [(key, record)] = now.items()
    assert last[key] is record  # the slider's call found its record again, run after run


def test_widgets_whose_plans_are_made_afresh_hold_two_runs_of_records() -> None:
    # a selectbox's options (a list) cannot be a memo key: its plan is new on every call
    h = Harness("st.selectbox('Pick', ['a', 'b'])\nst.slider('S', 0, 10, key='s')\n")
    for _ in range(30):
        h.app.run()
    _, now, last = lib_module._REPLAYS._apps[h.app.app_id]
    assert len(now) + len(last) <= 4
    assert h.find(w.Dropdown, "Pick").label == "a"


def test_widgets_of_a_new_id_every_run_hold_two_runs_of_props_and_values() -> None:
    # a keyless widget whose label counts the runs is a new widget (a new id) on every run:
    # its props record and checked value are kept for this run and the last, no longer
    h = Harness("n = st.session_state.setdefault('n', 0)\nst.session_state.n += 1\n"
                "st.slider(f'Run {n}', 0, 10, 3)\n")  # fmt: skip
    memos = (lib_module._LAST_PROPS, lib_module._LAST_CHECKED)
    before = [len(memo) for memo in memos]
    for _ in range(30):
        h.app.run()
    assert all(len(memo) <= n + 1 for memo, n in zip(memos, before, strict=True))  # not one per run
    assert h.find(w.IntSlider, "Run 30").value == 3


def test_a_table_changed_in_place_is_drawn_again() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"a": [1, 2]})
    h = Harness("st.table(frame)\n", namespace={"frame": frame})
    assert ">1<" in h.text() and ">99<" not in h.text()
    frame.loc[0, "a"] = 99  # the same object, changed: its props record equals itself
    h.app.run()
    assert ">99<" in h.text()


@pytest.mark.parametrize("key", [None, "k"])
@pytest.mark.parametrize("where", [("", 0), ("form1", 0), ("", 1)])
def test_ids_of_fixed_parameters_are_the_ids_of_the_same_dict(key, where) -> None:
    params = {"label": "x", "min_value": 0, "max_value": 10, "step": 1, "value": -0.0}
    planned = fixed(dict(params))
    for _ in range(2):  # the second call is answered from the mapping's own memo
        for kind in ("slider", "number_input"):
            expected = compute_widget_id(kind, key=key, params=params, app="a",
                                         key_params=("min_value",), form=where[0], root=where[1])  # fmt: skip
            got = compute_widget_id(kind, key=key, params=planned, app="a",
                                    key_params=("min_value",), form=where[0], root=where[1])  # fmt: skip
            assert got == expected


def test_a_text_input_validation_rule_follows_its_argument() -> None:
    h = Harness(
        "rule = st.session_state.get('rule', r'^\\d+$')\n"
        "st.text_input('Code', key='code', validate=rule)\n"
    )
    first = h.app.tree.walk()
    rule = [el.props.validate for el in first if el.kind == "text_input"]
    assert rule == [(r"^\d+$", rule[0][1])]
    h.state["rule"] = r"^[a-z]+$"
    h.app.run()
    rule = [el.props.validate for el in h.app.tree.walk() if el.kind == "text_input"]
    assert rule[0][0] == r"^[a-z]+$"


def test_widgets_closed_in_the_kernel_are_built_again_by_the_next_render() -> None:
    # The render passes over a widget whose description is unchanged unless something marked
    # it: closing it (its comm set to None) must, as the front end changing its value must.
    h = Harness('n = st.slider("n", 0, 10, key="n")\nst.write("fixed text")')
    slider = h.find(w.IntSlider, "n")
    [text] = [x for x in h.all() if isinstance(x, w.HTML) and "fixed text" in x.value]
    text.close()
    slider.close()
    h.app.request_rerun()
    [again] = [x for x in h.all() if isinstance(x, w.HTML) and "fixed text" in x.value]
    assert again is not text and again.comm is not None
    rebuilt = h.find(w.IntSlider, "n")
    assert rebuilt is not slider and rebuilt.comm is not None
    h.update(rebuilt, value=7)  # and the new one is bound
    assert h.state["n"] == 7
