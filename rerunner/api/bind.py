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
import re
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
    #: Whether a URL spelling that reads as the value is left as it is (``TRUE`` for true):
    #: Streamlit rewrites only what its own parse does not already give back.
    loose: bool = False


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


def seed(
    ctx: Any,
    key: str,
    wid: str,
    codec: UrlCodec,
    check: Callable[[Any], Any],
    default: Any = None,
) -> None:
    """Before the widget is registered: its value from the URL, when the URL decides it (the
    widget is new, or the browser went back or forward). ``check`` validates a value as the
    widget would (raises if it would refuse it). A new widget's URL value equal to its
    ``default`` is dropped without deciding anything (Streamlit's rule), so a value code gave
    the key before stands."""
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
    if fresh and not location.history and _equal(value, default):
        location.set_query([(k, v) for k, v in location.query if k != key])
        return
    ctx.state[key] = value


def write_back(ctx: Any, key: str, value: Any, default: Any, codec: UrlCodec) -> None:
    """After the widget is registered: its value into the URL (none while it is the default)."""
    location = ctx.location
    written = [] if _equal(value, default) else codec.write(value)
    current = [v for k, v in location.query if k == key]
    if current and written and codec.loose and _reads_as(codec, current, value):
        written = current
    if current != written:
        # a parameter already in the URL keeps its place there (as Streamlit's query dict does)
        at = next((i for i, (k, _) in enumerate(location.query) if k == key), None)
        others = [(k, v) for k, v in location.query if k != key]
        at = len(others) if at is None else at
        location.set_query(others[:at] + [(key, v) for v in written] + others[at:])
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

    return UrlCodec(lambda v: ["true" if v else "false"], read, loose=True)


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


def options(
    options_: Sequence[Any], labels: Sequence[str], limit: int | None = None, new: bool = False
) -> UrlCodec:
    """Several options, by their labels, as repeated parameters (``st.multiselect``). As
    Streamlit reads them: unknown labels (unless ``new`` options are accepted, kept as typed)
    and repeats are dropped, at most ``limit`` are kept, and nothing valid at all is invalid."""
    one = option(options_, labels)

    def label_of(value: Any) -> list[str]:
        found = one.write(value)
        return found if found or not new else [str(value)]

    def write(value: Any) -> list[str]:
        # an empty parameter (?k=) says "nothing chosen", over a default that chose something
        return [label for v in value or () for label in label_of(v)] or [""]

    def read(values: list[str]) -> Any:
        given = [v for v in values if v != ""]
        kept: list[str] = []
        for v in given:
            if (v in labels or new) and v not in kept:
                kept.append(v)
        if given and not kept:
            raise ValueError(values)
        return [one.read([v]) if v in labels else v for v in kept[:limit]]

    return UrlCodec(write, read)


def buttons(options_: Sequence[Any], labels: Sequence[str], multi: bool) -> UrlCodec:
    """Pills and segmented controls: their labels as repeated parameters, as Streamlit reads
    them: unknown labels and repeats are dropped, a single-select one keeps the first; an
    empty parameter (``?k=``) is a cleared selection; nothing valid at all is invalid."""
    one = option(options_, labels)

    def write(value: Any) -> list[str]:
        chosen = value if multi else ([] if value is None else [value])
        # an empty parameter (?k=) says "cleared", over a default that chose something
        return [label for v in chosen or () for label in one.write(v)] or [""]

    def read(values: list[str]) -> Any:
        given = [v for v in values if v != ""]
        kept: list[str] = []
        for v in given:
            if v in labels and v not in kept:
                kept.append(v)
        if given and not kept:
            raise ValueError(values)
        chosen = [one.read([v]) for v in kept]
        if multi:
            return chosen
        return chosen[0] if chosen else None

    return UrlCodec(write, read)


def steps(options_: Sequence[Any], labels: Sequence[str], default: Any, is_range: bool) -> UrlCodec:
    """A select slider: its option's label, or two repeated ones for a range (a repeat is a
    zero-width range). As Streamlit reads them: an unknown label takes the default's place,
    a range comes out in the options' order, and the wrong number of labels (or a value that
    comes out as the default) leaves the URL."""
    one = option(options_, labels)
    defaults = list(default) if is_range else [default]

    def write(value: Any) -> list[str]:
        items = value if is_range else [value]
        return [label for v in items for label in one.write(v)]

    def read(values: list[str]) -> Any:
        given = [v for v in values if v != ""]
        if len(given) != len(defaults):
            raise ValueError(values)
        picked = [
            list(labels).index(v) if v in labels else list(labels).index(one.write(d)[0])
            for v, d in zip(given, defaults, strict=True)
        ]
        value = tuple(options_[i] for i in sorted(picked)) if is_range else options_[picked[0]]
        if _equal(value, default):
            raise ValueError(values)
        return value

    return UrlCodec(write, read)


