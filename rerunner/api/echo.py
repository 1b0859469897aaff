"""``st.echo`` (show a block's source, then run it) and ``st.latex`` (typeset maths)."""

from __future__ import annotations

import linecache
import os
import sys
import textwrap
from types import FrameType
from typing import Any

from ..runtime.context import RunContext, require_run
from .lib import ElementHandle, add, check_width, handle, st_function
from .text import code

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@st_function
def latex(body: Any, *, help: str | None = None, width: Any = "stretch") -> ElementHandle:
    """Display mathematical expressions formatted as LaTeX (a string, or a sympy expression).

    Typeset in the browser by the front end's MathJax (bundled with JupyterLab and Voila).
    """
    check_width(width)
    if type(body).__module__.split(".", 1)[0] == "sympy":
        import sympy

        body = sympy.latex(body)
    return handle(add("latex", body=str(body), help=help))


def _caller() -> FrameType:
    """The frame of the user's code that called into rerunner (skipping our own frames)."""
    frame = sys._getframe(1)
    while frame.f_back is not None and (
        os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR + os.sep)
        or frame.f_code.co_filename.endswith("contextlib.py")
    ):
        frame = frame.f_back
    return frame


def block_source(filename: str, with_line: int) -> str:
    """The dedented body of the ``with`` statement that starts on line ``with_line`` (1-based)."""
    lines = linecache.getlines(filename)
    if not lines or with_line > len(lines):
        return ""
    header = lines[with_line - 1]
    indent = len(header) - len(header.lstrip())
    start = with_line - 1
    while start < len(lines) and not lines[start].split("#", 1)[0].rstrip().endswith(":"):
        start += 1  # a with statement written over several lines
    body: list[str] = []
    for line in lines[start + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        body.append(line)
    return textwrap.dedent("".join(body)).strip("\n")


class _Echo:
    """What ``st.echo`` returns: shows the block's code above (on entry) or below (on exit)."""

    def __init__(self, ctx: RunContext, source: str, below: bool) -> None:
        self._ctx = ctx
        self._source = source
        self._below = below
        self._target = ctx.target

    def _show(self) -> None:
        with self._ctx.inside(self._target):
            code(self._source, "python")

    def __enter__(self) -> None:
        if not self._below:
            self._show()

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._below and exc_type is None:
            self._show()


@st_function
def echo(code_location: str = "above") -> _Echo:
    """Use in a ``with`` block to show its code in the app, then run it.

    ``code_location="below"`` shows the code after the block's output.
    """
    ctx = require_run("echo")
    frame = _caller()
    source = block_source(frame.f_code.co_filename, frame.f_lineno)
    return _Echo(ctx, source, code_location == "below")
