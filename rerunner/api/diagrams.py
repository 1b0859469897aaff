"""Diagrams and maps: ``st.graphviz_chart``, ``st.mermaid_chart``, ``st.echarts_chart``,
``st.map`` and ``st.pydeck_chart``.

Each is drawn by a front end shipped in the package (``render/diagrams.py``), offline:

* Graphviz DOT is laid out in the browser by Graphviz compiled to WebAssembly (``viz.js``).
* Mermaid diagrams, of every type, are drawn by Mermaid itself (``mermaid.js``); the two parts
  of Mermaid the package leaves out (the ELK layout, KaTeX math) are refused by name
  (``api/mermaid.py``).
* ECharts options go to a tree-shaken ECharts (``echarts.js``), after the checks Streamlit makes.
* ``st.map`` builds the deck.gl JSON Streamlit builds (same column rules and errors), and both
  it and ``st.pydeck_chart`` have their layers resolved here (``deck.py``) to plain coordinates
  for a small canvas renderer (``map.js``) with pan and zoom, on a plain background: no tiles.

The elements carry what Streamlit's carry, so AppTest shows them as Streamlit's does:
``graphviz_chart``, ``echarts_chart`` and ``deck_gl_json_chart`` elements, and a Mermaid chart
as the Markdown element Streamlit makes of it.

With ``on_select`` other than ``"ignore"``, an ECharts chart or a pydeck chart is a widget
(Streamlit's identity rules; read-only in session state) whose value is Streamlit's selection
state. The front end sends what was selected as a message; the serdes here check it (the
ECharts groups' shape; the pydeck indices against the layers' rows, whose objects they add).
"""

from __future__ import annotations

import copy
import json
import logging
import math
import re
from collections.abc import Mapping
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    UnsupportedError,
)
from ..identity import compute_widget_id
from ..runtime.context import require_run
from . import deck
from .frames import to_dataframe
from .frontend_charts import ReadOnlyAttributeDictionary
from .lib import (
    Callback,
    ElementHandle,
    add,
    check_height,
    check_width,
    handle,
    register_widget,
    st_function,
)
from .mermaid import check_supported

_LOGGER = logging.getLogger(__name__)


def _normalize_alt(alt: str | None) -> str | None:
    """Streamlit's rule: an empty or blank ``alt`` is no alt."""
    if alt is None or not str(alt).strip():
        return None
    return str(alt)


def _invalid_type(parameter: str, value: Any, expected: list[str], detail: str = "") -> Exception:
    message = (
        f"Invalid `{parameter}` type. Expected one of: {', '.join(expected)}. "
        f"Provided type: {type(value).__name__}."
    )
    return StreamlitInvalidParameterTypeError(f"{message} {detail}" if detail else message)


# --- graphviz --------------------------------------------------------------------------------

_GRAPHVIZ_TYPES = {
    "graphviz.dot.Graph", "graphviz.dot.Digraph", "graphviz.graphs.Graph",
    "graphviz.graphs.Digraph", "graphviz.sources.Source",
}  # fmt: skip


def _qualified(value: Any) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


@st_function
def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "content",
    height: Any = "content",
    alt: str | None = None,
) -> ElementHandle:
    """Display a graph drawn by Graphviz.

    Pass the graph as DOT source, or as a ``graphviz.Graph``, ``graphviz.Digraph`` or
    ``graphviz.Source`` object (its ``engine``, such as ``"neato"``, is used). In rerunner the graph
    is laid out in the browser by Graphviz compiled to WebAssembly, shipped with the package: it
    needs neither the ``dot`` program nor the internet. As in Streamlit, the graph keeps its own
    colours in light and dark themes.

    Parameters
    ----------
    figure_or_dot : graphviz.Graph, graphviz.Digraph, graphviz.Source, or str
        The graph: a ``graphviz`` object or a DOT string.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` means ``width="stretch"``, ``False`` means
        ``width="content"``; ``None`` (default) follows ``width``.
    width : "content", "stretch", or int, optional
        The chart's width. ``"content"`` (default) is the graph's own width, up to the width
        of the parent container; ``"stretch"`` is the parent container's width; an int is a
        width in pixels.
    height : "content", "stretch", or int, optional
        The chart's height. ``"content"`` (default) is the graph's own height; ``"stretch"``
        fills the parent container's height; an int is a height in pixels, with scrolling when
        the graph is taller.
    alt : str or None, optional
        A short description of the graph for screen readers. ``None`` (default) gives it no
        accessible name; an empty or blank string counts as ``None``.

    Returns
    -------
    ElementHandle
        A handle to the chart, which can replace it in place like any element's.

    Example
    -------
    >>> import streamlit as st
    >>> st.graphviz_chart('''
    ...     digraph {
    ...         run -> intr
    ...         intr -> runbl
    ...         runbl -> run
    ...         run -> kernel
    ...     }
    ... ''', alt="Process states")
    """
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if _qualified(figure_or_dot) in _GRAPHVIZ_TYPES:
        dot, engine = str(figure_or_dot.source), str(figure_or_dot.engine)
    elif isinstance(figure_or_dot, str):
        dot, engine = figure_or_dot, "dot"
    else:
        raise _invalid_type(
            "figure_or_dot",
            figure_or_dot,
            ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"],
        )
    check_width(width)
    check_height(height)
    return handle(
        add(
            "graphviz_chart",
            dot=dot,
            engine=engine,
            width=width,
            height=height,
            alt=_normalize_alt(alt),
        )
    )


