"""A body's code: compiled once, executed per run in a fresh namespace, its errors formatted."""

from __future__ import annotations

import ast
import asyncio
import inspect
import linecache
import os
import sys
import traceback
from types import CodeType, ModuleType
from typing import Any

from . import aio, imports
from .autowrite import WRITER, add_autowrite, writer
from .context import current_run
from .imports import builtins_with_streamlit

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_ASYNCIO_DIR = os.path.dirname(os.path.abspath(asyncio.__file__)) + os.sep


class Script:
    """The source of one app, compiled on first use so a SyntaxError shows in the app."""

    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        self._code: CodeType | None = None
        self.register_lines()
        imports.install(current_run)  # the modules the body imports may import streamlit too

    @property
    def folder(self) -> str | None:
        """The folder of the script's file (what its page files are relative to), or None for a
        cell's body (the notebook's folder: the working directory)."""
        return os.path.dirname(self.filename) if os.path.isfile(self.filename) else None

    def register_lines(self) -> None:
        """Let tracebacks read this source's lines (through linecache, as IPython does for cells)."""
        source = self.source
        linecache.cache[self.filename] = (len(source), None, source.splitlines(True), self.filename)

    @property
    def code(self) -> CodeType:
        """The compiled body, with Streamlit's magic: bare expressions are written. A body with
        a top-level ``await`` compiles to a coroutine, as an IPython cell does."""
        if self._code is None:
            tree = ast.parse(self.source, self.filename, "exec")
            self._code = compile(
                add_autowrite(tree), self.filename, "exec", flags=_TOP_LEVEL_AWAIT,
                dont_inherit=True,
            )  # fmt: skip
        return self._code

    def execute(self, base: dict[str, Any], st_module: ModuleType) -> dict[str, Any]:
        """Run the body in a copy of ``base`` with ``st`` bound and ``import streamlit`` mapped."""
        namespace = dict(base)
        namespace["st"] = st_module
        namespace[WRITER] = writer(st_module)
        namespace.setdefault("__name__", "__main__")
        namespace["__builtins__"] = builtins_with_streamlit(st_module)
        _end_run_on_exit(namespace)
        run_code(self.code, namespace)
        return namespace


_TOP_LEVEL_AWAIT = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


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


def run_code(code: CodeType, namespace: dict[str, Any]) -> None:
    """Execute a compiled body; one with a top-level ``await`` runs on a loop of its own."""
    if code.co_flags & inspect.CO_COROUTINE:
        aio.run(eval(code, namespace))
    else:
        exec(code, namespace)


def format_traceback(exc: BaseException) -> list[str]:
    """The traceback lines a user needs: rerunner's own frames are left out."""
    tb = exc.__traceback__
    frames = [
        frame
        for frame in traceback.extract_tb(tb)
        if not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep)
    ]
    while frames and os.path.abspath(frames[0].filename).startswith(_ASYNCIO_DIR):
        del frames[0]  # the loop that runs a body with a top-level await is rerunner's too
    lines = traceback.format_list(frames)
    if isinstance(exc, SyntaxError):
        lines += traceback.format_exception_only(type(exc), exc)[:-1]
    return [line.rstrip("\n") for line in lines]
