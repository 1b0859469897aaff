"""Bad parameters, call by call: rerunner must raise what Streamlit 1.67 raises, word for word.

Each case runs under Streamlit's own AppTest and under rerunner; the exception messages shown
in the app (or their absence) must agree. A real-kernel test then runs every case as a cell and
shows the kernel and the session state survive them all.
"""

from __future__ import annotations

import pytest

from tests.support.inprocess import Harness
from tests.support.kernel_client import KernelSession, new_cell_id

CASES: dict[str, list[str]] = {
    "button": [
        "st.button(None)",
        'st.button("b", key=["x"])',
        'st.button("b", on_click=5)',
        'st.button("b", type="big")',
        'st.button("b", args=5, on_click=print)',
        'st.button("b", width=-1)',
        'st.button("b", width="huge")',
        'st.button("b", use_container_width=True)',
        'st.button("b", icon="x")',
        'st.button("b", help=5)',
    ],
    "checkbox": [
        'st.checkbox("c", value="yes")',
        'st.checkbox("c", value=None)',
        'st.checkbox("c", label_visibility="gone")',
        'st.checkbox("c", on_change=3)',
        "st.checkbox(None)",
        'st.checkbox("c", width=0)',
        'st.toggle("t", value=2)',
        'st.toggle("t", label_visibility=None)',
    ],
    "radio": [
        'st.radio("r", [])',
        'st.radio("r", [], index=3)',
        'st.radio("r", ["a"], index=1)',
        'st.radio("r", ["a"], index=-1)',
        'st.radio("r", ["a"], index=1.0)',
        'st.radio("r", ["a"], index=None)',
        'st.radio("r", ["a"], format_func=len)',
        'st.radio("r", ["a","b"], captions=["x"])',
        'st.radio("r", ["a"], captions=[1])',
        'st.radio("r", 5)',
        'st.radio("r", None)',
        'st.radio("r", "abc")',
        'st.radio("r", ["a", "a"])',
    ],
    "selectbox": [
        'st.selectbox("s", [])',
        'st.selectbox("s", ["a"], index=5)',
        'st.selectbox("s", ["a"], index=True)',
        'st.selectbox("s", ["a", "b"], index=True)',
        'st.selectbox("s", ["a"], index="0")',
        'st.selectbox("s", ["a"], format_func=lambda x: 1)',
        'st.selectbox("s", {"k": 1})',
        'st.selectbox("s", 3)',
        'st.selectbox("s", ["a"], placeholder=5)',
    ],
    "slider": [
        'st.slider("s", 5, 5)',
        'st.slider("s", 10, 0)',
        'st.slider("s", 0, 10, 20)',
        'st.slider("s", 0, 10.0)',
        'st.slider("s", 0, 10, 5.0)',
        'st.slider("s", 0, 10, step=0)',
        'st.slider("s", 0, 10, step=-1)',
        'st.slider("s", value="a")',
        'st.slider("s", 0, 10, [1,2,3])',
        'st.slider("s", 0, 10, [])',
        'st.slider("s", 0, 10, [4])',
        'st.slider("s", 0.0, 1.0, step=0.3)',
        'st.slider("s", True, False)',
        'st.slider("s", 0, 10, (2, 8), step=3)',
        'st.slider("s", format=5)',
        'st.slider("s", 0, 10, label_visibility="x")',
        'st.session_state.k = 50\nst.slider("s", 0, 10, key="k")',
    ],
    "number_input": [
        'st.number_input("n", 10, 0)',
        'st.number_input("n", 0, 10, 20)',
        'st.number_input("n", 5, 10, 1)',
        'st.number_input("n", 0, 10.0)',
        'st.number_input("n", 0, 10, 5, 0.5)',
        'st.number_input("n", format="abc")',
        'st.number_input("n", value=2**60)',
        'st.number_input("n", value="x")',
        'st.number_input("n", step=0)',
        'st.number_input("n", value=None, min_value=1)',
        'st.number_input("n", format="%d", value=1.5)',
        'st.number_input("n", -1.0, step=-0.5)',
    ],
    "text": [
        'st.text_input("t", type="foo")',
        'st.text_input("t", max_chars=0)',
        'st.text_input("t", max_chars=-1)',
        'st.text_input("t", value=5)',
        'st.text_input("t", value=["a"])',
        'st.text_input("t", label_visibility="")',
        'st.text_input("t", "abcdef", max_chars=3)',
        'st.text_area("t", height=10)',
        'st.text_area("t", value=3)',
        'st.text_area("t", max_chars=2, value="abc")',
    ],
    "choices": [
        'st.multiselect("m", ["a"], default=["z"])',
        'st.multiselect("m", ["a","b"], default=["a","b"], max_selections=1)',
        'st.multiselect("m", ["a"], default="a")',
        'st.multiselect("m", [], default=None)',
        'st.multiselect("m", ["a"], max_selections=0)',
        'st.multiselect("m", 5)',
        'st.select_slider("s", [])',
        'st.select_slider("s", ["a"], value="z")',
        'st.select_slider("s", ["a","b"], value=("a","z"))',
        'st.select_slider("s", ["a","b","c"], value=("c","a"))',
    ],
    "pickers": [
        'st.color_picker("c", "red")',
        'st.color_picker("c", 5)',
        'st.color_picker("c", "#12")',
        'st.color_picker("c", "#abc")',
        'import datetime\nst.date_input("d", datetime.date(2024,1,5), min_value=datetime.date(2024,2,1))',
        'st.date_input("d", "notadate")',
        'st.date_input("d", 5)',
        'import datetime\nst.date_input("d", [datetime.date(2024,1,1)]*3)',
        'st.time_input("t", "nope")',
        'st.time_input("t", 5)',
        'st.time_input("t", step=10)',
    ],
    "elements": [
        "st.markdown(5)",
        "st.markdown(None)",
        'st.markdown("x", unsafe_allow_html="yes")',
        'st.title("t", anchor=True)',
        'st.title("t", anchor=5)',
        'st.header("h", divider="pink")',
        'st.subheader("h", divider=True)',
        "st.code(5)",
        'st.code("x", language=None)',
        'st.json("not json")',
        "st.json({1, 2})",
        "st.json(object())",
        'st.success("x", icon="bad")',
        "st.error(None)",
        "st.info(5)",
    ],
    "layout": [
        "st.columns(0)",
        "st.columns([1, -1])",
        'st.columns("2")',
        'st.columns(2, gap="huge")',
        'st.columns(2, vertical_alignment="middle")',
        "st.columns([])",
        "st.tabs([])",
        'st.tabs(["a", 1])',
        'st.tabs("ab")',
        "st.expander(None)",
        'st.expander("e", expanded="yes")',
        'st.empty().write("a", "b")',
        'st.text("a").write("b", "c")',
    ],
    "forms": [
        "st.form(None)",
        'with st.form("a"):\n    pass\nwith st.form("a"):\n    pass',
        "st.form_submit_button()",
        'with st.form("a"):\n    st.button("x")',
        'with st.form("a"):\n    st.slider("s", on_change=print)',
    ],
    "session_state": [
        'st.session_state[""] = 1',
        'st.session_state["$$ID-x"] = 1',
        "st.session_state.missing",
        'st.session_state["missing"]',
        "del st.session_state.missing",
        'st.text_input("t", key="k")\nst.session_state.k = "x"',
        'st.session_state.b = 1\nst.button("b", key="b")',
    ],
}
ALL = [(call, source) for call, sources in CASES.items() for source in sources]


