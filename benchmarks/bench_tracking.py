"""Benchmark 7: what recording session-state reads (cross-cell updates) costs.

    python benchmarks/bench_tracking.py [--reads 1000000] [--sizes 10,100,1000] [--repeats 15]

1. ``--reads`` reads of one key, in each form a body uses (``st.session_state.x`` and the rest,
   through the proxy ``st.session_state`` is), during a run, by three session states: *before*,
   the read methods as they were before tracking (copied below); *off*, today's code with the
   read set switched off, as it is outside runs (one attribute load and a test per read);
   *tracked*, today's code as it runs, each read storing its key in the run's read set. ns per read (the loop included), the
   fastest of 50 slices of the reads, the three states interleaved slice by slice.
2. One rerun (a slider moved, through ipywidgets' own message handler) of an app of N keyed
   sliders, each followed by an ``st.write`` of its value (``apps.sliders_and_writes``): each
   slider reads its key. *off* is the same app on a state whose read set stays switched off
   during runs; the two apps rerun in turn, each first every other time. Medians of CPU time, as in benchmark 1.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

import _paths  # noqa: F401
from apps import sliders_and_writes
from report import machine, ratio, table

from rerunner.errors import missing_key_message
from rerunner.state import SessionState, SessionStateProxy

CLOCK = time.process_time


class Before(SessionState):
    """Today's state with the read methods of the commit before tracking, word for word."""

    def __getitem__(self, key: str) -> Any:
        if key in self._new:
            return self._new[key]
        wid = self._id_of_key.get(key)
        if wid is not None and wid in self._widget_values:
            return self._widget_values[wid]
        if key in self._values:
            return self._values[key]
        if key in self._widget_values:  # a raw widget id
            return self._widget_values[key]
        raise KeyError(missing_key_message(key, attribute=False))

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        wid = self._id_of_key.get(key)
        return (
            key in self._new
            or (wid is not None and wid in self._widget_values)
            or key in self._values
        )


class Off(SessionState):
    """Today's code with the read set switched off during runs, as outside them: reads are not
    recorded."""

    def begin_run(self, owner: str = "", *, compact: bool = True) -> None:
        super().begin_run(owner, compact=compact)
        self._reads = None


FORMS: dict[str, Callable[[Any], Any]] = {
    "st.session_state.x": lambda ss: ss.x,
    'st.session_state["x"]': lambda ss: ss["x"],
    '"x" in st.session_state': lambda ss: "x" in ss,
    'st.session_state.get("x")': lambda ss: ss.get("x"),
    'state["x"] (no proxy)': None,  # the state's own method, as rerunner's code reads it
}


def loop_ns(form: str, state: SessionState, reads: int) -> float:
    """ns per read of ``reads`` reads in ``form`` (the loop itself included)."""
    ss = SessionStateProxy(lambda: state)
    expr = 's["x"]' if FORMS[form] is None else form.replace("st.session_state", "ss")
    compiled = compile(f"for _ in range(n):\n    {expr}\n", "<reads>", "exec")
    env = {"n": reads, "ss": ss, "s": state}
    started = CLOCK()
    exec(compiled, env)
    return (CLOCK() - started) / reads * 1e9


def read_rows(reads: int, rounds: int = 50) -> list[list[Any]]:
    """Each form read ``reads`` times by each state, in ``rounds`` interleaved slices (a slower
    moment of a shared machine hits all three alike); the fastest slice of each counts."""
    states = {"before": Before(), "off": Off(), "tracked": SessionState()}
    for state in states.values():
        state["x"] = 1
        state.begin_run("bench")  # all three in a run, "x" stored alike (as a plain value)
    rows = []
    gc.disable()
    try:
        for form in FORMS:
            best = {name: float("inf") for name in states}
            for _ in range(rounds):
                for name, state in states.items():
                    best[name] = min(best[name], loop_ns(form, state, reads // rounds))
            rows.append(
                [form, best["before"], best["off"], best["tracked"],
                 f"{best['tracked'] - best['before']:+.0f} ns",
                 ratio(best["tracked"], best["before"])]
            )  # fmt: skip
    finally:
        gc.enable()
    assert set(states["tracked"]._reads or ()) == {"x"} and states["off"]._reads is None
    return rows


def rerun_ms(n: int, repeats: int, warmup: int = 3) -> tuple[float, float]:
    """Median ms per rerun of the app on a state whose reads are not recorded, and on one whose
    reads are; the two apps rerun in turn (each first every other time), so a slower moment hits
    both alike."""
    import ipywidgets as w

    from tests.support.inprocess import Harness

    apps = [Harness(sliders_and_writes(n), state=state) for state in (Off(), SessionState())]
    times: list[list[float]] = [[], []]
    for i in range(warmup + repeats):
        pairs = list(zip(apps, times, strict=True))
        for h, spent in pairs if i % 2 else pairs[::-1]:  # each goes first every other time
            started = CLOCK()
            h.update(h.find(w.IntSlider, "Slider 0"), value=1 + i % 100)
            if i >= warmup:
                spent.append(CLOCK() - started)
    for h, expected in zip(apps, (0, n), strict=True):
        assert len(h.state.reads_of("app")) == expected
        h.app.close()
    off, tracked = (statistics.median(t) * 1000 for t in times)
    return off, tracked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reads", type=int, default=1_000_000)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    print(machine())
    print()
    print(
        table(
            f"7a. {args.reads:,} session-state reads: ns per read (fastest of 50 slices)",
            [
                "read",
                "before tracking",
                "switched off",
                "tracked",
                "tracking costs",
                "tracked / before",
            ],
            read_rows(args.reads),
        )  # fmt: skip
    )
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        off, tracked = rerun_ms(n, args.repeats)
        rows.append([n, off, tracked, ratio(tracked, off)])
    print(
        table(
            "7b. One rerun of an app of N keyed sliders and N writes: ms (median CPU time)",
            ["N", "reads not recorded", "reads recorded", "recorded / not"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
