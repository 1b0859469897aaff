"""Dates and times: ``st.date_input`` and ``st.time_input``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ..errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    above_max_message,
    below_min_message,
)
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    st_function,
    unsupported,
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


DATE_FORMATS = ("YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY")


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
    label = label_text(label)
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
        props={**common_props(label, help, disabled, label_visibility, width), "min": low, "max": high,
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
    label = label_text(label)
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
        props={**common_props(label, help, disabled, label_visibility, width), "step": seconds},
    )  # fmt: skip
