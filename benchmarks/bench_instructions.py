"""Benchmark 1b: machine instructions per rerun, counted by valgrind (needs ``valgrind``).

    python benchmarks/bench_instructions.py [--sizes 10,100] [--reruns 40] [--against DIR]

Times on a shared virtual machine swing by half again from one minute to the next, which hides a
change of a few percent. Instructions do not swing: each figure is the count of a process that
runs the app of ``bench_rerun.py`` (N keyed sliders and N writes, one slider changed per rerun)
for ``--reruns`` reruns, minus the count of the same process running none, divided by the
reruns. "script alone" is the same for the script with an ``st`` that does nothing; "framework
share" the difference. ``--against DIR`` (another checkout, say a git worktree of the commit
before a change) prints its figures beside this checkout's. About two minutes per size and
checkout (valgrind runs Python some fifty times slower).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

import _paths
from report import machine, table

#: Runs in a fresh interpreter under valgrind: ``root`` is the checkout whose rerunner it runs.
CHILD = r"""
import os, sys
root = sys.argv[4]
sys.path[:0] = [root, os.path.join(root, "benchmarks")]
from apps import sliders_and_writes
n, reruns, what = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
if what == "rerunner":
    import ipywidgets as w
    from tests.support.inprocess import Harness
    h = Harness(sliders_and_writes(n))
    slider = h.find(w.IntSlider, "Slider 0")
    for i in range(5 + reruns):
        h.update(slider, value=1 + i % 100)
else:
    from bench_rerun import _NoFramework
    code = compile(sliders_and_writes(n), "<script alone>", "exec")
    for i in range(5 + reruns):
        exec(code, {"st": _NoFramework()})
"""


def instructions(root: str, n: int, reruns: int, what: str) -> int:
    """Instructions the process executes, by valgrind's callgrind (the whole process)."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": root}
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", CHILD, str(n), str(reruns), what, root],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_rerun(root: str, n: int, reruns: int, what: str) -> float:
    return (instructions(root, n, reruns, what) - instructions(root, n, 0, what)) / reruns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100")
    parser.add_argument("--reruns", type=int, default=40)
    parser.add_argument("--against", metavar="DIR", help="another checkout, printed beside")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is needed: apt-get install valgrind")
    print(f"Machine: {machine()}\n")
    roots = [("this checkout", _paths.ROOT)]
    if args.against:
        roots.append(
            (os.path.basename(os.path.abspath(args.against)), os.path.abspath(args.against))
        )
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        alone = per_rerun(_paths.ROOT, n, args.reruns, "alone")
        for label, root in roots:
            ours = per_rerun(root, n, args.reruns, "rerunner")
            share = ours - alone
            rows.append([n, label, round(ours / 1e6, 2), round(alone / 1e6, 3),
                         round(share / 1e6, 2), round(share / (2 * n) / 1e3, 1)])  # fmt: skip
    print(
        table(
            "Instructions per rerun (millions; N sliders + N writes, one slider changed)",
            [
                "N",
                "checkout",
                "rerunner",
                "script alone",
                "framework share",
                "per st call (thousands)",
            ],  # fmt: skip
            rows,
        )
    )


if __name__ == "__main__":
    main()
