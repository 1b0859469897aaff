"""The long-session soak: a 50-widget app rerun thousands of times in a real ipykernel.

    python benchmarks/soak.py [--reruns 10000] [--executions 100] [--samples 20]

Every rerun comes from a front-end comm message (a slider moved, a box ticked, a text typed, an
option picked, a button clicked) whose callback moves the app's window of 50 keys by one, so
keys appear and disappear on every rerun; the cell is re-executed ``--executions`` times. Prints
the kernel's figures at each sample (live ipywidgets, open comms, widget and App objects alive,
rerunner's registries, gc objects, RSS) and the start/middle/end summary. The app and the
probe are in ``tests/support/soak.py``; ``tests/kernel/test_soak.py`` asserts on the same figures.
"""

from __future__ import annotations

import argparse
import time

# The kernel must import this checkout's rerunner, not whichever one is installed: _paths sees to it.
import _paths  # noqa: F401

from tests.support.kernel_client import KernelSession
from tests.support.soak import COUNTS, Sample, Soak, drift

COLUMNS = ("reruns", "executions", "widgets", "comms", "client_models", "widget_objects",
           "app_objects", "shared_models", "state_widgets", "gc_objects", "allocated_blocks", "rss_kb")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=10_000)
    parser.add_argument("--executions", type=int, default=100)
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args()

    kernel = KernelSession()
    started = time.perf_counter()
    try:
        kernel.run("%load_ext rerunner")
        soak = Soak(kernel, on_sample=_print_row)
        print("  ".join(f"{c:>14}" for c in COLUMNS))
        samples = soak.run(args.reruns, args.executions, args.samples)
    finally:
        kernel.close()
    seconds = time.perf_counter() - started

    first, middle, last = samples[0], samples[len(samples) // 2], samples[-1]
    print()
    print(f"{soak.reruns} reruns, cell executed {soak.executions} times, {seconds:.0f} s")
    for name, label in (("widgets", "live ipywidgets"), ("comms", "open comms (kernel)"),
                        ("client_models", "open comms (front end)"), ("gc_objects", "gc objects"),
                        ("allocated_blocks", "allocated blocks"),
                        ("rss_kb", "RSS kB")):  # fmt: skip
        print(f"{label:>24}: start {first.figures[name]:>9}  middle {middle.figures[name]:>9}"
              f"  end {last.figures[name]:>9}")  # fmt: skip
    moved = drift(samples)
    print("counts constant:", "yes" if not moved else f"NO {moved}", f"({', '.join(COUNTS)})")


def _print_row(sample: Sample) -> None:
    cells = [sample.reruns, sample.executions, *(sample.figures[c] for c in COLUMNS[2:])]
    print("  ".join(f"{v:>14}" for v in cells), flush=True)


if __name__ == "__main__":
    main()
