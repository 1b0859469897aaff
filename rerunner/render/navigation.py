"""Recipes for multipage apps: the navigation menu, ``st.page_link`` and ``st.logo``.

A menu entry and a page link are buttons drawn as links: a click sends ``NAVIGATE`` with the
page's url_path (and a link's query string), and the app reruns on that page
(``runtime/location.py``). External pages are plain anchors opened in a new tab. The menu's
entries past its fold (``expanded``) sit in an accordion whose open state is the visitor's.
The menu and the logo are drawn by ``render/root.py``: at the top of the sidebar, or in the bar
above the page.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import NAVIGATE, Element
from .button import safe_url
from .icons import glyph_classes, icon_html, icon_text, material_html, plain
from .lib import Emit, recipe, sized_layout
from .markdown import escape
from .vdom import V

#: Entries the sidebar menu shows before its fold when ``expanded`` is False (Streamlit's).
FOLD = 10
_LOGO_HEIGHTS = {"small": 20, "medium": 24, "large": 32}


def _go(emit: Emit, page: str, query: str = "") -> Any:
    return lambda: emit(NAVIGATE, {"page": page, "query": query})


def _entry(entry: dict[str, Any], emit: Emit) -> V:
    icon = icon_text(entry["icon"]).strip()
    label = plain(entry["title"])
    if entry["external_url"]:
        html = (
            f'<a class="rr-nav-link" href="{escape(safe_url(entry["external_url"]))}" '
            f'target="_blank" rel="noopener noreferrer"'
            + (f' title="{escape(entry["help"])}"' if entry["help"] else "")
            + f">{icon_html(entry['icon'])}{material_html(escape(entry['title']))}</a>"
        )
        return V(w.HTML, {"value": html, "_dom_classes": ("rr-nav-entry",)})
    classes = ("rr-nav-link", "rr-nav-current") if entry["current"] else ("rr-nav-link",)
    return V(
        w.Button,
        {
            "description": f"{icon} {label}" if icon else label,
            "tooltip": entry["help"] or None,
            "_dom_classes": (*classes, *glyph_classes(icon, label)),
        },
        key=f"nav:{entry['url_path']}",
        on={"click": _go(emit, entry["url_path"])},
    )


@recipe("navigation")
def navigation(el: Element, emit: Emit) -> V:
    p = el.props
    shown = [e for e in p.entries if not e["hidden"]]
    top = p.position == "top"
    limit = len(shown) if p.expanded or top else (p.visible_items or FOLD)
    parts: list[V] = []
    folded: list[V] = []
    section = None
    for i, entry in enumerate(shown):
        into = parts if i < limit else folded
        if entry["section"] != section:
            section = entry["section"]
            if section:
                header = f'<div class="rr-nav-section">{material_html(escape(section))}</div>'
                into.append(V(w.HTML, {"value": header}))
        into.append(_entry(entry, emit))
    if folded:
        more = V(w.VBox, {"_dom_classes": ("rr-nav-more",)}, children=folded)
        parts.append(
            V(
                w.Accordion,
                {"titles": (f"View {len(folded)} more",), "_dom_classes": ("rr-nav-fold",)},
                children=[more],
                key=f"nav-fold:{el.id or ''}",
                initial={"selected_index": None},
            )
        )
    box = w.HBox if top else w.VBox
    return V(box, {"_dom_classes": ("rr-nav", f"rr-nav-{p.position}")}, children=parts)


@recipe("page_link")
def page_link(el: Element, emit: Emit) -> V:
    p = el.props
    if p.external_url:
        icon = icon_html(p.icon)
        text = material_html(escape(p.label))
        inner = f"{text} {icon}" if p.icon_position == "right" else f"{icon}{text}"
        title = f' title="{escape(p.help)}"' if p.help else ""
        html = (
            f'<span class="rr-page-link rr-link-disabled">{inner}</span>'
            if p.disabled
            else f'<a class="rr-page-link" href="{escape(safe_url(p.external_url))}"{title} '
            f'target="_blank" rel="noopener noreferrer">{inner}</a>'
        )
        return V(w.HTML, {"value": html, "_dom_classes": ("rr-page-link-box",)},
                 layout=sized_layout(p.width))  # fmt: skip
    icon = icon_text(p.icon).strip()
    label = plain(p.label)
    if icon:
        label = f"{label} {icon}" if p.icon_position == "right" else f"{icon} {label}"
    return V(
        w.Button,
        {
            "description": label,
            "tooltip": p.help or None,
            "disabled": bool(p.disabled),
            "_dom_classes": ("rr-page-link", *glyph_classes(label)),
        },
        on={"click": _go(emit, p.page, p.query)},
        layout=sized_layout(p.width),
    )


@recipe("logo")
def logo(el: Element, emit: Emit, *, small: bool = False) -> V:
    p = el.props
    source = p.icon if small and p.icon else p.image
    height = _LOGO_HEIGHTS[p.size]
    if source.startswith(":material/"):
        picture = (
            f'<span class="rr-logo-icon" style="font-size:{height}px">{icon_html(source)}</span>'
        )
    else:
        picture = (
            f'<img class="rr-logo-image" src="{escape(safe_url(source) if not source.startswith("data:image/") else source)}" '
            f'alt="Logo" style="height:{height}px;max-width:15rem">'
        )
    if p.link:
        picture = (
            f'<a href="{escape(safe_url(p.link))}" target="_blank" rel="noopener noreferrer">'
            f"{picture}</a>"
        )
    return V(w.HTML, {"value": picture, "_dom_classes": ("rr-logo",)})
