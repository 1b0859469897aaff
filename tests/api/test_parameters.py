"""Every parameter of every public st call is honoured, refused by name, or (rarely) documented
as having no effect: nothing is accepted and ignored.

For each (call, parameter), the sample in ``samples.py`` (a valid value other than the default)
is checked against the status ``rerunner/api/registry.py`` gives the parameter:

* HONOURED: the app observed with the sample differs from the baseline without it, before or
  after a change made as a browser makes it. The observation (``observe.py``) is the full drawn
  widget tree (class, synced traits, layout, style, ``_dom_classes``), the values the call
  returned, the callbacks that ran with their arguments, and the session state. A ``key`` must
  also put the widget's value in session state under that key.
* REFUSED: the call with the sample shows ``UnsupportedError`` naming the call and the
  parameter; the values the registry also accepts do not; where the call validates the
  parameter itself, a value Streamlit refuses still gets Streamlit's own error, word for word.
* NO_EFFECT: the call runs and nothing observable changes (the registry says why doing nothing
  is right, e.g. the browser tab's title belongs to the notebook page).

A parameter without a sample fails, so a new parameter cannot slip in untested.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from rerunner import st
from rerunner.api import registry

from .observe import Observation, observe
from .samples import CALLS, INVALID, PRELUDE, WIDGET, WORDED_DIFFERENTLY, S

PUBLIC = registry.public_calls(st)
PARAMS = [(name, p) for name, fn in PUBLIC.items() for p in inspect.signature(fn).parameters]


def source(name: str, kw: dict[str, str], template: str) -> str:
    """The app: ``template`` with ``st.name(...)`` called with ``kw`` (parameter -> source)."""
    parts = []
    for pname, param in inspect.signature(PUBLIC[name]).parameters.items():
        if pname in kw:
            variadic = param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD)
            parts.append(kw[pname] if variadic else f"{pname}={kw[pname]}")
    return PRELUDE + template.replace("{name}", name).replace("{args}", ", ".join(parts))


_BASELINES: dict[tuple[str, Any], Observation] = {}


def baseline_of(app: str, change: Any) -> Observation:
    """The observation of a baseline app, computed once: many parameters share one."""
    key = (app, change)
    if key not in _BASELINES:
        _BASELINES[key] = observe(app, change)
    return _BASELINES[key]


def _errors(seen: Observation) -> list[tuple[str, str]]:
    return [e for e in seen.errors if "boom" not in e[1]]  # st.exception's samples say "boom"


def _sample(name: str, param: str) -> S:
    call = CALLS.get(name)
    if call is None or param not in call.samples:
        pytest.fail(f"no sample for st.{name}({param}=...): add one to tests/api/samples.py")
    sample = call.samples[param]
    return sample if isinstance(sample, S) else S(sample)


def test_the_registry_covers_exactly_the_public_calls_and_their_parameters() -> None:
    assert sorted(registry.CALLS) == sorted(PUBLIC)
    for name, rules in registry.CALLS.items():
        params = set(inspect.signature(PUBLIC[name]).parameters)
        assert set(rules) <= params, (name, set(rules) - params)
        for param, rule in rules.items():
            assert rule.status in (registry.REFUSED, registry.NO_EFFECT), (name, param)
            assert rule.reason and not rule.reason.endswith("."), (name, param)


def test_the_samples_are_for_parameters_that_exist() -> None:
    for name, call in CALLS.items():
        params = set(inspect.signature(PUBLIC[name]).parameters)
        assert set(call.samples) <= params, (name, set(call.samples) - params)


def test_every_call_with_a_refused_parameter_is_guarded() -> None:
    for name, fn in PUBLIC.items():
        refused = [p for p, r in registry.CALLS[name].items() if r.status == registry.REFUSED]
        assert bool(refused) == hasattr(fn, "__wrapped__"), name


def test_refusals_see_positional_arguments_and_keep_signature_and_docs() -> None:
    from rerunner import st
    from rerunner.api.user import login

    unwrapped = getattr(login, "__wrapped__", login)
    assert inspect.signature(st.login) == inspect.signature(unwrapped)
    # the docstring is the function's, with rerunner's notes under the refused parameters
    assert st.login.__doc__.startswith(unwrapped.__doc__.split("Parameters")[0])
    assert "In rerunner: not supported yet" in st.login.__doc__
    assert st.cache_data.clear.__name__ == "clear"
    from tests.support.inprocess import Harness

    h = Harness("st.login('google')")  # provider given by position
    [box] = [
        e for e in h.app.tree.walk() if e.kind == "exception" and e.props.type == "UnsupportedError"
    ]
    assert box.props.message.startswith("`st.login(provider=...)` is not supported")
    # Only login(provider) is refused now, and it is no container method: through each kind of
    # container, a call's own check still answers with Streamlit's error.
    for container in ("st.sidebar", "st.container()", "st.empty()", "st.text('x')"):
        h = Harness(f"{container}.plotly_chart({{}}, on_select='bogus')")
        assert [e.props.type for e in h.app.tree.walk() if e.kind == "exception"] == [
            "StreamlitValueError"  # Streamlit's type for a bad on_select
        ], container


@pytest.mark.parametrize(("name", "param"), PARAMS, ids=[f"{n}-{p}" for n, p in PARAMS])
def test_parameter_is_honoured_refused_or_inert(name: str, param: str) -> None:
    sample = _sample(name, param)
    call = CALLS[name]
    rule = registry.rule(name, param)
    template = sample.template or call.template
    change = sample.change or call.change
    base_kw = {**call.base, **sample.context}

    if rule.status == registry.REFUSED:
        # Without context the registry refuses too (``args`` is refused with or without the
        # ``on_change`` it goes with), so that the error names this parameter.
        base_kw = {
            **call.base,
            **{
                k: v
                for k, v in sample.context.items()
                if registry.rule(name, k).status != registry.REFUSED
            },
        }
        seen = observe(source(name, {**base_kw, param: sample.value}, template), None)
        [(kind, message)] = _errors(seen)
        assert kind == "UnsupportedError"
        assert message == registry.refusal_message(name, param, rule.reason)
        if rule.valid is not None:  # a value Streamlit refuses gets Streamlit's own error
            from tests.support.reference import rerunner_error, streamlit_error

            value, app = INVALID[(name, param)]
            assert not rule.valid(eval(value))
            bad = app.replace("{v}", value)
            expected, got = streamlit_error(bad), rerunner_error(bad)
            assert expected is not None and got is not None and "not supported" not in got
            assert got == expected or (name, param) in WORDED_DIFFERENTLY
        for value in rule.allowed:  # the values that ask for what rerunner does anyway
            allowed = observe(source(name, {**base_kw, param: repr(value)}, template), change)
            assert not _errors(allowed), (value, allowed.errors)
        return

    baseline = baseline_of(source(name, base_kw, template), change)
    seen = observe(source(name, {**base_kw, param: sample.value}, template), change)
    assert not _errors(baseline), baseline.errors
    assert not _errors(seen), seen.errors
    if rule.status == registry.NO_EFFECT:
        # Accepted, and rightly changes nothing: the registry says why.
        assert not seen.differs(baseline)
        return
    assert seen.differs(baseline), f"st.{name}({param}={sample.value}) changed nothing"
    if param == "key" and template == WIDGET:
        _assert_keyed(seen)


def _assert_keyed(seen: Observation) -> None:
    """The widget's value is in session state under its key."""
    state: dict[str, Any] = seen.state
    assert "k" in state and state["k"] == seen.returned, (state, seen.returned)
