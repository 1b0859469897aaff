"""Recipes for buttons: ``button``, ``form_submit_button``, ``download_button``,
``link_button``."""

from __future__ import annotations

from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from ..elements import Element
from .bundles import module
from .icons import glyph_classes, icon_html, icon_text, material_html, plain
from .lib import Emit, recipe, sized_layout, target_class, width_layout, wrap_classes
from .markdown import escape
from .vdom import V


@recipe("button", "form_submit_button")
def button(el: Element, emit: Emit) -> V:
    p = el.props
    icon = icon_text(p.icon).strip()
    label = plain(p.label)
    if icon:
        label = f"{icon} {label}" if p.icon_position != "right" else f"{label} {icon}"
    return V(
        w.Button,
        {
            "description": label,
            "tooltip": _tooltip(p),
            "disabled": bool(p.disabled),
            "button_style": "primary" if p.button_type == "primary" else "",
            "_dom_classes": (
                f"rr-button-{p.button_type}",
                *glyph_classes(label),
                *wrap_classes(p.wrap),
                *((target_class(el),) if p.shortcut else ()),
            ),
        },
        key=el.id,
        on={"click": lambda: emit(el.id, True)},
        layout=width_layout(p),
    )


def shortcut_text(keys: str) -> str:
    """A normalised shortcut as a visitor reads it: "ctrl+shift+k" -> "Ctrl+Shift+K"."""
    return "+".join(k.upper() if len(k) == 1 else k.capitalize() for k in keys.split("+"))


def _tooltip(p: Any) -> str | None:
    if not p.shortcut:
        return p.help or None
    keys = shortcut_text(p.shortcut)
    return f"{p.help} ({keys})" if p.help else keys


def safe_url(url: str) -> str:
    """The URL if its scheme is harmless (web, mail, or relative), else "#"."""
    import re
    from urllib.parse import urlparse

    # Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
    squeezed = re.sub(r"[\x00-\x20]", "", url)
    scheme = urlparse(squeezed).scheme.lower()
    return url if scheme in ("", "http", "https", "mailto") else "#"


def _anchor(p: dict[str, Any], href: str, extra: str) -> str:
    icon = icon_html(p.icon)
    text = material_html(escape(p.label))
    # icon_position="right": the icon follows the label, as Streamlit draws it
    inner = f"{text} {icon.rstrip()}" if icon and p.icon_position == "right" else f"{icon}{text}"
    style = "rr-link-button"
    if p.button_type == "primary":
        style += " rr-link-primary"
    if p.disabled:
        return f'<span class="{style} rr-link-disabled">{inner}</span>'
    title = f' title="{escape(p.help)}"' if p.help else ""
    return f'<a class="{style}" href="{escape(href)}"{title} {extra}>{inner}</a>'


class Anchor(anywidget.AnyWidget):
    """A link drawn as a button whose clicks reach the kernel (``js/src/anchor.js``)."""

    _esm = module("anchor.js")
    html = traitlets.Unicode("").tag(sync=True)


def _aids(el: Element) -> tuple[str, ...]:
    """The classes of a link's wrapping and of its keyboard shortcut's target (``page_aids``)."""
    p = el.props
    return (*wrap_classes(p.wrap), *((target_class(el),) if p.shortcut else ()))


def _link(el: Element, emit: Emit, html: str, *classes: str) -> V:
    p = el.props
    if p.width != "content":
        classes += ("rr-link-fill",)  # the link fills the box the width sets
    layout = sized_layout(p.width)
    if not p.reports_click:
        return V(w.HTML, {"value": html, "_dom_classes": classes}, key=el.id, layout=layout)
    wid = el.id
    return V(
        Anchor,
        {"html": html, "_dom_classes": classes},
        key=wid,
        on={"click": lambda: emit(wid, True)},
        layout=layout,
    )


@recipe("download_button")
def download_button(el: Element, emit: Emit) -> V:
    p = el.props
    html = _anchor(p, p.href, f'download="{escape(p.file_name)}"')
    return _link(el, emit, html, "rr-download", *_aids(el))


@recipe("link_button")
def link_button(el: Element, emit: Emit) -> V:
    p = el.props
    html = _anchor(p, safe_url(p.url), 'target="_blank" rel="noopener noreferrer"')
    key_class = (f"st-key-{p.key}",) if p.key else ()
    return _link(el, emit, html, "rr-link", *key_class, *_aids(el))
