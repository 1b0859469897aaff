"""Streamlit's "magic": a bare expression on its own line is shown, as if passed to ``st.write``.

    "Hello *world*"        # shown as Markdown
    df                     # shown as a table
    x, y                   # shown side by side: st.write(x, y)

The rules are Streamlit's (with its default settings): expression statements in the script, and in
the bodies of functions, methods, ``with``, ``for``/``while``, ``if``, ``try`` and ``match``, are
wrapped in a call that writes the value and returns it. Calls (``st.write(...)`` itself,
``print(...)``) are left alone, and so are docstrings, ``yield`` and ``await``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

#: The name the wrapped expressions call; bound in the run's namespace.
WRITER = "__rerunner_autowrite__"

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_TRIES = tuple(getattr(ast, name) for name in ("Try", "TryStar") if hasattr(ast, name))
#: Statements whose bodies are visited, and which of their bodies.
_BLOCKS: dict[type, tuple[str, ...]] = {
    ast.FunctionDef: ("body",),
    ast.AsyncFunctionDef: ("body",),
    ast.With: ("body",),
    ast.AsyncWith: ("body",),
    ast.For: ("body", "orelse"),
    ast.AsyncFor: ("body", "orelse"),
    ast.While: ("body", "orelse"),
    ast.If: ("body", "orelse"),
    **{try_type: ("body", "orelse", "finalbody") for try_type in _TRIES},
}


def add_autowrite(tree: ast.Module) -> ast.Module:
    """Wrap the tree's displayable expression statements in calls to ``WRITER`` (in place)."""
    _visit(tree.body, docstring_allowed=True)
    return ast.fix_missing_locations(tree)


def _visit(body: list[ast.stmt], *, docstring_allowed: bool) -> None:
    for index, node in enumerate(body):
        if isinstance(node, ast.Expr):
            docstring = docstring_allowed and index == 0 and _is_string(node.value)
            if not docstring and not isinstance(
                node.value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)
            ):
                node.value = ast.copy_location(_write_call(node.value), node.value)
            continue
        if isinstance(node, ast.ClassDef):  # a class body is not shown; its methods are visited
            for inner in node.body:
                if isinstance(inner, _FUNCTIONS):
                    _visit(inner.body, docstring_allowed=True)
            continue
        if isinstance(node, _TRIES):
            for handler in node.handlers:
                _visit(handler.body, docstring_allowed=False)
        if isinstance(node, ast.Match):
            for case in node.cases:
                _visit(case.body, docstring_allowed=False)
            continue
        for field in _BLOCKS.get(type(node), ()):
            _visit(
                getattr(node, field),
                docstring_allowed=isinstance(node, _FUNCTIONS) and field == "body",
            )


def _is_string(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _write_call(value: ast.expr) -> ast.Call:
    args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
    return ast.Call(func=ast.Name(id=WRITER, ctx=ast.Load()), args=args, keywords=[])


def writer(st_module: Any) -> Callable[..., Any]:
    """The function wrapped expressions call: ``st.write`` that returns what it was given."""

    def write(*args: Any) -> Any:
        st_module.write(*args)
        return args[0] if len(args) == 1 else args

    return write
