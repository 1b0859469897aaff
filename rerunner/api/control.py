"""Control flow and containers: ``st.rerun``, ``st.stop``, ``st.empty``, ``st.container``."""

from __future__ import annotations

from typing import NoReturn

from ..elements import Element, container as _container_element
from ..errors import RerunException, StopException, StreamlitAPIException, UnsupportedError
from ..runtime.context import require_run
from ._core import Block, st_function


def rerun(scope: str = "app") -> NoReturn:
    """Stop this run and start a fresh one at once (``scope="fragment"`` is not supported)."""
    if scope != "app":
        if scope == "fragment":
            raise UnsupportedError("`st.rerun(scope='fragment')` is not supported by rerunner yet.")
        raise StreamlitAPIException(f"'{scope}' is not supported, use 'app' or 'fragment'.")
    raise RerunException()


def stop() -> NoReturn:
    """Stop this run quietly; what it showed so far stays on the page."""
    raise StopException()


@st_function
def empty() -> Block:
    """Insert a single-element placeholder: each call on it replaces what it holds."""
    element = require_run("empty").add(Element("empty", children=[], single=True))
    return Block(element)


@st_function
def container(
    *,
    border: bool | None = None,
    key: str | None = None,
    width: str | int = "stretch",
    height: str | int = "content",
    horizontal: bool = False,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | None = "small",
) -> Block:
    """Insert a multi-element container: ``with`` it, or call st methods on it."""
    element = require_run("container").add(
        _container_element(
            "container",
            border=bool(border),
            horizontal=bool(horizontal),
            height=height if isinstance(height, int) and not isinstance(height, bool) else None,
        )
    )
    return Block(element)
