"""Fragment runs in process, compared with what ``streamlit run`` does (Streamlit 1.67's
``runtime/state/session_state.py``, ``runtime/scriptrunner/script_runner.py``):

* a callback's targeted rerun (``st.rerun("key")``, ``st.rerun(scope="fragment")``) replays the
  interaction's clicks into the fragment run it asks for, so a button whose callback reran its
  fragment reads True there, and its callback does not run twice;
* what a callback writes goes where Streamlit's callbacks write, the top of the app's main area:
  in a full run above the body's elements, in a fragment run in place of the elements at the top
  of the page (Streamlit's "those elements will replace the existing elements at the top of your
  app"), never into the fragment;
* ``print()`` in a ``parallel=True`` fragment lands in that fragment, as its elements do;
* a fragment's writes into containers made outside it are replaced in place on its reruns, and
  Streamlit's errors come where its last full run reserved no place, or from a parallel one;
* nested fragments rerun alone, the outer one with the inner one inline, and
  ``st.rerun(scope="fragment")`` in a fragment's body reruns that fragment alone again.
"""

from __future__ import annotations

import ipywidgets as w

from rerunner.runtime.context import OUTSIDE_PARALLEL, OUTSIDE_WITHOUT_PLACE

from tests.support.inprocess import Harness


def markdown(h: Harness) -> list[str]:
    return [el.props.body for el in h.elements("markdown")]


def fragment_texts(h: Harness) -> list[list[str]]:
    """The markdown bodies inside each fragment container, in page order."""
    return [
        [el.props.body for el in frag.walk() if el.kind == "markdown"]
        for frag in h.elements("fragment")
    ]


KEYED = """
st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("callbacks", 0)
st.session_state.app_runs += 1
st.write("top")

def again():
    st.session_state.callbacks += 1
    st.write("written before the rerun")
    st.rerun("part")

@st.fragment(key="part")
def part():
    if st.button("Go", key="go", on_click=again):
        st.write("clicked in the fragment run")
    st.write(f"go reads {st.session_state.go}")

part()
st.write("end")
"""


def test_a_keyed_rerun_from_a_callback_carries_the_click_into_the_fragment_run() -> None:
    h = Harness(KEYED)
    assert "go reads False" in markdown(h)
    h.click(h.find(w.Button, "Go"))
    assert not h.errors(), h.errors()
    assert fragment_texts(h) == [["clicked in the fragment run", "go reads True"]]
    assert h.state["callbacks"] == 1  # the replayed click does not call the callback again
    assert h.state["app_runs"] == 1  # nothing outside the fragment ran
    assert "clicked in the fragment run" in h.text()
    # what the callback wrote before its rerun stays, at the top, as Streamlit's browser keeps it
    assert markdown(h)[0] == "written before the rerun" and "top" not in markdown(h)
    assert "written before the rerun" in h.text()
    h.app.request_rerun()  # the next run: the click is over
    assert "go reads False" in markdown(h) and markdown(h)[0] == "top"
    assert "clicked in the fragment run" not in markdown(h)


SCOPED = """
st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1

@st.fragment
def part():
    st.button("Save", key="save", on_click=lambda: st.rerun(scope="fragment"))
    st.write(f"save reads {st.session_state.save}")

part()
"""


def test_a_fragment_scoped_rerun_from_a_callback_carries_the_click() -> None:
    h = Harness(SCOPED)
    h.click(h.find(w.Button, "Save"))
    assert not h.errors(), h.errors()
    assert "save reads True" in markdown(h)
    assert h.state["app_runs"] == 1


CALLBACK_WRITES = """
st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write("first")
st.write("second")

def saved():
    st.write("written by the callback")

@st.fragment
def part():
    st.button("Save", on_click=saved)
    st.write("inside")

part()
st.button("Outside", on_click=saved)
"""


def test_callback_writes_go_to_the_top_of_the_app_in_full_and_fragment_runs() -> None:
    h = Harness(CALLBACK_WRITES)
    h.click(h.find(w.Button, "Outside"))  # a full run: above the body's elements
    assert markdown(h)[:3] == ["written by the callback", "first", "second"]
    assert fragment_texts(h) == [["inside"]]

    h.app.request_rerun()
    assert markdown(h)[:2] == ["first", "second"]
    h.click(h.find(w.Button, "Save"))  # a fragment run: in place of the top element
    assert h.state["app_runs"] == 3
    assert markdown(h) == ["written by the callback", "second", "inside"]
    assert fragment_texts(h) == [["inside"]]  # not in the fragment
    assert "written by the callback" in h.text() and "first" not in h.text()  # drawn so

    h.click(h.find(w.Button, "Save"))  # again: the same place, nothing piles up
    assert markdown(h) == ["written by the callback", "second", "inside"]
    h.app.request_rerun()  # a full run puts the page back
    assert markdown(h) == ["first", "second", "inside"]
    assert "first" in h.text() and "written by the callback" not in h.text()


