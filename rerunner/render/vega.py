"""The recipe for Vega-Lite charts: ``st.altair_chart``, ``st.vega_lite_chart``.

``VegaChart`` is an anywidget (``js/src/vega.js``, which bundles vega, vega-lite and vega-embed:
nothing is fetched at run time). The kernel sends the spec, the width and height asked for, the
theme and the activated selection parameters; the front end measures the width it is given,
follows the page's light or dark theme, and sends selections back as messages. It writes the
SVG it drew into ``image``: the kernel never sets that trait, it keeps what the browser drew, the
first half of a picture of the chart in a saved notebook (see docs/architecture.md).
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

from ..elements import Element
from .bundles import bundle
from .lib import Emit, recipe, sized_layout
from .vdom import V


def _size() -> traitlets.Union:
    return traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value="content")


class VegaChart(anywidget.AnyWidget):
    """A Vega-Lite chart that fills its measured width and reports its selections."""

    _esm = bundle("vega.js")
    spec = traitlets.Dict().tag(sync=True)
    width = _size().tag(sync=True)
    height = _size().tag(sync=True)
    theme = traitlets.Unicode("streamlit").tag(sync=True)
    alt = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    selection_params = traitlets.List(traitlets.Unicode()).tag(sync=True)
    image = traitlets.Unicode("").tag(sync=True)  # the front end's SVG of the view


@recipe("vega_lite_chart")
def vega_lite_chart(el: Element, emit: Emit) -> V:
    p = el.props
    wid = el.id
    on: dict[str, Any] = {}
    if wid is not None:

        def message(content: dict, buffers: list) -> None:
            if content.get("event") == "selection" and isinstance(content.get("value"), dict):
                emit(wid, content["value"])

        on["message"] = message
    layout = sized_layout(p.width if p.width != "content" else "stretch")
    if p.height == "stretch":
        layout["height"] = "100%"
    return V(
        VegaChart,
        {
            "spec": p.spec,
            "width": p.width,
            "height": p.height,
            "theme": p.theme,
            "alt": p.alt,
            "selection_params": list(p.selection_params),
            "_dom_classes": ("rr-vega-chart",),
        },
        key=wid,
        on=on,
        initial={"image": ""},  # the front end's to write: the SVG it drew
        layout=layout,
    )
