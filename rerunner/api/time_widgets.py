"""Dates and times: ``st.date_input``, ``st.time_input`` and ``st.datetime_input``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ..errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    above_max_message,
    below_min_message,
)
from . import bind as binding
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    st_function,
)


@dataclass(frozen=True)
class BoundedSerde:
    """Dates and times: values of one type, kept within optional bounds; pairs for ranges."""

    kind: type
    min_value: Any = None
    max_value: Any = None
    is_range: bool = False

    def _one(self, raw: Any) -> Any:
        if raw is None:
            return None
        if not isinstance(raw, self.kind):
            raise TypeError(f"expected a {self.kind.__name__}, got {type(raw).__name__}")
        if (self.min_value is not None and raw < self.min_value) or (
            self.max_value is not None and raw > self.max_value
        ):
            raise ValueError(f"{raw} is outside [{self.min_value}, {self.max_value}]")
        return raw

    def serialize(self, value: Any) -> Any:
        return list(value) if self.is_range and value is not None else value

    def deserialize(self, ui_value: Any) -> Any:
        if self.is_range:
            if not isinstance(ui_value, (list, tuple)) or len(ui_value) > 2:
                raise TypeError("expected up to two values")
            return tuple(self._one(v) for v in ui_value if v is not None)
        return self._one(ui_value)

    def normalize(self, value: Any) -> Any:
        return tuple(value) if self.is_range and value is not None else value


DATE_FORMATS = (
    "YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY",
    "YYYY.MM.DD", "DD.MM.YYYY", "MM.DD.YYYY",
    "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY",
)  # fmt: skip
TIME_FORMATS = ("12h", "24h", "localized")


def _check_date_format(fmt: Any) -> None:
    if not isinstance(fmt, str):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `format` type. Expected one of: str. Provided type: {type(fmt).__name__}."
        )
    if fmt not in DATE_FORMATS:
        supported = ", ".join(repr(f) for f in DATE_FORMATS)
        raise StreamlitValueError(
            f"Invalid `format` value. Supported values: {supported}. Provided value: {fmt!r}."
        )


def _to_date(value: Any) -> date | None:
    if value is None:
        return None
    if value == "today":
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". '
        f"Provided type: {type(value).__name__}."
    )


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _check_bounds(value: Any, low: Any, high: Any) -> None:
    if value is None:
        return
    if low is not None and value < low:
        raise StreamlitValueBelowMinError(below_min_message(value, low))
    if high is not None and value > high:
        raise StreamlitValueAboveMaxError(above_max_message(value, high))


@st_function
def date_input(
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a date picker.

    Shows a date field with a calendar and returns a ``datetime.date``. Passing a list or tuple as
    ``value`` makes a range picker, which returns a tuple of up to two dates: ``(start, end)`` once
    both are picked, ``(start,)`` while the user has picked only the start, and ``()`` when empty.
    With ``value=None`` the field starts empty and returns ``None`` until the user picks a date. The
    calendar's first day of the week follows the browser's locale. With a ``key``,
    ``st.session_state[key]`` holds the date or tuple; assign to it before the widget is drawn to
    set it from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the date is for. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    value : "today", date, datetime, str, list or tuple of them, or None, optional
        The date when the widget first appears:

        - ``"today"`` (default): the current date.
        - A ``date``, a ``datetime`` (its time is ignored) or an ISO string such as ``"2025-01-31"``
          or ``"2025-01-31 09:30:00"``.
        - A list or tuple of up to two of those: a range picker starting with that interval; ``[]``
          starts it empty, and one date sets just the start.
        - ``None``: an empty field; the widget returns ``None`` until the user picks a date.
    min_value : "today", date, datetime, str, or None, optional
        The earliest selectable date, in any form ``value`` accepts except a list or tuple. If this
        is ``None`` (default), ten years before the initial date (the start of an initial range, or
        today when there is no initial date).
    max_value : "today", date, datetime, str, or None, optional
        The latest selectable date, in any form ``value`` accepts except a list or tuple. If this is
        ``None`` (default), ten years after the initial date (the end of an initial range, or today
        when there is no initial date).
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``format`` still resets it. No two widgets may have
        the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (picking a date in the calendar, typing a
        complete date and closing the calendar, pasting a date, or clearing the field):

        - ``"rerun"`` (default): the new value is written to session state and the app reruns.
        - ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives
          the value with the next rerun that something else causes. Until then the value lives only
          in the browser.
        - A callable: the new value is written to session state, then the callback is called with
          ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the
          new value as ``st.session_state[key]``.
        - ``None``: the same as ``"rerun"``, kept for backward compatibility.

        Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no
        difference there, and only ``st.form_submit_button`` may have a callback.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    format : str, optional
        How dates are displayed: ``"YYYY/MM/DD"`` (default), ``"DD/MM/YYYY"`` or ``"MM/DD/YYYY"``,
        with ``/``, ``.`` or ``-`` as the separator. The returned value is not affected. In
        rerunner the default is the browser's date picker (in the visitor's locale), and another
        format a text field that shows and reads dates in it.
    disabled : bool, optional
        If ``True``, the date input is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the field can't be submitted empty. Outside a form, clearing it doesn't rerun
        the app and the last value is kept; inside a form, the form can't be submitted until it has
        a value. Default ``False``.

        It doesn't change the starting value: the field still starts at today unless you pass
        ``value=None``, so use ``value=None`` (or ``value=[]`` for a range) with ``required=True``
        for a field that starts empty and must be filled. In range mode, only a complete start and
        end counts as filled. The check runs in the browser and can be bypassed, so check values
        that matter in your code as well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        The width of the date input:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. Dates are written in ISO format
        (``?trip=2025-07-01``) and a range as a repeated parameter
        (``?trip=2025-07-01&trip=2025-07-14``). With ``value=None``, an empty parameter clears the
        field.
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    date, tuple of dates, or None
        The selected date; for a range picker, a tuple of zero to two dates; ``None`` if the field
        is empty.

    Example
    -------
    >>> from datetime import date
    >>> import streamlit as st
    >>> born = st.date_input("Birthday", date(2000, 7, 6), min_value=date(1920, 1, 1))
    >>> trip = st.date_input("Trip", (date(2025, 7, 1), date(2025, 7, 14)))
    >>> if len(trip) == 2:
    ...     st.write("Your trip lasts", (trip[1] - trip[0]).days, "days.")
    """
    callback = check_on_change(on_change)
    _check_date_format(format)
    is_range = isinstance(value, (list, tuple))
    if is_range and len(value) > 2:
        raise StreamlitInvalidParameterTypeError(
            "Invalid `value` type. Expected one of: date, datetime, sequence of 0 to 2 date or "
            f"datetime values. Provided type: {type(value).__name__}."
        )
    values = [_to_date(v) for v in value] if is_range else [_to_date(value)]
    anchor = [v for v in values if v is not None] or [date.today()]
    low = _to_date(min_value) or _shift_years(min(anchor), -10)
    high = _to_date(max_value) or _shift_years(max(anchor), 10)
    for v in values:
        _check_bounds(v, low, high)
    default: Any = tuple(v for v in values if v is not None) if is_range else values[0]
    label = label_text(label)
    serde = BoundedSerde(date, min_value=low, max_value=high, is_range=is_range)
    return register_widget(
        "date_input",
        bind=bind,
        url=binding.days(is_range, low, high),
        persist_state=persist_state,
        required=required,
        label=label,
        key=key,
        identity={
            "label": label,
            "value": repr(default),
            "min_value": str(low),
            "max_value": str(high),
            "help": help,
            "format": format,
            "width": width,
            "required": required,
        },
        key_identity=("format",),
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "min": low,
            "max": high,
            "is_range": is_range,
            "format": format,
        },
    )


