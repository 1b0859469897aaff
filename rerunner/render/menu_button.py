"""Recipe for ``menu_button``: a drop-down whose first entry is the button's label.

Core ipywidgets have no menu, so the button is a ``Dropdown`` that always shows its label; picking
an option sends it and puts the label back, so the next pick of the same option is a new event.
``wrap=True`` lets the label shown in the closed drop-down wrap onto more lines (the select is
drawn without the browser's native look, which is what lets its text wrap), ``wrap=False`` cuts it
with an ellipsis.
"""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .icons import glyph_classes, icon_text, plain
from .lib import Emit, recipe, width_layout, wrap_classes
from .vdom import Live, V


@recipe("menu_button")
def menu_button(el: Element, emit: Emit) -> V:
    p = el.props
    title = f"{icon_text(p.icon)}{plain(p.label)} ▾"
    if p.wrap:
        # the drop-down's view turns spaces into no-break spaces; a zero-width space after each
        # lets the label break between its words
        title = title.replace(" ", " \u200b")
    options = ((title, -1), *((text, i) for i, text in enumerate(p.options)))
    live: list[Live] = []

    def picked(index: int | None) -> None:
        if index is None or index <= 0:
            return
        if live:
            live[0].set(index=0)
        emit(el.id, p.options[index - 1])

    return V(
        w.Dropdown,
        {
            "options": options,
            "index": 0,
            "tooltip": p.help or None,
            "disabled": bool(p.disabled),
            "_dom_classes": (
                "rr-menu-button",
                f"rr-button-{p.button_type}",
                *glyph_classes(title, *p.options),
                *wrap_classes(p.wrap),
            ),
        },
        key=el.id,
        on={"index": picked},
        ref=lambda node: live.clear() or live.append(node),
        layout=width_layout(p),
    )
