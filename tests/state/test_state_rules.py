"""Session-state corner cases the property tests found, each checked against Streamlit 1.67's AppTest.

The expected values below are what ``AppTest`` shows for the same script and the same runs.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from tests.support.inprocess import Harness

SCRIPT = """
ss = st.session_state
if plan.get("write"):
    ss.k = plan["write"]
if plan.get("rerun") and not plan.get("rerun_done"):
    plan["rerun_done"] = True
    st.rerun()
if plan.get("show"):
    st.text_input("t", key="k")
if plan.get("button"):
    st.button("b", key="b")
if plan.get("fail"):
    raise ValueError("planned")
seen.append(ss.to_dict())
"""


class Runs:
    """One app whose next run does what ``go(**plan)`` says; returns (seen in the body, after)."""

    def __init__(self, **plan: Any) -> None:
        self.plan: dict[str, Any] = dict(plan)
        self.seen: list[dict[str, Any]] = []
        self.h = Harness(SCRIPT, namespace={"plan": self.plan, "seen": self.seen})

    def go(self, **plan: Any) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        self.plan.clear()
        self.plan.update(plan)
        self.seen.clear()
        self.h.app.run()
        return (self.seen[-1] if self.seen else None), self.h.state.to_dict()


def test_a_write_to_a_hidden_widgets_key_lives_until_the_next_completed_run_ends() -> None:
    runs = Runs(show=True)
    assert runs.go() == ({"k": ""}, {})  # hidden: the widget's value is dropped
    assert runs.go(write="v") == ({"k": "v"}, {"k": "v"})  # the key is still the widget's
    assert runs.go() == ({"k": "v"}, {})  # ... so the next completed run drops it
    assert runs.go() == ({}, {})
    assert runs.go(write="w") == ({"k": "w"}, {"k": "w"})
    assert runs.go(show=True) == ({"k": "w"}, {"k": "w"})  # or the widget takes it up


def test_a_value_from_before_the_widget_existed_comes_back_when_its_value_is_dropped() -> None:
    runs = Runs(write="v")  # a plain key first ...
    assert runs.go(show=True) == ({"k": "v"}, {"k": "v"})  # ... then a widget's
    runs.h.update(runs.h.find(w.Text, "t"), value="user")
    assert runs.h.state["k"] == "user"
    assert runs.go(write="w", show=True) == ({"k": "w"}, {"k": "w"})
    assert runs.go() == ({"k": "w"}, {"k": "v"})  # the widget's value goes; the plain one stays
    assert runs.go() == ({"k": "v"}, {"k": "v"})


def test_writes_of_a_run_cut_by_st_rerun_belong_to_the_run_that_follows() -> None:
    runs = Runs()
    assert runs.go(write="v", rerun=True, show=True) == ({"k": "v"}, {"k": "v"})
    assert runs.go(show=True) == ({"k": "v"}, {"k": "v"})
    assert runs.go() == (
        {"k": "v"},
        {},
    )  # bound in the same run as written: nothing to fall back to


def test_a_button_clicked_in_a_run_that_fails_reads_true_until_the_next_run() -> None:
    runs = Runs(button=True)
    runs.plan.update(fail=True)
    runs.h.click(runs.h.find(w.Button, "b"))
    assert runs.h.app.last_outcome.value == "error"
    assert runs.h.state.to_dict() == {"b": True}  # no trigger reset after a failed run ...
    assert runs.go(button=True) == ({"b": False}, {"b": False})  # ... until the next one begins