def streamlit_messages(source: str) -> list[str]:
    from tests.support.reference import streamlit_app

    return [e.message for e in streamlit_app(source).exception]


def rerunner_messages(source: str) -> list[str]:
    return Harness(source).errors()


def test_the_sweep_is_wide() -> None:
    assert len(ALL) >= 130 and len(CASES) >= 12


@pytest.mark.parametrize(("call", "source"), ALL, ids=[f"{c}-{i}" for i, (c, _) in enumerate(ALL)])
def test_bad_input_gives_streamlits_error(call: str, source: str) -> None:
    assert rerunner_messages(source) == streamlit_messages(source)


def test_kernel_and_state_survive_every_bad_input(kernel: KernelSession) -> None:
    kernel.run("from rerunner import st\nst.session_state.keep = {'notes': [1, 2, 3]}")
    boxes = 0
    for _, source in ALL:
        exchange = kernel.execute("%%rerun\n" + source, cell_id=new_cell_id())
        assert not exchange.errors(), source  # the cell itself never fails: errors go in the app
        boxes += sum("rr-exception" in str(m["content"]) for m in exchange.of_type("comm_open"))
    assert boxes >= 100  # most cases showed a red box in their app
    alive = kernel.run("print(st.session_state.keep)").text()
    assert alive.strip() == "{'notes': [1, 2, 3]}"
