"""Play a conformance case under Streamlit's AppTest and rerunner's, and compare the pictures."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from .observe import normalize, snapshot


@dataclass(frozen=True)
class Case:
    """A small app and the interactions to play on it.

    ``steps`` are statements run with ``at`` bound to the AppTest (the same text drives both
    implementations, since their APIs match). ``difference`` names a deliberate difference
    (documented in the README's "Differences from Streamlit"): the case must then *not* agree.
    """

    name: str
    topic: str
    script: str
    steps: tuple[str, ...] = ("at.run()",)
    difference: str | None = None


def play(app_test: Any, case: Case) -> list[dict[str, Any]]:
    """The snapshot after each step (or what the step raised)."""
    source = "import streamlit as st\n" + textwrap.dedent(case.script).strip("\n") + "\n"
    # A generous limit: the first run of a chart may import plotting libraries on a busy machine.
    at = app_test.from_string(source, default_timeout=60)
    shots: list[dict[str, Any]] = []
    for step in case.steps:
        try:
            exec(step, {"at": at})
            shots.append({"step": step, **snapshot(at)})
        except Exception as exc:  # an error of the step (or of reading the app) is compared too
            shots.append({"step": step, "raised": (type(exc).__name__, normalize(str(exc)))})
    return shots


def streamlit_app_test() -> Any:
    from streamlit.testing.v1 import AppTest

    import tests.support.reference  # noqa: F401  (skips Streamlit's component scan, the same for every case)

    return AppTest


def rerunner_app_test() -> Any:
    from rerunner.testing import AppTest

    return AppTest


def first_difference(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> str | None:
    """A readable account of the first step whose pictures differ, or None if all agree."""
    for want, got in zip(expected, actual, strict=False):  # lengths: below
        if want != got:
            lines = [f"step {want['step']!r}:"]
            for part in sorted(set(want) | set(got)):
                if want.get(part) != got.get(part):
                    lines.append(f"  {part}: streamlit {want.get(part)!r}")
                    lines.append(f"  {' ' * len(part)}  rerunner  {got.get(part)!r}")
            return "\n".join(lines)
    if len(expected) != len(actual):
        return f"{len(expected)} steps under Streamlit, {len(actual)} under rerunner"
    return None
