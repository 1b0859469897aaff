"""Recipes for ``annotate_image`` and ``annotate_text``: two small anywidgets.

``ImageAnnotator`` (``js/src/annotate_image.js``) draws the picture in an SVG with the boxes or
points over it; ``TextAnnotator`` (``js/src/annotate_text.js``) the text with its labelled spans.
The kernel owns ``records``: the browser never writes it. After each change (a box drawn, moved,
resized, relabelled or deleted; a span added or removed) the front end sends the whole new list
as a ``records`` message. The recipe checks it with ``annotate/records.py``, the same checks
the widget's serde makes: a good list goes to the app (``emit``), a bad one is answered with a
``refused`` message carrying the reason and the last good list, which the front end shows and
puts back. A disabled widget's messages are refused by the reconciler before they get here.
"""

from __future__ import annotations

from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from ..annotate.records import Refused, check_shapes, check_spans
from ..elements import Element
from .bundles import module
from .lib import Emit, hideable_title, recipe, width_layout
from .vdom import Live, V


class ImageAnnotator(anywidget.AnyWidget):
    """Boxes or points on a picture; ``records`` is the kernel's list of them."""

    _esm = module("annotate_image.js")
    src = traitlets.Unicode("").tag(sync=True)
    image_width = traitlets.Int(0).tag(sync=True)
    image_height = traitlets.Int(0).tag(sync=True)
    labels = traitlets.List(traitlets.Unicode()).tag(sync=True)
    mode = traitlets.Unicode("box").tag(sync=True)
    records = traitlets.List().tag(sync=True)
    fit = traitlets.Unicode("stretch").tag(sync=True)  # "stretch", "content", or pixels as text
    disabled = traitlets.Bool(False).tag(sync=True)


class TextAnnotator(anywidget.AnyWidget):
    """Labelled spans over a text; ``records`` is the kernel's list of ``[start, end, label]``."""

    _esm = module("annotate_text.js")
    text = traitlets.Unicode("").tag(sync=True)
    labels = traitlets.List(traitlets.Unicode()).tag(sync=True)
    overlap = traitlets.Bool(False).tag(sync=True)
    records = traitlets.List().tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)


def _annotator(el: Element, emit: Emit, cls: type, traits: dict[str, Any], check: Any) -> V:
    p = el.props
    parts: dict[str, Live] = {}

    def message(content: Any, _buffers: list) -> None:
        if not isinstance(content, dict) or content.get("event") != "records":
            return
        try:
            check(content.get("records"))
        except Refused as exc:
            live = parts.get("front")
            if live is not None:
                live.widget.send({"event": "refused", "message": str(exc), "records": p.value})
            return
        emit(el.id, content["records"])

    front = V(
        cls,
        {**traits, "records": list(p.value or ()), "disabled": bool(p.disabled),
         "_dom_classes": ("rr-annotator",)},
        on={"message": message},
        ref=lambda live: parts.__setitem__("front", live),
        layout={"width": "100%"},
    )  # fmt: skip
    return V(
        w.VBox,
        {"_dom_classes": ("rr-annotate", "rr-group")},
        children=[hideable_title(p), front],
        key=el.id,
        layout=width_layout(p) or {"width": "auto", "max_width": "100%"},
    )


@recipe("annotate_image")
def annotate_image(el: Element, emit: Emit) -> V:
    p = el.props
    traits = {
        "src": p.src,
        "image_width": p.image_width,
        "image_height": p.image_height,
        "labels": list(p.labels),
        "mode": p.mode,
        "fit": str(p.width),
    }

    def check(records: Any) -> Any:
        return check_shapes(
            records, width=p.image_width, height=p.image_height, labels=p.labels, mode=p.mode
        )

    return _annotator(el, emit, ImageAnnotator, traits, check)


@recipe("annotate_text")
def annotate_text(el: Element, emit: Emit) -> V:
    p = el.props
    traits = {"text": p.text, "labels": list(p.labels), "overlap": p.overlap}

    def check(records: Any) -> Any:
        return check_spans(records, text=p.text, labels=p.labels, overlap=p.overlap)

    return _annotator(el, emit, TextAnnotator, traits, check)
