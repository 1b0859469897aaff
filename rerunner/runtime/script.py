"""A body's code: compiled once, executed per run in a fresh namespace, its errors formatted."""

from __future__ import annotations

import ast
import builtins
import linecache
import os
import sys
import traceback
from collections.abc import Callable
from types import CodeType, ModuleType
from typing import Any

from .autowrite import WRITER, add_autowrite, writer

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Script:
    """The source of one app, compiled on first use so a SyntaxError shows in the app."""

    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        self._code: CodeType | None = None
        self.register_lines()

    def register_lines(self) -> None:
        """Let tracebacks read this source's lines (through linecache, as IPython does for cells)."""
        source = self.source
        linecache.cache[self.filename] = (len(source), None, source.splitlines(True), self.filename)

    @property
    def code(self) -> CodeType:
        """The compiled body, with Streamlit's magic: bare expressions are written."""
        if self._code is None:
            tree = ast.parse(self.source, self.filename, "exec")
            self._code = compile(add_autowrite(tree), self.filename, "exec", dont_inherit=True)
        return self._code

    def execute(self, base: dict[str, Any], st_module: ModuleType) -> dict[str, Any]:
        """Run the body in a copy of ``base`` with ``st`` bound and ``import streamlit`` mapped."""
        namespace = dict(base)
        namespace["st"] = st_module
        namespace[WRITER] = writer(st_module)
        namespace.setdefault("__name__", "__main__")
        namespace["__builtins__"] = _builtins_with_streamlit(st_module)
        _end_run_on_exit(namespace)
        exec(self.code, namespace)
        return namespace


def _end_run_on_exit(namespace: dict[str, Any]) -> None:
    """``exit()`` and ``quit()`` end the run, as in a Streamlit script.

    A notebook's ``exit`` is IPython's, which shuts the kernel down; in a body it becomes what
    a script's is: ``raise SystemExit``, which the app takes as the run's quiet end.
    """
    autocall = getattr(sys.modules.get("IPython.core.autocall"), "ExitAutocall", None)
    if autocall is None:
        return
    for name in ("exit", "quit"):
        if isinstance(namespace.get(name), autocall):
            namespace[name] = _exit_run


def _exit_run(code: object = None) -> None:
    raise SystemExit(code)


def _builtins_with_streamlit(st_module: ModuleType) -> dict[str, Any]:
    """Builtins whose ``__import__`` answers ``streamlit`` with rerunner's st namespace.

    Only code whose globals are the run's namespace sees this, so ``import streamlit`` keeps its
    meaning everywhere else in the notebook.
    """
    real_import: Callable[..., Any] = builtins.__import__

    def import_(name: str, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002
        if level == 0 and (name == "streamlit" or name.startswith("streamlit.")):
            return st_module.resolve_import(name, fromlist)
        return real_import(name, globals, locals, fromlist, level)

    table = dict(vars(builtins))
    table["__import__"] = import_
    return table


def format_traceback(exc: BaseException) -> list[str]:
    """The traceback lines a user needs: rerunner's own frames are left out."""
    tb = exc.__traceback__
    frames = [
        frame
        for frame in traceback.extract_tb(tb)
        if not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep)
    ]
    lines = traceback.format_list(frames)
    if isinstance(exc, SyntaxError):
        lines += traceback.format_exception_only(type(exc), exc)[:-1]
    return [line.rstrip("\n") for line in lines]
