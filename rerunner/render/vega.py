"""The recipe for Vega-Lite charts: ``st.altair_chart``, ``st.vega_lite_chart``.

``VegaChart`` is an anywidget (``js/src/vega.js``, which bundles vega, vega-lite and vega-embed:
nothing is fetched at run time). The kernel sends the spec, the width and height asked for, the
theme and the activated selection parameters; the front end measures the width it is given,
follows the page's light or dark theme, and sends selections back as messages. It writes the
SVG it drew into ``image``: the kernel never sets that trait, it keeps what the browser drew.
``ChartPictures`` puts those SVGs into the notebook as a second output of the app's cell, plain
HTML that rerunner's stylesheet hides on the live page; a saved notebook exported with
nbconvert (which cannot draw the widgets offline) shows them (see docs/architecture.md).
"""

from __future__ import annotations

import weakref
from typing import Any

import anywidget
import ipywidgets as w
import traitlets
from IPython.display import DisplayHandle, display

from ..elements import Element
from .bundles import module
from .lib import Emit, recipe, sized_layout
from .vdom import V


def _size() -> traitlets.Union:
    return traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value="content")


class VegaChart(anywidget.AnyWidget):
    """A Vega-Lite chart that fills its measured width and reports its selections."""

    _esm = module("vega.js")
    spec = traitlets.Dict().tag(sync=True)
    width = _size().tag(sync=True)
    height = _size().tag(sync=True)
    theme = traitlets.Unicode("streamlit").tag(sync=True)
    alt = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    selection_params = traitlets.List(traitlets.Unicode()).tag(sync=True)
    image = traitlets.Unicode("").tag(sync=True)  # the front end's SVG of the view

    pictured = True  # ChartPictures collects its ``image``

    @traitlets.observe("image")
    def _drawn(self, change: dict[str, Any]) -> None:
        refresh_pictures()


#: The apps' picture outputs, refreshed when any chart reports a new drawing.
_PICTURES: set[ChartPictures] = set()


def refresh_pictures() -> None:
    """A chart reported a new drawing: every app's picture output is brought up to date."""
    for pictures in list(_PICTURES):
        pictures.refresh()


def _charts(widget: Any) -> list[Any]:
    """The pictured charts (Vega-Lite's, Plotly's: a class with ``pictured``) under a widget."""
    if getattr(type(widget), "pictured", False):
        return [widget]
    if isinstance(widget, w.Box):
        return [c for child in widget.children for c in _charts(child)]
    return []


class ChartPictures:
    """The pictures of the charts under an app's root widget, as a ``text/html`` output shown
    after the app: what a notebook exported without its widgets still shows. Hidden on the live
    page by ``.rr-chart-pictures`` in style.css."""

    def __init__(self, root: w.Widget) -> None:
        self._root = weakref.ref(root)
        self._handle: DisplayHandle | None = None
        self._shown = ""

    def _html(self) -> str:
        root = self._root()
        svgs = [c.image for c in _charts(root)] if root is not None else []
        figures = "".join(
            f'<figure class="rr-chart-picture">{svg}</figure>'
            for svg in svgs
            if svg.lstrip().startswith("<svg")
        )
        return f'<div class="rr-chart-pictures">{figures}</div>'

    def show(self) -> None:
        """Display the (still empty) output, while the cell runs: an output displayed later,
        from a widget's message, would belong to no cell. Only when the first run drew a chart,
        so the cells of apps without charts keep their one output."""
        root = self._root()
        if root is None or not _charts(root):
            return
        self._shown = self._html()
        self._handle = display({"text/html": self._shown}, raw=True, display_id=True)
        _PICTURES.add(self)

    def refresh(self) -> None:
        root = self._root()
        if root is None or root.comm is None:
            self.close()
            return
        current = self._html()
        if current != self._shown and self._handle is not None:
            self._shown = current
            self._handle.update({"text/html": current}, raw=True)

    def close(self) -> None:
        _PICTURES.discard(self)


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