def _to_time(value: Any) -> time | None:
    if value is None:
        return None
    if value == "now":
        return datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "Invalid `value` type. Expected one of: datetime, time, ISO string. "
        f"Provided type: {type(value).__name__}."
    )


@st_function
def time_input(
    label: str,
    value: Any = "now",
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    step: int | timedelta = timedelta(minutes=15),
    format: str = "24h",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> time | None:
    """Display a time picker.

    Shows a time field and returns a ``datetime.time``, or ``None`` while the field is empty.
    ``step`` sets how far the arrow keys move the time and whether seconds are shown; a typed time
    is kept as it is, not rounded to a step. With a ``key``, ``st.session_state[key]`` holds the
    time; assign to it before the widget is drawn to set it from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the time is for. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    value : "now", time, datetime, str, or None, optional
        The time when the widget first appears:

        - ``"now"`` (default): the current time.
        - A ``time``, a ``datetime`` (its date is ignored) or an ISO string such as ``"08:45"`` or
          ``"2025-01-31 08:45:00"``.
        - ``None``: an empty field; the widget returns ``None`` until the user enters a time.

        Seconds in the initial time are kept only when ``step`` is not a whole number of minutes;
        with the default step they are dropped.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``step`` still resets it, because it limits the valid
        values. No two widgets may have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (pressing Enter, leaving the field, using the
        arrow keys, pasting a time, or clearing the field):

        - ``"rerun"`` (default): the new value is written to session state and the app reruns.
        - ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives
          the value with the next rerun that something else causes. Until then the value lives only
          in the browser.
        - A callable: the new value is written to session state, then the callback is called with
          ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the
          new value as ``st.session_state[key]``.
        - ``None``: the same as ``"rerun"``, kept for backward compatibility.

        Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no
        difference there, and only ``st.form_submit_button`` may have a callback.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the time input is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the field can't be submitted empty. Outside a form, clearing it doesn't rerun
        the app and the last value is kept; inside a form, the form can't be submitted until it has
        a value. Default ``False``.

        It doesn't change the starting value: the field still starts at the current time unless you
        pass ``value=None``, so use ``value=None`` with ``required=True`` for a field that starts
        empty and must be filled. The check runs in the browser and can be bypassed, so check values
        that matter in your code as well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    step : int or timedelta, optional
        The step of the arrow keys, in seconds or as a ``timedelta``, from one second to 23 hours.
        Default 15 minutes (``900``). With a whole number of minutes, the field shows hours and
        minutes; otherwise it also shows seconds, and the returned time includes them. The user can
        type any time, whatever the step.
    format : "24h", "12h", or "localized", optional
        How hours are shown: ``"24h"`` (default) from 0 to 23; ``"12h"`` from 1 to 12 with AM or PM;
        ``"localized"`` as the browser's locale prefers. The returned time is the same in every
        case. In rerunner ``"24h"`` and ``"12h"`` list the times ``step`` apart, to pick or type
        (``9:30 pm`` reads too), and ``"localized"`` is the browser's time picker.
    width : "stretch" or int, optional
        The width of the time input:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. Times are written as ``HH:MM`` (``HH:MM:SS`` when
        the step has seconds). With ``value=None``, an empty parameter clears the field.
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    time or None
        The time entered, or ``None`` if the field is empty.

    Example
    -------
    >>> from datetime import time
    >>> import streamlit as st
    >>> alarm = st.time_input("Set an alarm for", time(8, 45))
    >>> st.write("Alarm is set for", alarm)
    """
    callback = check_on_change(on_change)
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else int(step)
    default = _to_time(value)
    label = label_text(label)
    if format not in TIME_FORMATS:
        raise StreamlitValueError(
            "Invalid `format` value. Supported values: '12h', '24h', 'localized'."
        )
    return register_widget(
        "time_input",
        bind=bind,
        url=binding.clock(seconds),
        persist_state=persist_state,
        required=required,
        label=label,
        key=key,
        identity={
            "label": label,
            "value": str(default),
            "help": help,
            "step": seconds,
            "width": width,
            "required": required,
        },
        key_identity=("step",),
        default=default,
        serde=BoundedSerde(time),
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "step": seconds,
            "format": format,
        },
    )


