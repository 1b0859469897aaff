"""rerunner's modules import one another without cycles, function-level imports included.

Every module under ``rerunner/`` is parsed (never imported) and each import of a rerunner module
becomes an edge of the module graph, wherever the import statement is: at the top, or inside a
function, where it only hides a cycle until the function first runs. Imports under
``if TYPE_CHECKING:`` never run and are left out (they are how an annotation avoids a cycle).

How an import statement becomes edges, as Python executes it:

* ``import rerunner.api.text`` and ``from .api.text import name``: the module ``rerunner.api.text``;
* ``from . import x`` / ``from rerunner.api import x``: the submodule ``x`` if there is one, else
  the package whose ``__init__`` defines the name ``x``;
* importing a package means its ``__init__``; a package on the way to the target (``rerunner.api``
  for ``rerunner.api.text``) runs its ``__init__`` too, unless the importer is inside it (then that
  ``__init__`` is already running).

A cycle is a strongly connected component of more than one module, or a module importing itself.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import REPO


@dataclass(frozen=True)
class Import:
    """One edge of the graph: where the import statement is, and what it says."""

    path: Path
    line: int
    function: str | None  # the enclosing function, for an import inside one
    statement: str

    def where(self, root: Path) -> str:
        inside = f" (in {self.function})" if self.function else ""
        return f"{self.path.relative_to(root)}:{self.line}{inside}: {self.statement}"


Graph = dict[str, dict[str, list[Import]]]  # importer -> imported -> the statements


def modules_of(package_dir: Path) -> dict[str, Path]:
    """Every module of the package, by dotted name (a package by its ``__init__``)."""
    out = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Imports(ast.NodeVisitor):
    """The import statements of one module, with the function each one is in (if any)."""

    def __init__(self) -> None:
        self.found: list[tuple[ast.Import | ast.ImportFrom, str | None]] = []
        self.scopes: list[tuple[str, bool]] = []  # (name, is a function), outermost first

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        in_function = any(is_function for _, is_function in self.scopes)
        self.found.append((node, ".".join(n for n, _ in self.scopes) if in_function else None))

    visit_ImportFrom = visit_Import

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scopes.append((node.name, True))
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # a class body runs on import
        self.scopes.append((node.name, False))
        self.generic_visit(node)
        self.scopes.pop()

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):  # only its else branch runs
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)


def import_graph(package_dir: Path) -> Graph:
    modules = modules_of(package_dir)
    root = package_dir.name
    graph: Graph = {name: {} for name in modules}

    def existing(name: str) -> str | None:
        """``name`` if it is one of the package's modules, else the nearest enclosing one."""
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    def targets(importer: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> set[str]:
        """The package's modules one import statement names, before the packages on the way."""
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
            return {existing(n) for n in names if n == root or n.startswith(root + ".")} - {None}
        if node.level:  # relative: from the importer's package, up level - 1 packages
            base = importer.split(".") if is_package else importer.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            source = ".".join([*base, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        if source != root and not source.startswith(root + "."):
            return set()
        submodules = {f"{source}.{a.name}" for a in node.names}
        found = submodules & set(modules)
        if submodules - found:  # a name the package's (or module's) own code defines
            found.add(existing(source))
        return found - {None}

    for importer, path in modules.items():
        visitor = _Imports()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for node, function in visitor.found:
            edge = Import(path, node.lineno, function, ast.unparse(node))
            for target in targets(importer, path.name == "__init__.py", node):
                # the packages on the way run their __init__ first, unless the importer is in them
                parts = target.split(".")
                on_the_way = {".".join(parts[:i]) for i in range(1, len(parts))}
                for imported in {target} | {
                    p for p in on_the_way if p in modules and not _within(importer, p)
                }:
                    edges = graph[importer].setdefault(imported, [])
                    if edge not in edges:  # once for `import a.b, a.c`
                        edges.append(edge)
    return graph


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected components with more than one module, or with a self-import (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def shortest_cycle(graph: Graph, component: list[str]) -> list[str]:
    """One shortest import chain from the component's first module back to itself."""
    start, members = component[0], set(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node]):
            if target == start:
                return [*paths[node], start]
            if target in members and target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    raise AssertionError(f"no cycle through {start}")  # a component always has one


def report(graph: Graph, found: list[list[str]], root: Path) -> str:
    lines = [f"{len(found)} import cycle(s) among the modules of {root.name}/:"]
    for number, component in enumerate(found, 1):
        members = set(component)
        lines.append("")
        lines.append(f"{number}. {' -> '.join(shortest_cycle(graph, component))}")
        if len(component) > 2:
            lines.append(f"   all {len(component)} modules of this cycle: {', '.join(component)}")
        for importer in component:
            for target in sorted(t for t in graph[importer] if t in members):
                for edge in graph[importer][target]:
                    lines.append(f"   {importer} -> {target}    {edge.where(root.parent)}")
    return "\n".join(lines)


def check(package_dir: Path) -> None:
    graph = import_graph(package_dir)
    found = cycles(graph)
    assert not found, report(graph, found, package_dir)


# --- rerunner ---------------------------------------------------------------------------------


def test_rerunner_has_no_import_cycles() -> None:
    check(REPO / "rerunner")


def test_every_rerunner_module_is_in_the_graph() -> None:
    graph = import_graph(REPO / "rerunner")
    assert {"rerunner", "rerunner.st", "rerunner.api", "rerunner.runtime.app"} <= set(graph)
    assert "rerunner.state" in graph["rerunner"]  # `from .state import kernel_session_state`


# --- the checker itself, on small packages with known imports ----------------------------------


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root / next(iter(files)).split("/")[0]


def test_known_cycles_are_reported_function_level_imports_included(tmp_path: Path) -> None:
    package = write_package(
        tmp_path,
        {
            "fake/__init__.py": "",
            "fake/a.py": "from . import b\n",
            "fake/b.py": "class Late:\n    def later(self):\n        from .c import name\n",
            "fake/c.py": "from fake.a import other\n",
            "fake/selfish.py": "import fake.selfish\n",
            "fake/leaf.py": "from . import a\nimport os\n",  # into the cycle, not part of it
            "fake/pair/__init__.py": "from .one import x\n",
            "fake/pair/one.py": "from .. import pair\n",  # the package's __init__: a cycle
        },
    )
    with pytest.raises(AssertionError) as failure:
        check(package)
    message = str(failure.value)
    assert "3 import cycle(s) among the modules of fake/" in message
    assert "fake.a -> fake.b -> fake.c -> fake.a" in message
    assert "fake.b -> fake.c    fake/b.py:3 (in Late.later): from .c import name" in message
    assert "fake.selfish -> fake.selfish" in message
    assert "fake.pair -> fake.pair.one -> fake.pair" in message
    assert "fake.leaf" not in message
    assert cycles(import_graph(package)) == [
        ["fake.a", "fake.b", "fake.c"],
        ["fake.pair", "fake.pair.one"],
        ["fake.selfish"],
    ]


def test_imports_resolve_as_python_runs_them(tmp_path: Path) -> None:
    package = write_package(
        tmp_path,
        {
            "pkg/__init__.py": "VERSION = 1\n",
            "pkg/top.py": "from . import VERSION, sub\nfrom .sub import deep\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/deep.py": "from .. import top as _t\nfrom ..top import thing\n",
            "pkg/sub/other.py": "import pkg.sub.deep\nfrom . import deep, missing\n",
            "pkg/outside.py": "import pkg.sub.deep\nimport json\nfrom typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from . import top\n",
        },
    )
    graph = {name: set(targets) for name, targets in import_graph(package).items()}
    assert graph == {
        "pkg": set(),
        "pkg.top": {"pkg", "pkg.sub", "pkg.sub.deep"},  # VERSION is the package's; sub is a module
        "pkg.sub": set(),
        "pkg.sub.deep": {"pkg.top"},
        "pkg.sub.other": {"pkg.sub.deep", "pkg.sub"},  # `missing` is no module: the package's
        "pkg.outside": {
            "pkg.sub",
            "pkg.sub.deep",
        },  # pkg.sub's __init__ runs first; no TYPE_CHECKING
    }
    assert cycles(import_graph(package)) == [["pkg.sub.deep", "pkg.top"]]


def test_an_acyclic_package_passes(tmp_path: Path) -> None:
    package = write_package(
        tmp_path,
        {
            "clean/__init__.py": "from .api import run\n",
            "clean/api.py": "from .core import step\n\ndef run():\n    from . import core\n",
            "clean/core.py": "import os\n",
        },
    )
    check(package)
