"""Benchmark 10: the memory a kernel holds per widget and per element, and after 1,000 reruns.

    python benchmarks/bench_memory.py [--sizes 100,1000] [--reruns 1000] [--repeats 3]
                                      [--snapshot] [--frames 1]

Each measurement gets a fresh ipykernel, driven over jupyter_client with the messages a browser
sends. After a warm-up (a one-slider app shown, moved and closed, so imports and first-use caches
are paid before the baseline) the kernel's figures are read after a full ``gc.collect()``, the
app is shown, and they are read again. For the first display tracemalloc is started in the
kernel before anything else is imported, so every byte the app allocates is traced. The reruns
run in kernels of their own without tracemalloc (it makes a rerun about 8 times slower): the
app's first slider is moved ``--reruns`` times, each a ``comm_msg`` waited for until the kernel
is idle, and the figures are read after the display, after the first 100 reruns (the bounded
render caches are full by then: the slider cycles through 99 values) and after the last one.
Growth is counted in live pymalloc blocks (``sys.getallocatedblocks``: every small object, so a
leak of one object per rerun shows as about one block per rerun), gc-tracked objects, ipywidgets
models, USS and RSS. ``--snapshot`` traces those kernels too and prints tracemalloc's
``compare_to`` of rerun 100 with the last, grouped by traceback (``--frames 15``, say).

The app is ``apps.sliders_and_writes(N)`` (N keyed sliders, each followed by an ``st.write``),
beside a bare ipywidgets app of the same widgets: N IntSliders and N HTML widgets in a VBox,
each slider observed by a function that sets its HTML's value, as the app's text says.

"traced" is tracemalloc's count of live bytes; "USS" and "RSS" come from
``/proc/self/smaps_rollup`` (the process's own pages and all its resident pages, which the
allocator rarely gives back, so they show peaks too). jupyter_client's replay-protection
history (one signature per message received, kept up to 65,536) is emptied at every reading,
as the soak test does: it grows with any traffic, not with the app.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import _paths  # noqa: F401  (before the driver: it puts rerunner's worktree on the path)
from apps import sliders_and_writes
from report import machine, table

from tests.support.kernel_client import KernelSession, new_cell_id

START = """
import tracemalloc as _bm_tracemalloc
_bm_tracemalloc.start({frames})
"""

PROBE = """
import gc as _bm_gc, sys as _bm_sys, tracemalloc

def _bm_probe():
    get_ipython().kernel.session.digest_history.clear()
    _bm_gc.collect()
    fields = {}
    with open("/proc/self/smaps_rollup", encoding="ascii") as f:
        for line in f:
            name, _, rest = line.partition(":")
            if rest.strip().endswith("kB"):
                fields[name] = int(rest.split()[0]) * 1024
    import ipywidgets
    return {
        "traced": tracemalloc.get_traced_memory()[0],
        "rss": fields["Rss"],
        "uss": fields["Private_Clean"] + fields["Private_Dirty"],
        "widgets": len(ipywidgets.widgets.widget._instances),
        "gc_objects": len(_bm_gc.get_objects()),
        "blocks": _bm_sys.getallocatedblocks(),
    }

def _bm_snapshot():
    _bm_gc.collect()
    return _bm_tracemalloc.take_snapshot()

def _bm_compare(old, new, top=12):
    stats = new.compare_to(old, "traceback")
    lines = []
    for stat in stats[:top]:
        lines.append(str(stat))
        lines.extend("    " + line for line in stat.traceback.format()[-16:])
    return "\\n".join(lines)
"""

BARE = """
import ipywidgets as _bm_w

def _bm_bare(n):
    sliders, labels = [], []
    for i in range(n):
        slider = _bm_w.IntSlider(0, min=0, max=100, description=f"Slider {i}")
        label = _bm_w.HTML(f"Slider {i} is 0")
        slider.observe(lambda change, label=label, i=i: setattr(label, "value", f"Slider {i} is {change['new']}"), names="value")
        sliders.append(slider)
        labels.append(label)
    children = [x for pair in zip(sliders, labels) for x in pair]
    return _bm_w.VBox(children)

def _bm_close(box):
    for widget in [*box.children, box]:
        for part in (widget.layout, getattr(widget, "style", None)):
            if part is not None:
                part.close()
        widget.close()
