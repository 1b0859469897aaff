"""Recipe for ``feedback``: a row of icon buttons; clicking the chosen one again clears it."""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, recipe, sized_layout
from .vdom import V

_FACES = ("😞", "🙁", "😐", "🙂", "😀")


def _options(kind: str, chosen: int | None) -> list[tuple[int, str, str, bool]]:
    """(index, icon, tooltip, lit) in the order shown: thumbs up first, faces and stars from the
    lowest; a star is lit up to the one chosen."""
    if kind == "thumbs":
        return [(1, "👍", "Thumbs up", chosen == 1), (0, "👎", "Thumbs down", chosen == 0)]
    if kind == "faces":
        return [(i, face, f"{i + 1} of 5", chosen == i) for i, face in enumerate(_FACES)]
    lit = -1 if chosen is None else chosen
    return [(i, "★" if i <= lit else "☆", f"{i + 1} star{'s' * bool(i)}", i <= lit)
            for i in range(5)]  # fmt: skip


@recipe("feedback")
def feedback(el: Element, emit: Emit) -> V:
    p = el.props
    chosen = p.value
    buttons = [
        V(w.Button,
          {"description": icon, "tooltip": tip, "disabled": bool(p.disabled),
           "_dom_classes": ("rr-feedback-option",) + (("rr-feedback-on",) if lit else ())},
          on={"click": lambda i=i: emit(el.id, None if i == chosen else i)})
        for i, icon, tip, lit in _options(p.options, chosen)
    ]  # fmt: skip
    return V(
        w.HBox,
        {"_dom_classes": ("rr-feedback", f"rr-feedback-{p.options}")},
        children=buttons,
        key=el.id,
        layout=sized_layout(p.width),
    )
