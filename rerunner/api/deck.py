"""deck.gl JSON, as ``st.map`` builds it and pydeck writes it, resolved for rerunner's map.

``map_spec`` builds the very JSON Streamlit's ``st.map`` builds (the same column rules, zoom
table and error texts), so AppTest shows the same element. ``resolve`` turns a deck's JSON into
what ``js/src/map.js`` draws: the initial view, and each layer's objects as plain coordinates,
sizes and colours. deck.gl's accessors are expressions over each object (``"@@=[lon, lat]"``,
``"@@=n * 10"``); they are evaluated here, over a small safe grammar (names of fields, numbers,
strings, lists, attribute and index access, arithmetic), so the browser needs no expression
engine and no deck.gl (about 1.5 MB). Layer types the renderer does not draw are refused by
name, and so is data given as a URL (nothing is fetched).
"""

from __future__ import annotations

import ast
import copy
import operator
import re
import sys
from typing import Any

from ..errors import StreamlitAPIException, UnsupportedError
from ..runtime.context import current_run

EMPTY_MAP: dict[str, Any] = {
    "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1},
}

_LAT_NAMES = {"lat", "latitude", "LAT", "LATITUDE"}
_LON_NAMES = {"lon", "longitude", "LON", "LONGITUDE"}
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM = 12
_ZOOM_LEVELS = [
    360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044,
    0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025,
]  # fmt: skip
#: Streamlit's primary colour at alpha 160: what "primary" stands for in st.map's JSON.
PRIMARY = [255, 75, 75, 160]
_BLACK = [0, 0, 0, 255]


# --- st.map ----------------------------------------------------------------------------------


def _invalid_color(color: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"This does not look like a valid color: {color!r}.\n\n"
        "Colors must be in one of the following formats:\n\n"
        "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
        "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
    )


def _is_hex(color: Any) -> bool:
    return (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in (4, 5, 7, 9)
    )


def _is_tuple(color: Any) -> bool:
    return (
        isinstance(color, (tuple, list))
        and len(color) in (3, 4)
        and all(isinstance(c, (int, float)) for c in color)
    )


def _is_color(color: Any) -> bool:
    css_rgb = isinstance(color, str) and color.startswith(("rgb(", "rgba("))
    return _is_hex(color) or css_rgb or _is_tuple(color)


