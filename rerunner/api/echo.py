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
    """Display a mathematical expression typeset from LaTeX.

    ``body`` is LaTeX maths (without surrounding ``$``), or a SymPy expression, which is converted
    with ``sympy.latex``. Write LaTeX in raw strings (``r"..."``) so that its backslashes reach the
    typesetter unchanged. In a notebook the expression is typeset by the front end's MathJax.

    Parameters
    ----------
    body : str or sympy.Expr
        The expression to show: a LaTeX string, or a SymPy expression.
    help : str or None, optional
        A tooltip shown in a small icon next to the expression. Markdown is allowed. ``None``
        (default) shows no tooltip.
    width : "stretch", "content", or int, optional
        The expression's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> import sympy
    >>> st.latex("a^2 + b^2 = c^2", help="Pythagoras' theorem")
    >>> x = sympy.Symbol("x")
    >>> st.latex(sympy.Integral(x**2, (x, 0, 1)))
    """
    check_width(width)
    if type(body).__module__.split(".", 1)[0] == "sympy":
        import sympy

        body = sympy.latex(body)
    return handle(add("latex", body=str(body), help=help, width=width))


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
    """Show the code of a ``with`` block in the app, then run it.

    Use as ``with st.echo():``. The source of the block appears as a Python code block, above the
    output the block produces (or below it), which is handy for tutorials, demos and teaching
    notebooks. The source is read from the ``%%rerun`` cell or script the block is written in.

    Parameters
    ----------
    code_location : "above" or "below", optional
        Where the code appears, relative to the block's output: ``"above"`` (default) or
        ``"below"``.

    Returns
    -------
    context manager
        Use it in a ``with`` statement; it shows the code and then runs the block. It yields nothing
        to ``as``.

    Example
    -------
    >>> import streamlit as st
    >>> with st.echo():
    ...     total = sum(range(1, 11))
    ...     st.write("The sum of 1 to 10 is", total)
    """
    ctx = require_run("echo")
    frame = _caller()
    source = block_source(frame.f_code.co_filename, frame.f_lineno)
    return _Echo(ctx, source, code_location == "below")
