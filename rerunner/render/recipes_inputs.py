"""Recipes for the richer inputs: option pickers, dates and times, text areas, colours, files."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import Element
from .markdown import escape, inline_html
from .recipes import Emit, _help_icon, _labelled, _layout, recipe, slider as number_slider
from .vdom import V


def _pairs(labels: list[str]) -> tuple[tuple[str, int], ...]:
    return tuple((label, i) for i, label in enumerate(labels))


@recipe("multiselect")
def multiselect(el: Element, emit: Emit) -> V:
    p = el.props
    labels = p["options"]
    first = {}
    for i, label in enumerate(labels):
        first.setdefault(label, i)

    def picked(tags: list[str]) -> None:
        emit(el.id, [first[t] for t in tags if t in first])

    props = {
        "description": _labelled(p)["description"],  # kept for lookups; TagsInput never draws it
        "description_allow_html": True,
        "_dom_classes": _labelled(p)["_dom_classes"],
        "allowed_tags": list(first),
        "allow_duplicates": False,
        "placeholder": p.get("placeholder") or "",
        "value": [labels[i] for i in p["value"]],
    }
    tags = V(w.TagsInput, props, on={"value": picked})
    return V(w.VBox, {"_dom_classes": ("rr-multiselect", "rr-group")}, children=[group_title(p), tags],
             key=el.id, layout=_layout(p))  # fmt: skip


def group_title(p: dict[str, Any], extra: str = "") -> V:
    """The label above a widget that ipywidgets cannot label itself (a group, tags, an upload)."""
    return V(w.HTML, {"value": f'<span class="rr-group-label">{inline_html(p["label"])}{_help_icon(p.get("help"))}'
                               f"{extra}</span>"})  # fmt: skip


def _selection_slider(el: Element, emit: Emit) -> V:
    p = el.props
    options = _pairs(p["options"])
    common = {**_labelled(p), "options": options, "continuous_update": False}
    if p["is_range"]:
        props = {**common, "index": tuple(p["value"])}
        return V(w.SelectionRangeSlider, props, key=el.id, on={"index": lambda i: emit(el.id, list(i))},
                 layout=_layout(p))  # fmt: skip
    props = {**common, "index": p["value"]}
    return V(
        w.SelectionSlider,
        props,
        key=el.id,
        on={"index": lambda i: emit(el.id, i)},
        layout=_layout(p),
    )


recipe("select_slider")(_selection_slider)


@recipe("slider")
def slider(el: Element, emit: Emit) -> V:
    """Numbers slide on a numeric slider; dates and times over their positions."""
    if el.props.get("temporal"):
        return _selection_slider(el, emit)
    return number_slider(el, emit)


@recipe("pills", "segmented_control")
def button_group(el: Element, emit: Emit) -> V:
    p = el.props
    labels = p["options"]
    if not p["multi"]:
        props = {**_labelled(p), "options": _pairs(labels), "index": p["value"],
                 "_dom_classes": (*_labelled(p)["_dom_classes"], f"rr-{el.kind}")}  # fmt: skip
        return V(
            w.ToggleButtons,
            props,
            key=el.id,
            on={"index": lambda i: emit(el.id, i)},
            layout=_layout(p),
        )
    chosen = list(p["value"])

    def toggle(i: int, on: bool) -> None:
        emit(el.id, [j for j in chosen if j != i] + ([i] if on else []))

    buttons = [
        V(w.ToggleButton, {"description": label, "value": i in chosen, "disabled": bool(p.get("disabled"))},
          on={"value": lambda on, i=i: toggle(i, on)})
        for i, label in enumerate(labels)
    ]  # fmt: skip
    title = group_title(p)
    row = V(w.HBox, {"_dom_classes": ("rr-button-row",)}, children=buttons)
    return V(
        w.VBox, {"_dom_classes": (f"rr-{el.kind}", "rr-group")}, children=[title, row], key=el.id
    )


@recipe("date_input")
def date_input(el: Element, emit: Emit) -> V:
    p = el.props
    bounds = {"min": p["min"], "max": p["max"]}
    if not p["is_range"]:
        props = {**_labelled(p), **bounds, "value": p["value"]}
        return V(
            w.DatePicker,
            props,
            key=el.id,
            on={"value": lambda d: emit(el.id, d)},
            layout=_layout(p),
        )
    current = list(p["value"] or []) + [None, None]
    start, end = current[0], current[1]
    first = V(w.DatePicker, {**_labelled(p), **bounds, "value": start},
              on={"value": lambda d: emit(el.id, [d, end] if d is not None else [end])})  # fmt: skip
    second = V(w.DatePicker, {"description": "", **bounds, "value": end, "disabled": bool(p.get("disabled"))},
               on={"value": lambda d: emit(el.id, [start, d] if d is not None else [start])})  # fmt: skip
    return V(
        w.HBox,
        {"_dom_classes": ("rr-date-range",)},
        children=[first, second],
        key=el.id,
        layout=_layout(p),
    )


@recipe("time_input")
def time_input(el: Element, emit: Emit) -> V:
    p = el.props
    props = {**_labelled(p), "value": p["value"], "step": p["step"]}
    return V(
        w.TimePicker, props, key=el.id, on={"value": lambda t: emit(el.id, t)}, layout=_layout(p)
    )


@recipe("text_area")
def text_area(el: Element, emit: Emit) -> V:
    p = el.props
    props = {
        **_labelled(p),
        "value": p["value"] or "",
        "placeholder": p.get("placeholder") or "",
        "continuous_update": bool(p.get("form")),
        "rows": max(3, (p["height"] or 0) // 24) if p.get("height") else None,
    }
    events = {"value": lambda v: emit(el.id, v)}
    return V(w.Textarea, props, key=el.id, on=events, layout=_layout(p))


@recipe("color_picker")
def color_picker(el: Element, emit: Emit) -> V:
    p = el.props
    props = {**_labelled(p), "value": p["value"], "concise": False}
    return V(
        w.ColorPicker, props, key=el.id, on={"value": lambda c: emit(el.id, c)}, layout=_layout(p)
    )


@recipe("file_uploader")
def file_uploader(el: Element, emit: Emit) -> V:
    p = el.props
    label = group_title(p, f' <span class="rr-caption">(up to {p["max_mb"]} MB each)</span>')
    files = ", ".join(escape(name) for name in p["value"])
    shown = V(w.HTML, {"value": f'<span class="rr-caption">{files}</span>' if files else ""})
    # "value": () empties the kernel's copy of the files as soon as the run they caused has
    # rendered: session state holds the accepted ones, and a refused one is not kept at all.
    upload = V(
        w.FileUpload,
        {"accept": p["accept"], "multiple": p["multiple"], "disabled": bool(p.get("disabled")),
         "description": "Browse files", "value": ()},
        on={"value": lambda value: emit(el.id, [dict(item) for item in value])},
    )  # fmt: skip
    return V(
        w.VBox,
        {"_dom_classes": ("rr-file-uploader", "rr-group")},
        children=[label, upload, shown],
        key=el.id,
    )


def safe_url(url: str) -> str:
    """The URL if its scheme is harmless (web, mail, or relative), else "#"."""
    import re
    from urllib.parse import urlparse

    # Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
    squeezed = re.sub(r"[\x00-\x20]", "", url)
    scheme = urlparse(squeezed).scheme.lower()
    return url if scheme in ("", "http", "https", "mailto") else "#"


def _anchor(p: dict[str, Any], href: str, extra: str) -> str:
    icon = f"{escape(p['icon'])} " if p.get("icon") else ""
    style = "rr-link-button"
    if p.get("button_type") == "primary":
        style += " rr-link-primary"
    if p.get("disabled"):
        return f'<span class="{style} rr-link-disabled">{icon}{escape(p["label"])}</span>'
    title = f' title="{escape(p["help"])}"' if p.get("help") else ""
    return f'<a class="{style}" href="{escape(href)}"{title} {extra}>{icon}{escape(p["label"])}</a>'


@recipe("download_button")
def download_button(el: Element, emit: Emit) -> V:
    p = el.props
    html = _anchor(p, p["href"], f'download="{escape(p["file_name"])}"')
    return V(w.HTML, {"value": html, "_dom_classes": ("rr-download",)}, key=el.id)


@recipe("link_button")
def link_button(el: Element, emit: Emit) -> V:
    p = el.props
    return V(w.HTML, {"value": _anchor(p, safe_url(p["url"]), 'target="_blank" rel="noopener noreferrer"'),
                      "_dom_classes": ("rr-link",)})  # fmt: skip
