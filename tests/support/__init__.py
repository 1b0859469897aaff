"""What the tests (and the benchmarks) use but which holds no test: drivers, models, reference."""

from __future__ import annotations

import shutil
from pathlib import Path

#: The repository's root (the folder holding ``rerunner/``, ``tests/`` and ``notebooks/``).
REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
README = REPO / "README.md"


def copy_notebooks(target: Path) -> Path:
    """A copy of ``notebooks/`` at ``target`` (the apps write files next to themselves), without
    checkpoints or the CSV files a previous run of an app left behind."""
    shutil.copytree(NOTEBOOKS, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.csv"))
    return target
