"""Recipes for containers: empty, container, column(s), form, tabs, expander, popover."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..elements import Element
from ..schema import BlockProps
from .icons import glyph_classes, icon_text, plain
from .lib import Emit, children, html_box, recipe, sized_layout, width_layout
from .vdom import V


@recipe("column")
def column(el: Element, emit: Emit) -> V:
    """A column takes its share of the row's width."""
    return block(el, emit, layout={"flex": f"{el.props.weight:.4f} 1 0%", "min_width": "0"})


@recipe("empty", "container", "form")
def block(el: Element, emit: Emit, layout: dict[str, Any] | None = None) -> V:
    p = el.props
    classes = ["rr-block", f"rr-{el.kind}"]
    if p.border:
        classes.append("rr-border")
    layout = dict(layout or {"width": "100%"})
    if p.height:
        layout.update(height=f"{p.height}px", overflow="auto")
    items = children(el, emit)
    if el.kind == "form" and not any(c.kind == "form_submit_button" for c in el.walk()):
        items.append(html_box(MISSING_SUBMIT, "rr-alert-element"))
    if p.key:
        classes.append(f"st-key-{p.key}")
    if isinstance(p.gap, str):
        classes.append(f"rr-gap-{p.gap}")
    if p.width not in (None, "stretch"):
        layout.update(width_layout(p) or {"width": "auto"})
    if p.horizontal:
        layout.update(
            flex_flow="row wrap" if p.wrap else "row nowrap",
            justify_content=_JUSTIFY[p.horizontal_alignment],
            align_items=_ALIGN.get(p.vertical_alignment, "stretch"),
        )
        return V(w.HBox, {"_dom_classes": tuple(classes)}, children=items, layout=layout)
    if p.horizontal_alignment != "left":
        layout["align_items"] = _JUSTIFY[p.horizontal_alignment]
    if p.height and _scrolls_to_bottom(el):
        # A scroll box laid out bottom-up holds its scroll position at the bottom, so new
        # content stays in view without script; the one inner box keeps the elements' order.
        inner = V(w.VBox, {"_dom_classes": ("rr-autoscroll-content",)}, children=items)
        layout["flex_flow"] = "column-reverse"
        return V(
            w.VBox,
            {"_dom_classes": (*classes, "rr-autoscroll")},
            children=[inner],
            layout=layout,
        )
    return V(w.VBox, {"_dom_classes": tuple(classes)}, children=items, layout=layout)


def _scrolls_to_bottom(el: Element) -> bool:
    """``autoscroll``: True, or None (default) for a container holding chat messages."""
    wanted = getattr(el.props, "autoscroll", None)
    if wanted is None:
        return any(child.kind == "chat_message" for child in el.children or ())
    return bool(wanted)


_JUSTIFY = {
    "left": "flex-start",
    "center": "center",
    "right": "flex-end",
    "distribute": "space-between",
}


MISSING_SUBMIT = (
    '<div class="rr-alert rr-alert-error" role="alert"><strong>Missing Submit Button</strong><br>'
    "This form has no submit button, so what is entered in it is never sent to the app. "
    "Add one with <code>st.form_submit_button()</code>.</div>"
)


_ALIGN = {"top": "flex-start", "center": "center", "bottom": "flex-end"}


#: st.space's sizes, as Streamlit draws them.
SPACE_REM = {"xxsmall": 0.25, "xsmall": 0.5, "small": 0.75, "medium": 2.5, "large": 4.25,
             "xlarge": 6, "xxlarge": 8}  # fmt: skip


@recipe("space")
def space(el: Element, emit: Emit) -> V:
    """An empty box whose flex basis is the size: a height in a column, a width in a row."""
    size = el.props.size
    if size == "stretch":
        flex = "1 1 0"
    else:
        flex = f"0 0 {SPACE_REM[size]}rem" if isinstance(size, str) else f"0 0 {int(size)}px"
    return V(w.Box, {"_dom_classes": ("rr-space",)}, layout={"flex": flex})


@recipe("columns")
def columns(el: Element, emit: Emit) -> V:
    p = el.props
    gap = p.gap
    gap_class = f"rr-gap-{gap}" if isinstance(gap, str) else "rr-gap-small"
    layout = {"align_items": _ALIGN[p.vertical_alignment], **sized_layout(p.width)}
    # Streamlit stacks wrapping columns on narrow screens; `rr-nowrap` keeps them in a row.
    classes = ("rr-columns", gap_class) + (() if p.wrap else ("rr-nowrap",))
    return V(w.HBox, {"_dom_classes": classes}, children=children(el, emit), layout=layout)


def _key_class(key: str | None) -> tuple[str, ...]:
    return (f"st-key-{key}",) if key else ()


@recipe("tabs")
def tabs(el: Element, emit: Emit) -> V:
    p = el.props
    tab_elements = el.children or []
    titles = tuple(plain(str(t.props.label)) for t in tab_elements)
    labels = [str(t.props.label) for t in tab_elements]
    pane: dict[str, Any] | None = None
    if isinstance(p.height, int) and not isinstance(p.height, bool):
        pane = {"width": "100%", "height": f"{p.height}px", "overflow": "auto"}
    elif p.height == "stretch":
        pane = {"width": "100%", "height": "100%", "overflow": "auto"}
    props: dict[str, Any] = {
        "titles": titles,
        "_dom_classes": ("rr-tabs", *_key_class(p.key), *glyph_classes(*titles)),
    }
    opened = {"selected_index": p.default}
    events: dict[str, Any] = {}
    if el.id is not None:  # a tab group that tracks its state reports the tab chosen
        props.update(opened)
        opened = {}
        wid = el.id
        events["selected_index"] = lambda i: i is not None and emit(wid, labels[i])
    return V(
        w.Tab,
        props,
        children=[block(t, emit, pane) for t in tab_elements],
        key=el.id,
        on=events,
        initial=opened,
        layout=sized_layout(p.width),
    )


@recipe("expander", "popover")
def expander(el: Element, emit: Emit) -> V:
    p = el.props
    title = icon_text(p.icon) + plain(p.label)
    opened = {"selected_index": 0 if p.expanded else None}
    classes: tuple[str, ...] = (f"rr-{el.kind}",)
    if el.kind == "popover":
        classes += (f"rr-popover-{p.type}",)
        if p.wrap is not None:  # None: the layout decides (one line in a row or a column)
            classes += ("rr-wrap" if p.wrap else "rr-nowrap",)
    elif p.type != "default":
        classes += (f"rr-expander-{p.type}",)
    if p.disabled:
        classes += ("rr-disabled",)
    classes += _key_class(p.key) + glyph_classes(title)
    props: dict[str, Any] = {"titles": (title,), "_dom_classes": classes}
    if p.help:
        props["tooltip"] = p.help
    events: dict[str, Any] = {}
    if p.disabled or el.id is not None:
        # A disabled popover stays as the kernel says (Accordion has no `disabled` trait); one
        # that tracks its state shows the state's value and reports what the user does.
        props.update(opened)
        opened = {}
    if el.id is not None and not p.disabled:
        wid = el.id
        events["selected_index"] = lambda i: emit(wid, i == 0)
    layout = sized_layout(p.width)
    if p.width == "content":
        # The button fits its label; the panel opens below it, as wide as what it holds.
        layout["align_self"] = "flex-start"
    return V(
        w.Accordion,
        props,
        children=[block(Element("container", BlockProps(), children=el.children), emit)],
        key=el.id,
        on=events,
        initial=opened,
        layout=layout,
    )
