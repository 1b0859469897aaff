"""``st.number_input``."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    above_max_message,
    below_min_message,
)
from .lib import (
    Callback,
    check_on_change,
    common_props,
    is_number,
    label_text,
    register_widget,
    st_function,
    type_name,
    unsupported,
)
from .slider import JS_MAX_SAFE_INTEGER


@dataclass(frozen=True)
class NumberInputSerde:
    """number_input: the front end shows and sends text; the script sees an int or float."""

    min_value: float | None
    max_value: float | None
    is_int: bool
    fmt: str
    default: Any

    def serialize(self, value: Any) -> str:
        if value is None:
            return ""
        try:
            return self.fmt % value
        except (TypeError, ValueError):
            return str(value)

    def _in_bounds(self, value: Any) -> bool:
        return (self.min_value is None or value >= self.min_value) and (
            self.max_value is None or value <= self.max_value
        )

    def deserialize(self, ui_value: Any) -> Any:
        if ui_value is None or (isinstance(ui_value, str) and not ui_value.strip()):
            return self.default  # a cleared field goes back to the default (None if that is None)
        if is_number(ui_value):
            number: Any = ui_value
        elif isinstance(ui_value, str):
            number = float(ui_value.strip().replace(",", ""))
        else:
            raise TypeError(f"expected a number, got {type(ui_value).__name__}")
        if isinstance(number, float) and not math.isfinite(number):
            raise ValueError("not a finite number")
        if self.is_int:
            if number != int(number):
                raise ValueError(f"{ui_value!r} is not an integer")
            number = int(number)
        else:
            number = float(number)
        if not self._in_bounds(number):
            raise ValueError(f"{number} is outside [{self.min_value}, {self.max_value}]")
        return number

    def normalize(self, value: Any) -> Any:
        """A session-state value outside the bounds is reset to the default, silently."""
        if value is None or not is_number(value) or self._in_bounds(value):
            return value
        return self.default


_NUMBER_FORMAT = re.compile(r"^[^%]*%[-+ 0#]*\d*(\.\d+)?[diufFeEgGxXo][^%]*$")


@st_function
def number_input(
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: int | float | str | None = "min",
    step: int | float | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | float | None:
    """Display a numeric input with step buttons; it commits on Enter or when it loses focus.

    Returns an int when every numeric argument is an int, else a float; None when empty.
    """
    callback = check_on_change(on_change)
    unsupported(
        "number_input", required=required, icon=icon, bind=bind, persist_state=persist_state
    )
    if isinstance(value, str) and value != "min":
        raise StreamlitJSNumberBoundsError(f"`value` ({value}) is not a float")
    args_given = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
    numeric = [a for a in args_given.values() if a is not None and not isinstance(a, str)]
    int_args = all(isinstance(a, int) and not isinstance(a, bool) for a in numeric)
    float_args = all(isinstance(a, float) for a in numeric)
    if not int_args and not float_args:
        lines = [
            f"`{name}` has {type_name(a)} type." for name, a in args_given.items() if a is not None
        ]
        raise StreamlitMixedNumericTypesError(
            "All numerical arguments must be of the same type.\n" + "\n".join(lines)
        )
    if value == "min":
        if min_value is not None:
            value = min_value
        elif int_args and float_args:
            value = 0.0
        else:
            value = 0 if int_args else 0.0
    is_int = isinstance(value, int) if value is not None else (int_args and not float_args)
    if step is None:
        step = 1 if is_int else 0.01
    if format is None:
        format = "%d" if is_int else "%0.2f"
    if not _NUMBER_FORMAT.match(format):
        raise StreamlitInvalidNumberFormatError(
            f"Format string for `st.number_input` contains invalid characters: {format}"
        )
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, "
            f"set to {max_value}."
        )
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitValueBelowMinError(below_min_message(value, min_value))
        if max_value is not None and value > max_value:
            raise StreamlitValueAboveMaxError(above_max_message(value, max_value))
        if is_int and abs(value) > JS_MAX_SAFE_INTEGER:
            bound = "<= (1 << 53) - 1" if value > 0 else ">= -((1 << 53) - 1)"
            raise StreamlitJSNumberBoundsError(f"`value` ({value}) must be {bound}")
    label = label_text(label)
    common = common_props(label, help, disabled, label_visibility, width)
    serde = NumberInputSerde(min_value, max_value, is_int, format, value)
    return register_widget(
        "number_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "help": help,
            "placeholder": None if placeholder is None else str(placeholder),
            "icon": icon,
            "width": width,
            "required": required,
        },
        default=value,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common, "min": min_value, "max": max_value, "step": step, "format": format,
               "is_int": is_int, "placeholder": "" if placeholder is None else str(placeholder)},
    )  # fmt: skip
