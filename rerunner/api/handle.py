"""What an element call returns: a handle whose st methods replace that element in place."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..elements import Element, container
from ..errors import MULTIPLE_ELEMENTS_MESSAGE, StreamlitAPIException, UnsupportedError
from ..runtime.context import require_run
from ._core import ELEMENT_FUNCTIONS


class ElementHandle:
    """``h = st.text("a"); h.text("b")`` replaces the first text, as in Streamlit."""

    def __init__(self, parent: Element, element: Element) -> None:
        self._parent = parent
        self._element = element

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = ELEMENT_FUNCTIONS.get(name)
        if fn is None:
            if name.startswith("_"):
                raise AttributeError(name)
            raise UnsupportedError(f"`{name}` is not supported by rerunner yet.")

        @functools.wraps(fn)
        def replace(*args: Any, **kwargs: Any) -> Any:
            if name == "write" and len(args) > 1:
                raise StreamlitAPIException(MULTIPLE_ELEMENTS_MESSAGE)
            ctx = require_run(name)
            slot = container("slot")
            with ctx.inside(slot):
                result = fn(*args, **kwargs)
            if len(slot.children or ()) != 1:
                raise StreamlitAPIException(MULTIPLE_ELEMENTS_MESSAGE)
            siblings = self._parent.children or []
            for i, child in enumerate(siblings):
                if child is self._element:
                    siblings[i] = self._element = slot.children[0]  # type: ignore[index]
                    break
            if self._element.props.get("live"):
                ctx.show_live()  # a progress bar moved: show it before the body goes on
            return result

        return replace

    def __repr__(self) -> str:
        return f"<rerunner element {self._element.kind}>"


def handle(element: Element) -> ElementHandle:
    """Wrap the element just added to the current container."""
    return ElementHandle(require_run(element.kind).target, element)
