"""Recipe for ``number_input``: a text field with -/+ buttons."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import Element
from .lib import Emit, input_icon, labelled, page_checks, recipe, text_events, width_layout
from .vdom import V


def _step(p: dict[str, Any], direction: int) -> str:
    """The text a −/+ click leads to: one step from the current value, kept in bounds."""
    try:
        current = float(p.value) if p.value else None
    except ValueError:
        current = None
    if current is None:
        current = p.min if p.min is not None else 0
        number = current
    else:
        number = current + direction * p.step
    if p.min is not None:
        number = max(number, p.min)
    if p.max is not None:
        number = min(number, p.max)
    number = int(round(number)) if p.is_int else number
    try:
        return p.format % number
    except (TypeError, ValueError):
        return str(number)


@recipe("number_input")
def number_input(el: Element, emit: Emit) -> V:
    p = el.props
    disabled = bool(p.disabled)
    checked = page_checks(el, text_events(el, emit), p.value)
    field = V(
        w.Text,
        {
            **labelled(p),
            "value": p.value,
            "placeholder": p.placeholder or "",
            "continuous_update": bool(p.form),
        },
        on=checked.events,
        ref=checked.ref,
    )
    minus = V(w.Button, {"description": "−", "disabled": disabled, "tooltip": "Decrement"},
              on={"click": lambda: emit(el.id, _step(p, -1))})  # fmt: skip
    plus = V(w.Button, {"description": "+", "disabled": disabled, "tooltip": "Increment"},
             on={"click": lambda: emit(el.id, _step(p, +1))})  # fmt: skip
    icon = input_icon(p.icon)
    return V(
        w.HBox,
        {"_dom_classes": ("rr-number", "rr-has-icon") if icon else ("rr-number",)},
        children=[icon, field, minus, plus] if icon else [field, minus, plus],
        key=el.id,
        layout=width_layout(p),
    )
