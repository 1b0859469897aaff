"""Benchmarks 2 and 3: messages and time per rerun in a real kernel, and the first display.

    python benchmarks/bench_kernel.py [--sizes 1,10,100,500] [--repeats 20]
        [--display 100,1200,5000] [--display-repeats 3] [--stall 2]

A real ipykernel is driven over jupyter_client with the messages a browser sends. For each app
(N keyed sliders + N writes) one slider gets one comm update; the table gives the time from
sending it until the kernel is idle and the iopub messages it caused, for rerunner, for the
rebuild-everything baseline, and for the floor: a hand-written ipywidgets page of the same N
sliders and N labels, each slider's observer setting its own label. "published" is what the kernel sent, "lost" what never reached this client (iopub's
high-water mark). The second table is the first display of apps of W widgets (W/2 sliders and
W/2 writes): time until every widget is shown and the kernel idle, the kernel's CPU time, the
batches of the paced display (render/pacing.py; this client reports each one as the browser's
pacer does), the widget models created, and losses, once with this client reading as the kernel
publishes and once with a front end that reads nothing until the cell is over and ``--stall``
seconds more (the worst case for iopub's high-water mark). "rerunner, unpaced" is the display
before pacing (its threshold set beyond any page), "rebuild all" the baseline, never paced.
"""

from __future__ import annotations

import argparse
import statistics
import time

from apps import sliders_and_writes
from kernels import BenchKernel, counts, first_showing, new_cell_id
from report import machine, ratio, table


def floor_cell(n: int) -> str:
    """The floor at size N: a hand-written page of N sliders and N labels, each slider's
    observer setting its own label, as the app's slider-and-write pairs show them."""
    return f"""
import ipywidgets as _w
_floor_sliders = [_w.IntSlider(description=f"Floor {{i}}", max=100, continuous_update=False)
                  for i in range({n})]
_floor_labels = [_w.Label(f"floor {{i}} is 0") for i in range({n})]
for _i, (_s, _l) in enumerate(zip(_floor_sliders, _floor_labels)):
    _s.observe(lambda change, i=_i, label=_l: setattr(label, "value", f"floor {{i}} is {{change['new']}}"),
               names="value")
_floor = _w.VBox([x for pair in zip(_floor_sliders, _floor_labels) for x in pair])
display(_floor)
"""


def rebuild_cell(name: str, source: str) -> str:
    return (
        "from rebuild import RebuildApp\n"
        f"{name} = RebuildApp({source!r}).run()\n"
        f"display({name}.box)\n"
    )


class Subject:
    """A page to update: how to find its slider, check its output, and the text it must show."""

    def __init__(self, find_slider, expect, shown: str) -> None:
        self.find_slider, self.expect, self.shown = find_slider, expect, shown
        self.times: list[float] = []
        self.cpu: list[float] = []
        self.rows: list[dict] = []
        self.lost = self.wrong = self.late = 0

    def update(self, k: BenchKernel, value: int) -> None:
        try:
            slider = self.find_slider()
        except LookupError:  # the mirror lost the slider's comm_open: count it as loss
            self.lost += 1
            return
        before = k.cpu_seconds()
        ex = k.send_update(slider.comm_id, {"value": value})
        self.cpu.append((k.cpu_seconds() - before) * 1000)
        self.times.append(ex.seconds_to_idle * 1000)
        self.rows.append(counts(ex))
        self.lost += k.published(ex) - len(ex.messages)
        self.wrong += not self.expect(value)
        self.late += first_showing(ex, self.shown.format(value)) is None

    def result(self) -> dict:
        rows = self.rows
        med = {key: statistics.median_low(r[key] for r in rows) for key in rows[0]} if rows else {}
        return {"ms": statistics.median(self.times) if self.times else float("nan"),
                "cpu": statistics.median(self.cpu) if self.cpu else float("nan"), "lost": self.lost,
                "wrong": self.wrong, "late": self.late, **med}  # fmt: skip


def measure(k: BenchKernel, repeats: int, *subjects: Subject) -> list[dict]:
    """Update each subject's slider ``repeats`` times, taking turns (so that a change of the
    machine's speed falls on all of them alike); medians of time to idle and of each message
    count. ``shown`` (with the value put in) is the text the update must produce before the
    kernel goes idle; updates whose output came later, or never, count as "late"."""
    for i in range(repeats):
        for subject in subjects:
            subject.update(k, 1 + i % 99)
    return [subject.result() for subject in subjects]


