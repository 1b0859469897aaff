"""Recipes for progress, spinner, skeleton, status and toast."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from ..schema import ExpanderProps
from .icons import icon_html
from .layout import expander
from .lib import Emit, html_box, recipe, sized_layout
from .markdown import inline_html, to_html
from .vdom import V


@recipe("progress")
def progress(el: Element, emit: Emit) -> V:
    p = el.props
    text = f'<div class="rr-progress-text rr-md">{inline_html(p.text)}</div>' if p.text else ""
    bar = (
        f'<div class="rr-progress-track" role="progressbar" aria-valuenow="{p.percent}" '
        f'aria-valuemin="0" aria-valuemax="100"><div class="rr-progress-bar" style="width:{p.percent}%">'
        "</div></div>"
    )
    return html_box(
        f'<div class="rr-progress">{text}{bar}</div>', "rr-progress-element", width=p.width
    )


@recipe("spinner")
def spinner(el: Element, emit: Emit) -> V:
    p = el.props
    timer = '<span class="rr-spinner-time"></span>' if p.show_time else ""
    return html_box(
        f'<div class="rr-spinner" role="status"><span class="rr-spinner-icon"></span>'
        f'<span class="rr-md">{inline_html(p.text)}</span>{timer}</div>',
        "rr-spinner-element",
        width=p.width,
    )


@recipe("skeleton")
def skeleton(el: Element, emit: Emit) -> V:
    p = el.props
    height = p.height
    if height is None:
        height = "2.5rem"  # an input widget's height
    elif height == "stretch":
        height = "100%"
    else:
        height = f"{height}px"
    layout = sized_layout(p.width)
    return V(w.Box, {"_dom_classes": ("rr-skeleton",)}, layout={**layout, "height": height})


_STATUS_ICONS = {"running": "⏳", "complete": "✅", "error": "❌"}


@recipe("status")
def status(el: Element, emit: Emit) -> V:
    """A status is an expander whose label carries the state."""
    p = el.props
    shown = Element(
        "expander",
        ExpanderProps(
            label=p.label,
            expanded=p.expanded,
            icon=_STATUS_ICONS[p.state],
            type=p.type,
            width=p.width,
        ),
        children=el.children,
    )
    return expander(shown, emit)


@recipe("toast")
def toast(el: Element, emit: Emit) -> V:
    p = el.props
    icon = icon_html(p.icon)
    seconds = p.seconds
    # The toast fades out after its duration, in the browser; "infinite" ones stay.
    style = f' style="animation-delay:{seconds}s"' if seconds else ""
    fade = " rr-toast-fades" if seconds else ""
    body = to_html(p.body)
    return html_box(
        f'<div class="rr-toast{fade} rr-md" role="status"{style}>{icon}{body}</div>',
        "rr-toast-element",
    )
