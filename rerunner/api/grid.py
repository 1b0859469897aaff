"""``st.grid``: a responsive grid whose direct children are its cells; ``grid.cell()`` groups
several elements into one cell and spans columns or rows.

The grid is a ``grid`` container; a cell made by ``cell()`` is a ``grid_cell`` container inside
it, and anything else written straight into the grid takes a cell of its own when drawn
(``render/grid.py``). How many columns fit is the browser's business (CSS grid tracks), as in
Streamlit, where the front end reflows the cells with the available width.
"""

from __future__ import annotations

from typing import Any

from ..elements import container as block_element
from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from ..runtime.context import require_run
from .layout import GAPS
from .lib import Block, check_height, check_width, st_function

UINT32_MAX = 2**32 - 1
_GAP_VALUES = ", ".join([*(f"'{g}'" for g in GAPS), "None", "a non-negative integer (pixels)"])


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    """Two parameter values that cannot be used together."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _value_error(param: str, valid: str, detail: str) -> StreamlitValueError:
    return StreamlitValueError(f"Invalid `{param}` value. Supported values: {valid}. {detail}")


def _type_error(param: str, value: Any, expected: str) -> StreamlitInvalidParameterTypeError:
    return StreamlitInvalidParameterTypeError(
        f"Invalid `{param}` type. Expected one of: {expected}. Provided type: "
        f"{type(value).__name__}."
    )


def _range_error(param: str, value: Any, low: Any, high: Any) -> StreamlitValueOutOfRangeError:
    return StreamlitValueOutOfRangeError(
        f"The `{param}` parameter, set to {value}, is outside the required range [{low}, {high}]."
    )


def _check_uint32(param: str, value: int, low: int = 1) -> None:
    if value < low or value > UINT32_MAX:
        raise _range_error(param, value, low, UINT32_MAX)


def _auto_or_positive(param: str, value: Any, word: str) -> Any:
    """``word`` ("auto", "content") or a positive int, with Streamlit's errors."""
    if isinstance(value, str) and value == word:
        return value
    if isinstance(value, str):
        raise _value_error(param, f'"{word}", a positive integer', f"Got {value!r}.")
    if not _is_int(value):
        raise _type_error(param, value, f'int, "{word}"')
    if value < 1:
        raise _value_error(param, f'"{word}", a positive integer', f"Got {value!r}.")
    _check_uint32(param, value)
    return value


def _gap(value: Any, detail: str | None) -> Any:
    if _is_int(value) and value >= 0:
        _check_uint32("gap", value, low=0)
        return value
    if value is None:
        return None
    if isinstance(value, str) and value.lower() in GAPS:
        return value.lower()
    raise _value_error("gap", _GAP_VALUES, f"Got {value!r}." if detail is None else detail)


class GridContainer(Block):
    """What ``st.grid`` returns: write into it with ``with`` or its methods; each element
    written straight into it is a cell, and ``cell()`` makes a cell that holds several."""

    def __init__(self, element: Any, columns: str | int) -> None:
        super().__init__(element)
        self._declared_columns = columns

    def __enter__(self) -> GridContainer:
        super().__enter__()
        return self

    def cell(self, *, column_span: int | str = 1, row_span: int = 1) -> Block:
        """Add the next cell of the grid, to group several elements or span tracks.

        Parameters
        ----------
        column_span : int or "all"
            How many columns the cell spans (default 1; when the grid wraps to fewer columns
            the span shrinks to fit; with an int ``columns`` it can't exceed it), or ``"all"``
            for a row of its own.
        row_span : int
            How many rows the cell spans (default 1).

        Returns
        -------
        Block
            A container for the cell's elements, with ``with`` or its methods.
        """
        if isinstance(column_span, str) and column_span == "all":
            span: int | str = "all"
        elif isinstance(column_span, str):
            raise _value_error("column_span", '"all", a positive integer', f"Got {column_span!r}.")
        elif not _is_int(column_span):
            raise _type_error("column_span", column_span, 'int, "all"')
        elif column_span < 1:
            raise _value_error("column_span", '"all", a positive integer', f"Got {column_span!r}.")
        else:
            _check_uint32("column_span", column_span)
            declared = self._declared_columns
            if declared != "auto" and column_span > declared:
                raise _range_error("column_span", column_span, 1, declared)
            span = column_span
        if not _is_int(row_span):
            raise _type_error("row_span", row_span, "int")
        if row_span < 1:
            raise _value_error("row_span", "a positive integer", f"Got {row_span!r}.")
        _check_uint32("row_span", row_span)
        ctx = require_run("grid")
        cell = block_element("grid_cell", column_span=span, row_span=row_span)
        with ctx.inside(self._element):
            ctx.add(cell)
        return Block(cell)


