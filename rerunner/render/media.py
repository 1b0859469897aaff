"""Recipes for image, audio and video."""

from __future__ import annotations

import base64
from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from ..elements import Element
from .bundles import module
from .lib import Emit, recipe
from .markdown import escape, inline_html
from .vdom import V


def _media_layout(width: Any) -> dict[str, Any]:
    if isinstance(width, int) and not isinstance(width, bool):
        return {"width": f"{width}px", "max_width": "100%"}
    if width == "stretch":
        return {"width": "100%", "height": "auto"}
    return {"max_width": "100%", "height": "auto"}  # "content": the image's own size


def _linked_image(item: dict[str, Any], width: Any, link: str) -> V:
    """An image that is a link: ipywidgets' Image cannot be one, so an <img> inside <a>."""
    from .button import safe_url

    data = base64.b64encode(item["data"]).decode("ascii")
    alt = f' alt="{escape(item["alt"])}"' if item.get("alt") is not None else ""
    title = f' title="{escape(item["alt"])}"' if item.get("alt") else ""
    size = "width:100%" if width == "stretch" else "max-width:100%"
    if isinstance(width, int) and not isinstance(width, bool):
        size = f"width:{width}px;max-width:100%"
    html = (
        f'<a href="{escape(safe_url(link))}" target="_blank" rel="noopener noreferrer"{title}>'
        f'<img src="data:image/{escape(item["format"])};base64,{data}"{alt} style="{size}"></a>'
    )
    return V(w.HTML, {"value": html, "_dom_classes": ("rr-image", "rr-image-link")},
             layout=_media_layout(width))  # fmt: skip


def _image(item: dict[str, Any], width: Any, link: str | None = None) -> V:
    if link:
        return _linked_image(item, width, link)
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
        return _image(items[0], width, p.link)
    figures = []
    for item in items:
        parts = [_image(item, "stretch" if width == "stretch" else width, p.link)]
        if item.get("caption"):
            caption = f'<div class="rr-image-caption">{inline_html(item["caption"])}</div>'
            parts.append(V(w.HTML, {"value": caption}, layout={"width": "100%"}))
        figures.append(V(w.VBox, {"_dom_classes": ("rr-figure",)}, children=parts,
                         layout={"width": "100%"} if width == "stretch" else None))  # fmt: skip
    return V(w.HBox, {"_dom_classes": ("rr-images",)}, children=figures, layout={"width": "100%"})


class MediaPlayer(anywidget.AnyWidget):
    """Audio or video with start and end times, subtitles or muted (``js/src/media.js``)."""

    _esm = module("media.js")
    kind = traitlets.Unicode("video").tag(sync=True)
    value = traitlets.Bytes(b"").tag(sync=True)
    url = traitlets.Unicode("").tag(sync=True)  # a media URL, played from there instead
    mime = traitlets.Unicode("").tag(sync=True)
    autoplay = traitlets.Bool(False).tag(sync=True)
    loop = traitlets.Bool(False).tag(sync=True)
    muted = traitlets.Bool(False).tag(sync=True)
    start = traitlets.Float(0).tag(sync=True)
    end = traitlets.Float(None, allow_none=True).tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)
    tracks = traitlets.List(traitlets.Dict()).tag(sync=True)  # {label, vtt}


@recipe("audio", "video")
def media(el: Element, emit: Emit) -> V:
    p = el.props
    if p.start or p.end is not None or p.muted or p.subtitles:
        return V(
            MediaPlayer,
            {
                "kind": el.kind,
                **({"url": p.data.decode()} if p.format == "url" else {"value": p.data}),
                "mime": p.format if "/" in p.format else f"{el.kind}/{p.format}",
                "autoplay": bool(p.autoplay),
                "loop": bool(p.loop),
                "muted": bool(p.muted),
                "start": float(p.start),
                "end": None if p.end is None else float(p.end),
                "alt": p.alt or "",
                "tracks": [{"label": label, "vtt": vtt} for label, vtt in p.subtitles],
                "_dom_classes": (f"rr-{el.kind}",),
            },
            layout=_media_layout(p.width),
        )
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
