"""``st.pagination``: numbered page buttons between previous and next arrows.

Its value is the selected page, from 1. A value that is no page (a stale session-state entry,
say) falls back to ``default``, as in Streamlit; the widget is never without a page.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
)
from . import bind as binding
from .lib import Callback, check_on_change, check_width, register_widget, st_function


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class PageSerde:
    """The page number the browser sent; one out of range is the default, as in Streamlit."""

    num_pages: int
    default: int

    def serialize(self, value: Any) -> int:
        return int(value)

    def deserialize(self, ui_value: Any) -> int:
        if not _is_int(ui_value):
            raise TypeError("a page is an int")
        return ui_value if 1 <= ui_value <= self.num_pages else self.default

    def normalize(self, value: Any) -> Any:
        if (
            isinstance(value, bool)
            or not isinstance(value, numbers.Integral)
            or not 1 <= int(value) <= self.num_pages
        ):
            return self.default
        return int(value)


@st_function
def pagination(
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: str | int = "content",
    key: str | int | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    bind: str | None = None,
    persist_state: str | None = None,
) -> int:
    """Display a pagination widget for navigating through pages of content.

    Shows numbered page buttons between previous and next arrows; long ranges are shortened
    with an ellipsis, always keeping the first and last pages. One page is always selected.

    Parameters
    ----------
    num_pages : int
        The number of pages, at least 1.
    default : int, optional
        The page selected when the widget first appears, from 1 to ``num_pages``. Default 1.
    max_visible_pages : int or None, optional
        How many page buttons to show at most besides the arrows (the first and last pages are
        always shown, so a few more may appear). ``None`` shows every page; ``0`` only the
        arrows. Default 7.
    width : "content", "stretch", or int, optional
        The width of the widget: ``"content"`` (default) as wide as its buttons, ``"stretch"``
        as wide as the parent container, or a width in pixels.
    key : str or int, optional
        A string or integer that identifies the widget; with a key, the widget keeps its page
        whatever its other parameters, and ``st.session_state[key]`` holds the page (assign it
        before the widget is drawn to choose the page from code). No two widgets may have the
        same key.
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user picks a page: ``"rerun"`` (default) writes it to session state
        and reruns the app; a callable is called with ``args`` and ``kwargs`` first; ``None`` is
        the same as ``"rerun"``.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the buttons are grayed out and can't be used. Default ``False``.
    bind : "query-params" or None, optional
        Keeps the page in a query parameter of the page's URL (needs a ``key``).
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    int
        The selected page, from 1.

    Example
    -------
    >>> import streamlit as st
    >>> rows = list(range(95))
    >>> page = st.pagination(num_pages=10, key="page")
    >>> st.write(rows[(page - 1) * 10 : page * 10])
    """
    callback = check_on_change(on_change)
    if not _is_int(num_pages) or num_pages < 1:
        raise StreamlitAPIException(
            f"`num_pages` must be an integer of at least 1. Got {num_pages}."
        )
    if not _is_int(default):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `default` type. Expected one of: int. Provided type: {type(default).__name__}."
        )
    if not 1 <= default <= num_pages:
        raise StreamlitValueOutOfRangeError(
            f"The `default` parameter, set to {default}, is outside the required range "
            f"[1, {num_pages}]."
        )
    if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
        raise StreamlitAPIException(
            f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}."
        )
    check_width(width)
    return register_widget(
        "pagination",
        persist_state=persist_state,
        bind=bind,
        url=binding.page(num_pages),
        label="",
        key=key,
        identity={
            "num_pages": num_pages,
            "default": default,
            "max_visible_pages": max_visible_pages,
            "width": width,
        },
        default=default,
        serde=PageSerde(num_pages, default),
        callback=Callback(callback, args, kwargs),
        props={
            "num_pages": num_pages,
            "default": default,
            "max_visible": max_visible_pages,
            "disabled": bool(disabled),
            "width": width,
        },
    )
