"""Recipes for image, audio and video."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import Element
from .lib import Emit, recipe
from .markdown import inline_html
from .vdom import V


def _media_layout(width: Any) -> dict[str, Any]:
    if isinstance(width, int) and not isinstance(width, bool):
        return {"width": f"{width}px", "max_width": "100%"}
    if width == "stretch":
        return {"width": "100%", "height": "auto"}
    return {"max_width": "100%", "height": "auto"}  # "content": the image's own size


def _image(item: dict[str, Any], width: Any) -> V:
    props = {"value": item["data"], "format": item["format"], "_dom_classes": ("rr-image",)}
    if item.get("alt"):
        props["tooltip"] = item["alt"]
    return V(w.Image, props, layout=_media_layout(width))


@recipe("image")
def image(el: Element, emit: Emit) -> V:
    p = el.props
    items = p.images
    width = p.width
    if len(items) == 1 and not items[0].get("caption"):
        return _image(items[0], width)
    figures = []
    for item in items:
        parts = [_image(item, "stretch" if width == "stretch" else width)]
        if item.get("caption"):
            caption = f'<div class="rr-image-caption">{inline_html(item["caption"])}</div>'
            parts.append(V(w.HTML, {"value": caption}, layout={"width": "100%"}))
        figures.append(V(w.VBox, {"_dom_classes": ("rr-figure",)}, children=parts,
                         layout={"width": "100%"} if width == "stretch" else None))  # fmt: skip
    return V(w.HBox, {"_dom_classes": ("rr-images",)}, children=figures, layout={"width": "100%"})


@recipe("audio", "video")
def media(el: Element, emit: Emit) -> V:
    p = el.props
    cls = w.Audio if el.kind == "audio" else w.Video
    props = {
        "value": p.data,
        "format": p.format,
        "autoplay": bool(p.autoplay),
        "loop": bool(p.loop),
        "controls": True,
        "_dom_classes": (f"rr-{el.kind}",),
    }
    if p.alt:
        props["tooltip"] = p.alt
    return V(cls, props, layout=_media_layout(p.width))