_DAY_START, _DAY_END = time(0, 0), time(23, 59)


def _minute(moment: datetime) -> datetime:
    """Streamlit keeps a datetime input's values to the minute, without a time zone."""
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def _to_datetime(value: Any, *, day: date, clock: time, param: str = "value") -> datetime:
    """``value`` as Streamlit's datetime input reads it: a date takes ``clock``, a time ``day``."""
    if isinstance(value, str) and value == "now":
        return _minute(datetime.now())
    if isinstance(value, datetime):
        return _minute(value)
    if isinstance(value, date):
        return datetime.combine(value, clock)
    if isinstance(value, time):
        return datetime.combine(day, value.replace(second=0, microsecond=0, tzinfo=None))
    if isinstance(value, str):
        text = value.strip()
        try:
            return _minute(datetime.fromisoformat(text))
        except ValueError:
            pass
        for pattern in ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S"):
            try:
                return _minute(datetime.strptime(text, pattern))
            except ValueError:
                pass
        for parse, combine in (
            (date.fromisoformat, lambda d: datetime.combine(d, clock)),
            (time.fromisoformat, lambda t: datetime.combine(day, t.replace(second=0))),
        ):
            try:
                return combine(parse(text))  # type: ignore[operator]
            except ValueError:
                pass
    raise StreamlitInvalidParameterTypeError(
        f'Invalid `{param}` type. Expected one of: datetime, date, time, ISO string, "now". '
        f"Provided type: {type(value).__name__}."
    )


