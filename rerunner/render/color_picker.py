"""Recipe for ``color_picker``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, labelled, recipe, width_layout
from .vdom import V


@recipe("color_picker")
def color_picker(el: Element, emit: Emit) -> V:
    p = el.props
    props = {**labelled(p), "value": p.value, "concise": False}
    return V(
        w.ColorPicker,
        props,
        key=el.id,
        on={"value": lambda c: emit(el.id, c)},
        layout=width_layout(p),
    )
