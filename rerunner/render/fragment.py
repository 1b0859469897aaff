"""Recipes for fragments: a fragment's own container, and what it wrote into a container made
outside it. Both are keyed by the fragment, so that a fragment run, which replaces only these,
is redrawn by finding them again (``WidgetView.update_parts``) without describing the page."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, children, recipe
from .vdom import V


@recipe("fragment")
def fragment(el: Element, emit: Emit) -> V:
    return V(
        w.VBox,
        {"_dom_classes": ("rr-block", "rr-fragment")},
        children=children(el, emit),
        key=f"fragment:{el.props.fragment_id}",
        layout={"width": "100%"},
    )


@recipe("fragment_wrapper")
def wrapper(el: Element, emit: Emit) -> V:
    return V(
        w.VBox,
        {"_dom_classes": ("rr-block", "rr-fragment-wrapper")},
        children=children(el, emit),
        key=f"wrapper:{el.props.name}",
        layout={"width": "100%"},
    )
