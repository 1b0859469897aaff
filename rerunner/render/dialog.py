"""Recipes for ``st.dialog`` and the presence report of ticking pages: two small anywidgets.

``Modal`` draws a dialog as a modal in the browser's top layer (``modal.js``): over the notebook
panel in JupyterLab and Notebook 7, over the whole page in Voila; focus moves into it and stays
there, and Escape, its close button or a click beside it dismiss it when it is dismissible. Its
``is_open`` trait is the one thing a visitor may change (a dismissal): the kernel draws it open on
every full run that calls the dialog function, and a dismissal sends the dialog's trigger when
``on_dismiss`` asks for a rerun.

``Presence`` (``presence.js``) reports, every few seconds while a visible tab shows the page,
that a front end shows the app: fragments with ``run_every`` tick only while one does.

Both ES modules are built from ``js/src/`` into ``rerunner/static/`` (``render/bundles.py``):
nothing is fetched at run time.
"""

from __future__ import annotations

import anywidget
import ipywidgets as w
import traitlets

from ..elements import PRESENCE, Element
from .bundles import module
from .lib import Emit, children, recipe
from .markdown import inline_html
from .vdom import V


class Modal(anywidget.AnyWidget):
    """A modal dialog holding ipywidgets (its ``children``)."""

    _esm = module("modal.js")
    is_open = traitlets.Bool(False).tag(sync=True)  # (``open`` is a Widget's own method)
    title_html = traitlets.Unicode("").tag(sync=True)
    width = traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value="small").tag(
        sync=True
    )
    position = traitlets.Unicode("center").tag(sync=True)
    dismissible = traitlets.Bool(True).tag(sync=True)
    children = w.widgets.trait_types.TypedTuple(trait=traitlets.Instance(w.Widget)).tag(
        sync=True, **w.widget_serialization
    )


class Presence(anywidget.AnyWidget):
    """Reports that a front end shows the page (``seen`` changes while it does)."""

    _esm = module("presence.js")
    seen = traitlets.Int(0).tag(sync=True)


@recipe("dialog")
def dialog(el: Element, emit: Emit) -> V:
    p = el.props
    icon = f"{inline_html(p.icon)} " if p.icon else ""
    dismiss_id = p.dismiss_id

    def dismissed(is_open: bool) -> None:
        if not is_open and dismiss_id:
            emit(dismiss_id, True)  # on_dismiss="rerun" or a callback: the app reruns

    return V(
        Modal,
        {
            # open on every full render that has the dialog: a full run called it again
            "is_open": True,
            "title_html": icon + inline_html(p.title),
            "width": p.width,
            "position": p.position,
            "dismissible": bool(p.dismissible),
            "_dom_classes": ("rr-dialog",),
        },
        children=children(el, emit),
        key=f"dialog:{el.id}",
        on={"is_open": dismissed},
    )


def presence(emit: Emit) -> V:
    """The page's presence report (only on pages whose fragments tick)."""
    return V(
        Presence,
        {"_dom_classes": ("rr-presence",)},
        key="__presence__",
        on={"seen": lambda _value: emit(PRESENCE, True)},
        layout={"display": "none"},
    )