def int_color(color: Any) -> tuple[int, ...]:
    """Streamlit's ``to_int_color_tuple``: a hex string or RGB(A) tuple as 0-255 ints."""
    if _is_hex(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            digits = "".join(2 * d for d in digits)
        if len(digits) == 6:
            digits += "ff"
        try:
            color = tuple(int(digits[i : i + 2], 16) for i in range(0, 8, 2))
        except ValueError:
            raise _invalid_color(color) from None
    if _is_tuple(color):

        def component(c: Any) -> int:
            if isinstance(c, float):
                c = int(c * 255)
            return min(255, max(int(c), 0))

        return tuple(component(c) for c in color)
    raise _invalid_color(color)


def _coordinate_column(frame: Any, human: str, given: str | None, names: set[str]) -> str:
    if isinstance(given, str) and given in frame.columns:
        name = given
    else:
        found = next((c for c in names if c in frame.columns), None)
        if found is None:
            allowed = ", ".join(map(repr, sorted(names)))
            existing = ", ".join(map(repr, list(frame.columns)))
            raise StreamlitAPIException(
                f"Map data must contain a {human} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
        name = found
    if any(frame[name].isna().array):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _zoom_for(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM


def map_spec(
    data: Any, latitude: str | None, longitude: str | None, size: Any, color: Any, zoom: Any
) -> dict[str, Any]:
    """The deck.gl JSON of ``st.map`` (Streamlit's, key for key)."""
    from .frames import to_dataframe

    if data is None or (hasattr(data, "empty") and data.empty):
        return copy.deepcopy(EMPTY_MAP)
    frame, _ = to_dataframe(data, "map")
    lat = _coordinate_column(frame, "latitude", latitude, _LAT_NAMES)
    lon = _coordinate_column(frame, "longitude", longitude, _LON_NAMES)
    size_col = size if isinstance(size, str) and size in frame.columns else None
    size_arg = f"@@={size_col}" if size_col else (_DEFAULT_SIZE if size is None else size)
    color_col = color if isinstance(color, str) and color in frame.columns else None
    used = sorted(c for c in {lat, lon, size_col, color_col} if c is not None)
    frame = frame[used].copy()
    color_arg: Any
    if color_col is not None:
        column = frame[color_col]
        if not (len(column) > 0 and _is_color(column.iat[0])):
            raise StreamlitAPIException(
                f'Column "{color_col}" does not appear to contain valid colors.'
            )
        frame[color_col] = column.astype(object).map(int_color)
        color_arg = f"@@={color_col}"
    elif color is None or (isinstance(color, str) and color.lower() == "primary"):
        color_arg = "primary"
    else:
        color_arg = int_color(color)
    lat_min, lat_max = frame[lat].min(), frame[lat].max()
    lon_min, lon_max = frame[lon].min(), frame[lon].max()
    if zoom is None:
        zoom = _zoom_for(max(abs(lat_max - lat_min), abs(lon_max - lon_min)))
    spec = copy.deepcopy(EMPTY_MAP)
    view = spec["initialViewState"]
    view["latitude"] = float((lat_max + lat_min) / 2.0)
    view["longitude"] = float((lon_max + lon_min) / 2.0)
    view["zoom"] = zoom
    spec["layers"] = [
        {
            "@@type": "ScatterplotLayer",
            "getPosition": f"@@=[{lon}, {lat}]",
            "getRadius": size_arg,
            "radiusMinPixels": 3,
            "radiusUnits": "meters",
            "getFillColor": color_arg,
            "data": frame.to_dict("records"),
        }
    ]
    return spec


def records_for_json(deck: Any) -> None:
    """Each layer's dataframe as records, so ``Deck.to_json`` writes its rows (as Streamlit
    does before it serialises a deck)."""
    for layer in getattr(deck, "layers", None) or []:
        data = getattr(layer, "data", None)
        if hasattr(data, "to_dict") and hasattr(data, "columns"):
            layer.data = data.to_dict(orient="records")


def after_import(name: str) -> None:
    """Once a body has imported pydeck: a ``Deck`` built during a run makes no ipywidget.

    pydeck's ``Deck`` makes its own Jupyter widget (and ``has_jupyter_extra`` another, each time
    it is asked) whenever ipywidgets is importable. A page has no front end for it (Voila logs
    an unregistered module), and rerunner draws the deck itself; so while a run is in progress
    pydeck is told it has no Jupyter extra. Outside runs (an ordinary cell's ``deck.show()``)
    pydeck is left as it is. ``st.pydeck_chart`` reads the tooltip from ``Deck._tooltip`` then,
    as Streamlit does without the widget."""
    if name.partition(".")[0] != "pydeck":
        return
    module = sys.modules.get("pydeck.bindings.deck")
    original = getattr(module, "has_jupyter_extra", None)
    if original is None or getattr(original, "_rerunner_quiet", False):
        return

    def has_jupyter_extra() -> bool:
        return current_run() is None and original()

    has_jupyter_extra._rerunner_quiet = True  # type: ignore[attr-defined]
    module.has_jupyter_extra = has_jupyter_extra  # type: ignore[union-attr]


# --- accessors -------------------------------------------------------------------------------

_BINARY = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.Mod: operator.mod, ast.Pow: operator.pow,
}  # fmt: skip


class _Row(dict):
    """One object of a layer's data, its fields readable as names."""


def _evaluate(node: ast.AST, row: Any, source: str) -> Any:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, row, source)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if isinstance(row, dict) and node.id in row:
            return row[node.id]
        if node.id in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[node.id]
        raise StreamlitAPIException(
            f"The deck.gl accessor `{source}` reads the field `{node.id}`, which the layer's "
            "data does not have."
        )
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_evaluate(e, row, source) for e in node.elts]
    if isinstance(node, ast.Attribute):
        value = _evaluate(node.value, row, source)
        if isinstance(value, dict) and node.attr in value:
            return value[node.attr]
        raise StreamlitAPIException(
            f"The deck.gl accessor `{source}` reads `{node.attr}`, which is missing."
        )
    if isinstance(node, ast.Subscript):
        return _evaluate(node.value, row, source)[_evaluate(node.slice, row, source)]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _evaluate(node.operand, row, source)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](
            _evaluate(node.left, row, source), _evaluate(node.right, row, source)
        )
    raise UnsupportedError(
        f"The deck.gl accessor `{source}` is not supported by rerunner: accessors may use "
        "field names, numbers, lists, `.field`, `[index]` and arithmetic."
    )


