"""Recipe for balloons and snow."""

from __future__ import annotations

from ..elements import Element
from .lib import Emit, html_box, recipe
from .vdom import V


@recipe("celebration")
def celebration(el: Element, emit: Emit) -> V:
    return html_box(
        f'<div class="rr-celebration" aria-hidden="true">{el.props.symbol}</div>',
        "rr-celebration-element",
    )
