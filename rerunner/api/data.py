"""Data elements: ``st.dataframe``, ``st.table`` and ``st.metric``.

A dataframe or table keeps a (copy-on-write) snapshot of its data in the element; the render
layer sends the browser one page of rows at a time, so a 100,000-row frame costs one page.
"""

from __future__ import annotations

import numbers
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    UnsupportedError,
)
from .frames import HEADERLESS, INDEXLESS, snapshot, to_dataframe
from .lib import (
    ElementHandle,
    add,
    check_height,
    check_icon,
    check_label_visibility,
    check_width,
    handle,
    st_function,
    unsupported,
)


def _visible_columns(frame: Any, column_order: Iterable[str] | None) -> list[Any] | None:
    """The columns to show, in order (None: all); names not in the data are skipped."""
    if column_order is None:
        return None
    if isinstance(column_order, str):
        column_order = [column_order]
    present = set(frame.columns)
    return [c for c in column_order if c in present]


@st_function
def dataframe(
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    key: Any = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: Any = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a DataFrame (or a Series, dict, list, array...) as a scrollable, paged table.

    Only the rows of the page on screen are sent to the browser; buttons below the table move
    between pages without rerunning the app. ``hide_index``, ``column_order``, ``height``
    (pixels, ``"auto"``, ``"stretch"``, ``"content"``), ``row_height`` and ``placeholder`` (the
    text for missing values) are honoured. Row selections and ``column_config`` are not
    supported yet.
    """
    if on_select != "ignore":
        if on_select == "rerun" or callable(on_select):
            raise UnsupportedError(
                "`st.dataframe(on_select=...)` (row and column selections) is not supported by "
                "rerunner yet; leave `on_select` at 'ignore'."
            )
        raise StreamlitValueError(
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
        )
    unsupported("dataframe", column_config=column_config)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    check_height(height, also=("auto",))
    frame, shape = to_dataframe(data, "dataframe")
    if hide_index is None:
        hide_index = shape in INDEXLESS
    return handle(
        add(
            "dataframe",
            frame=snapshot(frame),
            columns=_visible_columns(frame, column_order),
            hide_index=bool(hide_index),
            hide_header=False,
            border=True,
            width=width,
            height=height,
            row_height=row_height,
            placeholder=placeholder,
            alt=alt,
        )
    )


@st_function
def table(
    data: Any = None,
    *,
    border: bool | str = True,
    width: Any = "stretch",
    height: Any = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a static table (all columns, no scrolling unless ``height`` is given).

    A table longer than a page is paged like ``st.dataframe``. A pandas ``Styler`` shows its
    data; its styles are not applied.
    """
    if not isinstance(border, bool) and border != "horizontal":
        raise StreamlitValueError(
            "Invalid `border` value. Supported values: True, False, 'horizontal'."
        )
    check_width(width)
    check_height(height)
    frame, shape = to_dataframe(data, "table")
    if hide_index is None:
        import pandas as pd

        hide_index = isinstance(frame.index, pd.RangeIndex)
    if hide_header is None:
        hide_header = shape in HEADERLESS
    return handle(
        add(
            "table",
            frame=snapshot(frame),
            columns=None,
            hide_index=bool(hide_index),
            hide_header=bool(hide_header),
            border=border,
            width=width,
            height=height,
            alt=alt,
        )
    )


# --- metric ---------------------------------------------------------------------------------

DELTA_COLORS = (
    "normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray",
    "grey", "primary",
)  # fmt: skip
DELTA_ARROWS = ("auto", "up", "down", "off")
_NUMBER_TYPES = "int, float, Decimal, NumPy number"


def _metric_number(value: Any, name: str, fmt: str | None) -> str:
    """A number (Python, Decimal or numpy) as the metric shows it, in ``fmt`` if given."""
    number = value
    if not isinstance(value, numbers.Number) and hasattr(value, "item"):  # numpy scalars
        try:
            number = value.item()
        except (TypeError, ValueError):
            number = None
    if not isinstance(number, numbers.Number):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `{name}` type. Expected one of: {_NUMBER_TYPES}. Provided type: "
            f"{type(value).__name__}. Convert the value to a number type."
        )
    if fmt is not None and fmt != "plain" and not isinstance(number, bool):
        return fmt % number
    return str(value)