def _accessor(value: Any, rows: list[Any], default: Any) -> tuple[Any, bool]:
    """``value`` for every row: (one value per row, True) or (one value for all, False)."""
    if value is None:
        return default, False
    if isinstance(value, str) and value.startswith("@@="):
        source = value[3:].strip()
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError:
            raise UnsupportedError(
                f"The deck.gl accessor `{source}` is not supported by rerunner: accessors may "
                "use field names, numbers, lists, `.field`, `[index]` and arithmetic."
            ) from None
        return [_evaluate(tree, row, source) for row in rows], True
    return value, False


def _color(value: Any, rows: list[Any], default: list[int]) -> tuple[Any, bool]:
    if value == "primary":
        return PRIMARY, False
    resolved, each = _accessor(value, rows, default)

    def rgba(c: Any) -> list[int]:
        if not isinstance(c, (list, tuple)) or len(c) not in (3, 4):
            return default
        return [int(x) for x in c]

    return ([rgba(c) for c in resolved], True) if each else (rgba(resolved), False)


def _number(value: Any, rows: list[Any], default: float) -> tuple[Any, bool]:
    resolved, each = _accessor(value, rows, default)

    def num(x: Any) -> float:
        try:
            return float(x)
        except (TypeError, ValueError):
            return default

    return ([num(x) for x in resolved], True) if each else (num(resolved), False)


def _point(p: Any) -> list[float] | None:
    try:
        return [float(p[0]), float(p[1])]
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def _points(value: Any, rows: list[Any], default_field: str) -> list[Any]:
    """Positions: one ``[lon, lat]`` per row (a constant position repeats)."""
    if value is None:
        value = f"@@={default_field}"
    resolved, each = _accessor(value, rows, None)
    return [_point(p) for p in resolved] if each else [_point(resolved)] * len(rows)


def _units(layer: dict[str, Any], name: str, default: str) -> str:
    units = layer.get(name, default)
    if isinstance(units, str) and units.startswith("@@="):
        # pydeck writes every string as an expression: radius_units="pixels" and "'pixels'"
        # both mean the units
        units = units[3:].strip().strip("'\"")
    if units not in ("meters", "pixels", "common"):
        raise StreamlitAPIException(f"`{name}` must be 'meters', 'pixels' or 'common'.")
    return units


def _common(layer: dict[str, Any]) -> dict[str, Any]:
    return {
        "opacity": float(layer.get("opacity", 1)),
        "visible": layer.get("visible", True) is not False,
    }


def _stroke(layer: dict[str, Any], rows: list[Any], prefix: str, units: str) -> dict[str, Any]:
    width, width_each = _number(layer.get(f"get{prefix}Width"), rows, 1)
    return {
        "line_width": width,
        "line_width_each": width_each,
        "line_width_units": _units(layer, "lineWidthUnits", units),
        "line_width_scale": float(layer.get("lineWidthScale", 1)),
        "line_width_min_pixels": float(layer.get("lineWidthMinPixels", 0)),
        "line_width_max_pixels": layer.get("lineWidthMaxPixels"),
    }