PARALLEL = """
import threading
st.session_state.setdefault("release", threading.Event())

@st.fragment(parallel=True)
def worker():
    st.write("worker element")
    print("printed by the parallel fragment")

worker()
st.write("body element")
print("printed by the body")
"""


def test_print_in_a_parallel_fragment_lands_in_the_fragment() -> None:
    h = Harness(PARALLEL)
    assert not h.errors(), h.errors()
    (frag,) = h.elements("fragment")
    inside = [el.props.text for el in frag.walk() if el.kind == "stream"]
    assert inside == ["printed by the parallel fragment\n"]
    outside = [
        el.props.text for el in h.app.tree.children if el.kind == "stream"
    ]  # the main area's own prints
    assert outside == ["printed by the body\n"]


OUTSIDE = """
st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("late", False)
st.session_state.app_runs += 1
box = st.container()

@st.fragment
def part():
    st.sidebar.write(f"sidebar {st.session_state.get('n', 0)}")
    if st.session_state.late:
        box.write("late write")
    st.button("Count", on_click=lambda: st.session_state.update(n=st.session_state.get("n", 0) + 1))
    st.button("Late", on_click=lambda: st.session_state.update(late=True))

part()
st.sidebar.write("body's sidebar")
"""


def test_a_fragment_writes_outside_only_where_its_last_full_run_did() -> None:
    h = Harness(OUTSIDE)
    for n in (1, 2):  # its sidebar write is replaced in place, nothing outside it runs
        h.click(h.find(w.Button, "Count"))
        sidebar = [el.props.body for el in h.app.tree.walk() if el.kind == "markdown"]
        assert sidebar == [f"sidebar {n}", "body's sidebar"]
        assert h.state["app_runs"] == 1
        assert f"sidebar {n}" in h.text()
    h.click(h.find(w.Button, "Late"))  # a container it did not write to in the last full run
    assert h.state["app_runs"] == 1
    assert h.errors() == [OUTSIDE_WITHOUT_PLACE]
    (frag,) = h.elements("fragment")
    assert [el.kind for el in frag.walk() if el.kind == "exception"] == ["exception"]
    h.app.request_rerun()  # a full run writes there: its place is reserved from now on
    assert not h.errors()
    h.click(h.find(w.Button, "Count"))
    assert not h.errors() and "late write" in markdown(h)


PARALLEL_OUTSIDE = """
@st.fragment(parallel=True)
def part():
    st.write("inside")
    st.sidebar.write("outside")

part()
st.write("body")
"""


def test_a_parallel_fragment_cannot_write_outside_itself() -> None:
    h = Harness(PARALLEL_OUTSIDE)
    assert h.errors() == [OUTSIDE_PARALLEL]
    (frag,) = h.elements("fragment")
    assert [el.kind for el in frag.children] == ["markdown", "exception"]
    assert "body" in markdown(h)  # the error ends the fragment, not the run


NESTED = """
st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1

@st.fragment
def inner():
    st.session_state.inner = st.session_state.get("inner", 0) + 1
    st.button("Inner")

@st.fragment
def outer():
    st.session_state.outer = st.session_state.get("outer", 0) + 1
    if st.button("Outer and again"):
        if not st.session_state.get("again"):
            st.session_state.again = True
            st.rerun(scope="fragment")  # the fragment alone, once more
    inner()

outer()
"""


def test_nested_fragments_and_a_fragment_scoped_rerun_from_its_body() -> None:
    h = Harness(NESTED)
    assert (h.state["app_runs"], h.state["outer"], h.state["inner"]) == (1, 1, 1)
    h.click(h.find(w.Button, "Inner"))  # the inner fragment alone
    assert (h.state["app_runs"], h.state["outer"], h.state["inner"]) == (1, 1, 2)
    h.click(
        h.find(w.Button, "Outer and again")
    )  # the outer one twice (its inner one inline, in the second: the first stops at st.rerun)
    assert (h.state["app_runs"], h.state["outer"], h.state["inner"]) == (1, 3, 3)
    assert h.app.fragment_runs == 3  # st.rerun(scope="fragment") restarted the second
    assert not h.errors()


FAILING_CALLBACK = """
st.write("first")

def fail():
    raise ValueError("the callback failed")

@st.fragment
def part():
    st.button("Fail", on_click=fail)
    st.write("inside")

part()
"""


def test_a_callback_error_in_a_fragment_run_shows_where_its_writes_would() -> None:
    h = Harness(FAILING_CALLBACK)
    h.click(h.find(w.Button, "Fail"))
    kinds = [el.kind for el in h.app.tree.children if el.kind in ("exception", "markdown")]
    assert kinds == ["exception"]  # in place of the top element, as Streamlit's browser shows it
    assert h.errors() == ["the callback failed"]
    assert fragment_texts(h) == [["inside"]]  # the fragment as it was
    assert "the callback failed" in h.text() and "inside" in h.text()
