"""Render recipes for data and status elements: dataframe, table, metric, progress, spinner,
status, toast, latex. Registered in the render table on import (``view.py`` imports this)."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import Element
from .markdown import escape, inline_html, to_html
from .recipes import Emit, expander, recipe
from .table_widget import PagedTable, TableSource
from .vdom import V

_TABLE_OPTIONS = (
    "columns",
    "hide_index",
    "hide_header",
    "border",
    "height",
    "row_height",
    "placeholder",
    "alt",
)


def _width_layout(width: Any) -> dict[str, Any]:
    if isinstance(width, int) and not isinstance(width, bool):
        return {"width": f"{width}px", "max_width": "100%"}
    if width == "content":
        return {"width": "auto", "max_width": "100%"}
    return {"width": "100%"}


def _box(body: str, *classes: str, width: Any = "stretch") -> V:
    return V(w.HTML, {"value": body, "_dom_classes": tuple(classes)}, layout=_width_layout(width))


def _help(text: str | None) -> str:
    return f'<span class="rr-help" title="{escape(text)}">ⓘ</span>' if text else ""


@recipe("dataframe", "table")
def table(el: Element, emit: Emit) -> V:
    p = el.props
    options = {name: p.get(name) for name in _TABLE_OPTIONS}
    options["kind"] = el.kind
    return V(
        PagedTable,
        {"source": TableSource(p["frame"], options), "_dom_classes": (f"rr-{el.kind}",)},
        layout=_width_layout(p.get("width")),
    )


_ARROWS = {"up": "↑", "down": "↓", "none": ""}


def _sparkline(points: tuple[float, ...], kind: str, color: str) -> str:
    """A small inline SVG of ``points`` (no JavaScript, no library)."""
    if len(points) < 2 and kind != "bar":
        return ""
    low, high = min(points), max(points)
    span = (high - low) or 1.0
    width, height = 100.0, 24.0
    xs = [i * width / max(1, len(points) - 1) for i in range(len(points))]
    ys = [height - (v - low) / span * height for v in points]
    css = f"rr-spark rr-spark-{color}"
    if kind == "bar":
        bar = width / len(points)
        rects = "".join(
            f'<rect x="{i * bar + bar * 0.1:.2f}" y="{y:.2f}" width="{bar * 0.8:.2f}" height="{height - y:.2f}"/>'
            for i, y in enumerate(ys)
        )
        return f'<svg class="{css}" viewBox="0 0 {width:g} {height:g}" preserveAspectRatio="none">{rects}</svg>'
    line = " ".join(f"{x:.2f},{y:.2f}" for x, y in zip(xs, ys))
    area = f'<polygon points="0,{height:g} {line} {width:g},{height:g}"/>' if kind == "area" else ""
    return (
        f'<svg class="{css}" viewBox="0 0 {width:g} {height:g}" preserveAspectRatio="none">'
        f'{area}<polyline points="{line}"/></svg>'
    )


@recipe("metric")
def metric(el: Element, emit: Emit) -> V:
    p = el.props
    icon = f"{escape(p['icon'])} " if p.get("icon") else ""
    label = (
        f'<div class="rr-metric-label">{icon}{inline_html(p["label"])}{_help(p.get("help"))}</div>'
    )
    value = f'<div class="rr-metric-value">{escape(p["value"])}</div>'
    delta = ""
    if p.get("delta"):
        arrow = _ARROWS[p["direction"]]
        description = (
            f' <span class="rr-metric-description">{escape(p["delta_description"])}</span>'
            if p.get("delta_description") else ""
        )  # fmt: skip
        delta = f'<div class="rr-metric-delta rr-fg-{p["color"]}">{arrow} {escape(p["delta"])}{description}</div>'
    chart = (
        _sparkline(p["chart"], p.get("chart_type", "line"), p["color"]) if p.get("chart") else ""
    )
    classes = ["rr-metric", f"rr-label-{p.get('label_visibility', 'visible')}"]
    if p.get("border"):
        classes.append("rr-metric-border")
    return _box(f'<div class="{" ".join(classes)}">{label}{value}{delta}{chart}</div>', "rr-metric-element",
                width=p.get("width"))  # fmt: skip


@recipe("progress")
def progress(el: Element, emit: Emit) -> V:
    p = el.props
    text = (
        f'<div class="rr-progress-text rr-md">{inline_html(p["text"])}</div>'
        if p.get("text")
        else ""
    )
    bar = (
        f'<div class="rr-progress-track" role="progressbar" aria-valuenow="{p["percent"]}" '
        f'aria-valuemin="0" aria-valuemax="100"><div class="rr-progress-bar" style="width:{p["percent"]}%">'
        "</div></div>"
    )
    return _box(
        f'<div class="rr-progress">{text}{bar}</div>', "rr-progress-element", width=p.get("width")
    )


@recipe("spinner")
def spinner(el: Element, emit: Emit) -> V:
    p = el.props
    timer = '<span class="rr-spinner-time"></span>' if p.get("show_time") else ""
    return _box(
        f'<div class="rr-spinner" role="status"><span class="rr-spinner-icon"></span>'
        f'<span class="rr-md">{inline_html(p["text"])}</span>{timer}</div>',
        "rr-spinner-element",
    )


_STATUS_ICONS = {"running": "⏳", "complete": "✅", "error": "❌"}


@recipe("status")
def status(el: Element, emit: Emit) -> V:
    """A status is an expander whose label carries the state."""
    p = el.props
    shown = Element(
        "expander",
        {"label": p["label"], "expanded": p["expanded"], "icon": _STATUS_ICONS[p["state"]]},
        children=el.children,
    )
    return expander(shown, emit)


@recipe("toast")
def toast(el: Element, emit: Emit) -> V:
    p = el.props
    icon = f"{escape(p['icon'])} " if p.get("icon") else ""
    seconds = p.get("seconds")
    # The toast fades out after its duration, in the browser; "infinite" ones stay.
    style = f' style="animation-delay:{seconds}s"' if seconds else ""
    fade = " rr-toast-fades" if seconds else ""
    body = to_html(p["body"])
    return _box(
        f'<div class="rr-toast{fade} rr-md" role="status"{style}>{icon}{body}</div>',
        "rr-toast-element",
    )


@recipe("latex")
def latex(el: Element, emit: Emit) -> V:
    p = el.props
    # HTMLMath hands the text to the front end's MathJax; HTML in it must not become markup.
    return V(
        w.HTMLMath,
        {"value": f"$${escape(p['body'])}$${_help(p.get('help'))}", "_dom_classes": ("rr-latex",)},
        layout={"width": "100%"},
    )
