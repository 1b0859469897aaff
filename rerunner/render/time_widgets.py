"""Recipes for ``date_input``, ``time_input`` and ``date_time_input`` (``st.datetime_input``)."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from ..elements import Element
from .lib import Emit, labelled, recipe, width_layout
from .vdom import V


@recipe("date_input")
def date_input(el: Element, emit: Emit) -> V:
    p = el.props
    bounds = {"min": p.min, "max": p.max}
    if not p.is_range:
        props = {**labelled(p), **bounds, "value": p.value}
        return V(
            w.DatePicker,
            props,
            key=el.id,
            on={"value": lambda d: emit(el.id, d)},
            layout=width_layout(p),
        )
    current = list(p.value or []) + [None, None]
    start, end = current[0], current[1]
    first = V(w.DatePicker, {**labelled(p), **bounds, "value": start},
              on={"value": lambda d: emit(el.id, [d, end] if d is not None else [end])})  # fmt: skip
    second = V(w.DatePicker, {"description": "", **bounds, "value": end, "disabled": bool(p.disabled)},
               on={"value": lambda d: emit(el.id, [start, d] if d is not None else [start])})  # fmt: skip
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
    props = {**labelled(p), "value": p.value, "step": p.step}
    return V(
        w.TimePicker,
        props,
        key=el.id,
        on={"value": lambda t: emit(el.id, t)},
        layout=width_layout(p),
    )


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

    date_half = V(
        w.DatePicker,
        {**labelled(p), "min": p.min.date(), "max": p.max.date(), "value": day},
        on={"value": with_day},
    )
    time_half = V(
        w.TimePicker,
        {"description": "", "value": clock, "step": p.step, "disabled": bool(p.disabled)},
        on={"value": with_clock},
    )
    return V(
        w.HBox,
        {"_dom_classes": ("rr-date-range", "rr-datetime")},
        children=[date_half, time_half],
        key=el.id,
        layout=width_layout(p),
    )
