"""README's parameter tables are exactly what ``docs/gen_api_tables.py`` generates from the
registry (regenerate them with ``python docs/gen_api_tables.py --write``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location(
        "gen_api_tables", ROOT / "docs" / "gen_api_tables.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_holds_the_generated_tables() -> None:
    gen = _generator()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(gen.START) == 1 and readme.count(gen.END) == 1
    start, end = readme.index(gen.START), readme.index(gen.END) + len(gen.END)
    assert readme[start:end] == gen.block(), "run: python docs/gen_api_tables.py --write"


def test_the_tables_name_every_parameter_once() -> None:
    import inspect

    from rerunner import st
    from rerunner.api import registry

    tables = registry.markdown_tables(st)
    for name, fn in registry.public_calls(st).items():
        row = next(line for line in tables.splitlines() if line.startswith(f"| `st.{name}` |"))
        cells = row.split(" | ")[1:]
        listed = [p.strip(" `|") for cell in cells for p in cell.split(", ") if p.strip(" `|—")]
        assert sorted(listed) == sorted(inspect.signature(fn).parameters), name
