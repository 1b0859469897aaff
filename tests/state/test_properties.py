"""Property-based tests: random interaction sequences against a model of Streamlit's session state.

Hypothesis draws sequences of what a user and a script can do: change a widget in the front end,
click the button, assign ``st.session_state`` keys from outside a run, and, for every run, which
keyed widgets show, what the body writes before and after them, and whether it ends normally, with
``st.stop()``, an exception or ``st.rerun()``. After every step, rerunner (in process, with its
real renderer) and ``ss_model.Model`` must agree on everything observable: callbacks and the
values they saw, what each widget returned, the state at the start of the body and after the run,
whether the run failed, and which widgets the page shows.

A second, smaller test replays sequences on Streamlit's own ``AppTest`` against the same model,
so that the model stays Streamlit's and not a copy of rerunner.

    RERUNNER_HYPOTHESIS_EXAMPLES=1000 RERUNNER_APPTEST_EXAMPLES=200 python -m pytest tests/state/test_properties.py -s

(defaults: 200 sequences on rerunner, 10 on AppTest, whose runs cost about a second a sequence).
"""

from __future__ import annotations

import logging
import os
from typing import Any, ClassVar

import hypothesis.strategies as hs
import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings

from rerunner.runtime.app import Outcome

from tests.support import ss_plan
from tests.support.inprocess import Harness
from tests.support.ss_model import PAGE, Model

EXAMPLES = int(os.environ.get("RERUNNER_HYPOTHESIS_EXAMPLES", "200"))
APPTEST_EXAMPLES = int(
    os.environ.get("RERUNNER_APPTEST_EXAMPLES", "10")
)  # AppTest costs ~1 s a sequence
COUNTS = {"sequences": 0, "steps": 0, "apptest_sequences": 0, "apptest_steps": 0}

# --- what hypothesis draws -------------------------------------------------------------------

VALUES = {
    "s": hs.integers(0, 10),
    "t": hs.sampled_from(["", "x", "y"]),
    "c": hs.booleans(),
    "u": hs.integers(0, 3),
    "v": hs.integers(0, 3),
}
# The button's key is left out: Streamlit refuses a write to it before the button, and what it
# does with one made while the button is hidden is an accident of its stores, not a rule.
ASSIGNABLE = hs.sampled_from(sorted(VALUES)).flatmap(lambda k: hs.tuples(hs.just(k), VALUES[k]))

plans = hs.fixed_dictionaries({
    "visible": hs.sets(hs.sampled_from(PAGE)).map(lambda keys: "".join(k for k in PAGE if k in keys)),
    "writes": hs.lists(ASSIGNABLE, max_size=2),
    "late": hs.lists(ASSIGNABLE, max_size=1),
    "end": hs.sampled_from(["normal", "normal", "normal", "stop", "raise", "rerun"]),
    "end_at": hs.integers(0, len(PAGE)),
})  # fmt: skip
actions = hs.one_of(
    hs.just(("rerun",)),
    hs.just(("click",)),
    hs.sampled_from("stc").flatmap(lambda k: hs.tuples(hs.just("set"), hs.just(k), VALUES[k])),
    hs.tuples(hs.just("assign"), ASSIGNABLE),
)
sequences = hs.tuples(plans, hs.lists(hs.tuples(actions, plans), min_size=1, max_size=15))

# --- the runtimes --------------------------------------------------------------------------


class ModelRuntime:
    def __init__(self, plan: dict[str, Any]) -> None:
        self.m = Model()
        self.m.run(plan, {})

    def shown(self) -> set[str]:
        return set(self.m.shown)

    def act(self, action: tuple, plan: dict[str, Any]) -> list[tuple]:
        kind = action[0]
        if kind == "assign":
            key, value = action[1]
            self.m.new_ss[key] = value  # outside a run: no widget is being created
            return []
        front_end = {"set": lambda: {action[1]: action[2]}, "click": lambda: {"b": True}}.get(
            kind, dict
        )()
        self.m.run(plan, front_end)
        return self.m.log

    def observe(self) -> tuple:
        return (self.m.errored, self.m.to_dict())


