"""Sliders: ``st.slider`` (numbers, dates, times, datetimes; single or range) and
``st.select_slider`` (over a list of options)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    above_max_message,
    below_min_message,
)
from ..identity import fixed
from . import bind as binding
from .lib import (
    Callback,
    Plan,
    check_on_change,
    common_props,
    is_number,
    label_text,
    register_planned,
    register_widget,
    require_str,
    st_function,
    type_name,
)
from .plans import planned
from .selection import OptionSerde, option_tuple


@dataclass(frozen=True)
class NumberRangeSerde:
    """Slider: one number, or a (low, high) pair, inside [min_value, max_value]."""

    min_value: float
    max_value: float
    is_int: bool
    is_range: bool

    def _one(self, raw: Any) -> float:
        if not is_number(raw) or (isinstance(raw, float) and math.isnan(raw)):
            raise TypeError(f"expected a number, got {type(raw).__name__}")
        if raw < self.min_value or raw > self.max_value:
            raise ValueError(f"{raw} is outside [{self.min_value}, {self.max_value}]")
        if self.is_int:
            if raw != int(raw):
                raise ValueError(f"{raw} is not an integer")
            return int(raw)
        return float(raw)

    def serialize(self, value: Any) -> Any:
        return list(value) if self.is_range else value

    def deserialize(self, ui_value: Any) -> Any:
        if self.is_range:
            if not isinstance(ui_value, (list, tuple)) or len(ui_value) != 2:
                raise TypeError("expected a (low, high) pair")
            low, high = (self._one(v) for v in ui_value)
            return (low, high)  # as sent: Streamlit does not reorder a range either
        return self._one(ui_value)

    def normalize(self, value: Any) -> Any:
        values = list(value) if self.is_range and isinstance(value, (list, tuple)) else [value]
        for v in values:
            if is_number(v) and v > self.max_value:
                raise StreamlitValueAboveMaxError(above_max_message(v, self.max_value))
            if is_number(v) and v < self.min_value:
                raise StreamlitValueBelowMinError(below_min_message(v, self.min_value))
        return tuple(value) if self.is_range else value


@dataclass(frozen=True)
class OptionRangeSerde:
    """select_slider over a range: the front end sends two option indexes."""

    options: tuple[Any, ...]

    def serialize(self, value: Any) -> list[int]:
        index = OptionSerde(self.options, None).index_of
        return [index(value[0]) or 0, index(value[1]) or 0]

    def deserialize(self, ui_value: Any) -> tuple[Any, Any]:
        if not isinstance(ui_value, (list, tuple)) or len(ui_value) != 2:
            raise TypeError("expected two option indexes")
        one = OptionSerde(self.options, None)
        low, high = sorted(int(i) for i in ui_value)
        return (one.deserialize(low), one.deserialize(high))

    def normalize(self, value: Any) -> Any:
        return tuple(value)


JS_MAX_SAFE_INTEGER = (1 << 53) - 1


@st_function
def slider(
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: Any = None,
    step: int | float | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a slider.

    Shows a slider over a range of ints, floats, dates, times or datetimes, and returns the selected
    value, of the same type as ``value`` (or as the bounds, when ``value`` is not given). Passing
    two values as ``value`` makes a range slider with two handles, which returns a tuple ``(low,
    high)``. For a slider over an arbitrary list of values, use ``st.select_slider``.

    The numeric parameters must agree in type: all ints or all floats (mixing them raises an error);
    with dates and times, ``step`` is a ``timedelta``. The new value is sent when the user releases
    the handle. With a ``key``, ``st.session_state[key]`` holds the value or the tuple; assign to it
    before the slider is drawn to move the handles from code.

    Parameters
    ----------
    label : str
        [[label.slider]]
    min_value : int, float, date, time, datetime, or None, optional
        The smallest selectable value. If this is ``None`` (default), it is ``0`` for ints, ``0.0``
        for floats, 14 days before ``value`` for dates and datetimes, and midnight (``time.min``)
        for times.
    max_value : int, float, date, time, datetime, or None, optional
        The largest selectable value. If this is ``None`` (default), it is ``100`` for ints, ``1.0``
        for floats, 14 days after ``value`` for dates and datetimes, and the end of the day
        (``time.max``) for times.
    value : int, float, date, time, datetime, list or tuple of two of them, or None, optional
        The value when the slider first appears; a list or tuple of two values makes a range slider
        starting with those bounds. If this is ``None`` (default), it is ``min_value``, or ``0``
        when that is not given either, which makes an int slider from 0 to 100.
    step : int, float, timedelta, or None, optional
        The distance between two selectable values. If this is ``None`` (default), it is ``1`` for
        ints, ``0.01`` for floats, one day for dates and datetimes, and 15 minutes for times (and
        for datetimes less than a day apart).
    format : str or None, optional
        How the values are displayed; the returned value is not affected.

        - Numbers: a printf-style format such as ``"%d"``, ``"%0.1f"`` or ``"%,d"`` (thousands
          separators), or one of the named formats ``"plain"``, ``"localized"``, ``"percent"``,
          ``"dollar"``, ``"euro"``, ``"yen"``, ``"compact"``, ``"scientific"``, ``"engineering"``,
          ``"accounting"`` and ``"bytes"``.
        - Dates and times: a Moment.js pattern such as ``"YYYY-MM-DD"`` or ``"ddd ha"`` ("Tue 8pm"),
          or one of ``"localized"``, ``"distance"`` ("2 hours ago"), ``"calendar"`` ("Tomorrow
          12:00") and ``"iso8601"``.

        If this is ``None`` (default), a format suiting the type is used, such as ``"%d"`` for ints
        and ``"%0.2f"`` for floats.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``min_value``, ``max_value`` or ``step`` still resets
        it, because they limit the valid values. No two widgets may have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        [[on_change.slider]]
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the slider is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        [[width.slider]]
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. A range is written as a repeated parameter
        (``?price=10&price=90``).
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    int, float, date, time, datetime, or tuple of two of them
        The selected value, or a ``(low, high)`` tuple for a range slider.

    Example
    -------
    >>> from datetime import time
    >>> import streamlit as st
    >>> age = st.slider("How old are you?", 0, 130, 25)
    >>> low, high = st.slider("Price range", 0.0, 100.0, (25.0, 75.0), step=0.5)
    >>> start, end = st.slider("Meeting", value=(time(9, 30), time(11, 0)))
    >>> st.write(f"Age {age}, price {low}-{high}, meeting {start:%H:%M}-{end:%H:%M}")
    """
    callback = check_on_change(on_change)
    plan = _slider_plan(
        label, min_value, max_value, value, step, format, help, disabled, label_visibility, width
    )
    return register_planned(
        "slider", plan, key, Callback(callback, args, kwargs), bind, persist_state
    )


