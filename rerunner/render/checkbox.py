"""Recipe for ``checkbox`` and ``toggle``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, labelled, recipe, width_layout, wrap_classes
from .vdom import V


@recipe("checkbox", "toggle")
def checkbox(el: Element, emit: Emit) -> V:
    p = el.props
    extra = ("rr-toggle",) if el.kind == "toggle" else ()
    props = {**labelled(p, *extra, *wrap_classes(p.wrap)), "value": bool(p.value), "indent": False}
    if p.wrap is False and not p.help:  # a label cut short shows whole on hover
        props["tooltip"] = p.label
    props["_dom_classes"] = tuple(c for c in props["_dom_classes"] if c != "rr-stacked")
    return V(
        w.Checkbox, props, key=el.id, on={"value": lambda v: emit(el.id, v)}, layout=width_layout(p)
    )
