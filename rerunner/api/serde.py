"""Value converters: a widget's Python value <-> what its front end shows and sends.

``deserialize`` is also the guard against bad messages from the front end: a value of the wrong
type, out of range or not among the options raises, and the state layer rejects it.
``normalize`` decides what happens to a value that reached the widget through session state.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitValueAboveMaxError, StreamlitValueBelowMinError
from ..errors import above_max_message, below_min_message


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


@dataclass(frozen=True)
class TriggerSerde:
    """A button: the front end sends a click; the script sees True for one run."""

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, ui_value: Any) -> bool:
        if ui_value is not True:
            raise ValueError("a button only sends clicks")
        return True

    def normalize(self, value: Any) -> Any:
        return value


@dataclass(frozen=True)
class BoolSerde:
    """Checkbox and toggle."""

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, ui_value: Any) -> bool:
        if not isinstance(ui_value, bool):
            raise TypeError(f"expected a bool, got {type(ui_value).__name__}")
        return ui_value

    def normalize(self, value: Any) -> bool:
        if not isinstance(value, numbers.Integral):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        return bool(value)


@dataclass(frozen=True)
class OptionSerde:
    """Radio and selectbox: the front end works with option indexes."""

    options: tuple[Any, ...]
    default_index: int | None

    def index_of(self, value: Any) -> int | None:
        for i, option in enumerate(self.options):
            try:
                if option is value or bool(option == value):
                    return i
            except Exception:
                continue
        return None

    def serialize(self, value: Any) -> int | None:
        return None if value is None else self.index_of(value)

    def deserialize(self, ui_value: Any) -> Any:
        if ui_value is None:
            return None
        if not isinstance(ui_value, int) or isinstance(ui_value, bool):
            raise TypeError(f"expected an option index, got {type(ui_value).__name__}")
        if not 0 <= ui_value < len(self.options):
            raise ValueError(f"option index {ui_value} is outside 0..{len(self.options) - 1}")
        return self.options[ui_value]

    def normalize(self, value: Any) -> Any:
        """A session-state value that is not an option falls back to the default, silently."""
        if value is None or not self.options or self.index_of(value) is not None:
            return value if self.options else None
        return None if self.default_index is None else self.options[self.default_index]


@dataclass(frozen=True)
class NumberRangeSerde:
    """Slider: one number, or a (low, high) pair, inside [min_value, max_value]."""

    min_value: float
    max_value: float
    is_int: bool
    is_range: bool

    def _one(self, raw: Any) -> float:
        if not _is_number(raw) or (isinstance(raw, float) and math.isnan(raw)):
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
            if _is_number(v) and v > self.max_value:
                raise StreamlitValueAboveMaxError(above_max_message(v, self.max_value))
            if _is_number(v) and v < self.min_value:
                raise StreamlitValueBelowMinError(below_min_message(v, self.min_value))
        return tuple(value) if self.is_range else value


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
        if _is_number(ui_value):
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
        if value is None or not _is_number(value) or self._in_bounds(value):
            return value
        return self.default


@dataclass(frozen=True)
class TextSerde:
    """text_input: ``max_chars`` truncates what the front end sends (not what state sets)."""

    max_chars: int | None

    def serialize(self, value: Any) -> str | None:
        return value

    def deserialize(self, ui_value: Any) -> str | None:
        if ui_value is None:  # no text at all, as for ``value=None`` before anything is typed
            return None
        if not isinstance(ui_value, str):
            raise TypeError(f"expected a str, got {type(ui_value).__name__}")
        return ui_value[: self.max_chars] if self.max_chars else ui_value

    def normalize(self, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise TypeError("bad argument type for built-in operation")
        return value


@dataclass(frozen=True)
class MultiOptionSerde:
    """multiselect, multi pills: the front end sends the selected option indexes, in order."""

    options: tuple[Any, ...]
    max_selections: int | None = None

    def serialize(self, value: Any) -> list[int]:
        index = OptionSerde(self.options, None).index_of
        return [i for i in (index(v) for v in value or ()) if i is not None]

    def deserialize(self, ui_value: Any) -> list[Any]:
        if not isinstance(ui_value, (list, tuple)):
            raise TypeError("expected a list of option indexes")
        if self.max_selections and len(ui_value) > self.max_selections:
            raise ValueError(f"{len(ui_value)} selected, at most {self.max_selections} allowed")
        return [OptionSerde(self.options, None).deserialize(i) for i in ui_value]

    def normalize(self, value: Any) -> list[Any]:
        return list(value or [])


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


@dataclass(frozen=True)
class ColorSerde:
    def serialize(self, value: Any) -> str:
        return value

    def deserialize(self, ui_value: Any) -> str:
        if not isinstance(ui_value, str) or not is_hex_color(ui_value):
            raise ValueError(f"{ui_value!r} is not a hex colour")
        return ui_value

    def normalize(self, value: Any) -> Any:
        return value


def is_hex_color(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text))
