"""Recipes for dataframe, table and metric.

``st.dataframe`` is the data editor's ``Grid`` with editing off (the rows stay in the kernel and
are paged to the browser as the editor's are); with selections on, its clicks come back as the
widget's value. ``st.table`` is ``PagedTable``, static HTML.
"""

from __future__ import annotations

import json

from .. import tabular
from ..elements import Element
from .editor import Grid, GridSource, grid_code
from .icons import icon_html
from .lib import Emit, help_icon, html_box, recipe, sized_layout
from .markdown import escape, inline_html
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


@recipe("dataframe")
def dataframe(el: Element, emit: Emit) -> V:
    p = el.props
    wid = el.id
    selection = json.loads(p.value)["selection"] if isinstance(p.value, str) else {}
    options = {
        "editable": False,
        "num_rows": "fixed",
        "column_order": p.column_order,
        "height": p.height,
        "row_height": p.row_height,
        "placeholder": p.placeholder,
        "alt": p.alt,
        "selection_modes": p.selection_modes,
        "selection": selection,
        "looks": p.looks,
    }
    submit = (lambda text: emit(wid, text)) if wid is not None else None
    source = GridSource(p.frame, list(p.columns), tabular.empty_state(), options, submit)
    classes = ("rr-dataframe", *((f"st-key-{p.key}",) if p.key else ()))
    return V(
        Grid,
        {"source": source, "code": grid_code(), "_dom_classes": classes},
        key=wid,
        layout=sized_layout(p.width),
    )


@recipe("table")
def table(el: Element, emit: Emit) -> V:
    p = el.props
    options = {name: getattr(p, name) for name in _TABLE_OPTIONS}
    options["kind"] = el.kind
    return V(
        PagedTable,
        {"source": TableSource(p.frame, options), "_dom_classes": (f"rr-{el.kind}",)},
        layout=sized_layout(p.width),
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
    line = " ".join(f"{x:.2f},{y:.2f}" for x, y in zip(xs, ys, strict=False))
    area = f'<polygon points="0,{height:g} {line} {width:g},{height:g}"/>' if kind == "area" else ""
    return (
        f'<svg class="{css}" viewBox="0 0 {width:g} {height:g}" preserveAspectRatio="none">'
        f'{area}<polyline points="{line}"/></svg>'
    )


@recipe("metric")
def metric(el: Element, emit: Emit) -> V:
    p = el.props
    icon = icon_html(p.icon)
    label = f'<div class="rr-metric-label">{icon}{inline_html(p.label)}{help_icon(p.help)}</div>'
    value = f'<div class="rr-metric-value">{escape(p.value)}</div>'
    delta = ""
    if p.delta:
        arrow = _ARROWS[p.direction]
        description = (
            f' <span class="rr-metric-description">{escape(p.delta_description)}</span>'
            if p.delta_description else ""
        )  # fmt: skip
        delta = f'<div class="rr-metric-delta rr-fg-{p.color}">{arrow} {escape(p.delta)}{description}</div>'
    chart = _sparkline(p.chart, p.chart_type, p.color) if p.chart else ""
    classes = ["rr-metric", f"rr-label-{p.label_visibility}"]
    if p.border:
        classes.append("rr-metric-border")
    height = p.height
    style = ""
    if isinstance(height, int) and not isinstance(height, bool):
        style = f' style="height:{height}px;overflow:auto;box-sizing:border-box"'
    elif height == "stretch":
        style = ' style="height:100%"'
    return html_box(
        f'<div class="{" ".join(classes)}"{style}>{label}{value}{delta}{chart}</div>',
        "rr-metric-element",
        width=p.width,
    )