def _iso_minute(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment:%H:%M}"


@dataclass(frozen=True)
class MinuteSerde(BoundedSerde):
    """A datetime input's value: a naive datetime to the minute, within the bounds. As in
    Streamlit, an empty field or a moment out of bounds gives the initial value back (so a field
    that starts filled cannot be emptied)."""

    default: datetime | None = None

    def _one(self, raw: Any) -> Any:
        if raw is None:
            return self.default
        try:
            return super()._one(_minute(raw))
        except ValueError:
            return self.default


@st_function
def datetime_input(
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    format: str = "YYYY/MM/DD",
    step: int | timedelta = timedelta(minutes=15),
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> datetime | None:
    """Display a date and time picker.

    Shows a date field and a time field side by side and returns one ``datetime.datetime``
    (naive, to the minute), or ``None`` while the field is empty. With a ``key``,
    ``st.session_state[key]`` holds the datetime; assign to it before the widget is drawn to set
    it from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the moment is for. It can contain inline Markdown:
        bold, italics, strikethrough, inline code, links and images (shown at text height), plus
        the directives ``st.markdown`` knows, such as colored text (``:red[...]``).

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    value : "now", datetime, date, time, str, or None, optional
        The moment when the widget first appears:

        - ``"now"`` (default): the current date and time.
        - A ``datetime``; seconds, microseconds and the time zone are dropped.
        - A ``date``: that day at 00:00. A ``time``: today at that time.
        - An ISO string (``"2025-01-31T09:30"``, ``"2025-01-31 09:30"``, a date or a time alone).
        - ``None``: an empty field; the widget returns ``None`` until the user picks a moment.
    min_value : "now", datetime, date, time, str, or None, optional
        The earliest selectable moment, in any form ``value`` accepts (a date means its 00:00). If
        this is ``None`` (default), 00:00 ten years before the initial date (today when empty).
    max_value : "now", datetime, date, time, str, or None, optional
        The latest selectable moment, in any form ``value`` accepts (a date means its 23:59). If
        this is ``None`` (default), 23:59 ten years after the initial date (today when empty).
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget
        is identified by its label and the other parameters that define it, so changing one of
        them makes a new widget with a fresh value. With a key, the widget keeps its identity and
        value when those parameters change; changing ``format`` or ``step`` still resets it. No
        two widgets may have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (a date picked, a time entered, the field
        cleared):

        - ``"rerun"`` (default): the new value is written to session state and the app reruns.
        - ``"ignore"``: the widget shows the new value, but the app does not rerun; the app
          receives the value with the next rerun that something else causes.
        - A callable: the new value is written to session state, then the callback is called
          with ``args`` and ``kwargs``, then the app reruns.
        - ``None``: the same as ``"rerun"``.

        Inside ``st.form`` nothing is sent before the form is submitted, and only
        ``st.form_submit_button`` may have a callback.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    format : str, optional
        How dates are displayed: ``"YYYY/MM/DD"`` (default), ``"DD/MM/YYYY"`` or ``"MM/DD/YYYY"``,
        with ``/``, ``.`` or ``-`` as the separator. The returned value and the time field are not
        affected. In rerunner the default is the browser's date picker (in the visitor's locale),
        and another format a text field that shows and reads dates in it.
    step : int or timedelta, optional
        The step of the time field's arrow keys, in seconds or as a ``timedelta``, from one
        minute to 23 hours. Default 15 minutes.
    disabled : bool, optional
        If ``True``, the input is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the field can't be submitted empty. Outside a form, clearing either half
        doesn't rerun the app and the last value is kept; inside a form, the form can't be
        submitted until it has a value. Default ``False``. It doesn't change the starting value:
        use ``value=None`` with ``required=True`` for a field that starts empty and must be
        filled. The check runs in the browser and can be bypassed, so check values that matter in
        your code as well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        The width of the input: ``"stretch"`` (default) as wide as the parent container, or a
        fixed width in pixels.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL (needs a ``key``).
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    datetime or None
        The moment entered (naive, to the minute), or ``None`` if the field is empty.

    Example
    -------
    >>> from datetime import datetime
    >>> import streamlit as st
    >>> start = st.datetime_input("Meeting starts", datetime(2025, 7, 1, 9, 30))
    >>> st.write("The meeting starts at", start)
    """
    callback = check_on_change(on_change)
    label = label_text(label)
    today = date.today()
    initial = None if value is None else _to_datetime(value, day=today, clock=_DAY_START)
    anchor = initial.date() if initial is not None else today
    low = (
        datetime.combine(_shift_years(anchor, -10), _DAY_START)
        if min_value is None
        else _to_datetime(min_value, day=anchor, clock=_DAY_START, param="value")
    )
    high = (
        datetime.combine(_shift_years(anchor, 10), _DAY_END)
        if max_value is None
        else _to_datetime(max_value, day=anchor, clock=_DAY_END, param="value")
    )
    if low > high:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value` and `max_value` parameters are both set to {low}. They must not be "
            "equal."
            if low == high
            else f"The `min_value`, set to {low}, cannot be greater than the `max_value`, set to "
            f"{high}."
        )
    _check_bounds(initial, low, high)
    if isinstance(value, (datetime, date, time)):
        value_id: Any = None if initial is None else _iso_minute(initial)
    else:
        value_id = value
    _check_date_format(format)
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `step` type. Expected one of: int, timedelta. Provided type: "
            f"{type(step).__name__}."
        )
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise StreamlitValueOutOfRangeError(
            f"The `step` parameter, set to {seconds} seconds, is outside the required range "
            "[60 seconds, 23 hours]."
        )
    return register_widget(
        "date_time_input",
        persist_state=persist_state,
        required=required,
        bind=bind,
        url=binding.moment(low, high),
        label=label,
        key=key,
        identity={
            "label": label,
            "value": value_id,
            "min_value": _iso_minute(low),
            "max_value": _iso_minute(high),
            "help": help,
            "format": format,
            "step": step,
            "width": width,
            "required": required,
        },
        key_identity=("format", "step"),
        default=initial,
        serde=MinuteSerde(datetime, min_value=low, max_value=high, default=initial),
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "min": low,
            "max": high,
            "step": seconds,
            "format": format,
        },
    )
