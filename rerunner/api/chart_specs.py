"""The simple charts (``st.line_chart``, ``area_chart``, ``bar_chart``, ``scatter_chart``) as
Vega-Lite specs, drawn by the same chart widget as ``st.altair_chart``.

``api/charts.py`` validates the call and aligns the data into series of (name, x, y) as
Streamlit's built-in charts melt it; this module writes them as one long table (one row per
point: ``x``, ``y``, the series' name in ``color``, a ``size``) and encodes it the way
Streamlit 1.67 does: a nominal colour with the legend at the bottom, axis titles from the
labels, a tooltip of every field, ``stack`` as Vega-Lite's stack offset, grouped bars by an
offset, and Altair's ``.interactive()`` (an interval bound to the scales: wheel zoom and drag
pan). A line chart gets an invisible point layer, so hovering anywhere near a point shows its
tooltip.
"""

from __future__ import annotations

from typing import Any

from .mpl import ChartSpec


def _zoom(encoding: dict[str, Any]) -> dict[str, Any]:
    """Altair's ``.interactive()``: zoom and pan, on the axes that are continuous (Vega-Lite
    binds no other scale)."""
    axes = [c for c in ("x", "y") if encoding[c]["type"] != "nominal"]
    return {"name": "zoom", "select": {"type": "interval", "encodings": axes}, "bind": "scales"}


_STACKS = {True: "zero", "normalize": "normalize", "center": "center", False: None, "layered": None}


def _plain(value: Any) -> Any:
    """A cell as JSON: numpy scalars as Python's, times as ISO text, NaN as null."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _x_type(values: Any) -> str:
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(values):
        return "temporal"
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return "quantitative"
    return "nominal"


def _color_scale(colors: list[Any], names: list[str]) -> dict[str, Any]:
    def css(c: Any) -> str:
        if isinstance(c, tuple):
            rgb = [round(v * 255) for v in c[:3]]
            alpha = f", {c[3]}" if len(c) == 4 else ""
            return f"rgba({rgb[0]}, {rgb[1]}, {rgb[2]}{alpha})" if alpha else f"rgb{tuple(rgb)}"
        return str(c)

    return {"domain": names, "range": [css(c) for c in colors]}


def vega_lite_spec(chart: ChartSpec, *, height: int | None) -> dict[str, Any]:
    """The Vega-Lite spec of ``chart``; ``height`` in pixels, or None for Streamlit's 350."""
    kind = chart.kind
    options = chart.options
    names = [name for name, _, _ in chart.series]
    sizes = options.get("sizes")
    rows: list[dict[str, Any]] = []
    x_type = _x_type(chart.series[0][1]) if chart.series else "quantitative"
    for i, (name, xs, ys) in enumerate(chart.series):
        size_values = list(sizes[i]) if isinstance(sizes, list) else None
        for j, (x, y) in enumerate(zip(list(xs), list(ys), strict=False)):
            row = {"x": _plain(x), "y": _plain(y), "color": name}
            if size_values is not None:
                row["size"] = _plain(size_values[j])
            rows.append(row)
    x_title = chart.x_label
    y_title = chart.y_label
    x = {"field": "x", "type": x_type, "title": x_title, "axis": {"grid": False}}
    if x_type == "nominal":
        x["sort"] = None  # the data's order (api/charts.py has sorted it as asked)
    y = {"field": "y", "type": "quantitative", "title": y_title, "axis": {"grid": True}}
    many = len(names) > 1
    color = {
        "field": "color",
        "type": "nominal",
        "title": " ",
        "scale": _color_scale(chart.colors, names),
        "legend": {"orient": "bottom", "titlePadding": 5, "offset": 5} if many else None,
    }
    tooltip = [
        {"field": "x", "type": x_type, "title": x_title or "x"},
        {"field": "y", "type": "quantitative", "title": y_title or "value"},
    ]
    if many:
        tooltip.append({"field": "color", "type": "nominal", "title": "color"})
    encoding: dict[str, Any] = {"x": x, "y": y, "color": color, "tooltip": tooltip}
    stack = options.get("stack", True if kind in ("bar", "area") else None)
    mark: dict[str, Any] = {"type": {"scatter": "circle"}.get(kind, kind)}
    if kind in ("bar", "area"):
        y["stack"] = _STACKS.get(stack, "zero")
        if stack == "layered" or (kind == "area" and stack is False):
            mark["opacity"] = 0.6 if kind == "bar" else 0.4
        if kind == "area" and stack is False:
            y["stack"] = None
    if kind == "bar" and stack is False and len(names) > 1:
        encoding["xOffset"] = {"field": "color", "type": "nominal", "sort": names}
    if kind == "bar" and options.get("horizontal"):
        encoding["x"], encoding["y"] = y, x
        if "xOffset" in encoding:
            encoding["yOffset"] = encoding.pop("xOffset")
    if kind == "scatter":
        if isinstance(sizes, list):
            encoding["size"] = {"field": "size", "type": "quantitative", "legend": None}
            tooltip.append({"field": "size", "type": "quantitative", "title": "size"})
        elif isinstance(sizes, (int, float)):
            mark["size"] = sizes
    spec: dict[str, Any] = {
        "data": {"values": rows},
        "height": height if height is not None else 350,
    }
    if kind == "line":
        spec["layer"] = [
            {"mark": mark, "encoding": encoding, "params": [_zoom(encoding)]},
            {"mark": {"type": "point", "opacity": 0, "size": 200}, "encoding": encoding},
        ]
    else:
        spec.update(mark=mark, encoding=encoding, params=[_zoom(encoding)])
    return spec
