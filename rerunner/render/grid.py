"""Recipes for ``grid`` and ``grid_cell``: a CSS grid (``ipywidgets.GridBox``) whose tracks the
browser fits to the width, as Streamlit's front end does; an element written straight into the
grid is wrapped in a cell of its own, so borders and alignment apply to every cell alike."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import Element
from .lib import Emit, describe, recipe
from .vdom import V

#: Streamlit's gap sizes, in rem.
GAP_REM = {"xxsmall": 0.25, "xsmall": 0.5, "small": 1, "medium": 2, "large": 4, "xlarge": 6,
           "xxlarge": 8}  # fmt: skip
AUTO_MIN_PX = 200  # "auto" min_column_width: about 200 pixels, as Streamlit's theme has it
MAX_AUTO_COLUMNS = 24


def gap_css(gap: Any) -> str:
    if gap is None:
        return "0px"
    if isinstance(gap, int):
        return f"{gap}px"
    return f"{GAP_REM[gap]}rem"


def template_columns(columns: Any, min_width: Any, wrap: bool, column_gap: str) -> str:
    """The grid's column tracks: as many as fit at ``min_width`` (up to ``columns`` or 24), or
    exactly ``columns`` when it may not wrap."""
    least = f"{AUTO_MIN_PX if min_width == 'auto' else min_width}px"
    if not wrap:
        return f"repeat({columns}, minmax({least}, 1fr))"
    most = MAX_AUTO_COLUMNS if columns == "auto" else columns
    # A track is never narrower than the width that fits only `most` of them, so no more than
    # `most` columns appear; min(100%, ...) lets the last single column shrink with its parent.
    share = f"calc((100% - {most - 1} * {column_gap}) / {most})"
    return f"repeat(auto-fill, minmax(min(100%, max({least}, {share})), 1fr))"


def _size(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}px"
    return None


@recipe("grid")
def grid(el: Element, emit: Emit) -> V:
    p = el.props
    column_gap = gap_css(p.column_gap)
    layout: dict[str, Any] = {
        "grid_template_columns": template_columns(
            p.columns, p.min_column_width, p.wrap, column_gap
        ),
        "grid_gap": f"{gap_css(p.row_gap)} {column_gap}",
        "grid_auto_rows": _size(p.row_height) or "auto",
        "grid_auto_flow": "row dense" if p.dense else "row",
        "width": _size(p.width) or "100%",
        "max_width": "100%",
    }
    if not p.wrap:
        layout["overflow"] = "auto hidden"
    if _size(p.height):
        layout.update(height=_size(p.height), overflow="auto")
    elif p.height == "stretch":
        layout["min_height"] = "100%"
    classes = ["rr-grid", f"rr-grid-{p.vertical_alignment}"]
    if p.border:
        classes.append("rr-grid-border")
    if p.row_height != "content":
        classes.append("rr-grid-fixed-rows")
    if p.key:
        classes.append(f"st-key-{p.key}")
    cells = []
    for child in el.children or ():
        drawn = describe(child, emit)
        if child.kind != "grid_cell":  # an element written straight into the grid
            drawn = V(w.VBox, {"_dom_classes": ("rr-grid-cell",)}, children=[drawn])
        cells.append(drawn)
    return V(w.GridBox, {"_dom_classes": tuple(classes)}, children=cells, layout=layout)


@recipe("grid_cell")
def grid_cell(el: Element, emit: Emit) -> V:
    p = el.props
    layout = {
        "grid_column": "1 / -1" if p.column_span == "all" else f"span {p.column_span}",
        "grid_row": f"span {p.row_span}",
    }
    children = [describe(child, emit) for child in el.children or ()]
    return V(w.VBox, {"_dom_classes": ("rr-grid-cell",)}, children=children, layout=layout)
