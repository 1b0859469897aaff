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


_STYLE: V | None = None


def _style_node() -> V:
    """The stylesheet's widget: one description for every render (the sheet never changes,
    and the reconciler passes over a description it applied already)."""
    global _STYLE
    if _STYLE is None:
        _STYLE = V(w.HTML, {"value": f"<style>{stylesheet()}</style>"}, layout={"display": "none"})
    return _STYLE


def _area(
    tree: Element, kind: str, area: Element | None, emit: Emit, head: list[V] | None = None
) -> V:
    """The sidebar or the bottom area (``area``, the root's child of that kind, if any): always
    there, hidden while empty. ``head`` goes first (the sidebar's logo and navigation menu)."""
    items = (head or []) + (children(area, emit) if area is not None else [])
    layout = None if items else {"display": "none"}
    state = tree.props.sidebar if kind == "sidebar" else "auto"
    if isinstance(state, int) and layout is None:
        layout = {"width": f"{state}px", "min_width": f"{min(state, 200)}px"}
    if state == "collapsed" and items:
        # Starts closed behind its toggle; opening and closing it is the visitor's from then on.
        items = [
            V(
                w.Accordion,
                {"titles": ("☰ Sidebar",), "_dom_classes": ("rr-sidebar-toggle",)},
                children=[V(w.VBox, {"_dom_classes": ("rr-sidebar-content",)}, children=items)],
                initial={"selected_index": None},
            )
        ]
    classes = (f"rr-{kind}",) + (("rr-sidebar-collapsible",) if state == "collapsed" else ())
    return V(w.VBox, {"_dom_classes": classes}, children=items, layout=layout)


def _heads(found: dict[str, list[Element]], emit: Emit) -> tuple[list[V], list[V]]:
    """What goes at the top of the sidebar and in the bar above the page: the logo and the
    navigation menu, as Streamlit places them (the logo beside the menu; without a sidebar,
    its ``icon_image`` in the bar). ``found``: the root's special children, by kind."""
    from .navigation import logo, navigation  # multipage apps only

    nav = found["navigation"][-1] if "navigation" in found else None
    mark = found["logo"][-1] if "logo" in found else None
    in_sidebar = any(c.children for c in found.get("sidebar", ())) or (
        nav is not None and nav.props.position == "sidebar"
    )
    side: list[V] = []
    bar: list[V] = []
    if mark is not None:
        (side if in_sidebar else bar).append(logo(mark, emit, small=not in_sidebar))
    if nav is not None and nav.props.position != "hidden":
        (side if nav.props.position == "sidebar" else bar).append(navigation(nav, emit))
    return side, bar


#: Root children drawn apart from the main area.
_SPECIAL = frozenset(("sidebar", "bottom", "dialog", "navigation", "logo"))


def app_root(tree: Element, emit: Emit, fonts: FontUse | None = None) -> V:
    """The whole app: its stylesheet, the sidebar (hidden while empty) beside the main area,
    then the bottom area, pinned to the bottom of the view while the app scrolls past it, and,
    once the page has drawn an icon, the icon font (``fonts``; see ``render/icons.py``).

    The structure is the same with or without a sidebar or a bottom area, so one appearing does
    not rebuild the main area's widgets; the font and the overlays come after the page.
    """
    drawn = icons.drawn()
    style = _style_node()
    main: list[V] = []
    found: dict[str, list[Element]] = {}  # the special children, by kind (one pass: big pages)
    for child in tree.children or ():
        if child.kind in _SPECIAL:
            found.setdefault(child.kind, []).append(child)
        else:
            main.append(describe(child, emit))
    body = V(w.VBox, {"_dom_classes": ("rr-main",)}, children=main,
             layout={"flex": "1 1 auto", "min_width": "0"})  # fmt: skip
    multipage = "navigation" in found or "logo" in found
    side, bar = _heads(found, emit) if multipage else ([], [])
    sidebar = found["sidebar"][0] if "sidebar" in found else None
    page = V(
        w.HBox,
        {"_dom_classes": ("rr-page",)},
        children=[_area(tree, "sidebar", sidebar, emit, side), body],
        layout={"width": "100%"},
    )
    classes = ("rr-app", "rr-wide") if tree.props.layout == "wide" else ("rr-app",)
    bottom = found["bottom"][0] if "bottom" in found else None
    parts = [style, page, _area(tree, "bottom", bottom, emit)]
    if bar:  # after the page in the tree (nothing before it moves), drawn above it by CSS
        parts.append(V(w.HBox, {"_dom_classes": ("rr-topbar",)}, children=bar))
    font = fonts.node(drawn) if fonts is not None else None
    if font is not None:
        parts.append(font)
    dialogs = [describe(c, emit) for c in found.get("dialog", ())]
    where = tree.props.location
    aids = None
    if tree.props.page_aids:  # recorded by the run as the elements that ask were added
        from .page_aids import page_aids  # anywidget is imported once a page needs it

        aids = page_aids(tree)
    if dialogs or tree.props.ticking or where is not None or aids is not None:
        from .dialog import presence  # anywidget is imported once a page needs it

        # after the page, so that they never move what comes before them
        extra = dialogs + ([presence(emit)] if tree.props.ticking else [])
        if where is not None:
            from .location import location

            extra.append(location(where, emit))
        extra += [aids] if aids is not None else []
        parts.append(V(w.VBox, {"_dom_classes": ("rr-overlays",)}, children=extra))
    return V(w.VBox, {"_dom_classes": classes}, children=parts, layout={"width": "100%"})