@planned
def _slider_plan(
    label: Any,
    min_value: Any,
    max_value: Any,
    value: Any,
    step: Any,
    format: Any,
    help: Any,
    disabled: Any,
    label_visibility: Any,
    width: Any,
) -> Plan:
    """What ``st.slider`` with these arguments is: ``register_widget``'s arguments but the
    key, callback, bind and persistence."""
    require_str(format)
    min_value, max_value, value = (
        int(v) if isinstance(v, bool) else v for v in (min_value, max_value, value)
    )
    if value is None:
        value = min_value if min_value is not None else 0
    is_range = isinstance(value, (list, tuple))
    values = list(value) if is_range else [value]
    if is_range and len(values) > 2:
        raise StreamlitValueError(
            "Invalid `value` value. Supported values: int, float, date, time, datetime, a list "
            "containing up to two such values, a tuple containing up to two such values."
        )
    if values and type_name(values[0]) in ("date", "time", "datetime"):
        label = label_text(label)
        common = common_props(
            help=help, disabled=disabled, label_visibility=label_visibility, width=width
        )
        return _temporal_plan(
            label=label,
            min_value=min_value,
            max_value=max_value,
            values=values,
            is_range=is_range,
            step=step,
            format=format,
            help=help,
            common=common,
        )
    for v in values:
        if not is_number(v):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `value` type. Expected one of: int, float, date, time, datetime, list, "
                f"tuple. Provided type: {type_name(v)}."
            )
    is_int = all(isinstance(v, int) for v in values) if values else True
    default_min, default_max, default_step = (0, 100, 1) if is_int else (0.0, 1.0, 0.01)
    if min_value is None:
        min_value = min([default_min, *values])
    if max_value is None:
        max_value = max([default_max, *values])
    if step is None:
        step = default_step
    if not (
        all(isinstance(a, int) and not isinstance(a, bool) for a in (min_value, max_value, step))
        or all(isinstance(a, float) for a in (min_value, max_value, step))
    ):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `value` type. Expected one of: matching numeric types, matching date/time "
            f"types. Provided type: min_value={type_name(min_value)}, "
            f"max_value={type_name(max_value)}, step={type_name(step)}."
        )
    if step == 0:
        raise StreamlitValueError(
            "Invalid `step` value. Supported values: a number. Zero is not allowed."
        )
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if min_value == max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value` and `max_value` parameters are both set to {min_value}. "
            "They must not be equal."
        )
    if is_range and len(values) < 2:
        values = [*values, min_value, max_value][-2:] if not values else [values[0], max_value]
    values = sorted(values)
    min_value = min([min_value, *values])
    max_value = max([max_value, *values])
    fmt = format or ("%d" if is_int else "%0.2f")
    default: Any = tuple(values) if is_range else values[0]
    label = label_text(label)
    common = common_props(
        help=help, disabled=disabled, label_visibility=label_visibility, width=width
    )
    return Plan(
        url=binding.numbers_or_range(int if is_int else float, is_range),
        label=label,
        identity=fixed(
            {
                "label": label,
                "min_value": min_value,
                "max_value": max_value,
                "value": default,
                "step": step,
                "format": fmt,
                "help": help,
                "width": width,
            }
        ),
        key_identity=("min_value", "max_value", "step"),
        default=default,
        serde=NumberRangeSerde(
            min_value=min_value, max_value=max_value, is_int=is_int, is_range=is_range
        ),
        props={
            **common,
            "min": min_value,
            "max": max_value,
            "step": step,
            "format": fmt,
            "is_int": is_int,
            "is_range": is_range,
        },
    )


MAX_SLIDER_POSITIONS = 20_000


_MOMENT = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"), ("ss", "%S"))


def _strftime_pattern(fmt: str) -> str:
    for moment, strf in _MOMENT:
        fmt = fmt.replace(moment, strf)
    return fmt


def _temporal_plan(
    *,
    label: str,
    min_value: Any,
    max_value: Any,
    values: list[Any],
    is_range: bool,
    step: Any,
    format: str | None,
    help: Any,
    common: dict[str, Any],
) -> Plan:
    """The plan of ``st.slider`` over dates, times or datetimes: a slider over the positions
    step apart."""
    kind = type(values[0])
    if kind is time:
        base = datetime(2000, 1, 1)
        as_dt = [datetime.combine(base, v) for v in values]
        low = datetime.combine(base, min_value) if min_value else base
        high = datetime.combine(base, max_value) if max_value else base.replace(hour=23, minute=59)
        step = step or timedelta(minutes=15)
        fmt = format or "HH:mm"
    else:
        as_dt = [datetime.combine(v, time()) if kind is date else v for v in values]
        low = _as_datetime(min_value) if min_value else min(as_dt) - timedelta(days=14)
        high = _as_datetime(max_value) if max_value else max(as_dt) + timedelta(days=14)
        step = step or timedelta(days=1)
        fmt = format or ("YYYY-MM-DD" if kind is date else "YYYY-MM-DD HH:mm")
    low, high = min(low, *as_dt), max(high, *as_dt)
    count = int((high - low) / step) + 1
    if count > MAX_SLIDER_POSITIONS:
        raise StreamlitAPIException(
            f"rerunner shows a date/time slider as {MAX_SLIDER_POSITIONS:,} positions at most; "
            f"this one would have {count:,}. Use a larger `step`."
        )
    points = [low + i * step for i in range(count)]
    back = (
        (lambda d: d.time())
        if kind is time
        else (lambda d: d.date())
        if kind is date
        else (lambda d: d)
    )
    options = tuple(back(p) for p in points)
    pattern = _strftime_pattern(fmt)
    labels = [p.strftime(pattern) for p in points]

    def snap(moment: datetime) -> Any:
        index = min(range(count), key=lambda i: abs(points[i] - moment))
        return options[index]

    snapped = [snap(v) for v in as_dt]
    default = tuple(sorted(snapped)) if is_range else snapped[0]
    serde: Any = OptionRangeSerde(options) if is_range else OptionSerde(options, 0)
    return Plan(
        url=binding.moments(kind, is_range),
        label=label,
        identity=fixed(
            {
                "label": label,
                "min_value": str(options[0]),
                "max_value": str(options[-1]),
                "value": repr(default),
                "step": str(step),
                "format": fmt,
                "help": help,
                "width": common["width"],
            }
        ),
        key_identity=("min_value", "max_value", "step"),
        default=default,
        serde=serde,
        props={**common, "options": labels, "is_range": is_range, "temporal": True},
    )


def _as_datetime(value: Any) -> datetime:
    return datetime.combine(value, time()) if not isinstance(value, datetime) else value


@st_function
def select_slider(
    label: str,
    options: Iterable[Any] = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a slider over a list of options.

    Shows a slider whose positions are ``options``, in order, so that it can step through values of
    any type: words, sizes, dates, objects. Returns the selected option. Passing two options as
    ``value`` makes a range slider with two handles, which returns a tuple ``(low, high)`` in the
    order of ``options``. For a numeric or date/time range with evenly spaced steps, use
    ``st.slider``. The new value is sent when the user releases the handle. With a ``key``,
    ``st.session_state[key]`` holds the option or the tuple; assign to it before the widget is drawn
    to move the handles from code.

    Parameters
    ----------
    label : str
        [[label.slider]]
    options : Iterable, optional
        The positions of the slider from left to right: a list, tuple, dict (its keys), ``range`` or
        any other iterable; for a DataFrame, its first column. Each position is labeled
        ``format_func(option)``, and the labels can contain Markdown, as ``label`` can. At least one
        option is needed: the default, no options, raises an error.
    value : option, list or tuple of two options, or None, optional
        The selection when the widget first appears: an option for a single handle, or two options
        for a range slider starting with those bounds. If this is ``None`` (default), the first
        option is selected. The values must be among ``options``.
    format_func : Callable, optional
        A function that turns an option into the label shown for it; its result is converted with
        ``str``. Default ``str``. It changes only what is shown: the widget still returns the
        options themselves.
    key : str or int, optional
        [[key]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        [[on_change.slider]]
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the slider is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        [[width.slider]]
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. A range is written as a repeated parameter
        (``?size=S&size=L``).
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    any or tuple
        The selected option, or a ``(low, high)`` tuple of options for a range slider.

    Example
    -------
    >>> import streamlit as st
    >>> colors = ["red", "orange", "yellow", "green", "blue", "indigo", "violet"]
    >>> favorite = st.select_slider("Favorite color", colors, value="green")
    >>> start, end = st.select_slider("Color range", colors, value=("red", "blue"))
    >>> st.write(f"You like {favorite}; your range runs from {start} to {end}.")
    """
    callback = check_on_change(on_change)
    opts = option_tuple(options)
    if not opts:
        raise StreamlitMissingRequiredParameterError(
            "The `options` parameter is required. Provide at least one option."
        )
    labels = [str(format_func(o)) for o in opts]
    one = OptionSerde(opts, 0)
    is_range = isinstance(value, (list, tuple)) and len(value) == 2
    if is_range:
        picked = sorted(_position(one, v) for v in value)
        default: Any = (opts[picked[0]], opts[picked[1]])
        serde: Any = OptionRangeSerde(opts)
    else:
        default = opts[0] if value is None else opts[_position(one, value)]
        serde = OptionSerde(opts, 0)
    label = label_text(label)
    return register_widget(
        "select_slider",
        bind=bind,
        url=binding.steps(opts, labels, default, is_range),
        persist_state=persist_state,
        label=label,
        key=key,
        identity={
            "label": label,
            "options": labels,
            "value": serde.serialize(default),
            "help": help,
            "width": width,
        },
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "options": labels,
            "is_range": is_range,
        },
    )


def _position(serde: OptionSerde, value: Any) -> int:
    index = serde.index_of(value)
    if index is None:
        raise ValueError(f"{value} is not in iterable")
    return index
