"""The whole app's widget: its stylesheet, the sidebar and the main area."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from . import icons
from .icons import FontUse
from .lib import Emit, children, describe
from .vdom import V

_CSS: str | None = None


def stylesheet() -> str:
    global _CSS
    if _CSS is None:
        from importlib.resources import files

        # style.css first, then the stylesheets of the other recipe modules (data.css, ...).
        sheets = sorted(
            (f for f in files("rerunner.render").iterdir() if f.name.endswith(".css")),
            key=lambda f: (f.name != "style.css", f.name),
        )
        _CSS = "\n".join(f.read_text(encoding="utf-8") for f in sheets)
    return _CSS


def app_root(tree: Element, emit: Emit, fonts: FontUse | None = None) -> V:
    """The whole app: its stylesheet, then the sidebar (hidden while empty) beside the main area,
    and, once the page has drawn an icon, the icon font (``fonts``; see ``render/icons.py``).

    The structure is the same with or without a sidebar, so a sidebar appearing does not
    rebuild the main area's widgets; the font comes last, so it appearing rebuilds nothing.
    """
    drawn = icons.drawn()
    style = V(w.HTML, {"value": f"<style>{stylesheet()}</style>"}, layout={"display": "none"})
    sidebar = next((c for c in tree.children or () if c.kind == "sidebar"), None)
    main = [c for c in tree.children or () if c.kind != "sidebar"]
    side = V(
        w.VBox,
        {"_dom_classes": ("rr-sidebar",)},
        children=children(sidebar, emit) if sidebar is not None else [],
        layout=None if sidebar is not None and sidebar.children else {"display": "none"},
    )
    body = V(w.VBox, {"_dom_classes": ("rr-main",)}, children=[describe(c, emit) for c in main],
             layout={"flex": "1 1 auto", "min_width": "0"})  # fmt: skip
    page = V(
        w.HBox, {"_dom_classes": ("rr-page",)}, children=[side, body], layout={"width": "100%"}
    )
    classes = ("rr-app", "rr-wide") if tree.props.layout == "wide" else ("rr-app",)
    font = fonts.node(drawn) if fonts is not None else None
    parts = [style, page] if font is None else [style, page, font]
    return V(w.VBox, {"_dom_classes": classes}, children=parts, layout={"width": "100%"})
