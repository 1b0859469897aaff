"""Benchmark 1: the cost of one rerun in process, rerunner vs Streamlit's AppTest vs a rebuild.

    python benchmarks/bench_rerun.py [--sizes 10,100,500,2000] [--repeats 30] [--rounds 1]
        [--profile 100]

The app is N keyed sliders, each followed by an ``st.write`` of its value; each rerun is caused
by one slider changing. rerunner goes through ipywidgets' own message handler (as a browser's
update does), so observers, state, the body and reconciliation are the real ones; only the comm
transport is absent. "framework share" is rerunner's time minus what the script's own Python
costs with an ``st`` that does nothing; "of it after the body" is the part spent outside the
body (applying the event, describing and reconciling the widgets). "per st call" divides the
share by the 2N st calls of a run: it stays flat as N grows when no step grows with the page.
AppTest runs up to ``--apptest-up-to`` widgets (it takes seconds per rerun beyond). ``--profile N``
prints the top entries of a cProfile of 200 reruns at N instead of the table.
Times are CPU time of the whole process (AppTest runs the script in a thread of it), which
other programs on a shared machine disturb far less than wall time; ``--wall`` for wall time.
"reference ms" is a fixed piece of plain Python timed before and after each row: the machine's
speed at that moment, which on a shared virtual machine varies by half again or more
(``bench_instructions.py`` counts instructions instead, which do not vary); ``--rounds K``
measures each size K times and prints the round with the lowest reference.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time

import _paths  # noqa: F401
from apps import sliders_and_writes
from rebuild import RebuildApp
from report import machine, median_ms, ratio, table

CLOCK = time.process_time  # CPU time of the process: steadier than wall time on a shared machine


def rerunner_times(n: int, repeats: int) -> tuple[float, float]:
    """Median ms per rerun: the whole rerun, and the part of it after the body."""
    import ipywidgets as w

    from tests.support.inprocess import Harness

    h = Harness(sliders_and_writes(n))
    slider = h.find(w.IntSlider, "Slider 0")
    spent = {"body": 0.0}
    execute = h.app.script.execute

    def timed_execute(*args, **kwargs):
        started = CLOCK()
        try:
            return execute(*args, **kwargs)
        finally:
            spent["body"] += CLOCK() - started

    h.app.script.execute = timed_execute  # measures, changes nothing
    bodies: list[float] = []

    def rerun(i: int) -> None:
        spent["body"] = 0.0
        h.update(slider, value=1 + i % 100)
        bodies.append(spent["body"])

    total = median_ms(rerun, repeats, clock=CLOCK)
    assert f"Slider 0 is {1 + (repeats + 2) % 100}" in h.text(), "rerunner showed a stale value"
    body = statistics.median(bodies[3:]) * 1000  # after the warm-up, as median_ms does
    return total, total - body


class _NoFramework:
    """An ``st`` that does nothing: what the script's own Python costs without any framework."""

    def slider(self, label, min_value=0, max_value=100, *, key):
        return min_value

    def write(self, *args):
        return None


def script_alone_time(n: int, repeats: int) -> float:
    code = compile(sliders_and_writes(n), "<script alone>", "exec")
    return median_ms(lambda i: exec(code, {"st": _NoFramework()}), repeats, clock=CLOCK)


def apptest_time(n: int, repeats: int) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string(
        "import streamlit as st\n" + sliders_and_writes(n), default_timeout=120
    )
    at.run()

    def rerun(i: int) -> None:
        at.slider(key="s0").set_value(1 + i % 100).run()

    ms = median_ms(rerun, repeats, clock=CLOCK)
    assert at.markdown[0].value == f"Slider 0 is {1 + (repeats + 2) % 100}", "AppTest went wrong"
    return ms


def rebuild_time(n: int, repeats: int) -> float:
    app = RebuildApp(sliders_and_writes(n)).run()

    def rerun(i: int) -> None:
        app.box.children[0].value = 1 + i % 100  # the first slider, fresh after every rebuild

    ms = median_ms(rerun, repeats, clock=CLOCK)
    assert f"Slider 0 is {1 + (repeats + 2) % 100}" in app.box.children[1].value
    return ms


def _step(i: int, table: dict) -> None:
    table[(i, "key")] = (i, str(i))


def reference_ms() -> float:
    """CPU ms of a fixed piece of plain Python (calls, tuples, a dict), timed beside each row:
    this shared machine runs the same code up to about 1.5x slower at some times than at
    others, so rows of different runs compare only at a like reference."""

    def work(_i: int) -> None:
        table: dict = {}
        for i in range(20_000):
            _step(i, table)

    return median_ms(work, 7, clock=CLOCK)


def profile(n: int, top: int = 40) -> None:
    """Where the time of a rerun goes: cProfile's top entries over 200 reruns."""
    import cProfile
    import pstats

    import ipywidgets as w

    from tests.support.inprocess import Harness

    h = Harness(sliders_and_writes(n))
    slider = h.find(w.IntSlider, "Slider 0")
    for i in range(10):
        h.update(slider, value=1 + i)
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(200):
        h.update(slider, value=1 + i % 100)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,500,2000")
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--apptest-up-to", type=int, default=500)
    parser.add_argument("--wall", action="store_true", help="wall time instead of CPU time")
    parser.add_argument(
        "--rounds", type=int, default=1, help="measure each size this often; print the round "
        "with the lowest reference (the machine at its fastest)",
    )  # fmt: skip
    parser.add_argument("--profile", type=int, metavar="N", help="profile reruns at N instead")
    args = parser.parse_args()
    global CLOCK
    if args.wall:
        CLOCK = time.perf_counter
    logging.disable(logging.WARNING)  # AppTest warns "missing ScriptRunContext" on every run
    print(f"Machine: {machine()}\n")
    if args.profile:
        profile(args.profile)
        return
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        repeats = max(5, args.repeats if n <= 100 else args.repeats // 3)
        rounds = []
        for _ in range(args.rounds):
            before = reference_ms()
            ours, after_body = rerunner_times(n, repeats)
            alone = script_alone_time(n, repeats)
            share = ours - alone
            streamlit = apptest_time(n, repeats) if n <= args.apptest_up_to else None
            rebuild = rebuild_time(n, repeats)
            reference = (before + reference_ms()) / 2
            rounds.append([n, ours, share, share * 1000 / (2 * n), after_body,
                           "—" if streamlit is None else streamlit, rebuild,
                           "—" if streamlit is None else ratio(streamlit, share),
                           ratio(rebuild, ours), round(os.getloadavg()[0], 1), reference])  # fmt: skip
        rows.append(min(rounds, key=lambda row: row[-1]))  # the round the machine ran fastest
    print(
        table(
            f"Rerun cost in process (median {'wall' if args.wall else 'CPU'} ms per rerun; "
            "N sliders + N writes, one slider changed)",
            [
                "N",
                "rerunner",
                "framework share",
                "per st call (µs)",
                "of it after the body",
                "Streamlit AppTest",
                "rebuild all",
                "AppTest / share",
                "rebuild / rerunner",
                "load",
                "reference ms",
            ],  # fmt: skip
            rows,
        )
    )


if __name__ == "__main__":
    main()
