"""Recipes for sliders: numbers on a numeric slider; options, dates and times over their
positions."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import ipywidgets as w

from ..elements import Element
from .lib import Emit, labelled, pairs, recipe, width_layout
from .vdom import V

_D3_FORMATS = {"%d": "d", "%i": "d", "%u": "d"}


@lru_cache(maxsize=256)
def d3_format(printf: str) -> str:
    """The d3-format ipywidgets' readout understands for the common printf formats."""
    if printf in _D3_FORMATS:
        return _D3_FORMATS[printf]
    import re

    m = re.fullmatch(r"%0?\.(\d+)([fe])", printf)
    if m:
        return f".{m.group(1)}{m.group(2)}"
    return ""  # anything fancier: the plain number


def number_slider(el: Element, emit: Emit) -> V:
    p = el.props
    if p.is_range:
        cls = w.IntRangeSlider if p.is_int else w.FloatRangeSlider
        # A range set through session state may come reversed; the widget only shows low <= high.
        value: Any = tuple(sorted(p.value))
    else:
        cls = w.IntSlider if p.is_int else w.FloatSlider
        value = p.value
    props = {
        **labelled(p),
        "min": p.min,
        "max": p.max,
        "step": p.step,
        "value": value,
        "continuous_update": False,  # Streamlit commits a drag on release
        "readout_format": d3_format(p.format) or (".0f" if p.is_int else ".2f"),
    }
    on = {"value": lambda v: emit(el.id, list(v) if p.is_range else v)}
    return V(cls, props, key=el.id, on=on, layout=width_layout(p))


@recipe("select_slider")
def selection_slider(el: Element, emit: Emit) -> V:
    p = el.props
    options = pairs(p.options)
    common = {**labelled(p), "options": options, "continuous_update": False}
    if p.is_range:
        props = {**common, "index": tuple(p.value)}
        return V(w.SelectionRangeSlider, props, key=el.id, on={"index": lambda i: emit(el.id, list(i))},
                 layout=width_layout(p))  # fmt: skip
    props = {**common, "index": p.value}
    return V(
        w.SelectionSlider,
        props,
        key=el.id,
        on={"index": lambda i: emit(el.id, i)},
        layout=width_layout(p),
    )


@recipe("slider")
def slider(el: Element, emit: Emit) -> V:
    """Numbers slide on a numeric slider; dates and times over their positions."""
    if el.props.temporal:
        return selection_slider(el, emit)
    return number_slider(el, emit)