def clock(step_seconds: int) -> UrlCodec:
    """``st.time_input``: ``HH:MM``, or ``HH:MM:SS`` when the step has seconds (Streamlit reads
    either, and drops the seconds when the step is whole minutes)."""
    whole_minutes = step_seconds % 60 == 0
    form = "%H:%M" if whole_minutes else "%H:%M:%S"

    def read(values: list[str]) -> datetime.time:
        raw = _one(values)
        for pattern in ("%H:%M:%S", "%H:%M"):
            try:
                value = datetime.datetime.strptime(raw, pattern).time()
            except ValueError:
                continue
            return value.replace(second=0, microsecond=0) if whole_minutes else value
        raise ValueError(raw)

    return UrlCodec(lambda v: [] if v is None else [v.strftime(form)], read)


def days(is_range: bool, low: datetime.date, high: datetime.date) -> UrlCodec:
    """``st.date_input``: ISO dates (``YYYY/MM/DD`` is read too), two repeated ones for a range;
    a single date keeps the first one given; a date outside ``[low, high]`` is invalid."""

    def parse(raw: str) -> datetime.date:
        for pattern in ("%Y-%m-%d", "%Y/%m/%d"):
            try:
                return datetime.datetime.strptime(raw, pattern).date()
            except ValueError:
                continue
        raise ValueError(raw)

    def read(values: list[str]) -> Any:
        given = [parse(v) for v in values if v != ""]
        if not given or (is_range and len(given) > 2) or not all(low <= d <= high for d in given):
            raise ValueError(values)
        return tuple(given) if is_range else given[0]

    def write(value: Any) -> list[str]:
        if value is None:
            return []
        items = value if isinstance(value, (list, tuple)) else [value]
        return [f"{d.year:04d}-{d.month:02d}-{d.day:02d}" for d in items]

    return UrlCodec(write, read)


def moment(low: datetime.datetime, high: datetime.datetime) -> UrlCodec:
    """``st.datetime_input``: ``YYYY-MM-DDTHH:MM`` (``YYYY/MM/DD, HH:MM`` is read too), the
    first one given; seconds and a time zone are dropped; outside ``[low, high]`` is invalid."""

    def read(values: list[str]) -> datetime.datetime:
        given = [v for v in values if v != ""]
        if not given:
            raise ValueError(values)
        for pattern in ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M"):
            try:
                value = datetime.datetime.strptime(given[0], pattern)
            except ValueError:
                continue
            if not low <= value <= high:
                raise ValueError(given[0])
            return value
        raise ValueError(given[0])

    def write(value: Any) -> list[str]:
        if value is None:
            return []
        return [f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value:%H:%M}"]

    return UrlCodec(write, read)


def page(num_pages: int) -> UrlCodec:
    """``st.pagination``: the page's number, from 1."""

    def read(values: list[str]) -> int:
        raw = _one(values)
        value = int(raw)
        if not 1 <= value <= num_pages:
            raise ValueError(raw)
        return value

    return UrlCodec(lambda v: [str(v)], read)


def color() -> UrlCodec:
    """A colour as its hex text; the ``#`` may be left out of the URL (Streamlit adds it)."""

    def read(values: list[str]) -> str:
        raw = _one(values)
        value = raw if raw.startswith("#") else f"#{raw}"
        if not re.fullmatch(r"#(?:[0-9a-fA-F]{3}){1,2}", value):
            raise ValueError(raw)
        return value

    return UrlCodec(lambda v: [str(v)], read)


def index(count: int) -> UrlCodec:
    """An option's index as a whole number (``st.feedback``); an empty parameter clears it."""

    def read(values: list[str]) -> int | None:
        raw = _one(values)
        if raw == "":
            return None
        value = int(raw)
        if not 0 <= value < count:
            raise ValueError(raw)
        return value

    return UrlCodec(lambda v: [""] if v is None else [str(v)], read)  # ?k=: cleared


def _reads_as(codec: UrlCodec, values: list[str], value: Any) -> bool:
    try:
        return _equal(codec.read(values), value)
    except Exception:
        return False


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return False


def is_number_kind(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)
