"""Recipes for ``date_input``, ``time_input`` and ``date_time_input`` (``st.datetime_input``).

The browser's own date and time pickers show values in the visitor's locale, which is what the
defaults ask for (and ``format="localized"`` of a time). A date ``format`` other than the
default (of a date or of a datetime's date half), or a ``"12h"``/``"24h"`` time, is drawn as a text field showing the value in that
format: a date typed in it is read here, in the kernel, and a time field offers the times a
``step`` apart as suggestions (a ``Combobox``), as Streamlit's time list does. Text that reads as
no value in bounds is not sent, and the field shows the value again.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date, datetime, time
from typing import Any

import ipywidgets as w

from ..elements import Element
from .lib import Emit, Live, labelled, page_checks, recipe, width_layout
from .vdom import V

DEFAULT_DATE_FORMAT = "YYYY/MM/DD"


def _strftime(fmt: str) -> str:
    return fmt.replace("YYYY", "%Y").replace("MM", "%m").replace("DD", "%d")


def show_date(day: date | None, fmt: str) -> str:
    return "" if day is None else day.strftime(_strftime(fmt))


def read_date(text: str, fmt: str) -> date | None:
    """The date ``text`` shows in ``fmt`` (single digits allowed), or None."""
    try:
        return datetime.strptime(text.strip(), _strftime(fmt)).date()
    except ValueError:
        return None


def show_time(moment: time | None, fmt: str, seconds: bool) -> str:
    if moment is None:
        return ""
    tail = f":{moment.second:02d}" if seconds else ""
    if fmt == "12h":
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d}{tail} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{moment.hour:02d}:{moment.minute:02d}{tail}"


_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$")


def read_time(text: str) -> time | None:
    """A time typed as ``9:30``, ``21:30``, ``9:30 pm`` or with seconds, or None."""
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[4].lower() == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _typed(el: Element, emit: Emit, shown: str, read: Any, send: Any) -> tuple[dict[str, Any], Any]:
    """Events of a text field whose text is read into a value (``read``: None if it reads as
    none) and sent with ``send``; text that reads as nothing is put back to ``shown``."""
    field: dict[str, Live] = {}

    def typed(text: str) -> None:
        if not text.strip():
            send(None)
            return
        value = read(text)
        if value is None:
            live = field.get("live")
            if live is not None:
                live.set(value=shown)
            return
        send(value)

    checked = page_checks(el, {"value": typed}, shown)
    keep = checked.ref

    def ref(live: Live) -> None:
        field["live"] = live
        if keep is not None:
            keep(live)

    return checked.events, ref


def _date_field(el: Element, emit: Emit, day: date | None, send: Any, **props: Any) -> V:
    p = el.props
    # a datetime input's bounds are moments: its date half compares their days
    low = p.min.date() if isinstance(p.min, datetime) else p.min
    high = p.max.date() if isinstance(p.max, datetime) else p.max

    def read(text: str) -> date | None:
        value = read_date(text, p.format)
        in_bounds = value is not None and (low is None or value >= low)
        return value if in_bounds and (high is None or value <= high) else None

    shown = show_date(day, p.format)
    events, ref = _typed(el, emit, shown, read, send)
    traits = {"value": shown, "placeholder": p.format, "continuous_update": False, **props}
    return V(w.Text, traits, on=events, ref=ref)


@recipe("date_input")
def date_input(el: Element, emit: Emit) -> V:
    p = el.props
    typed = p.format != DEFAULT_DATE_FORMAT
    bounds = {"min": p.min, "max": p.max}
    if not p.is_range:
        if typed:
            field = _date_field(el, emit, p.value, lambda d: emit(el.id, d), **labelled(p))
            return V(field.cls, field.props, key=el.id, on=field.on, ref=field.ref,
                     layout=width_layout(p))  # fmt: skip
        props = {**labelled(p), **bounds, "value": p.value}
        checked = page_checks(el, {"value": lambda d: emit(el.id, d)}, p.value)
        return V(w.DatePicker, props, key=el.id, on=checked.events, layout=width_layout(p),
                 ref=checked.ref)  # fmt: skip
    current = list(p.value or []) + [None, None]
    start, end = current[0], current[1]

    def first_sent(d: date | None) -> None:
        emit(el.id, [d, end] if d is not None else [end])

    def second_sent(d: date | None) -> None:
        emit(el.id, [start, d] if d is not None else [start])

    if typed:
        first = _date_field(el, emit, start, first_sent, **labelled(p))
        second = _date_field(el, emit, end, second_sent, disabled=bool(p.disabled))
    else:
        first = V(w.DatePicker, {**labelled(p), **bounds, "value": start},
                  on={"value": first_sent})  # fmt: skip
        second = V(w.DatePicker, {"description": "", **bounds, "value": end,
                                  "disabled": bool(p.disabled)}, on={"value": second_sent})  # fmt: skip
    return V(
        w.HBox,
        {"_dom_classes": ("rr-date-range",)},
        children=[first, second],
        key=el.id,
        layout=width_layout(p),
    )


@recipe("time_input")
def time_input(el: Element, emit: Emit) -> V:
    p = el.props
    if p.format == "localized":  # the browser's picker, in the visitor's locale
        props = {**labelled(p), "value": p.value, "step": p.step}
        checked = page_checks(el, {"value": lambda t: emit(el.id, t)}, p.value)
        return V(w.TimePicker, props, key=el.id, on=checked.events, layout=width_layout(p),
                 ref=checked.ref)  # fmt: skip
    seconds = p.step % 60 != 0
    step = max(int(p.step), 1)
    choices = [
        show_time(time(t // 3600, t // 60 % 60, t % 60), p.format, seconds)
        for t in range(0, 24 * 3600, step)
    ]
    shown = show_time(p.value, p.format, seconds)
    events, ref = _typed(el, emit, shown, read_time, lambda t: emit(el.id, t))
    props = {**labelled(p), "value": shown, "options": choices, "ensure_option": False,
             "placeholder": "h:mm AM" if p.format == "12h" else "HH:MM",
             "continuous_update": False}  # fmt: skip
    return V(w.Combobox, props, key=el.id, on=events, ref=ref, layout=width_layout(p))


@recipe("date_time_input")
def date_time_input(el: Element, emit: Emit) -> V:
    """A date field and a time field side by side: ipywidgets' own datetime picker has no step,
    and the time field's arrow keys move by ``step``. Either half cleared clears the value; a
    half picked while the other is empty takes the start of the day or the minimum's date."""
    p = el.props
    moment: dt.datetime | None = p.value
    day = moment.date() if moment is not None else None
    clock = moment.time() if moment is not None else None

    def with_day(d: dt.date | None) -> None:
        emit(el.id, None if d is None else dt.datetime.combine(d, clock or dt.time(0, 0)))

    def with_clock(t: dt.time | None) -> None:
        emit(el.id, None if t is None else dt.datetime.combine(day or p.min.date(), t))

    if p.format != DEFAULT_DATE_FORMAT:
        date_half = _date_field(el, emit, day, with_day, **labelled(p))
    else:
        # a required field outside a form is not emptied: a half cleared shows its value again
        checked = page_checks(el, {"value": with_day}, day)
        date_half = V(
            w.DatePicker,
            {**labelled(p), "min": p.min.date(), "max": p.max.date(), "value": day},
            on=checked.events,
            ref=checked.ref,
        )
    clock_checked = page_checks(el, {"value": with_clock}, clock)
    time_half = V(
        w.TimePicker,
        {"description": "", "value": clock, "step": p.step, "disabled": bool(p.disabled)},
        on=clock_checked.events,
        ref=clock_checked.ref,
    )
    return V(
        w.HBox,
        {"_dom_classes": ("rr-date-range", "rr-datetime")},
        children=[date_half, time_half],
        key=el.id,
        layout=width_layout(p),
    )
