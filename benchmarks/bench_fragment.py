"""Benchmark 7: a fragment rerun costs what the fragment holds, not what the page holds.

    python benchmarks/bench_fragment.py [--page 500] [--repeats 30]

Three apps, each changed through one slider: a 1-slider app (the yardstick); a page of N keyed
sliders (each followed by an ``st.write``) plus a fragment holding one slider and its write, the
fragment's slider changed (a fragment rerun); and the same page with its first slider changed
(a full rerun). In process (median CPU ms per rerun, the change going through ipywidgets' own
message handler, as ``bench_rerun.py``) and in a real kernel (median ms from sending the
``comm_msg`` a browser sends until the kernel is idle, with the iopub messages of the update).
"""

from __future__ import annotations

import argparse
import time

import _paths  # noqa: F401
from apps import sliders_and_writes
from kernels import BenchKernel, counts
from report import machine, median_ms, ratio, table

CLOCK = time.process_time

FRAGMENT = """
@st.fragment
def part():
    v = st.slider("Fragment slider", 0, 100, key="frag")
    st.write(f"Fragment slider is {v}")
part()
"""


def page_with_fragment(n: int) -> str:
    return sliders_and_writes(n) + FRAGMENT


def in_process(source: str, label: str, repeats: int) -> float:
    import ipywidgets as w

    from tests.support.inprocess import Harness

    h = Harness(source)
    slider = h.find(w.IntSlider, label)
    ms = median_ms(lambda i: h.update(slider, value=1 + i % 99), repeats, clock=CLOCK)
    h.app.close()
    return ms


def in_kernel(k: BenchKernel, name: str, source: str, label: str, repeats: int) -> dict:
    k.start_app(name, source)
    times, messages = [], []
    for i in range(repeats + 3):
        ex = k.send_update(k.find("IntSliderModel", label).comm_id, {"value": 1 + i % 99})
        if i >= 3:  # after a warm-up
            times.append(ex.seconds_to_idle * 1000)
            messages.append(counts(ex))
    k.close_app(name)
    times.sort()
    messages.sort(key=lambda c: c["all"])
    return {"ms": times[len(times) // 2], **messages[len(messages) // 2]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    n, repeats = args.page, args.repeats
    print(f"Machine: {machine()}\n")
    one = sliders_and_writes(1)
    page = page_with_fragment(n)
    apps = [
        ("1-slider app", one, "Slider 0"),
        (f"{n} sliders + fragment: fragment rerun", page, "Fragment slider"),
        (f"{n} sliders + fragment: full rerun", page, "Slider 0"),
    ]
    k = BenchKernel()
    try:
        in_kernel(k, "warmup", one, "Slider 0", repeats)  # a new kernel's first runs are slower
        seen = [
            (in_process(source, label, repeats), in_kernel(k, f"frag{i}", source, label, repeats))
            for i, (_what, source, label) in enumerate(apps)
        ]
    finally:
        k.close()
    base_process, base_kernel = seen[0][0], seen[0][1]["ms"]
    rows = [
        [what, process, ratio(process, base_process), kernel["ms"],
         ratio(kernel["ms"], base_kernel), kernel["all"], kernel["comm_msg"]]
        for (what, _source, _label), (process, kernel) in zip(apps, seen, strict=True)
    ]  # fmt: skip
    print(
        table(
            "A fragment rerun against a 1-slider app and a full rerun (median ms per rerun)",
            [
                "app, change",
                "in process (CPU ms)",
                "/ 1-slider",
                "kernel (ms to idle)",
                "/ 1-slider",
                "iopub",
                "comm_msg",
            ],  # fmt: skip
            rows,
        )
    )


if __name__ == "__main__":
    main()