def _metric_text(value: Any, name: str, fmt: str | None, empty: str) -> str:
    if value is None or (name == "delta" and value == ""):
        return empty
    if isinstance(value, str):
        return value if name == "value" else textwrap.dedent(value)
    return _metric_number(value, name, fmt)


def _direction(delta: Any, text: str) -> str:
    """``"up"``, ``"down"`` or ``"none"``: the sign of the delta as written, as Streamlit reads it."""
    if not text:
        return "none"
    zero = text == "0" if isinstance(delta, str) else bool(delta == 0)
    if zero:
        return "none"
    return "down" if text.startswith("-") else "up"


def _delta_color(delta_color: str, direction: str) -> str:
    if delta_color not in ("normal", "inverse", "off"):
        return delta_color
    if direction == "none" or delta_color == "off":
        return "gray"
    negative = direction == "down"
    return (
        ("red" if negative else "green")
        if delta_color == "normal"
        else ("green" if negative else "red")
    )


@st_function
def metric(
    label: Any,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: Any = "stretch",
    height: Any = "content",
    chart_data: Sequence[Any] | None = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> ElementHandle:
    """Display a metric in big bold font, with an optional coloured change indicator.

    ``delta`` is coloured by its sign (``delta_color="inverse"`` flips it, ``"off"`` greys it,
    a colour name forces it); ``chart_data`` draws a small sparkline; ``format`` takes a
    printf-style format (``"%.1f"``) or ``"plain"``.
    """
    if format is not None and format != "plain" and not (isinstance(format, str) and "%" in format):
        raise UnsupportedError(
            f"`st.metric(format={format!r})` is not supported by rerunner yet; use a printf-style "
            "format such as '%.2f', or 'plain'."
        )
    value_text = _metric_text(value, "value", format, "—")
    delta_text = _metric_text(delta, "delta", format, "")
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError(
            "Invalid `delta_color` value. Supported values: "
            + ", ".join(f"'{c}'" for c in DELTA_COLORS)
            + "."
        )
    if delta_arrow not in DELTA_ARROWS:
        raise StreamlitValueError(
            "Invalid `delta_arrow` value. Supported values: "
            + ", ".join(f"'{a}'" for a in DELTA_ARROWS)
            + "."
        )
    check_label_visibility(label_visibility)
    check_icon(icon)
    check_width(width)
    check_height(height)
    direction = _direction(delta, delta_text)
    if delta_arrow != "auto":
        direction = "none" if delta_arrow == "off" else delta_arrow
    points = _chart_points(chart_data)
    if chart_type not in ("line", "bar", "area"):
        chart_type = "line"  # Streamlit draws anything else as a line
    return handle(
        add(
            "metric",
            label=str(label),
            value=value_text,
            delta=delta_text,
            direction=direction,
            color=_delta_color(delta_color, _direction(delta, delta_text)),
            help=help,
            icon=icon,
            label_visibility=label_visibility,
            border=bool(border),
            width=width,
            chart=points,
            chart_type=chart_type,
            delta_description=delta_description,
        )
    )


def _chart_points(chart_data: Sequence[Any] | None) -> tuple[float, ...]:
    if chart_data is None:
        return ()
    values = list(chart_data.tolist() if hasattr(chart_data, "tolist") else chart_data)
    points = []
    for value in values:
        try:
            points.append(float(value))
        except (TypeError, ValueError):
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The "
                f"value '{value}' is of type {type(value)} and cannot be converted to float."
            ) from None
    return tuple(points)
