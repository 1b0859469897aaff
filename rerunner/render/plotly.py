"""The recipe for ``st.plotly_chart``: an anywidget that draws the figure with plotly.js.

plotly.js is about 4.8 MB minified, too large to bundle into ``rerunner/static`` (the whole
package budget is 5 MB), and the ``plotly`` package a Plotly chart needs ships it anyway
(``plotly/package_data/plotly.min.js``). So the kernel reads that file and sends it once per
kernel, as the text of one pinned model (``PlotlyLibrary``, in ``vdom.SHARED``, made with the
first Plotly chart); each chart's widget names that model in its ``library`` trait, and its small
module (``js/src/plotly.js``) evaluates the text once per page, whichever chart comes first.
Nothing is fetched from the internet.

The front end measures the width it is given, applies Streamlit's look for ``theme="streamlit"``
(following the page's light or dark theme), and with selections reports them as Streamlit's
front end builds them: a custom message ``{"event": "selection", "value": {"selection": ...}}``.
After each draw it writes an SVG of the chart into ``image`` (front-end owned), which
``render/vega.ChartPictures`` puts into a saved notebook, as it does for Vega-Lite charts.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from ..elements import Element
from .bundles import module
from .lib import Emit, recipe, sized_layout
from .vdom import SHARED, V
from .vega import refresh_pictures


@cache
def plotly_source() -> str:
    """The plotly.js of the installed ``plotly`` package (read once per kernel)."""
    import plotly

    return (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text("utf-8")


class PlotlyLibrary(w.Widget):
    """plotly.js as text: one model per kernel that every Plotly chart names."""

    text = traitlets.Unicode().tag(sync=True)


def plotly_library() -> PlotlyLibrary:
    return SHARED.pin(("PlotlyLibrary",), lambda: PlotlyLibrary(text=plotly_source()))  # type: ignore[return-value]


def _size() -> traitlets.Union:
    return traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value="stretch")


class PlotlyChart(anywidget.AnyWidget):
    """One Plotly figure, drawn by the page's plotly.js (loaded from ``library``)."""

    _esm = module("plotly.js")
    library = traitlets.Instance(w.Widget, allow_none=True).tag(sync=True, **w.widget_serialization)
    spec = traitlets.Dict().tag(sync=True)
    config = traitlets.Dict().tag(sync=True)
    width = _size().tag(sync=True)
    height = _size().tag(sync=True)
    theme = traitlets.Unicode("streamlit").tag(sync=True)
    alt = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    selection_mode = traitlets.List(traitlets.Unicode()).tag(sync=True)
    selection = traitlets.Unicode("").tag(sync=True)  # the kernel's selection, as JSON text
    image = traitlets.Unicode("").tag(sync=True)  # the front end's SVG of the chart
    pictured = True  # ChartPictures collects its ``image``

    @traitlets.observe("image")
    def _drawn(self, change: dict[str, Any]) -> None:
        refresh_pictures()


@recipe("plotly_chart")
def plotly_chart(el: Element, emit: Emit) -> V:
    p = el.props
    wid = el.id
    on: dict[str, Any] = {}
    if wid is not None:

        def message(content: dict, buffers: list) -> None:
            if content.get("event") == "selection" and isinstance(content.get("value"), dict):
                emit(wid, content["value"])

        on["message"] = message
    layout = sized_layout(p.width)
    if p.height == "stretch":
        layout["height"] = "100%"
    return V(
        PlotlyChart,
        {
            "library": plotly_library(),
            "spec": p.spec,
            "config": p.config,
            "width": p.width,
            "height": p.height,
            "theme": p.theme,
            "alt": p.alt,
            "selection_mode": list(p.selection_mode) if wid is not None else [],
            # what the front end compares a new selection with (Streamlit sends only a change)
            "selection": json.dumps(p.value) if wid is not None and p.value else "",
            "_dom_classes": ("rr-plotly-chart", *((f"st-key-{p.key}",) if p.key else ())),
        },
        key=wid,
        on=on,
        initial={"image": ""},  # the front end's to write: the SVG it drew
        layout=layout,
    )