"""


def show(k: KernelSession, runtime: str, name: str, n: int) -> None:
    if runtime == "rerunner":
        k.run(f"%%rerun --name {name}\n{sliders_and_writes(n)}", cell_id=new_cell_id(), timeout=600)
    else:
        k.run(f"{name} = _bm_bare({n})\ndisplay({name})", timeout=600)


def close(k: KernelSession, runtime: str, name: str) -> None:
    if runtime == "rerunner":
        k.run(f"__import__('rerunner.magic').magic.APPS.pop({name!r}).close()")
    else:
        k.run(f"_bm_close({name})")


def move(k: KernelSession, comm_id: str, times: int, offset: int = 0) -> None:
    for i in range(times):
        k.send_update(comm_id, {"value": 1 + (offset + i) % 99}, timeout=600)


def measure(runtime: str, n: int, reruns: int, frames: int, snapshot: bool) -> dict:
    """One fresh kernel: the figures at the baseline, after display, after 100 and ``reruns``.

    ``frames`` 0 traces nothing (tracemalloc makes a rerun about 8 times slower).
    """
    k = KernelSession()
    dump = os.path.join(k._tmp.name, "rerun100.snapshot")
    try:
        if frames:
            k.run(START.format(frames=frames))
        k.run("%load_ext rerunner")
        k.run(PROBE)
        k.run(BARE)
        # the warm-up: imports and first-use caches are paid before the baseline
        show(k, runtime, "warm", 1)
        move(k, k.find("IntSliderModel", "Slider 0").comm_id, 3)
        close(k, runtime, "warm")
        base = k.value("_bm_probe()")
        show(k, runtime, "app", n)
        shown = k.value("_bm_probe()")
        slider = k.find("IntSliderModel", "Slider 0").comm_id
        warm = min(100, reruns)
        started = time.perf_counter()
        move(k, slider, warm)
        after_warm = k.value("_bm_probe()")
        if snapshot:  # kept on disk, so that its objects are not counted as the app's
            k.run(f"_bm_snapshot().dump({dump!r})")
        move(k, slider, reruns - warm, offset=warm)
        seconds = time.perf_counter() - started
        after = k.value("_bm_probe()")
        text = ""
        if snapshot:
            # both read back only once taken, so that neither holds the other's objects
            k.run(f"_bm_snapshot().dump({dump + '.end'!r})")
            text = k.value(
                f"_bm_compare(*map(_bm_tracemalloc.Snapshot.load, [{dump!r}, {dump + '.end'!r}]))"
            )
        shown_value = 1 + (reruns - 1) % 99 if reruns else 0
        page = k.texts() if runtime == "rerunner" else k.html_texts()
        if f"Slider 0 is {shown_value}" not in page:
            raise AssertionError(f"{runtime}: the page does not show the last value {shown_value}")
    finally:
        k.close()
    return {"base": base, "shown": shown, "warm": after_warm, "after": after,
            "seconds": seconds, "snapshot": text}  # fmt: skip


def kib(value: float) -> str:
    return f"{value / 1024:,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--reruns", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--runtimes", default="rerunner,ipywidgets")
    parser.add_argument("--frames", type=int, default=1, help="tracemalloc frames per trace")
    parser.add_argument(
        "--snapshot", action="store_true",
        help="print tracemalloc's comparison (by traceback) of after 100 reruns with the end",
    )  # fmt: skip
    args = parser.parse_args()
    print(f"Machine: {machine()}\n", flush=True)
    display_rows, rerun_rows = [], []
    for n in [int(s) for s in args.sizes.split(",")]:
        for runtime in args.runtimes.split(","):
            shows = [measure(runtime, n, 0, args.frames, False) for _ in range(args.repeats)]
            runs = []
            for _ in range(args.repeats if args.reruns else 0):
                frames = args.frames if args.snapshot else 0
                runs.append(measure(runtime, n, args.reruns, frames, args.snapshot))
                if runs[-1]["snapshot"]:
                    print(f"#### {runtime}, N = {n}: growth from rerun 100 to {args.reruns}\n")
                    print(runs[-1]["snapshot"] + "\n", flush=True)

            def med(point: str, field: str, since: str = "base", runs=shows) -> float:
                return statistics.median(r[point][field] - r[since][field] for r in runs)

            models = med("shown", "widgets")
            traced = med("shown", "traced")
            display_rows.append([
                n, runtime, int(models), kib(traced), kib(med("shown", "uss")),
                kib(med("shown", "rss")), f"{traced / models:,.0f}", f"{traced / (2 * n):,.0f}",
                f"{med('shown', 'gc_objects') / (2 * n):.1f}",
            ])  # fmt: skip
            if runs:
                steady = args.reruns - min(100, args.reruns)
                rerun_rows.append([
                    n, runtime, int(med("after", "widgets", "shown", runs)),
                    int(med("after", "blocks", "shown", runs)),
                    int(med("after", "blocks", "warm", runs)),
                    f"{med('after', 'blocks', 'warm', runs) / max(steady, 1):.2f}",
                    int(med("after", "gc_objects", "warm", runs)),
                    kib(med("after", "uss", "shown", runs)), kib(med("after", "rss", "shown", runs)),
                    f"{statistics.median(r['seconds'] for r in runs):.0f}",
                ])  # fmt: skip
            print(f"N = {n}, {runtime}: done ({len(runs)} kernels)", flush=True)
        print_tables(args, display_rows, rerun_rows if args.reruns else [])


def print_tables(args: argparse.Namespace, display_rows: list, rerun_rows: list) -> None:
    load = os.getloadavg()
    print(f"\nLoad average (1, 5, 15 min) now: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    print(table(
        f"Held after the first display (medians of {args.repeats} kernels; KiB above the baseline)",
        ["N", "runtime", "models", "traced KiB", "USS KiB", "RSS KiB", "B / widget model",
         "B / element", "gc objects / element"],
        display_rows,
    ))  # fmt: skip
    if not rerun_rows:  # --reruns 0: the first display alone
        return
    print(table(
        f"After {args.reruns} reruns (one slider moved per rerun, "
        f"{'traced' if args.snapshot else 'untraced'} kernels; medians of "
        f"{args.repeats})",
        ["N", "runtime", "models since display", "blocks since display",
         "blocks after rerun 100", "blocks / rerun after 100", "gc objects after rerun 100",
         "USS KiB since display", "RSS KiB since display", "s for the reruns"],
        rerun_rows,
    ))  # fmt: skip


if __name__ == "__main__":
    main()
