"""What session state records for cross-cell updates: the keys a run reads, the keys it changes.

Every read form counts (attribute, item, ``in``, ``get``, ``setdefault``, iteration, ``len``,
``to_dict``, a keyed widget's value); a write counts as a change only if the value differs (or is
a mutable object, which may have changed in place); a change outside any run is reported to the
state's ``on_outside_change``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rerunner.state import KEYS, SessionState, SessionStateProxy, WidgetMeta


@pytest.fixture
def state() -> SessionState:
    s = SessionState()
    s["x"], s["y"], s["z"] = 1, 2, 3
    return s


def reads(state: SessionState, body: Callable[[SessionStateProxy], Any]) -> set[str]:
    """The keys one run of ``body`` reads, through the proxy a body uses."""
    state.begin_run("app")
    body(SessionStateProxy(lambda: state))
    state.end_run("app", completed=True)
    return state.reads_of("app")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (lambda ss: ss.x, {"x"}),
        (lambda ss: ss["y"], {"y"}),
        (lambda ss: "z" in ss, {"z"}),
        (lambda ss: "absent" in ss, {"absent"}),
        (lambda ss: ss.get("x"), {"x"}),
        (lambda ss: ss.get("absent", 0), {"absent"}),
        (lambda ss: ss.setdefault("x", 5), {"x"}),
        (lambda ss: list(ss), {KEYS}),
        (lambda ss: len(ss), {KEYS}),
        (lambda ss: dict(ss.items()), {KEYS, "x", "y", "z"}),
        (lambda ss: ss.to_dict(), {KEYS, "x", "y", "z"}),
        (lambda ss: ss.pop("y"), {"y"}),
        (lambda ss: ss.update(w=4), set()),
    ],
    ids=str.split(
        "attribute item in in-absent get get-absent setdefault iteration len items to_dict pop "
        "write-only"
    ),
)
def test_every_read_form_is_recorded(state, body, expected) -> None:
    assert reads(state, body) == expected


def test_an_attribute_that_is_missing_is_still_a_read(state) -> None:
    def body(ss: SessionStateProxy) -> None:
        with pytest.raises(AttributeError):
            ss.missing  # noqa: B018

    assert reads(state, body) == {"missing"}


def test_a_keyed_widget_reads_its_key_and_only_the_last_run_counts(state) -> None:
    state.begin_run("app")
    state.register_widget(WidgetMeta(id="w1", kind="slider", key="k", owner="app"), 0)
    state.register_widget(WidgetMeta(id="w2", kind="slider", owner="app"), 0)  # keyless
    state.end_run("app", completed=True)
    assert state.reads_of("app") == {"k"}
    assert reads(state, lambda ss: ss.x) == {"x"}  # a new run, a new read set


def test_reads_outside_runs_are_not_recorded(state) -> None:
    ss = SessionStateProxy(lambda: state)
    ss.x, "y" in ss, list(ss)  # noqa: B018
    assert state.reads_of("app") == set() and state._reads is None


def changes(state: SessionState, body: Callable[[SessionStateProxy], Any]) -> set[str]:
    state.take_changes()
    state.begin_run("app")
    body(SessionStateProxy(lambda: state))
    state.end_run("app", completed=True)
    return state.take_changes()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (lambda ss: setattr(ss, "x", 10), {"x"}),
        (lambda ss: setattr(ss, "x", 1), set()),  # the value it had
        (lambda ss: setattr(ss, "x", 1.0), {"x"}),  # equal, but another type
        (lambda ss: setattr(ss, "new", 1), {"new", KEYS}),
        (lambda ss: ss.__delitem__("y"), {"y", KEYS}),
        (lambda ss: ss.update(x=1, y=20), {"y"}),
        (lambda ss: ss.setdefault("x", 9), set()),
        (lambda ss: ss.x, set()),
    ],
    ids=["write", "same-value", "other-type", "new-key", "delete", "update", "setdefault", "read"],
)
def test_a_change_is_a_write_of_another_value(state, body, expected) -> None:
    assert changes(state, body) == expected


def test_the_same_mutable_object_written_back_is_a_change(state) -> None:
    state["todo"] = [1]
    assert changes(state, lambda ss: ss.todo.append(2)) == set()  # in place: not seen
    assert changes(state, lambda ss: setattr(ss, "todo", ss["todo"])) == {"todo"}
    assert changes(state, lambda ss: setattr(ss, "todo", [1, 2])) == set()  # an equal list


def test_a_keyed_widget_changed_from_the_front_end_and_dropped_once_hidden_are_changes() -> None:
    state = SessionState()
    slider = WidgetMeta(id="s", kind="slider", key="k", owner="app")
    button = WidgetMeta(id="b", kind="button", key="go", owner="app", trigger=True)
    keyless = WidgetMeta(id="n", kind="slider", owner="app")
    state.begin_run("app")
    for meta in (slider, button, keyless):
        state.register_widget(meta, 0)
    state.end_run("app", completed=True)
    state.take_changes()

    state.begin_run("app")
    state.apply_changes({"s": 5, "b": True, "n": 7})  # a button's key is never a change
    for meta in (slider, button, keyless):
        state.register_widget(meta, 0)
    state.end_run("app", completed=True)
    assert state.take_changes() == {"k"}

    state.begin_run("app")
    state.apply_changes({"s": 5})  # the value it has
    state.end_run("app", completed=True)  # and the run no longer shows the slider
    assert state.take_changes() == {"k", KEYS}
    assert "k" not in state


def test_changes_outside_runs_go_to_the_listener_only(state) -> None:
    heard: list[SessionState] = []
    state["a"] = 1  # nobody listens: not kept
    state.on_outside_change = heard.append
    state["a"] = 1
    assert heard == [] and state.take_outside_changes() == set()
    state["a"] = 2
    del state["z"]
    assert heard == [state, state]
    assert state.take_outside_changes() == {"a", "z", KEYS}
    assert state.take_changes() == set()  # not a run's
    state.begin_run("app")
    state["a"] = 3
    state.end_run("app", completed=True)
    assert len(heard) == 2 and state.take_changes() == {"a"}
