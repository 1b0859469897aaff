"""Recipes for diagrams and maps: small anywidgets, and two large libraries shared per kernel.

A chart's own ES module is small (``graphviz_chart.js``, ``echarts_chart.js``, ``map.js``: a
few kilobytes). The libraries that do the drawing are large (Graphviz in WebAssembly,
``viz.js``, about 1.35 MB; ECharts, ``echarts.js``, about 0.9 MB), so each travels as the ES
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

import anywidget
import ipywidgets as w
import traitlets

from ..elements import Element
from .bundles import module
from .html import sanitize
from .lib import Emit, recipe, sized_layout
from .vdom import SHARED, V, shared_layout


def _size(default: str | int) -> traitlets.Union:
    """A Streamlit width or height: "stretch", "content" or pixels."""
    return traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value=default)


class GraphvizLibrary(anywidget.AnyWidget):
    """Graphviz compiled to WebAssembly (@viz-js/viz): draws nothing, registers the library."""

    _esm = module("viz.js")


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
    #: Recolour the graph's unstyled parts in a dark theme (Mermaid's look does; Graphviz's not).
    follow_theme = traitlets.Bool(False).tag(sync=True)


class EChartsChart(anywidget.AnyWidget):
    """One ECharts chart, drawn by the shared ECharts library."""

    _esm = module("echarts_chart.js")
    spec = traitlets.Unicode("{}").tag(sync=True)
    theme = traitlets.Unicode("streamlit", allow_none=True).tag(sync=True)
    renderer = traitlets.Unicode("canvas").tag(sync=True)
    width = _size("stretch").tag(sync=True)
    height = _size(350).tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)


class MapChart(anywidget.AnyWidget):
    """A pannable, zoomable map of resolved deck.gl layers on a plain background."""

    _esm = module("map.js")
    spec = traitlets.Dict().tag(sync=True)
    width = _size("stretch").tag(sync=True)
    height = _size(500).tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)


_LIBRARIES: dict[str, type[anywidget.AnyWidget]] = {
    "viz": GraphvizLibrary,
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
        GraphvizChart,
        {
            "dot": p.dot,
            "width": p.width,
            "height": "content",
            "alt": p.alt or "",
            "follow_theme": True,
        },
        layout=_layout(p.width),
    )
    return _with_library("viz", chart)


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
        },
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
    return V(
        MapChart,
        {
            "spec": {"view": p.view, "layers": [_safe(layer) for layer in p.layers]},
            "width": p.width,
            "height": p.height,
            "alt": p.alt or "",
        },
        layout=_layout(p.width),
    )
