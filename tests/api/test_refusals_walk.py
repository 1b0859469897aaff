"""No parameter Streamlit documents stays refused unless someone owns it.

The test walks ``registry.CALLS``: every REFUSED rule for a parameter that Streamlit 1.67's own
``st.<call>`` takes must appear in ``OWNED``, the one allow-list, naming who is to honour it.
An entry whose parameter is honoured by now (or no longer exists) fails too, so the list only
ever shrinks with the work it tracks: whoever honours a parameter deletes its line here.
"""

from __future__ import annotations

import inspect

import streamlit as real

from rerunner.api import registry

FOR_GOOD = "refused for good: it needs Streamlit's own server (README says why)"

#: (call, parameter) -> why it is still refused, and which issue is to honour it.
OWNED: dict[tuple[str, str], str] = {
    ("login", "provider"): FOR_GOOD,
}


def _documented(call: str, param: str) -> bool:
    """Whether Streamlit's own ``st.<call>`` takes ``param``."""
    fn = getattr(real, call, None)
    if fn is None:
        return False
    try:
        return param in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _refused() -> set[tuple[str, str]]:
    return {
        (call, param)
        for call, rules in registry.CALLS.items()
        for param, rule in rules.items()
        if rule.status == registry.REFUSED and _documented(call, param)
    }


def test_every_refused_documented_parameter_has_an_owner() -> None:
    unowned = sorted(_refused() - set(OWNED))
    assert not unowned, (
        f"refused, and nobody owns them (honour them or add them to OWNED): {unowned}"
    )


def test_the_allow_list_holds_only_what_is_still_refused() -> None:
    stale = sorted(set(OWNED) - _refused())
    assert not stale, f"honoured by now (or gone): delete them from OWNED: {stale}"