def _scatter(layer: dict[str, Any], rows: list[Any]) -> dict[str, Any]:
    radius, radius_each = _number(layer.get("getRadius"), rows, 1)
    fill, fill_each = _color(layer.get("getFillColor", layer.get("getColor")), rows, _BLACK)
    line, line_each = _color(layer.get("getLineColor", layer.get("getColor")), rows, _BLACK)
    return {
        "type": "scatter",
        "positions": _points(layer.get("getPosition"), rows, "position"),
        "radius": radius,
        "radius_each": radius_each,
        "radius_units": _units(layer, "radiusUnits", "meters"),
        "radius_scale": float(layer.get("radiusScale", 1)),
        "radius_min_pixels": float(layer.get("radiusMinPixels", 0)),
        "radius_max_pixels": layer.get("radiusMaxPixels"),
        "fill": fill,
        "fill_each": fill_each,
        "line": line,
        "line_each": line_each,
        "stroked": bool(layer.get("stroked", False)),
        "filled": bool(layer.get("filled", True)),
        **_stroke(layer, rows, "Line", "meters"),
        **_common(layer),
    }


def _paths(layer: dict[str, Any], rows: list[Any], paths: list[Any], units: str) -> dict[str, Any]:
    color, color_each = _color(layer.get("getColor"), rows, _BLACK)
    width, width_each = _number(layer.get("getWidth"), rows, 1)
    return {
        "type": "path",
        "paths": paths,
        "color": color,
        "color_each": color_each,
        "width": width,
        "width_each": width_each,
        "width_units": _units(layer, "widthUnits", units),
        "width_scale": float(layer.get("widthScale", 1)),
        "width_min_pixels": float(layer.get("widthMinPixels", 0)),
        "width_max_pixels": layer.get("widthMaxPixels"),
        **_common(layer),
    }


def _line(layer: dict[str, Any], rows: list[Any]) -> dict[str, Any]:
    sources = _points(layer.get("getSourcePosition"), rows, "sourcePosition")
    targets = _points(layer.get("getTargetPosition"), rows, "targetPosition")
    paths = [[s, t] if s and t else None for s, t in zip(sources, targets, strict=True)]
    return _paths(layer, rows, paths, "pixels")


def _path(layer: dict[str, Any], rows: list[Any]) -> dict[str, Any]:
    value = layer.get("getPath", "@@=path")
    resolved, each = _accessor(value, rows, None)
    raw = resolved if each else [resolved] * len(rows)
    paths = [
        [q for q in map(_point, p or []) if q] if isinstance(p, (list, tuple)) else None
        for p in raw
    ]
    return _paths(layer, rows, paths, "meters")


def _rings(polygon: Any) -> list[list[list[float]]] | None:
    if not isinstance(polygon, (list, tuple)) or not polygon:
        return None
    first = polygon[0]
    if isinstance(first, (list, tuple)) and first and isinstance(first[0], (int, float)):
        polygon = [polygon]  # one ring
    rings = [
        [q for q in map(_point, ring) if q] for ring in polygon if isinstance(ring, (list, tuple))
    ]
    return [r for r in rings if len(r) >= 3] or None


def _polygon(layer: dict[str, Any], rows: list[Any]) -> dict[str, Any]:
    value = layer.get("getPolygon", "@@=polygon")
    resolved, each = _accessor(value, rows, None)
    raw = resolved if each else [resolved] * len(rows)
    fill, fill_each = _color(layer.get("getFillColor"), rows, _BLACK)
    line, line_each = _color(layer.get("getLineColor"), rows, _BLACK)
    return {
        "type": "polygon",
        "polygons": [_rings(p) for p in raw],
        "fill": fill,
        "fill_each": fill_each,
        "line": line,
        "line_each": line_each,
        "stroked": bool(layer.get("stroked", True)),
        "filled": bool(layer.get("filled", True)),
        **_stroke(layer, rows, "Line", "meters"),
        **_common(layer),
    }


