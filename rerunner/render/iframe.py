"""Recipes for iframes: ``st.iframe``, ``components.html``/``.iframe`` and custom components.

Both are small anywidgets (``js/src/iframe.js``, ``js/src/component.js``, sharing
``js/src/lib/frame.js``): an ipywidgets ``HTML`` cannot run the script that measures a frame's
content for ``height="content"`` or relay a component's messages. The iframe gets the sandbox
flags and feature policy Streamlit's front end gives its own iframes.

A component's files (``declare_component(path=...)``, read by ``api/components.py``) are sent
with the widget; the browser turns each into a blob URL and rewrites the references between
them (see ``component.js``), so the component loads with no server route: in JupyterLab, in
Voila and behind JupyterHub's proxy alike.
"""

from __future__ import annotations

import anywidget
import traitlets

from ..elements import Element
from .bundles import module
from .lib import Emit, recipe, sized_layout
from .vdom import V


def _size() -> traitlets.Union:
    return traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value="stretch")


class Frame(anywidget.AnyWidget):
    """A sandboxed iframe of a URL or of HTML, sized as ``st.iframe`` sizes it."""

    _esm = module("iframe.js")
    src = traitlets.Unicode("").tag(sync=True)
    srcdoc = traitlets.Unicode("").tag(sync=True)
    width = _size().tag(sync=True)
    height = _size().tag(sync=True)
    scrolling = traitlets.Bool(False).tag(sync=True)
    tab_index = traitlets.Int(None, allow_none=True).tag(sync=True)
    title = traitlets.Unicode("st.iframe").tag(sync=True)


class ComponentFrame(anywidget.AnyWidget):
    """A custom component's page, and the relay of Streamlit's component protocol."""

    _esm = module("component.js")
    name = traitlets.Unicode("").tag(sync=True)
    url = traitlets.Unicode("").tag(sync=True)
    # relative path -> bytes (ipywidgets sends them as binary buffers)
    files = traitlets.Dict().tag(sync=True)
    args = traitlets.Dict().tag(sync=True)
    bytes_args = traitlets.Dict().tag(sync=True)
    dataframe_args = traitlets.Dict().tag(sync=True)
    tab_index = traitlets.Int(None, allow_none=True).tag(sync=True)


@recipe("iframe")
def iframe(el: Element, emit: Emit) -> V:
    p = el.props
    layout = sized_layout(p.width)
    if p.height == "stretch":
        layout["height"] = "100%"
    return V(
        Frame,
        {
            "src": p.src,
            "srcdoc": p.srcdoc,
            "width": p.width,
            "height": p.height,
            "scrolling": bool(p.scrolling),
            "tab_index": p.tab_index,
            "title": p.title,
            "_dom_classes": ("rr-iframe",),
        },
        layout=layout,
    )


@recipe("component_instance")
def component(el: Element, emit: Emit) -> V:
    p = el.props
    wid = el.id

    def message(content: dict, buffers: list) -> None:
        if content.get("event") != "value":
            return
        kind = content.get("dataType")
        if kind == "bytes":
            emit(wid, bytes(buffers[0]) if buffers else b"")
        elif kind == "dataframe":  # data, index and columns: Arrow tables
            if len(buffers) == 3:
                emit(wid, ("arrow", *(bytes(b) for b in buffers)))
        else:
            emit(wid, content.get("value"))

    return V(
        ComponentFrame,
        {
            "name": p.name,
            "url": p.url or "",
            "files": p.files,
            "args": p.args,
            "bytes_args": p.bytes_args,
            "dataframe_args": p.dataframe_args,
            "tab_index": p.tab_index,
            "_dom_classes": ("rr-component",),
        },
        key=wid,
        on={"message": message},
        layout={"width": "100%"},
    )