# --- mermaid ---------------------------------------------------------------------------------

_ALT_MARKER = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)


def _with_alt(body: str, alt: str) -> str:
    """Streamlit's ``%% stAlt: ...`` line, after the diagram's preamble (its AppTest shows it)."""
    lines = _ALT_MARKER.sub("", body).splitlines(keepends=True)
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped or (stripped.startswith("%%") and not stripped.startswith("%%{")):
            i += 1
        elif stripped.startswith("%%{"):
            while i < len(lines) and "}%%" not in lines[i]:
                i += 1
            i = min(i + 1, len(lines))
        elif stripped == "---":
            i += 1
            while i < len(lines) and lines[i].strip() != "---":
                i += 1
            i = min(i + 1, len(lines))
        else:
            break
    if i > 0 and not lines[i - 1].endswith("\n"):
        lines[i - 1] += "\n"
    lines.insert(i, f"%% stAlt: {' '.join(alt.split())}\n")
    return "".join(lines)


@st_function
def mermaid_chart(body: str, *, width: Any = "stretch", alt: str | None = None) -> ElementHandle:
    """Display a Mermaid diagram.

    Pass the diagram's Mermaid source: any diagram type Mermaid draws (flowchart, sequence,
    class, state, entity relationship, Gantt, pie, user journey, mindmap, timeline, Git graph,
    quadrant, Sankey, XY chart, block, packet, Kanban, architecture, radar, treemap...). In
    rerunner it is drawn in the browser by Mermaid 12.3.0, shipped with the package (nothing is
    fetched), in colours taken from Streamlit's light or dark theme, following the page's theme.
    A diagram Mermaid cannot parse shows ``Mermaid diagram error:`` and Mermaid's message in
    its place, as in Streamlit. The ELK layout and ``$$...$$`` math, which need libraries the
    package does not ship, raise an error naming them.

    Parameters
    ----------
    body : str
        The Mermaid source of the diagram.
    width : "stretch", "content", or int, optional
        The diagram's width. ``"stretch"`` (default) is the parent container's width;
        ``"content"`` is the diagram's own width, up to the parent container's; an int is a
        width in pixels.
    alt : str or None, optional
        A short description of the diagram for screen readers. ``None`` (default) gives it no
        accessible name; an empty or blank string counts as ``None``.

    Returns
    -------
    ElementHandle
        A handle to the diagram, which can replace it in place like any element's.

    Example
    -------
    >>> import streamlit as st
    >>> st.mermaid_chart('''
    ... flowchart LR
    ...     A[Start] --> B{Is it working?}
    ...     B -->|Yes| C[Great]
    ...     B -->|No| D[Debug] --> B
    ... ''', alt="A debugging loop")
    """
    check_width(width)
    source = str(body)
    normalized = _normalize_alt(alt)
    if normalized is not None:
        source = _with_alt(source, normalized)
    check_supported(source)
    longest = max((len(run) for run in re.findall(r"`+", source)), default=0)
    fence = "`" * max(4, longest + 1)
    return handle(
        add(
            "mermaid_chart",
            body=f"{fence}mermaid\n{source}\n{fence}",
            source=source,
            width=width,
            alt=normalized,
        )
    )


# --- echarts ---------------------------------------------------------------------------------

_GL_SERIES = {
    "bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D",
    "polygons3D", "scatter3D", "scatterGL", "surface",
}  # fmt: skip
_GL_COMPONENTS = {"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"}
_EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
#: Series and components rerunner's ECharts build leaves out (js/src/echarts.js), to save size.
_NOT_BUNDLED_SERIES = {"themeRiver", "pictorialBar", "parallel"}
_NOT_BUNDLED_COMPONENTS = {
    "timeline", "calendar", "parallel", "parallelAxis", "singleAxis", "graphic",
}  # fmt: skip
_DEFAULT_CONTENT_WIDTH = 700
_DEFAULT_CONTENT_HEIGHT = 350
_PYECHARTS_JSCODE = "--x_x--0_0--"


