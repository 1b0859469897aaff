"""A fragment that makes its own columns and tabs writes into them as into anything it made: no
wrapper in a full run, no "container created outside it" error when it reruns alone (the live
board notebook's fragment, found by the browser tests)."""

from __future__ import annotations

import ipywidgets as w

from tests.support.inprocess import Harness

APP = """
st.session_state.setdefault("outer", 0)
st.session_state.outer += 1
st.write(f"outer runs {st.session_state.outer}")


@st.fragment
def part():
    st.session_state.inner = st.session_state.get("inner", 0) + 1
    left, right = st.columns([1, 3])
    left.metric("Runs", st.session_state.inner)
    right.write(f"right {st.session_state.inner}")
    first, second = st.tabs(["First", "Second"])
    first.write(f"first tab {st.session_state.inner}")
    with second:
        st.button("Again")


part()
"""


def test_a_fragment_writes_into_its_own_columns_and_tabs() -> None:
    h = Harness(APP)
    assert not h.errors()
    assert not h.elements("fragment_wrapper")  # nothing it wrote went "outside"
    for runs in (2, 3):
        h.click(h.find(w.Button, "Again"))  # the fragment reruns alone
        assert not h.errors(), h.errors()
        assert f"right {runs}" in h.text() and f"first tab {runs}" in h.text()
        assert not h.elements("fragment_wrapper")
    assert h.app.fragment_runs == 2
    assert "outer runs 1" in h.text()  # nothing outside the fragment ran
