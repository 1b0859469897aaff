"""Recipe for ``pagination``: arrow buttons around numbered page buttons, shortened with an
ellipsis around the current page when there are more pages than ``max_visible``."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, recipe, sized_layout
from .vdom import V


def visible_pages(num_pages: int, current: int, max_visible: int | None) -> list[int | None]:
    """The page numbers shown, in order, with ``None`` where an ellipsis stands for a gap."""
    if max_visible is None or num_pages <= max_visible:
        return list(range(1, num_pages + 1))
    if max_visible == 0:
        return []
    # The first and last pages always show; the rest of the budget goes around the current page.
    inner = max(max_visible - 2, 1)
    start = max(2, min(current - inner // 2, num_pages - inner))
    end = min(num_pages - 1, start + inner - 1)
    shown: list[int | None] = [1]
    if start > 2:
        shown.append(None)
    shown += range(start, end + 1)
    if end < num_pages - 1:
        shown.append(None)
    shown.append(num_pages)
    return shown


@recipe("pagination")
def pagination(el: Element, emit: Emit) -> V:
    p = el.props
    page, last, off = p.value, p.num_pages, bool(p.disabled)

    def button(text: str, target: int, *classes: str, disabled: bool = False) -> V:
        return V(
            w.Button,
            {"description": text, "tooltip": f"Page {target}", "disabled": off or disabled,
             "_dom_classes": ("rr-page", *classes)},
            on={"click": lambda: emit(el.id, target)},
        )  # fmt: skip

    children = [button("‹", max(page - 1, 1), "rr-page-prev", disabled=page <= 1)]
    for number in visible_pages(last, page, p.max_visible):
        if number is None:
            children.append(V(w.HTML, {"value": "…", "_dom_classes": ("rr-page-gap",)}))
        else:
            chosen = ("rr-page-current",) if number == page else ()
            children.append(button(str(number), number, *chosen))
    children.append(button("›", min(page + 1, last), "rr-page-next", disabled=page >= last))
    return V(
        w.HBox,
        {"_dom_classes": ("rr-pagination",)},
        children=children,
        key=el.id,
        layout=sized_layout(p.width),
    )