@st_function
def grid(
    columns: str | int = "auto",
    *,
    min_column_width: str | int = "auto",
    wrap: bool = True,
    gap: Any = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    row_height: str | int = "content",
    width: str | int = "stretch",
    height: str | int = "content",
    key: str | int | None = None,
    dense: bool = False,
) -> GridContainer:
    """Insert a responsive grid container.

    For repeated cards, metric walls, galleries and dashboard panels: each element written
    straight into the grid becomes a cell, and the cells reflow with the available width.
    ``grid.cell()`` groups several elements into one cell and spans columns or rows. An
    ``st.empty()`` written into the grid reserves a cell; a heading takes a cell too, so keep
    section headings outside the grid.

    Parameters
    ----------
    columns : "auto" or int
        ``"auto"`` (default) fits as many columns as the width allows (at most 24), each at
        least ``min_column_width`` wide. An int from 1 to 24 is the most columns: with ``wrap``
        the grid shows fewer when cells would be narrower than ``min_column_width``; without, it
        keeps them and scrolls sideways.
    min_column_width : "auto" or int
        The narrowest a column gets before the grid wraps to fewer: ``"auto"`` (default) about
        200 pixels, or a width in pixels.
    wrap : bool
        Whether the grid may show fewer columns as it narrows (default ``True``); ``False``
        needs an int ``columns``.
    gap : "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", int, tuple, list, or None
        The gap between cells (default ``"small"``, 1rem): a size name (0.25rem to 8rem),
        pixels, ``None`` for none, or a ``(row_gap, column_gap)`` pair of those.
    vertical_alignment : "top", "center", or "bottom"
        Where content sits in its cell (default ``"top"``); the cell itself fills the row.
    border : bool
        Whether each cell has a border (default ``False``).
    row_height : "content" or int
        ``"content"`` (default): each row as tall as its tallest cell; an int: every row that
        many pixels, taller content scrolling inside its cell.
    width : "stretch" or int
        ``"stretch"`` (default) the parent's width, or a width in pixels.
    height : "content", "stretch", or int
        ``"content"`` (default) the cells' height, ``"stretch"`` at least the parent's, or
        pixels (scrolling when the content is taller).
    key : str, int, or None
        A key for the grid, also the CSS class ``st-key-<key>`` on it.
    dense : bool
        Whether later cells may fill holes left by spanning cells (default ``False``: cells
        keep their order).

    Returns
    -------
    GridContainer
        A container for ``with`` or method calls, with ``cell()``.

    Example
    -------
    >>> import streamlit as st
    >>> grid = st.grid(4)
    >>> for label, value in [("Revenue", "$1.2M"), ("Pipeline", "$4.8M"), ("Churn", "3%")]:
    ...     grid.metric(label, value, border=True)
    >>> with grid.cell(column_span="all"):
    ...     st.caption("Trailing 30 days")
    """
    if not isinstance(wrap, bool):
        raise StreamlitValueError("Invalid `wrap` value. Supported values: True, False.")
    for name, value in (("border", border), ("dense", dense)):
        if not isinstance(value, bool):
            raise _type_error(name, value, "bool")
    if isinstance(columns, str) and columns == "auto":
        count: str | int = "auto"
    elif isinstance(columns, str):
        raise _value_error("columns", '"auto", an integer from 1 to 24', f"Got {columns!r}.")
    elif not _is_int(columns):
        raise _type_error("columns", columns, 'int, "auto"')
    elif not 1 <= columns <= 24:
        raise _range_error("columns", columns, 1, 24)
    else:
        count = columns
    if count == "auto" and wrap is False:
        raise StreamlitIncompatibleParametersError(
            '`columns="auto"` and `wrap=False` cannot be used together. `wrap=False` requires '
            "an explicit column count. Pass an integer, such as `st.grid(3, wrap=False)`."
        )
    min_width = _auto_or_positive("min_column_width", min_column_width, "auto")
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise _value_error(
                "gap",
                "a gap size, a 2-tuple or 2-list of (row_gap, column_gap)",
                f"Got a sequence with {len(gap)} elements.",
            )
        row_gap, column_gap = gap
        details = (f"Got {row_gap!r} for the row gap in `gap`.",
                   f"Got {column_gap!r} for the column gap in `gap`.")  # fmt: skip
    else:
        row_gap = column_gap = gap
        details = (None, None)
    if vertical_alignment not in ("top", "center", "bottom"):
        raise _value_error(
            "vertical_alignment", "'top', 'center', 'bottom'", f"Got {vertical_alignment!r}."
        )
    rows = _auto_or_positive("row_height", row_height, "content")
    check_width(width, ("stretch",))
    check_height(height, ("content", "stretch"))
    gaps = (_gap(row_gap, details[0]), _gap(column_gap, details[1]))
    element = require_run("grid").add(
        block_element(
            "grid",
            columns=count,
            min_column_width=min_width,
            wrap=wrap,
            row_gap=gaps[0],
            column_gap=gaps[1],
            vertical_alignment=vertical_alignment,
            border=border,
            row_height=rows,
            width=width,
            height=height,
            key=None if key is None else str(key),
            dense=dense,
        )
    )
    return GridContainer(element, count)
