"""``bind="query-params"``: a widget's value kept in the app's query parameters (Streamlit 1.67).

The widget's key names the parameter. As in Streamlit:

* when the widget is first drawn (the page's load, a page it appears on), a valid value in the
  URL is its value, over its default and over what code assigned to its key before it; an
  invalid one is dropped from the URL; after that the widget's own value wins;
* back/forward in the browser's history: the URL wins again (a missing parameter is the default);
* each run writes the value into the URL, or removes the parameter while the value is the
  default (so a URL only holds what differs), and a widget no longer drawn takes its parameter
  with it.

A ``UrlCodec`` says how a widget's value reads in a URL: Streamlit's forms (``true``/``false``,
numbers without a trailing ``.0``, an option's label, repeated parameters for several values).
The URL itself is the app's ``Location`` (``runtime/location.py``).
"""

from __future__ import annotations

import datetime
import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException, StreamlitMissingRequiredParameterError

BIND_VALUES = (None, "query-params")
RESERVED = ("embed", "embed_options")


@dataclass(frozen=True)
class UrlCodec:
    """How a widget's value is written in the URL, and read back (``ValueError``: invalid)."""

    write: Callable[[Any], list[str]]
    read: Callable[[list[str]], Any]


def check_bind(bind: Any, key: Any) -> bool:
    """Streamlit's checks of ``bind``; True when the widget is bound."""
    if bind not in BIND_VALUES:
        from ..errors import StreamlitValueError

        raise StreamlitValueError("Invalid `bind` value. Supported values: 'query-params', None.")
    if bind is None:
        return False
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "The `key` parameter is required. When using bind='query-params', the widget must "
            "have a unique 'key' parameter specified. This 'key' will be used as the name of the "
            "query parameter."
        )
    if str(key).lower() in RESERVED:
        raise StreamlitAPIException(
            f"Cannot bind to reserved query parameter '{key}'. 'embed' and 'embed_options' are "
            "used internally for Streamlit's embed functionality."
        )
    return True


def seed(ctx: Any, key: str, wid: str, codec: UrlCodec, check: Callable[[Any], Any]) -> None:
    """Before the widget is registered: its value from the URL, when the URL decides it (the
    widget is new, or the browser went back or forward). ``check`` validates a value as the
    widget would (raises if it would refuse it)."""
    location = ctx.location
    location.bound_now.add(key)
    fresh = ctx.state.widget_meta(wid) is None
    if not (fresh or location.history):
        return
    values = [v for k, v in location.query if k == key]
    if not values:
        if location.history and not fresh and key in ctx.state:
            del ctx.state[key]  # the entry had no value: the default, as the URL asks
        return
    try:
        value = codec.read(values)
        check(value)
    except Exception:  # an invalid value in the URL is dropped from it (Streamlit corrects it)
        location.set_query([(k, v) for k, v in location.query if k != key])
        return
    ctx.state[key] = value


def write_back(ctx: Any, key: str, value: Any, default: Any, codec: UrlCodec) -> None:
    """After the widget is registered: its value into the URL (none while it is the default)."""
    location = ctx.location
    written = [] if _equal(value, default) else codec.write(value)
    others = [(k, v) for k, v in location.query if k != key]
    current = [v for k, v in location.query if k == key]
    if current != written:
        location.set_query(others + [(key, v) for v in written])
    location.read = True


def number_text(value: Any) -> str:
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        if value == int(value):
            return str(int(value))
    return str(value)


def _one(values: list[str]) -> str:
    return values[-1]


def boolean() -> UrlCodec:
    def read(values: list[str]) -> bool:
        text = _one(values).lower()
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"

    return UrlCodec(lambda v: ["true" if v else "false"], read)


def text(nullable: bool = True) -> UrlCodec:
    return UrlCodec(lambda v: [] if v is None else [str(v)], _one)


def number(kind: type) -> UrlCodec:
    def read(values: list[str]) -> Any:
        raw = _one(values)
        if raw == "":
            return None
        value = float(raw)
        if kind is int:
            if value != int(value):
                raise ValueError(raw)
            return int(value)
        return value

    return UrlCodec(lambda v: [] if v is None else [number_text(v)], read)


def numbers_or_range(kind: type, is_range: bool) -> UrlCodec:
    """A slider: one number, or a range as two repeated parameters."""
    single = number(kind)

    def write(value: Any) -> list[str]:
        if isinstance(value, (list, tuple)):
            return [number_text(v) for v in value]
        return single.write(value)

    def read(values: list[str]) -> Any:
        if not is_range:
            return single.read(values)
        if len(values) != 2:
            raise ValueError(values)
        return tuple(single.read([v]) for v in values)

    return UrlCodec(write, read)


def when(kind: type) -> UrlCodec:
    """Dates, times and datetimes in ISO form."""

    def read(values: list[str]) -> Any:
        parsed = [_iso(kind, v) for v in values]
        return parsed[0] if len(parsed) == 1 else parsed

    def write(value: Any) -> list[str]:
        if value is None:
            return []
        items = value if isinstance(value, (list, tuple)) else [value]
        return [v.isoformat() for v in items]

    return UrlCodec(write, read)


def moments(kind: type, is_range: bool) -> UrlCodec:
    """A slider over dates, times or datetimes: ISO forms, two repeated ones for a range."""

    def read(values: list[str]) -> Any:
        if is_range:
            if len(values) != 2:
                raise ValueError(values)
            return tuple(_iso(kind, v) for v in values)
        return _iso(kind, values[-1])

    def write(value: Any) -> list[str]:
        items = value if isinstance(value, (list, tuple)) else [value]
        return [v.isoformat() for v in items]

    return UrlCodec(write, read)


def _iso(kind: type, raw: str) -> Any:
    if kind is datetime.datetime:
        return datetime.datetime.fromisoformat(raw)
    if kind is datetime.date:
        return datetime.date.fromisoformat(raw)
    return datetime.time.fromisoformat(raw)


def option(options: Sequence[Any], labels: Sequence[str]) -> UrlCodec:
    """One option, by its label."""

    def write(value: Any) -> list[str]:
        for opt, label in zip(options, labels, strict=False):
            if opt is value or _equal(opt, value):
                return [label]
        return []

    def read(values: list[str]) -> Any:
        raw = _one(values)
        if raw in labels:
            return options[list(labels).index(raw)]
        raise ValueError(raw)

    return UrlCodec(write, read)


def options(options_: Sequence[Any], labels: Sequence[str]) -> UrlCodec:
    """Several options, by their labels, as repeated parameters."""
    one = option(options_, labels)

    def write(value: Any) -> list[str]:
        return [label for v in value or () for label in one.write(v)]

    def read(values: list[str]) -> Any:
        return [one.read([v]) for v in values if v != ""]

    return UrlCodec(write, read)


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return False


def is_number_kind(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)