def _js_callback_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or "
        "`JsCode`), which `st.echarts_chart` does not support. Only JSON-compatible option "
        "objects are supported. Use ECharts string-template formatters instead of JavaScript "
        "functions."
    )


def _has_jscode(value: Any) -> bool:
    if isinstance(value, str):
        s = value.strip()
        return (
            s.startswith(_PYECHARTS_JSCODE)
            and s.endswith(_PYECHARTS_JSCODE)
            and len(s) > 2 * len(_PYECHARTS_JSCODE)
        )
    if isinstance(value, dict):
        return any(_has_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(v) for v in value)
    return False


def _loads(raw: str) -> Any:
    try:
        option = json.loads(raw)
    except (json.JSONDecodeError, TypeError, ValueError) as ex:
        start = ex.pos if isinstance(ex, json.JSONDecodeError) else 0
        rest = raw[start:]
        if re.search(r"\bfunction\s*\(", rest) or "=>" in rest:
            raise _js_callback_error() from None
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. `st.echarts_chart` only "
            "supports JSON-compatible option objects."
        ) from None
    if _has_jscode(option):
        raise _js_callback_error()
    return option


def _sequence(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise StreamlitAPIException(
            f"The provided ECharts spec has a `{key}` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        )
    return list(value)


def _variants(option: dict[str, Any]) -> list[dict[str, Any]]:
    """The option and the options nested in it (media queries, baseOption, timeline options)."""

    def media(opt: dict[str, Any]) -> list[dict[str, Any]]:
        found = []
        for entry in _sequence(opt.get("media"), "media"):
            if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
                found.append(entry["option"])
        return found

    out = [option, *media(option)]
    base = option.get("baseOption")
    if isinstance(base, dict):
        out += [base, *media(base)]
    for timeline in _sequence(option.get("options"), "options"):
        if isinstance(timeline, dict):
            out += [timeline, *media(timeline)]
    return out


def _entries(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, dict)]
    return []


def _check_features(option: dict[str, Any]) -> None:
    variants = _variants(option)
    series = [s for v in variants for s in _entries(v.get("series"))]
    uses_geo = any("geo" in v for v in variants) or any(
        s.get("coordinateSystem") == "geo" for s in series
    )
    gl = sorted(c for v in variants for c in _GL_COMPONENTS & v.keys())
    if gl:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{gl[0]}` component, which requires the ECharts "
            "GL extension. `st.echarts_chart` does not support 3D or WebGL charts."
        )
    for s in series:
        kind = s.get("type")
        if kind in _GL_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the ECharts "
                "GL extension. `st.echarts_chart` does not support 3D or WebGL charts."
            )
        if isinstance(kind, str) and kind in _EXTENSION_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                f"`{_EXTENSION_SERIES[kind]}` extension. `st.echarts_chart` bundles only core "
                "ECharts, so this chart would render empty."
            )
        if kind == "map":
            uses_geo = True
        if kind == "custom":
            raise StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires a JavaScript "
                "`renderItem` callback. `st.echarts_chart` only supports JSON-compatible option "
                "objects, so custom series are not supported."
            )
    if uses_geo:
        raise StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which requires "
            "registering GeoJSON map data. `st.echarts_chart` does not support map charts."
        )
    for s in series:
        if s.get("type") in _NOT_BUNDLED_SERIES:
            raise UnsupportedError(
                f"`st.echarts_chart`: the `{s.get('type')}` series is not in rerunner's ECharts "
                "build yet."
            )
    for v in variants:
        for component in sorted(_NOT_BUNDLED_COMPONENTS & v.keys()):
            raise UnsupportedError(
                f"`st.echarts_chart`: the `{component}` component is not in rerunner's ECharts "
                "build yet."
            )


def _convert_datasets(option: dict[str, Any]) -> None:
    """A dataframe in ``dataset.source`` becomes ECharts' rows, its columns the dataset's
    ``dimensions`` (index left out, datetimes as ISO strings, durations in milliseconds, missing
    values ``null``), as Streamlit's front end gives ECharts the Arrow table it sends."""
    for variant in _variants(option):
        for dataset in _entries(variant.get("dataset")):
            source = dataset.get("source")
            if source is None or isinstance(source, (list, tuple, dict, str)):
                continue
            frame, _ = to_dataframe(source, "echarts_chart")
            frame = frame.copy()
            for column in frame.columns:
                if str(frame[column].dtype).startswith("timedelta"):
                    frame[column] = frame[column].dt.total_seconds() * 1000  # milliseconds
            text = frame.to_json(orient="split", date_format="iso", index=False)
            table = json.loads(text)
            # the column order through `dimensions`, unless the option sets them, as Streamlit
            dataset.setdefault("dimensions", [str(c) for c in table["columns"]])
            dataset["source"] = table["data"]


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: v if k == "source" and not isinstance(v, (list, tuple, dict)) else _copy(v)
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, (list, tuple)) and any(isinstance(v, dict) for v in value):
        copied = [_copy(v) for v in value]
        return copied if isinstance(value, list) else tuple(copied)
    return value


def _unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _unserializable(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            found = _unserializable(v, f"{path}[{i}]")
            if found:
                return found
        return None
    return (path, value)


def _describe(value: Any) -> str:
    import datetime as dt

    if isinstance(value, float):
        name = "NaN" if math.isnan(value) else repr(value)
        return f"`{name}`. Use `None` for missing or non-finite numbers"
    module = type(value).__module__.split(".")[0]
    name = (
        type(value).__qualname__ if module == "builtins" else f"{module}.{type(value).__qualname__}"
    )
    description = f"a `{name}`"
    if module == "numpy" and hasattr(value, "item"):
        return f"{description}. Convert it with `int()`, `float()`, or `bool()`"
    if isinstance(value, (dt.date, dt.time)):
        return f"{description}. Convert it with `.isoformat()`"
    if hasattr(value, "shape") and hasattr(value, "columns"):
        return (
            f"{description}. Only `dataset.source` accepts dataframes and arrays, so pass the "
            "data there"
        )
    if callable(value):
        return f'{description}. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    return f"{description}. Convert it to a plain Python value"


def _serialize(option: dict[str, Any]) -> str:
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        try:
            found = _unserializable(option, "")
        except RecursionError:
            found = None
        detail = f" `{found[0]}` is {_describe(found[1])}." if found else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} `st.echarts_chart` "
            "only supports JSON-compatible option objects. Pass chart data as a dataframe in "
            "`dataset.source`, which converts datetimes, NumPy values, and missing values "
            "automatically. Values anywhere else (for example `series.data`) must already be "
            "plain Python values such as `int`, `float`, `str`, `None`, lists, and dicts."
        ) from None


def _pyecharts_size(value: Any, default: str) -> int | None:
    """A pyecharts chart's own ``"640px"`` size, unless it is pyecharts' default."""
    if isinstance(value, str) and value != default and value.endswith("px"):
        try:
            return max(1, int(float(value[:-2])))
        except ValueError:
            return None
    return None


def _on_select_callback(on_select: Any) -> Any:
    """Streamlit's ``validate_on_change_mode`` for ``on_select``: the callback, or None."""
    if callable(on_select):
        return on_select
    if isinstance(on_select, str) and on_select in ("rerun", "ignore"):
        return None
    raise StreamlitValueError(
        "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
    )


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """An ECharts chart's selection: ``selected`` (per series and data type, the selected data
    indices) and ``areas`` (the brush regions in data coordinates)."""


class EChartsState(ReadOnlyAttributeDictionary):
    """What ``st.echarts_chart`` returns with ``on_select``: ``{"selection": {...}}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and isinstance(item, dict):
            return item if isinstance(item, EChartsSelectionState) else EChartsSelectionState(item)
        return super().__getitem__(key)


_DATA_TYPES = ("main", "node", "edge")
_BRUSH_TYPES = ("rect", "polygon", "lineX", "lineY")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _label(value: Any) -> Any:
    """A series' id or name as Streamlit reports it: a number or a non-empty string, or None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return value if isinstance(value, str) and value and "\0" not in value else None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _coord_range(kind: str, value: Any) -> bool:
    """Whether ``value`` is a brush region of ``kind`` in data coordinates (category axes give
    positions; a time axis gives numbers too)."""
    if not isinstance(value, list):
        return False
    if kind in ("lineX", "lineY"):
        return len(value) == 2 and all(_is_number(v) for v in value)
    pairs = all(
        isinstance(p, list) and len(p) == 2 and all(_is_number(v) for v in p) for p in value
    )
    return pairs and (len(value) == 2 if kind == "rect" else len(value) >= 3)


class EChartsSerde:
    """The browser sends Streamlit's normalised selection (``js/src/echarts_chart.js`` groups
    ECharts' ``selectchanged`` and ``brushSelected`` events as Streamlit's front end does); it is
    checked here, entry by entry, and anything malformed rejects the message."""

    def deserialize(self, ui_value: Any) -> EChartsState:
        if ui_value is None:
            return EChartsState({"selection": EChartsSelectionState({"selected": [], "areas": []})})
        selection = ui_value.get("selection") if isinstance(ui_value, dict) else None
        if not isinstance(selection, dict):
            raise ValueError("an ECharts selection is {'selection': {'selected', 'areas'}}")
        selected = selection.get("selected", [])
        areas = selection.get("areas", [])
        if not isinstance(selected, list) or not isinstance(areas, list):
            raise ValueError("`selected` and `areas` are lists")
        groups = []
        for entry in selected:
            if not (
                isinstance(entry, dict)
                and _is_int(entry.get("series_index"))
                and entry.get("data_type", "main") in _DATA_TYPES
                and isinstance(entry.get("data_indices"), list)
                and all(_is_int(i) for i in entry["data_indices"])
            ):
                raise ValueError(f"malformed selected entry {entry!r}")
            groups.append(
                {
                    "series_index": entry["series_index"],
                    "series_id": _label(entry.get("series_id")),
                    "series_name": _label(entry.get("series_name")),
                    "data_type": entry.get("data_type", "main"),
                    "data_indices": sorted(set(entry["data_indices"])),
                }
            )
        regions = []
        for area in areas:
            if not (
                isinstance(area, dict)
                and _is_int(area.get("brush_index"))
                and area.get("brush_type") in _BRUSH_TYPES
                and _coord_range(area["brush_type"], area.get("coord_range"))
            ):
                raise ValueError(f"malformed brush area {area!r}")
            regions.append(
                {
                    "brush_index": area["brush_index"],
                    "brush_type": area["brush_type"],
                    "coord_range": area["coord_range"],
                }
            )
        return EChartsState(
            {"selection": EChartsSelectionState({"selected": groups, "areas": regions})}
        )

    def serialize(self, value: Any) -> Any:
        return json.loads(json.dumps(value)) if value is not None else None

    def normalize(self, value: Any) -> Any:
        return value


def _enables_selection(option: dict[str, Any]) -> bool:
    """Streamlit's rule: a series' ``selectedMode``, a ``brush`` component or a toolbox brush."""
    for variant in _variants(option):
        if "brush" in variant:
            return True
        toolbox = variant.get("toolbox")
        for entry in toolbox if isinstance(toolbox, (list, tuple)) else [toolbox]:
            if isinstance(entry, dict) and isinstance(entry.get("feature"), dict):
                if "brush" in entry["feature"]:
                    return True
    return any(s.get("selectedMode") for v in _variants(option) for s in _entries(v.get("series")))


@st_function
def echarts_chart(
    spec: Any,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    renderer: str = "canvas",
    alt: str | None = None,
) -> ElementHandle | EChartsState:
    """Display an interactive Apache ECharts chart.

    Pass an ECharts option object as a dict (the JSON given to ``setOption`` in JavaScript), as
    a JSON string, or a pyecharts chart. Tooltips, legends, data zoom and the toolbox work in the
    browser. In rerunner the chart is drawn by ECharts shipped with the package (the common
    series: line, bar, scatter, pie, radar, gauge, heatmap, candlestick, boxplot, funnel, sankey,
    treemap, sunburst, graph, tree), offline.

    Parameters
    ----------
    spec : dict, str, or pyecharts chart
        The ECharts option. A dataframe in ``dataset.source`` is converted to rows. JavaScript
        callbacks, GL (3D) series, geo maps and custom series are refused, as in Streamlit.
    width : "stretch", "content", or int, optional
        The chart's width. ``"stretch"`` (default) is the parent container's width;
        ``"content"`` is a pyecharts chart's own width, else 700 pixels; an int is pixels.
    height : "content", "stretch", or int, optional
        The chart's height. ``"content"`` (default) is a pyecharts chart's own height, else 350
        pixels; ``"stretch"`` fills the parent container; an int is pixels.
    theme : "streamlit" or None, optional
        ``"streamlit"`` (default) follows the page's light or dark theme; ``None`` keeps
        ECharts' own default look.
    key : str, int, or None, optional
        A unique key for the chart: AppTest finds it by this key, and it is added to the chart as
        the CSS class ``st-key-<key>``. Two elements with one key are an error. ``None``
        (default) gives it none.
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting in the chart acts as input. ``"ignore"`` (default): it does not, and
        the call returns an element handle. ``"rerun"``: a selection reruns the app and the call
        returns it, a dictionary-like ``EChartsState``. A callable: the same, and the callable
        runs as a callback before the rerun. The spec enables selections as ECharts does: a
        series' ``selectedMode`` (a click selects a point; ``"multiple"`` toggles several) or a
        ``brush`` component (rectangle, polygon or line brushes, also from the toolbox's brush
        buttons). A double click clears the selection.
    renderer : "canvas" or "svg", optional
        Draw on a canvas (default) or as SVG.
    alt : str or None, optional
        A short description of the chart for screen readers (ECharts' ``aria`` description).
        ``None`` (default) gives it none; an empty or blank string counts as ``None``.

    Returns
    -------
    ElementHandle or EChartsState
        With ``on_select="ignore"``, a handle to the chart, which can replace it in place like
        any element's. Otherwise its selection: ``{"selection": {"selected": [...], "areas":
        [...]}}``, where each entry of ``selected`` has ``series_index``, ``series_id``,
        ``series_name``, ``data_type`` and ``data_indices``, and each of ``areas`` has
        ``brush_index``, ``brush_type`` and ``coord_range``.

    Example
    -------
    >>> import streamlit as st
    >>> event = st.echarts_chart(
    ...     {"xAxis": {}, "yAxis": {},
    ...      "series": [{"type": "scatter", "selectedMode": "multiple", "data": [[1, 2], [2, 3]]}]},
    ...     on_select="rerun", key="points")
    >>> event.selection.selected
    >>> st.echarts_chart({
    ...     "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
    ...     "yAxis": {"type": "value"},
    ...     "series": [{"type": "bar", "data": [120, 200, 150]}],
    ... })
    """
    check_width(width)
    check_height(height)
    if theme not in ("streamlit", None):
        raise StreamlitValueError("Invalid `theme` value. Supported values: 'streamlit', None.")
    if renderer not in ("canvas", "svg"):
        raise StreamlitValueError("Invalid `renderer` value. Supported values: 'canvas', 'svg'.")
    callback = _on_select_callback(on_select)
    selecting = on_select != "ignore"
    if isinstance(spec, str):
        option = _loads(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _loads(spec.dump_options())
    else:
        raise _invalid_type("spec", spec, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise _invalid_type(
            "spec", option, ["dict"], "An ECharts spec must be a JSON object (mapping)."
        )
    _check_features(option)
    _convert_datasets(option)
    if selecting and not _enables_selection(option):
        _LOGGER.warning(
            "`st.echarts_chart` has selections activated through `on_select`, but the provided "
            "spec doesn't enable any: no series sets `selectedMode`, there is no `brush` "
            "component, and no `toolbox.feature.brush`. The chart will render, but it will "
            "never return a selection."
        )
    text = _serialize(option)
    given_width, given_height = width, height
    if width == "content":
        width = _pyecharts_size(getattr(spec, "width", None), "900px") or _DEFAULT_CONTENT_WIDTH
    if height == "content":
        height = _pyecharts_size(getattr(spec, "height", None), "500px") or _DEFAULT_CONTENT_HEIGHT
    props = {
        "spec": text,
        "theme": theme,
        "renderer": renderer,
        "width": width,
        "height": height,
        "alt": _normalize_alt(alt),
        "key": None if key is None else str(key),
    }
    if selecting:
        serde = EChartsSerde()
        return register_widget(
            "echarts_chart",
            label="",
            key=key,
            identity={
                "spec": text,
                "theme": theme,
                "renderer": renderer,
                "width": given_width,
                "height": given_height,
                "is_selection_activated": True,
                "alt": props["alt"],
            },
            key_identity=("is_selection_activated",),
            default=serde.deserialize(None),
            serde=serde,
            callback=Callback(callback),
            readonly=True,
            props={**props, "selection_activated": True},
        )
    if key is not None:
        # A keyed chart has an identity, as in Streamlit: a second chart with the key is an error
        ctx = require_run("echarts_chart")
        ctx.claim(
            "echarts_chart", compute_widget_id("echarts_chart", key=str(key), params={}), str(key)
        )
    return handle(add("echarts_chart", **props))


# --- maps ------------------------------------------------------------------------------------


@st_function
def map(  # noqa: A001 (Streamlit's name)
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: Any = None,
    zoom: int | None = None,
    width: Any = "stretch",
    height: Any = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a map with a scatterplot of points on it.

    The points come from a dataframe's latitude and longitude columns. The map opens centred on
    the points, zoomed to fit them; drag to pan, and zoom with the wheel, a pinch or the +/-
    buttons. In rerunner the map is drawn offline on a plain background with a grid of
    meridians and parallels: no map tiles are fetched.

    Parameters
    ----------
    data : dataframe-like or None, optional
        The points: anything ``st.dataframe`` accepts. Columns named ``lat``, ``latitude``,
        ``LAT`` or ``LATITUDE``, and ``lon``, ``longitude``, ``LON`` or ``LONGITUDE``, give the
        coordinates unless ``latitude`` and ``longitude`` name others. ``None`` (default) draws an
        empty map.
    latitude : str or None, optional
        The name of the latitude column.
    longitude : str or None, optional
        The name of the longitude column.
    color : str, tuple, or None, optional
        The points' colour: a column name (of hex strings or RGB(A) tuples), or one colour for
        all (a hex string or an RGB(A) tuple). ``None`` (default) is the theme's primary colour.
    size : str, float, or None, optional
        The points' radius in metres: a column name or one number. ``None`` (default) is 100.
    zoom : int or None, optional
        The zoom level the map opens at (0 is the whole world). ``None`` (default) fits the
        points.
    width : "stretch" or int, optional
        The map's width: ``"stretch"`` (default) is the parent container's width; an int is
        pixels.
    height : "stretch" or int, optional
        The map's height in pixels, 500 by default; ``"stretch"`` fills the parent container.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` means ``width="stretch"``.
    alt : str or None, optional
        A short description of the map for screen readers. ``None`` (default) gives it none.

    Returns
    -------
    ElementHandle
        A handle to the map, which can replace it in place like any element's.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"lat": [37.76, 37.77, 37.78], "lon": [-122.4, -122.41, -122.42]})
    >>> st.map(df, size=20, color="#0044ff")
    """
    if use_container_width:
        width = "stretch"
    check_width(width, ("stretch",))
    check_height(height, ("stretch",))
    spec = deck.map_spec(data, latitude, longitude, size, color, zoom)
    return _deck("map", spec, width, height, alt)


def _deck_props(
    call: str,
    spec: dict[str, Any],
    width: Any,
    height: Any,
    alt: str | None,
    tooltip: dict[str, Any] | None = None,
) -> dict[str, Any]:
    view, layers = deck.resolve(spec, tooltip)
    return {
        "json": json.dumps(spec),
        "view": view,
        "layers": layers,
        "width": width,
        "height": height,
        "alt": _normalize_alt(alt),
        "call": call,
    }


def _deck(
    call: str,
    spec: dict[str, Any],
    width: Any,
    height: Any,
    alt: str | None,
    tooltip: dict[str, Any] | None = None,
) -> ElementHandle:
    return handle(add("deck_gl_json_chart", **_deck_props(call, spec, width, height, alt, tooltip)))


_SELECTION_MODES = ("multi-object", "single-object")


def _parse_selection_mode(selection_mode: Any) -> str:
    if not isinstance(selection_mode, str):
        raise _invalid_type(
            "selection_mode",
            selection_mode,
            ["str"],
            "Selection mode must be a single value.",
        )
    if selection_mode not in _SELECTION_MODES:
        raise StreamlitValueError(
            "Invalid `selection_mode` value. Supported values: 'multi-object', 'single-object'."
        )
    return selection_mode


class PydeckState(ReadOnlyAttributeDictionary):
    """What ``st.pydeck_chart`` returns with ``on_select``: ``{"selection": {"indices":
    {layer_id: [index, ...]}, "objects": {layer_id: [object, ...]}}}``."""


class PydeckSerde:
    """The browser sends the indices it selected, per layer id (``js/src/map.js``: a click
    selects an object, or toggles it with ``"multi-object"``; a click beside every object
    clears); the kernel checks them against the layers' data and adds the objects, the rows of
    the deck's JSON as deck.gl would report them."""

    def __init__(self, rows: dict[str, list[Any]], mode: str) -> None:
        self.rows = rows
        self.mode = mode

    def _state(self, indices: dict[str, list[int]]) -> PydeckState:
        objects = {
            layer: [self.rows[layer][i] for i in picked] for layer, picked in indices.items()
        }
        return PydeckState({"selection": {"indices": indices, "objects": objects}})

    def deserialize(self, ui_value: Any) -> PydeckState:
        if ui_value is None:
            return self._state({})
        selection = ui_value.get("selection") if isinstance(ui_value, dict) else None
        raw = selection.get("indices") if isinstance(selection, dict) else None
        if not isinstance(raw, dict):
            raise ValueError("a pydeck selection is {'selection': {'indices': {layer: [...]}}}")
        indices: dict[str, list[int]] = {}
        for layer, picked in raw.items():
            rows = self.rows.get(layer)
            if rows is None:
                raise ValueError(f"no selectable layer has the id {layer!r}")
            if not isinstance(picked, list) or not all(
                _is_int(i) and i < len(rows) for i in picked
            ):
                raise ValueError(f"indices {picked!r} are not objects of layer {layer!r}")
            if picked:
                indices[layer] = list(dict.fromkeys(picked))
        if self.mode == "single-object" and sum(len(v) for v in indices.values()) > 1:
            raise ValueError("selection_mode='single-object' selects one object")
        return self._state(indices)

    def serialize(self, value: Any) -> Any:
        return json.loads(json.dumps(value, default=str)) if value is not None else None

    def normalize(self, value: Any) -> Any:
        """The selection against this run's data, as Streamlit's front end prunes it when the
        deck changes: layers gone and indices past the data's end are dropped, and the objects
        are read again."""
        if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
            return value
        old = dict.get(value, "selection")
        indices = {
            layer: [i for i in picked if i < len(self.rows[layer])]
            for layer, picked in (old.get("indices") or {}).items()
            if layer in self.rows
        }
        fresh = self._state({k: v for k, v in indices.items() if v})
        return value if fresh == value else fresh


@st_function
def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: Any = "single-object",
    on_select: Any = "ignore",
    key: Any = None,
    alt: str | None = None,
) -> ElementHandle | PydeckState:
    """Draw a map from a pydeck ``Deck``.

    In rerunner the deck is drawn offline by a small renderer shipped with the package, top
    down, on a plain background with a grid of meridians and parallels (no map tiles are
    fetched; ``map_style``, ``pitch`` and ``bearing`` are not drawn). It draws the layer types
    ``ScatterplotLayer``, ``LineLayer``, ``PathLayer`` and ``PolygonLayer`` with their position,
    size, width and colour accessors (column names, ``[lon, lat]`` lists, arithmetic) and units;
    any other layer type raises an error naming it. Drag to pan; zoom with the wheel, a pinch or
    the +/- buttons. A deck's ``tooltip`` dict (``"text"`` or ``"html"`` with ``{field}``
    placeholders, and ``"style"``) shows over the objects of layers with ``pickable=True``, as in
    Streamlit (HTML sanitised).

    Parameters
    ----------
    pydeck_obj : pydeck.Deck or None, optional
        The deck to draw. ``None`` (default) draws an empty map.
    width : "stretch" or int, optional
        The map's width: ``"stretch"`` (default) is the parent container's width; an int is
        pixels.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` means ``width="stretch"``.
    height : "stretch" or int, optional
        The map's height in pixels, 500 by default; ``"stretch"`` fills the parent container.
    selection_mode : "single-object" or "multi-object", optional
        With ``on_select`` enabled: ``"single-object"`` (default), a click selects one object (a
        click on the selected one clears it); ``"multi-object"``, each click adds or removes
        one. A click beside every object, or the "Clear selection" button, clears.
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting objects acts as input. ``"ignore"`` (default): it does not, and the
        call returns an element handle. ``"rerun"``: a selection reruns the app and the call
        returns it, a dictionary-like ``PydeckState``. A callable: the same, and the callable
        runs as a callback before the rerun. The objects of layers with ``pickable=True`` can be
        selected (of every layer when none says); give each layer an ``id``, which names it in
        the selection (pydeck makes a new random one on every run otherwise).
    key : str, int, or None, optional
        A key identifying the chart's selection in session state (with ``on_select``).
    alt : str or None, optional
        A short description of the map for screen readers. ``None`` (default) gives it none.

    Returns
    -------
    ElementHandle or PydeckState
        With ``on_select="ignore"``, a handle to the map, which can replace it in place like any
        element's. Otherwise its selection: ``{"selection": {"indices": {layer_id: [...]},
        "objects": {layer_id: [...]}}}``, the objects being the selected rows of each layer.

    Example
    -------
    >>> import pydeck as pdk
    >>> import streamlit as st
    >>> points = [{"lon": -122.4, "lat": 37.76, "n": 30}, {"lon": -122.42, "lat": 37.78, "n": 80}]
    >>> layer = pdk.Layer("ScatterplotLayer", data=points, get_position="[lon, lat]",
    ...                   get_radius="n * 10", get_fill_color=[200, 30, 0, 160])
    >>> view = pdk.ViewState(latitude=37.77, longitude=-122.41, zoom=11)
    >>> st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view))
    """
    given_container_width = use_container_width
    if use_container_width:
        width = "stretch"
    check_width(width, ("stretch",))
    check_height(height, ("stretch",))
    if pydeck_obj is None:
        spec: dict[str, Any] = copy.deepcopy(deck.EMPTY_MAP)
    else:
        if not callable(getattr(pydeck_obj, "to_json", None)):
            raise _invalid_type("pydeck_obj", pydeck_obj, ["pydeck.Deck", "None"])
        deck.records_for_json(pydeck_obj)
        spec = json.loads(pydeck_obj.to_json())
    callback = _on_select_callback(on_select)
    props = _deck_props("pydeck_chart", spec, width, height, alt, _tooltip(pydeck_obj))
    if on_select == "ignore":
        return handle(add("deck_gl_json_chart", **props))
    mode = _parse_selection_mode(selection_mode)
    rows = deck.selectable_rows(spec)
    props["layers"] = [{**layer, "selectable": layer["id"] in rows} for layer in props["layers"]]
    serde = PydeckSerde(rows, mode)
    return register_widget(
        "deck_gl_json_chart",
        label="",
        key=key,
        identity={
            "is_selection_activated": True,
            "selection_mode": mode,
            "use_container_width": given_container_width,
            "spec": props["json"],
            "alt": props["alt"],
        },
        key_identity=("selection_mode",),
        default=serde.deserialize(None),
        serde=serde,
        callback=Callback(callback),
        readonly=True,
        props={**props, "selection_mode": mode},
    )


def _tooltip(pydeck_obj: Any) -> dict[str, Any] | None:
    """The deck's tooltip where Streamlit reads it: a dict (``True`` shows none there)."""
    if pydeck_obj is None:
        return None
    widget = getattr(pydeck_obj, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tooltip = getattr(pydeck_obj, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None
