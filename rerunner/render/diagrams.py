"""Recipes for diagrams and maps: small anywidgets, and three large libraries shared per kernel.

A chart's own ES module is small (``graphviz_chart.js``, ``mermaid_chart.js``,
``echarts_chart.js``, ``map.js``: a few kilobytes). The libraries that do the drawing are large
(Mermaid, ``mermaid.js``, about 3.6 MB; Graphviz in WebAssembly, ``viz.js``, about 1.35 MB;
ECharts, ``echarts.js``, about 0.9 MB), so each travels as the ES
module of one hidden widget per kernel (``vdom.SHARED``, pinned), made when the kernel draws its
first chart of that kind: the bytes cross the wire once per kernel, not once per chart, and not
at all for a kernel that draws none. The library's module runs when its model is created in the
browser and registers the library on the page (``js/src/lib/libraries.js``), where the charts'
modules wait for it. Each page that shows such a chart also shows the library's widget in a
hidden box (a view of the same model: no bytes sent), so a page opened later (Voila, a reloaded
notebook) creates the model too.

The map has no library: ``map.js`` draws the layers the kernel resolved (``api/deck.py``).
"""

from __future__ import annotations

from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from ..elements import Element
from .bundles import bundle, module
from .html import sanitize
from .lib import Emit, recipe, sized_layout
from .vdom import SHARED, V, shared_layout


def _size(default: str | int) -> traitlets.Union:
    """A Streamlit width or height: "stretch", "content" or pixels."""
    return traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value=default)


class GraphvizLibrary(anywidget.AnyWidget):
    """Graphviz compiled to WebAssembly (@viz-js/viz): draws nothing, registers the library."""

    _esm = module("viz.js")


class MermaidLibrary(anywidget.AnyWidget):
    """Mermaid: draws nothing, registers the library. Its module is a loader that imports the
    library from ``code`` without holding the model's start up (``js/src/mermaid_loader.js``)."""

    _esm = module("mermaid_loader.js")
    code = traitlets.Unicode().tag(sync=True)

    @traitlets.default("code")
    def _code(self) -> str:
        return bundle("mermaid.js")  # 3.5 MB: read when a page first needs Mermaid, not at import


class EChartsLibrary(anywidget.AnyWidget):
    """Apache ECharts: draws nothing, registers the library."""

    _esm = module("echarts.js")


class GraphvizChart(anywidget.AnyWidget):
    """One DOT graph, laid out and drawn as SVG by the shared Graphviz library."""

    _esm = module("graphviz_chart.js")
    dot = traitlets.Unicode("").tag(sync=True)
    engine = traitlets.Unicode("dot").tag(sync=True)
    width = _size("content").tag(sync=True)
    height = _size("content").tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)


class MermaidChart(anywidget.AnyWidget):
    """One Mermaid diagram, drawn by the shared Mermaid library in the page's theme."""

    _esm = module("mermaid_chart.js")
    source = traitlets.Unicode("").tag(sync=True)
    width = _size("stretch").tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)


class EChartsChart(anywidget.AnyWidget):
    """One ECharts chart, drawn by the shared ECharts library."""

    _esm = module("echarts_chart.js")
    spec = traitlets.Unicode("{}").tag(sync=True)
    theme = traitlets.Unicode("streamlit", allow_none=True).tag(sync=True)
    renderer = traitlets.Unicode("canvas").tag(sync=True)
    width = _size("stretch").tag(sync=True)
    height = _size(350).tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)
    #: on_select other than "ignore": the front end reports selections as messages.
    selection_activated = traitlets.Bool(False).tag(sync=True)


class MapChart(anywidget.AnyWidget):
    """A pannable, zoomable map of resolved deck.gl layers on a plain background."""

    _esm = module("map.js")
    spec = traitlets.Dict().tag(sync=True)
    width = _size("stretch").tag(sync=True)
    height = _size(500).tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)
    #: "single-object" or "multi-object" with selections; "" without.
    selection_mode = traitlets.Unicode("").tag(sync=True)
    #: The selected objects' indices per layer id: the kernel's value, drawn highlighted.
    selection = traitlets.Dict().tag(sync=True)


_LIBRARIES: dict[str, type[anywidget.AnyWidget]] = {
    "viz": GraphvizLibrary,
    "mermaid": MermaidLibrary,
    "echarts": EChartsLibrary,
}


def library(name: str) -> w.Widget:
    """The kernel's one widget of library ``name`` (made again if the front end closed it)."""
    cls = _LIBRARIES[name]
    return SHARED.pin(("library", name), lambda: cls(layout=shared_layout({"display": "none"})))


def _with_library(name: str, chart: V, key: str | None = None) -> V:
    """The chart, with the library's widget beside it in a hidden box (see the docstring)."""
    hidden = V(w.Box, {"children": (library(name),)}, layout={"display": "none"})
    classes = ("rr-diagram", f"st-key-{key}") if key else ("rr-diagram",)
    return V(w.VBox, {"_dom_classes": classes}, children=[chart, hidden])


def _layout(width: object) -> dict[str, str]:
    return {**sized_layout(width), "overflow": "visible"}


@recipe("graphviz_chart")
def graphviz_chart(el: Element, emit: Emit) -> V:
    p = el.props
    chart = V(
        GraphvizChart,
        {
            "dot": p.dot,
            "engine": p.engine,
            "width": p.width,
            "height": p.height,
            "alt": p.alt or "",
        },
        layout=_layout(p.width),
    )
    return _with_library("viz", chart)


@recipe("mermaid_chart")
def mermaid_chart(el: Element, emit: Emit) -> V:
    p = el.props
    chart = V(
        MermaidChart,
        {"source": p.source, "width": p.width, "alt": p.alt or ""},
        layout=_layout(p.width),
    )
    return _with_library("mermaid", chart)


def _selections(el: Element, emit: Emit) -> dict[str, Any]:
    """A chart with selections reports them as custom messages ``{"event": "selection",
    "value": ...}``; the widget's serde checks the value."""
    wid = el.id
    if wid is None:
        return {}

    def message(content: dict, buffers: list) -> None:
        if content.get("event") == "selection" and isinstance(content.get("value"), dict):
            emit(wid, content["value"])

    return {"message": message}


@recipe("echarts_chart")
def echarts_chart(el: Element, emit: Emit) -> V:
    p = el.props
    chart = V(
        EChartsChart,
        {
            "spec": p.spec,
            "theme": p.theme,
            "renderer": p.renderer,
            "width": p.width,
            "height": p.height,
            "alt": p.alt or "",
            "selection_activated": p.selection_activated,
        },
        key=el.id,
        on=_selections(el, emit),
        layout=_layout(p.width),
    )
    return _with_library("echarts", chart, p.key)


def _safe(layer: dict) -> dict:
    """A layer whose HTML tooltips are sanitised as st.html's body is (they become HTML)."""
    if not layer.get("tooltip_html"):
        return layer
    return {**layer, "tooltips": [sanitize(t) for t in layer["tooltips"]]}


@recipe("deck_gl_json_chart")
def deck_gl_json_chart(el: Element, emit: Emit) -> V:
    p = el.props
    shown = p.value.get("selection") if isinstance(p.value, dict) else None
    return V(
        MapChart,
        {
            "spec": {"view": p.view, "layers": [_safe(layer) for layer in p.layers]},
            "width": p.width,
            "height": p.height,
            "alt": p.alt or "",
            "selection_mode": p.selection_mode or "",
            "selection": dict(shown.get("indices") or {}) if isinstance(shown, dict) else {},
        },
        key=el.id,
        on=_selections(el, emit),
        layout=_layout(p.width),
    )
