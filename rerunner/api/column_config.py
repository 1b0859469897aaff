"""``st.column_config``: how ``st.data_editor`` (and later ``st.dataframe``) draws each column.

Each function returns a plain dict of Streamlit's shape (``label``, ``width``, ``help``,
``disabled``, ``required``, ``pinned``, ``default`` and a ``type_config`` naming the type and its
own settings), so a configuration built here reads as Streamlit's does. ``process`` turns the
``column_config`` argument of a call (names or positions mapped to such dicts, strings or
``None``) into one dict per column name, raising Streamlit's errors for what it refuses.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..errors import StreamlitInvalidParameterTypeError, StreamlitValueError

__all__ = [
    "AreaChartColumn", "BarChartColumn", "CheckboxColumn", "Column", "DateColumn",
    "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn", "LinkColumn", "ListColumn",
    "MultiselectColumn", "NumberColumn", "ProgressColumn", "SelectboxColumn", "TextColumn",
    "TimeColumn",
]  # fmt: skip

_CHART_COLORS = (
    "auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray", "grey",
    "primary",
)  # fmt: skip
_CSS_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\))$")


def _color(color: str | None) -> str | None:
    if color is not None and color not in _CHART_COLORS and not _CSS_COLOR.match(str(color)):
        raise StreamlitValueError(
            "Invalid `color` value. Supported values: "
            + ", ".join(_CHART_COLORS)
            + ", a valid hex color, an rgb() or rgba() color."
        )
    return color


def _base(label: Any, width: Any, help: Any, pinned: Any, **more: Any) -> dict[str, Any]:
    return {"label": label, "width": width, "help": help, **more, "pinned": pinned}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.time)) else value


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, dt.timedelta) else step


def Column(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """A column whose type follows its data; sets only the settings every column has.

    Parameters
    ----------
    label : str or None
        The column's header; ``None`` shows the column's name.
    width : "small", "medium", "large", int, or None
        The column's width (``None``: fit the content).
    help : str or None
        A tooltip on the header.
    disabled : bool or None
        Whether editing is turned off for this column.
    required : bool or None
        Whether a cell of this column must be filled.
    pinned : bool or None
        Whether the column stays on the left while the table scrolls sideways.
    alignment : "left", "center", "right", or None
        How the cells' content is aligned.

    Returns
    -------
    dict
        The column's configuration, for ``column_config``.

    Example
    -------
    >>> st.data_editor(df, column_config={"name": st.column_config.Column("Name", pinned=True)})
    """
    return {
        "label": label, "width": width, "help": help, "disabled": disabled,
        "required": required, "pinned": pinned, "alignment": alignment,
    }  # fmt: skip


def _editable(label: Any, width: Any, help: Any, disabled: Any, required: Any, pinned: Any,
              alignment: Any, default: Any, type_config: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    return {
        "label": label, "width": width, "help": help, "disabled": disabled,
        "required": required, "pinned": pinned, "alignment": alignment, "default": default,
        "type_config": type_config,
    }  # fmt: skip


def TextColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> dict[str, Any]:
    """A column of text, edited in a text field.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment
        As for ``Column``.
    default : str or None
        The value of this column in a row the user adds.
    max_chars : int or None
        The most characters a cell may hold; longer text is cut.
    validate : str or None
        A regular expression an edited value must match; the grid refuses one that does not.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.TextColumn("Code", max_chars=4, validate=r"^[A-Z]+$")
    """
    return _editable(label, width, help, disabled, required, pinned, alignment, default,
                     {"type": "text", "max_chars": max_chars, "validate": validate})  # fmt: skip


def LinkColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> dict[str, Any]:
    """A column of URLs, drawn as links.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment, default, max_chars, validate
        As for ``TextColumn``.
    display_text : str or None
        The text each link shows instead of its URL; a regular expression with a group shows
        the part of the URL the group matches.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.LinkColumn("Site", display_text=r"https://(.*?)\\.org")
    """
    return _editable(label, width, help, disabled, required, pinned, alignment, default,
                     {"type": "link", "max_chars": max_chars, "validate": validate,
                      "display_text": display_text})  # fmt: skip


def NumberColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> dict[str, Any]:
    """A column of numbers.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment
        As for ``Column``.
    default : int, float, or None
        The value of this column in a row the user adds.
    format : str or None
        A printf-style format (``"%.2f"``, ``"$ %d"``) or a name (``"plain"``, ``"percent"``,
        ``"dollar"``, ``"euro"``, ``"localized"``, ``"compact"``...).
    min_value, max_value : int, float, or None
        The range an edited value must be in; the grid refuses one outside it.
    step : int, float, or None
        The precision of edited values.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.NumberColumn("Price", min_value=0, format="$ %.2f")
    """
    return _editable(label, width, help, disabled, required, pinned, alignment, default,
                     {"type": "number", "min_value": min_value, "max_value": max_value,
                      "format": format, "step": step})  # fmt: skip


def CheckboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: bool | None = None,
) -> dict[str, Any]:
    """A column of booleans, drawn and edited as checkboxes.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment
        As for ``Column``.
    default : bool or None
        The value of this column in a row the user adds.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.CheckboxColumn("Checked", default=False)
    """
    return _editable(label, width, help, disabled, required, pinned, alignment, default,
                     {"type": "checkbox"})  # fmt: skip


def SelectboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> dict[str, Any]:
    """A column whose cells take one of ``options``, picked from a list.

    Parameters
    ----------
    label, width, help, disabled, required, pinned
        As for ``Column``.
    default : str, int, float, bool, or None
        The value of this column in a row the user adds.
    options : iterable or None
        The values a cell may take (``None``: the categories of a categorical column).
    format_func : callable or None
        How each option is shown.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.SelectboxColumn("Digit", options=list(range(10)), required=True)
    """
    processed = None if options is None else list(options)
    if processed and format_func is not None:
        processed = [{"value": o, "label": format_func(o)} for o in processed]
    return {
        "label": label, "width": width, "help": help, "disabled": disabled,
        "required": required, "pinned": pinned, "default": default,
        "type_config": {"type": "selectbox", "options": processed},
    }  # fmt: skip


def MultiselectColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: Any = None,
    format_func: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """A column of lists whose items are picked from ``options``.

    Parameters
    ----------
    label, width, help, disabled, required, pinned
        As for ``Column``.
    default : iterable of str or None
        The value of this column in a row the user adds.
    options : iterable of str or None
        The items a cell may hold.
    accept_new_options : bool or None
        Whether items outside ``options`` may be typed in.
    color : str, iterable of str, or None
        The color of the items' chips: one for all, or one per option in turn.
    format_func : callable or None
        How each option is shown.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.MultiselectColumn("Tags", options=["a", "b"], color="blue")
    """
    processed = None
    if options is not None:
        colors = None
        if color is not None:
            colors = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        processed = []
        for option in options:
            item: dict[str, Any] = {"value": option}
            if format_func is not None:
                item["label"] = format_func(option)
            if colors is not None:
                item["color"] = next(colors)
            processed.append(item)
    return {
        "label": label, "width": width, "help": help, "disabled": disabled,
        "required": required, "pinned": pinned,
        "default": None if default is None else list(default),
        "type_config": {"type": "multiselect", "options": processed,
                        "accept_new_options": accept_new_options},
    }  # fmt: skip


def ListColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> dict[str, Any]:
    """A column of lists, drawn as chips and edited as comma-separated text.

    Parameters
    ----------
    label, width, help, pinned, disabled, required
        As for ``Column``.
    default : iterable of str or None
        The value of this column in a row the user adds.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.ListColumn("Tags")
    """
    return {
        "label": label, "width": width, "help": help, "pinned": pinned, "disabled": disabled,
        "required": required, "default": None if default is None else list(default),
        "type_config": {"type": "list"},
    }  # fmt: skip


def _when(kind: str, label: Any, width: Any, help: Any, disabled: Any, required: Any,
          pinned: Any, alignment: Any, default: Any, format: Any, min_value: Any,
          max_value: Any, step: Any, **more: Any) -> dict[str, Any]:  # fmt: skip
    return _editable(label, width, help, disabled, required, pinned, alignment, _iso(default),
                     {"type": kind, "format": format, "min_value": _iso(min_value),
                      "max_value": _iso(max_value), "step": _seconds(step), **more})  # fmt: skip


def DatetimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: dt.datetime | None = None,
    format: str | None = None,
    min_value: dt.datetime | None = None,
    max_value: dt.datetime | None = None,
    step: int | float | dt.timedelta | None = None,
    timezone: str | None = None,
) -> dict[str, Any]:
    """A column of dates with times.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment
        As for ``Column``.
    default : datetime or None
        The value of this column in a row the user adds.
    format : str or None
        A momentjs format, or ``"localized"``, ``"distance"``, ``"calendar"``, ``"iso8601"``.
    min_value, max_value : datetime or None
        The range an edited value must be in.
    step : int, float, timedelta, or None
        The precision of edited values, in seconds.
    timezone : str or None
        The time zone values are shown in.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.DatetimeColumn("When", format="D MMM YYYY, h:mm a")
    """
    return _when("datetime", label, width, help, disabled, required, pinned, alignment,
                 default, format, min_value, max_value, step, timezone=timezone)  # fmt: skip


def TimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: dt.time | None = None,
    format: str | None = None,
    min_value: dt.time | None = None,
    max_value: dt.time | None = None,
    step: int | float | dt.timedelta | None = None,
) -> dict[str, Any]:
    """A column of times of day.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment
        As for ``Column``.
    default : time or None
        The value of this column in a row the user adds.
    format : str or None
        A momentjs format, or ``"localized"``, ``"iso8601"``.
    min_value, max_value : time or None
        The range an edited value must be in.
    step : int, float, timedelta, or None
        The precision of edited values, in seconds.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.TimeColumn("Alarm", min_value=datetime.time(6, 0))
    """
    return _when("time", label, width, help, disabled, required, pinned, alignment,
                 default, format, min_value, max_value, step)  # fmt: skip


def DateColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: dt.date | None = None,
    format: str | None = None,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    step: int | None = None,
) -> dict[str, Any]:
    """A column of dates.

    Parameters
    ----------
    label, width, help, disabled, required, pinned, alignment
        As for ``Column``.
    default : date or None
        The value of this column in a row the user adds.
    format : str or None
        A momentjs format, or ``"localized"``, ``"distance"``, ``"iso8601"``.
    min_value, max_value : date or None
        The range an edited value must be in.
    step : int or None
        The step between selectable dates, in days.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.DateColumn("Due", min_value=datetime.date(2024, 1, 1))
    """
    return _when("date", label, width, help, disabled, required, pinned, alignment,
                 default, format, min_value, max_value, step)  # fmt: skip


def _shown(kind: str, label: Any, width: Any, help: Any, pinned: Any, alignment: Any = None,
           **type_config: Any) -> dict[str, Any]:  # fmt: skip
    out = {"label": label, "width": width, "help": help, "pinned": pinned}
    if kind in ("image", "json"):
        out["alignment"] = alignment
    out["type_config"] = {"type": kind, **type_config}
    return out


def ImageColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """A read-only column of images: URLs, data URLs or SVG text, drawn as small images.

    Parameters
    ----------
    label, width, help, pinned, alignment
        As for ``Column``.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.ImageColumn("Preview")
    """
    return _shown("image", label, width, help, pinned, alignment)


def JsonColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> dict[str, Any]:
    """A read-only column of JSON-like values (dicts, lists, JSON strings), drawn as JSON.

    Parameters
    ----------
    label, width, help, pinned, alignment
        As for ``Column``.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.JsonColumn("Payload")
    """
    return _shown("json", label, width, help, pinned, alignment)


def ProgressColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """A read-only column of numbers drawn as progress bars.

    Parameters
    ----------
    label, width, help, pinned
        As for ``Column``.
    format : str or None
        How the number beside the bar is written (as ``NumberColumn``'s ``format``).
    min_value, max_value : int, float, or None
        The values of an empty and a full bar (default 0 and 100, or 1 for floats).
    step : int, float, or None
        The precision of the number shown.
    color : str or None
        The bar's color: a theme color name, a hex color or an ``rgb()`` color.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.ProgressColumn("Done", min_value=0, max_value=1, format="percent")
    """
    return _shown("progress", label, width, help, pinned, format=format, min_value=min_value,
                  max_value=max_value, step=step, color=_color(color))  # fmt: skip


def _chart(kind: str, label: Any, width: Any, help: Any, pinned: Any, y_min: Any, y_max: Any,
           color: Any) -> dict[str, Any]:  # fmt: skip
    return _shown(kind, label, width, help, pinned, y_min=y_min, y_max=y_max, color=_color(color))


def LineChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """A read-only column of number lists drawn as small line charts.

    Parameters
    ----------
    label, width, help, pinned
        As for ``Column``.
    y_min, y_max : int, float, or None
        The chart's vertical range (``None``: the values' own).
    color : str or None
        The line's color.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.LineChartColumn("Trend", y_min=0, y_max=100)
    """
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def BarChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """A read-only column of number lists drawn as small bar charts.

    Parameters
    ----------
    label, width, help, pinned, y_min, y_max, color
        As for ``LineChartColumn``.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.BarChartColumn("Sales", y_min=0)
    """
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    """A read-only column of number lists drawn as small area charts.

    Parameters
    ----------
    label, width, help, pinned, y_min, y_max, color
        As for ``LineChartColumn``.

    Returns
    -------
    dict
        The column's configuration.

    Example
    -------
    >>> st.column_config.AreaChartColumn("Load")
    """
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def process(column_config: Any, columns: list[str]) -> dict[str, dict[str, Any]]:
    """``column_config`` as one configuration dict per column name (``"_index"`` for the
    index); positions count the data's columns. Streamlit's error for anything else."""
    if column_config is None:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for column, config in dict(column_config).items():
        if isinstance(column, int) and not isinstance(column, bool):
            if not 0 <= column < len(columns):
                continue
            name = columns[column]
        else:
            name = str(column)
        if config is None:
            spec: dict[str, Any] = {"hidden": True}
        elif isinstance(config, str):
            spec = {"label": config}
        elif isinstance(config, Mapping):
            spec = {k: v for k, v in config.items() if v is not None}
            if "type_config" in spec:
                spec["type_config"] = dict(spec["type_config"])
        else:
            raise StreamlitInvalidParameterTypeError(
                "Invalid `column_config` type. Expected one of: None, str, dict. Provided type: "
                f"{type(config).__name__}. Invalid configuration for column `{column}`."
            )
        out.setdefault(name, {}).update(spec)
    return out