def rerun_table(k: BenchKernel, sizes: list[int], repeats: int) -> str:
    rows = []
    for n in sizes:
        k.run(floor_cell(n))
        name = f"bench{n}"
        k.start_app(name, sliders_and_writes(n))
        ours, floor = measure(
            k, repeats,
            Subject(lambda: k.find("IntSliderModel", "Slider 0"),
                    lambda v: f"Slider 0 is {v}" in k.texts(), "Slider 0 is {}"),
            Subject(lambda: k.find("IntSliderModel", "Floor 0"),
                    lambda v: f"floor 0 is {v}" in [m.state["value"] for m in k.live("LabelModel")],
                    "floor 0 is {}"),
        )  # fmt: skip
        k.close_app(name)
        k.run("_floor.close(); [x.close() for x in _floor_sliders + _floor_labels]")
        k.run(rebuild_cell(f"rebuild{n}", sliders_and_writes(n)))
        reps = repeats if n <= 100 else max(3, repeats // 4)
        (rebuilt,) = measure(k, reps, Subject(lambda: k.find("IntSliderModel", "Slider 0"),
                                              lambda v: f"Slider 0 is {v}" in k.texts(),
                                              "Slider 0 is {}"))  # fmt: skip
        k.run(f"rebuild{n}.close()")
        for label, r in (("rerunner", ours), ("rebuild all", rebuilt), ("floor", floor)):
            rows.append([n, label, r["ms"], ratio(r["ms"], floor["ms"]), r["cpu"],
                         ratio(r["cpu"], floor["cpu"]), r["all"], r["comm_open"],
                         r["comm_msg"], r["comm_close"], r["lost"], r["wrong"], r["late"]])  # fmt: skip
    return table(
        "One slider update in a real kernel (median wall ms to idle and kernel CPU ms; iopub "
        "messages per update)",
        [
            "N",
            "runtime",
            "ms to idle",
            "/ floor",
            "kernel CPU ms",
            "/ floor (CPU)",
            "iopub",
            "comm_open",
            "comm_msg",
            "comm_close",
            "lost",
            "wrong output",
            "output after idle",
        ],  # fmt: skip
        rows,
    )


def _paced_cell(name: str, w: int) -> str:
    return f"%%rerun --name {name}\n{sliders_and_writes(w // 2)}"


def _set_threshold(k: BenchKernel, threshold: int | None) -> None:
    """Pace as shipped (None), or never (a threshold no page reaches): the display as before."""
    value = "_rr_pacing.SHIPPED_THRESHOLD" if threshold is None else str(threshold)
    k.run(
        "import rerunner.render.pacing as _rr_pacing\n"
        "_rr_pacing.SHIPPED_THRESHOLD = getattr(_rr_pacing, 'SHIPPED_THRESHOLD', _rr_pacing.THRESHOLD)\n"
        f"_rr_pacing.THRESHOLD = {value}"
    )


def display_table(k: BenchKernel, sizes: list[int], repeats: int, stall: float) -> str:
    rows = []
    for w in sizes:
        for label, threshold in (("rerunner", None), ("rerunner, unpaced", 10**9)):
            _set_threshold(k, threshold)
            times, cpus, batches, created, lost = [], [], [], [], []
            for i in range(repeats):
                name = f"show{w}_{i}"
                before, cpu = k.widget_count(), k.cpu_seconds()
                shown = k.execute_paced(_paced_cell(name, w), cell_id=new_cell_id())
                cpus.append((k.cpu_seconds() - cpu) * 1000)
                times.append(shown.seconds * 1000)
                batches.append(len(shown.tokens))
                created.append(k.widget_count() - before)
                lost.append(shown.lost(k))
                k.close_app(name)
            name = f"stalled{w}"
            if threshold is None:  # read nothing until the cell is over and a while after
                shown = k.execute_paced(
                    _paced_cell(name, w), cell_id=new_cell_id(), stall=lambda: time.sleep(stall)
                )
                published, stalled_lost = sum(shown.received.values()), shown.lost(k)
                published += stalled_lost
            else:  # no pacer to report to: the reader stalls until the kernel is done
                published, received = k.execute_stalled(_paced_cell(name, w), pause=stall)
                stalled_lost = published - received
            k.close_app(name)
            rows.append([w, label, statistics.median(times), statistics.median(cpus),
                         statistics.median(batches), statistics.median(created), max(lost),
                         published, stalled_lost])  # fmt: skip
        _set_threshold(k, None)
        times, cpus, created, lost = [], [], [], []
        for i in range(repeats):
            name = f"rebuild{w}_{i}"
            before, cpu = k.widget_count(), k.cpu_seconds()
            ex = k.run(rebuild_cell(name, sliders_and_writes(w // 2)))
            cpus.append((k.cpu_seconds() - cpu) * 1000)
            created.append(k.widget_count() - before)
            times.append(ex.seconds_to_idle * 1000)
            lost.append(k.published(ex) - len(ex.messages))
            k.run(f"{name}.close()")
        name = f"stalled_rebuild{w}"
        published, received = k.execute_stalled(
            rebuild_cell(name, sliders_and_writes(w // 2)), pause=stall
        )
        k.run(f"{name}.close()")
        rows.append([w, "rebuild all", statistics.median(times), statistics.median(cpus), 0,
                     statistics.median(created), max(lost), published, published - received])  # fmt: skip
    return table(
        "First display of an app of W widgets (W/2 sliders + W/2 writes; medians): until every "
        "widget is shown, with a reader that reports each batch as the browser's pacer does; "
        f"then with a reader that reads nothing until the cell is over and {stall} s after",
        [
            "W",
            "runtime",
            "ms to complete",
            "kernel CPU ms",
            "batches",
            "models created",
            "lost",
            "iopub published, stalled",
            "lost, reader stalled",
        ],  # fmt: skip
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,500")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--display", default="100,1200,5000")
    parser.add_argument("--display-repeats", type=int, default=3)
    parser.add_argument("--stall", type=float, default=2.0, help="seconds the stalled reader waits")
    args = parser.parse_args()
    print(f"Machine: {machine()}\n")
    k = BenchKernel()
    try:
        print(rerun_table(k, [int(s) for s in args.sizes.split(",")], args.repeats))
        print(display_table(k, [int(s) for s in args.display.split(",")], args.display_repeats,
                            args.stall))  # fmt: skip
    finally:
        k.close()


if __name__ == "__main__":
    main()
