"""What the tests (and the benchmarks) use but which holds no test: drivers, models, reference."""

from __future__ import annotations

from pathlib import Path

#: The repository's root (the folder holding ``rerunner/``, ``tests/`` and ``notebooks/``).
REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
README = REPO / "README.md"
