"""Benchmarks 4 and 5: a burst of slider updates, and changes made while a long body runs.

    python benchmarks/bench_events.py [--burst 100] [--body-ms 20] [--long-s 2] [--changes 5]

Burst: ``--burst`` updates sent back to back to an app whose body takes ``--body-ms``; how many
times the body ran, when the kernel went idle (after the first and after the last update), and
whether the output ends on the last value; a slider nobody observes shows what the kernel
alone spends on the messages. Long body: a body of ``--long-s`` seconds (in 20 steps,
each an st call); the user changes the slider ``--changes`` times, ``--gap`` seconds apart, while
it runs; the time from the last change until the output shows its value. Each is set beside a
plain ipywidgets slider whose observer does the same work (sleeps as long) and sets one label.
Times are the kernel's own message stamps against the moments the updates were sent.
"""

from __future__ import annotations

import argparse
import statistics

from apps import slow_slider
from kernels import BenchKernel, first_showing, sent_at
from report import machine, table

OBSERVER = """
import time as _time, ipywidgets as _w
{name}_calls = 0
{name}_slider = _w.IntSlider(description="{name}", max=1000, continuous_update=False)
{name}_label = _w.Label("")
def _{name}_changed(change):
    global {name}_calls
    {name}_calls += 1
    _time.sleep({seconds})
    {name}_label.value = "value is " + str(change["new"])
{name}_slider.observe(_{name}_changed, names="value")
display(_w.VBox([{name}_slider, {name}_label]))
"""


def idle_at(exchange) -> float:
    idle = [m for m in exchange.of_type("status") if m["content"]["execution_state"] == "idle"]
    return sent_at(idle[-1])


def run_updates(k: BenchKernel, comm_id: str, values: list[int], gap: float) -> dict:
    ex = k.send_burst([(comm_id, {"value": v}) for v in values], timeout=600, gap=gap)
    shown = first_showing(ex, f"value is {values[-1]}")
    return {
        "idle after first": (idle_at(ex) - ex.sent[0]) * 1000,
        "idle after last": (idle_at(ex) - ex.sent[-1]) * 1000,
        "shown after last": (sent_at(shown) - ex.sent[-1]) * 1000 if shown else float("nan"),
    }


def over_rounds(rounds: int, values: list[int], one) -> dict:
    """``one(values)`` for each round, with fresh values each time; medians, and all finals."""
    results = [one([v + r * len(values) for v in values]) for r in range(rounds)]
    out = {
        key: statistics.median(r[key] for r in results) for key in results[0] if key != "final ok"
    }
    out["runs"] = statistics.median_low(r["runs"] for r in results)
    out["final ok"] = all(r["final ok"] for r in results)
    return out


def rerunner_case(
    k: BenchKernel, name: str, seconds: float, steps: int, values, gap, rounds
) -> dict:
    k.start_app(name, slow_slider(seconds, name, steps))
    slider = k.find("IntSliderModel", "Value")

    def one(vals: list[int]) -> dict:
        before = k.run_count(name)
        r = run_updates(k, slider.comm_id, vals, gap)
        r["runs"] = k.run_count(name) - before
        r["final ok"] = any(t == f"value is {vals[-1]}" for t in k.texts())
        return r

    try:
        return over_rounds(rounds, values, one)
    finally:
        k.close_app(name)


def observer_case(k: BenchKernel, name: str, seconds: float, values, gap, rounds) -> dict:
    k.run(OBSERVER.format(name=name, seconds=seconds))
    slider = k.find("IntSliderModel", name)

    def one(vals: list[int]) -> dict:
        before = k.value(f"{name}_calls")
        r = run_updates(k, slider.comm_id, vals, gap)
        r["runs"] = k.value(f"{name}_calls") - before
        r["final ok"] = k.find("LabelModel", "value is").state["value"] == f"value is {vals[-1]}"
        return r

    try:
        return over_rounds(rounds, values, one)
    finally:
        k.run(f"{name}_slider.close(); {name}_label.close()")


def bare_case(k: BenchKernel, values, rounds) -> dict:
    """A slider nobody observes: what the kernel alone spends on the updates."""
    k.run(
        'import ipywidgets as _w\n_bare = _w.IntSlider(description="bare", max=1000)\ndisplay(_bare)'
    )
    comm_id = k.find("IntSliderModel", "bare").comm_id

    def one(vals: list[int]) -> dict:
        r = run_updates(k, comm_id, vals, 0.0)
        r["runs"], r["final ok"] = 0, k.value("_bare.value") == vals[-1]
        return r

    try:
        return over_rounds(rounds, values, one)
    finally:
        k.run("_bare.close()")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--body-ms", type=float, default=20)
    parser.add_argument("--long-s", type=float, default=2.0)
    parser.add_argument("--changes", type=int, default=5)
    parser.add_argument("--gap", type=float, default=0.3)
    parser.add_argument("--rounds", type=int, default=5, help="bursts per runtime (medians)")
    parser.add_argument("--long-rounds", type=int, default=2, help="long-body rounds per runtime")
    args = parser.parse_args()
    print(f"Machine: {machine()}\n")
    k = BenchKernel()
    try:
        body = args.body_ms / 1000
        values = list(range(1, args.burst + 1))
        ours = rerunner_case(k, "burst", body, 1, values, 0.0, args.rounds)
        plain = observer_case(k, "plain_burst", body, values, 0.0, args.rounds)
        bare = bare_case(k, values, args.rounds)
        bare["shown after last"] = "—"
        cols = ["runs", "idle after first", "idle after last", "shown after last", "final ok"]
        rows = [
            [label, *(r[c] for c in cols)]
            for label, r in (
                ("rerunner", ours),
                ("plain observer", plain),
                ("no observer (kernel alone)", bare),
            )
        ]
        print(
            table(
                f"Burst: {args.burst} updates back to back, body {args.body_ms:g} ms "
                f"(ms; medians of {args.rounds} bursts)",
                [
                    "runtime",
                    "body runs",
                    "idle after first update",
                    "idle after last update",
                    "last value shown after last update",
                    "final output right",
                ],  # fmt: skip
                rows,
            )
        )
        values = list(range(1, args.changes + 1))
        ours = rerunner_case(k, "long", args.long_s, 20, values, args.gap, args.long_rounds)
        plain = observer_case(k, "plain_long", args.long_s, values, args.gap, args.long_rounds)
        rows = [
            [label, r["runs"], r["shown after last"], f"{r['shown after last'] / 1000 / args.long_s:.2f}",
             r["idle after last"], r["final ok"]]
            for label, r in (("rerunner", ours), ("plain observer", plain))
        ]  # fmt: skip
        print(
            table(
                f"Long body: {args.long_s:g} s body, {args.changes} changes {args.gap:g} s apart "
                f"(ms; medians of {args.long_rounds} rounds)",
                [
                    "runtime",
                    "body runs",
                    "last value shown after last change",
                    "in body-times",
                    "idle after last change",
                    "final output right",
                ],  # fmt: skip
                rows,
            )
        )
    finally:
        k.close()


if __name__ == "__main__":
    main()
