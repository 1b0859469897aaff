"""Recipes for what a body prints or displays itself (``print()``, ``display()``)."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, recipe
from .vdom import V


@recipe("stream")
def stream(el: Element, emit: Emit) -> V:
    p = el.props
    return V(w.Output, {"outputs": ({"output_type": "stream", "name": p.name, "text": p.text},)})


@recipe("display")
def display(el: Element, emit: Emit) -> V:
    p = el.props
    output = {"output_type": "display_data", "data": p.data, "metadata": p.metadata}
    return V(w.Output, {"outputs": (output,)})