class RerunnerRuntime:
    LABELS: ClassVar[dict[str, tuple[type, str]]] = {
        "s": (w.IntSlider, "S"), "t": (w.Text, "T"), "c": (w.Checkbox, "C"), "b": (w.Button, "B"),
    }  # fmt: skip

    def __init__(self, plan: dict[str, Any]) -> None:
        ss_plan.current, ss_plan.log[:], ss_plan.rerun_done = plan, [], False
        self.h = Harness(ss_plan.SCRIPT)

    def shown(self) -> set[str]:
        found = {(type(x), x.description) for x in self.h.all() if hasattr(x, "description")}
        return {k for k, label in self.LABELS.items() if label in found}

    def act(self, action: tuple, plan: dict[str, Any]) -> list[tuple]:
        kind = action[0]
        if kind == "assign":
            key, value = action[1]
            self.h.state[key] = value
            return []
        ss_plan.current, ss_plan.log[:], ss_plan.rerun_done = plan, [], False
        if kind == "rerun":
            self.h.app.run()
        elif kind == "click":
            self.h.click(self.h.find(*self.LABELS["b"]))
        else:
            self.h.update(self.h.find(*self.LABELS[action[1]]), value=action[2])
        return list(ss_plan.log)

    def can_send(self, key: str, value: Any) -> bool:
        """A browser sends nothing when the user 'changes' a field to the value it shows."""
        return self.h.find(*self.LABELS[key]).value != value

    def observe(self) -> tuple:
        return (self.h.app.last_outcome is Outcome.ERROR, self.h.state.to_dict())

    def close(self) -> None:
        self.h.app.close()


class AppTestRuntime:
    KINDS: ClassVar[dict[str, str]] = {
        "s": "slider",
        "t": "text_input",
        "c": "checkbox",
        "b": "button",
    }

    def __init__(self, plan: dict[str, Any]) -> None:
        from streamlit.testing.v1 import AppTest

        ss_plan.current, ss_plan.log[:], ss_plan.rerun_done = plan, [], False
        self.at = AppTest.from_string(ss_plan.SCRIPT, default_timeout=30)
        self.at.run()

    def _widget(self, key: str) -> Any:
        return getattr(self.at, self.KINDS[key])(key=key)

    def shown(self) -> set[str]:
        out = set()
        for key in self.KINDS:
            try:
                self._widget(key)
            except KeyError:
                continue
            out.add(key)
        return out

    def act(self, action: tuple, plan: dict[str, Any]) -> list[tuple]:
        kind = action[0]
        if kind == "assign":
            key, value = action[1]
            self.at.session_state[key] = value
            return []
        ss_plan.current, ss_plan.log[:], ss_plan.rerun_done = plan, [], False
        if kind == "rerun":
            self.at.run()
        elif kind == "click":
            self._widget("b").click().run()
        else:
            self._widget(action[1]).set_value(action[2]).run()
        return list(ss_plan.log)

    def observe(self) -> tuple:
        return (bool(self.at.exception), self.at.session_state.to_dict())


def agree(runtime_cls: type, first: dict[str, Any], steps: list[tuple]) -> int:
    """Play one sequence on the model and on ``runtime_cls``; fail at the first difference."""
    model = ModelRuntime(first)
    real = runtime_cls(first)
    done = 0
    try:
        assert real.shown() == model.shown() and real.observe() == model.observe(), "first run"
        for action, plan in steps:
            if action[0] == "click" and "b" not in model.shown():
                action = ("rerun",)  # only a widget on the page can be used
            if action[0] == "set" and action[1] not in model.shown():
                action = ("rerun",)
            if action[0] == "set" and not getattr(real, "can_send", lambda *_: True)(*action[1:]):
                action = ("rerun",)
            expected = model.act(action, plan)
            got = real.act(action, plan)
            context = f"step {done + 1}: {action} with {plan}"
            assert got == expected, context
            assert real.observe() == model.observe(), context
            assert real.shown() == model.shown(), context
            done += 1
    finally:
        if hasattr(real, "close"):
            real.close()
    return done


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    print(
        f"\nhypothesis: {COUNTS['sequences']} sequences ({COUNTS['steps']} steps) agreed with the "
        f"model on rerunner; {COUNTS['apptest_sequences']} sequences ({COUNTS['apptest_steps']} "
        "steps) agreed with the model on Streamlit's AppTest"
    )


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sequences)
def test_rerunner_agrees_with_the_model_at_every_step(sequence: tuple) -> None:
    first, steps = sequence
    COUNTS["steps"] += agree(RerunnerRuntime, first, steps)
    COUNTS["sequences"] += 1


@settings(
    max_examples=APPTEST_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(sequences)
def test_the_model_agrees_with_streamlits_apptest(sequence: tuple) -> None:
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("streamlit")]:
        logging.getLogger(name).setLevel(logging.CRITICAL)  # its log of the planned errors
    first, steps = sequence
    COUNTS["apptest_steps"] += agree(AppTestRuntime, first, steps)
    COUNTS["apptest_sequences"] += 1
