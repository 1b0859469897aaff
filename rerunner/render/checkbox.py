"""Recipe for ``checkbox`` and ``toggle``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, labelled, recipe, width_layout
from .vdom import V


@recipe("checkbox", "toggle")
def checkbox(el: Element, emit: Emit) -> V:
    p = el.props
    extra = ("rr-toggle",) if el.kind == "toggle" else ()
    props = {**labelled(p, *extra), "value": bool(p.value), "indent": False}
    props["_dom_classes"] = tuple(c for c in props["_dom_classes"] if c != "rr-stacked")
    return V(
        w.Checkbox, props, key=el.id, on={"value": lambda v: emit(el.id, v)}, layout=width_layout(p)
    )