_LAYERS = {
    "ScatterplotLayer": _scatter,
    "LineLayer": _line,
    "PathLayer": _path,
    "PolygonLayer": _polygon,
}


_FIELD = re.compile(r"{(.*?)}")


def _fill_in(template: str, row: Any) -> str:
    """Streamlit's tooltip interpolation: ``{name}`` becomes the object's field (or its
    GeoJSON ``properties``' field); a name it has not is left as written."""
    if not isinstance(row, dict):
        return template

    def field(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in row:
            return str(row[name])
        properties = row.get("properties")
        if isinstance(properties, dict) and name in properties:
            return str(properties[name])
        return match.group(0)

    return _FIELD.sub(field, template)


def _tooltips(
    layer: dict[str, Any], rows: list[Any], tooltip: dict[str, Any] | None
) -> dict[str, Any]:
    """The hover text of each object of a pickable layer, as Streamlit's chart shows it."""
    if not tooltip or not layer.get("pickable"):
        return {}
    is_html = "html" in tooltip
    template = str(tooltip.get("html") if is_html else tooltip.get("text", ""))
    style = tooltip.get("style")
    return {
        "tooltips": [_fill_in(template, row) for row in rows],
        "tooltip_html": is_html,
        "tooltip_style": {str(k): str(v) for k, v in style.items()}
        if isinstance(style, dict)
        else {},
    }


def resolve(
    spec: dict[str, Any], tooltip: dict[str, Any] | None = None
) -> tuple[dict[str, float], list[dict[str, Any]]]:
    """The initial view and the layers of a deck's JSON, as ``map.js`` draws them; with a
    ``tooltip`` (pydeck's dict: ``text`` or ``html``, ``style``), the hover text of the
    objects of each pickable layer."""
    raw_view = spec.get("initialViewState") or {}
    view = {
        "latitude": float(raw_view.get("latitude", 0) or 0),
        "longitude": float(raw_view.get("longitude", 0) or 0),
        "zoom": float(raw_view.get("zoom", 1) or 0),
    }
    layers = []
    for layer in spec.get("layers") or []:
        kind = layer.get("@@type") or layer.get("type")
        draw = _LAYERS.get(kind)
        if draw is None:
            raise UnsupportedError(
                f"`st.pydeck_chart`: the deck.gl layer type `{kind}` is not supported by "
                f"rerunner; it draws {', '.join(_LAYERS)}."
            )
        data = layer.get("data")
        if isinstance(data, str):
            raise UnsupportedError(
                f"`st.pydeck_chart`: layer data given as a URL ({data!r}) is not supported: "
                "rerunner fetches nothing; pass the rows (a dataframe or a list of dicts)."
            )
        rows = list(data or [])
        layers.append(
            {**draw(layer, rows), **_tooltips(layer, rows, tooltip), "id": layer_id(layer)}
        )
    return view, layers


def layer_id(layer: dict[str, Any]) -> str:
    """A layer's id as deck.gl reports a picked object's layer (``"null"`` without one)."""
    value = layer.get("id")
    return "null" if value is None else str(value)


def selectable_rows(spec: dict[str, Any]) -> dict[str, list[Any]]:
    """The objects a click may select, per layer id: a pickable layer's rows, or every layer's
    when no layer says whether it is pickable (Streamlit makes them all pickable then)."""
    layers = [layer for layer in spec.get("layers") or [] if isinstance(layer, dict)]
    unsaid = not any("pickable" in layer for layer in layers)
    return {
        layer_id(layer): list(layer.get("data") or [])
        for layer in layers
        if unsaid or layer.get("pickable")
    }
