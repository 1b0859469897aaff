"""Dates and times: date_input, time_input, and sliders over dates, times and datetimes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    above_max_message,
    below_min_message,
)
from ._core import Callback, check_on_change, register_widget, st_function, unsupported
from .serde import BoundedSerde, OptionRangeSerde, OptionSerde
from .widgets import _common, _label

DATE_FORMATS = ("YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY")
MAX_SLIDER_POSITIONS = 20_000


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
    """Display a date picker; a list or tuple ``value`` picks a (start, end) range.

    Returns a ``date``, a tuple of up to two dates for a range, or None.
    """
    callback = check_on_change(on_change)
    unsupported("date_input", required=required, bind=bind, persist_state=persist_state)
    if format != "YYYY/MM/DD":
        unsupported("date_input", format=format)  # the browser's date field shows its own format
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
    label = _label(label)
    serde = BoundedSerde(date, low, high, is_range)
    return register_widget(
        "date_input",
        label=label,
        key=key,
        identity={"label": label, "value": repr(default), "min_value": str(low), "max_value": str(high),
                  "help": help, "format": format, "width": width, "required": required},
        key_identity=("format",),
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**_common(label, help, disabled, label_visibility, width), "min": low, "max": high,
               "is_range": is_range},
    )  # fmt: skip


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
    """Display a time picker. Returns a ``time`` or None."""
    callback = check_on_change(on_change)
    unsupported("time_input", required=required, bind=bind, persist_state=persist_state)
    if format != "24h":
        unsupported("time_input", format=format)
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else int(step)
    default = _to_time(value)
    label = _label(label)
    return register_widget(
        "time_input",
        label=label,
        key=key,
        identity={"label": label, "value": str(default), "help": help, "step": seconds, "width": width,
                  "required": required},
        key_identity=("step",),
        default=default,
        serde=BoundedSerde(time),
        callback=Callback(callback, args, kwargs),
        props={**_common(label, help, disabled, label_visibility, width), "step": seconds},
    )  # fmt: skip


# --- sliders over dates and times -----------------------------------------------------------

_MOMENT = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"), ("ss", "%S"))


def _strftime_pattern(fmt: str) -> str:
    for moment, strf in _MOMENT:
        fmt = fmt.replace(moment, strf)
    return fmt


def temporal_slider(
    label: str,
    min_value: Any,
    max_value: Any,
    values: list[Any],
    is_range: bool,
    step: Any,
    format: str | None,
    key: Any,
    help: Any,
    callback: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    common: dict[str, Any],
) -> Any:
    """``st.slider`` over dates, times or datetimes: a slider over the positions step apart."""
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
    return register_widget(
        "slider",
        label=label,
        key=key,
        identity={"label": label, "min_value": str(options[0]), "max_value": str(options[-1]),
                  "value": repr(default), "step": str(step), "format": fmt, "help": help,
                  "width": common["width"]},
        key_identity=("min_value", "max_value", "step"),
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common, "options": labels, "is_range": is_range, "temporal": True},
    )  # fmt: skip


def _as_datetime(value: Any) -> datetime:
    return datetime.combine(value, time()) if not isinstance(value, datetime) else value
