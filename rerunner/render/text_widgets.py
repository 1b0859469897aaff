"""Recipes for ``text_input`` and ``text_area``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, decorated, labelled, page_checks, recipe, target_class, text_events
from .vdom import V


@recipe("text_input")
def text_input(el: Element, emit: Emit) -> V:
    p = el.props
    cls = w.Password if p.input_type == "password" else w.Text
    props = {
        **labelled(p, *((target_class(el),) if p.autocomplete else ())),
        "value": p.value or "",
        "placeholder": p.placeholder or "",
        # Commit on Enter or blur, as Streamlit does; in a form every key is parked (no rerun),
        # so that Enter-to-submit always finds the latest text already in the kernel.
        "continuous_update": bool(p.live or p.form),
    }
    checked = page_checks(el, text_events(el, emit), props["value"])
    field = V(cls, props, on=checked.events, ref=checked.ref)
    return decorated(el, field, icon=p.icon, note=checked.note)


@recipe("text_area")
def text_area(el: Element, emit: Emit) -> V:
    p = el.props
    props = {
        **labelled(p),
        "value": p.value or "",
        "placeholder": p.placeholder or "",
        "continuous_update": bool(p.form),
        "rows": max(3, (p.height or 0) // 24) if p.height else None,
    }
    checked = page_checks(el, {"value": lambda v: emit(el.id, v)}, props["value"])
    return decorated(el, V(w.Textarea, props, on=checked.events, ref=checked.ref))
