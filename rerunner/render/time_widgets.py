"""Recipes for ``date_input`` and ``time_input``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, labelled, page_checks, recipe, width_layout
from .vdom import V


@recipe("date_input")
def date_input(el: Element, emit: Emit) -> V:
    p = el.props
    bounds = {"min": p.min, "max": p.max}
    if not p.is_range:
        props = {**labelled(p), **bounds, "value": p.value}
        checked = page_checks(el, {"value": lambda d: emit(el.id, d)}, p.value)
        return V(w.DatePicker, props, key=el.id, on=checked.events, layout=width_layout(p),
                 ref=checked.ref)  # fmt: skip
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
    checked = page_checks(el, {"value": lambda t: emit(el.id, t)}, p.value)
    return V(w.TimePicker, props, key=el.id, on=checked.events, layout=width_layout(p),
             ref=checked.ref)  # fmt: skip
