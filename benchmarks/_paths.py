"""Make the worktree's ``rerunner`` and the tests' drivers (``tests.support``) importable from a
benchmark script."""

from __future__ import annotations

import os
import sys

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)

for path in (ROOT, BENCH_DIR):
    if path not in sys.path:
        sys.path.insert(0, path)
# A kernel started by a benchmark imports the same rerunner and the baseline.
os.environ["PYTHONPATH"] = os.pathsep.join(
    [ROOT, BENCH_DIR, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)
