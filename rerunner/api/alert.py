"""Alerts and exceptions: ``st.success``, ``st.info``, ``st.warning``, ``st.error``,
``st.exception``."""

from __future__ import annotations

from typing import Any

from ..icons import leading_icon
from ..runtime.app import exception_element
from ..runtime.context import require_run
from .lib import ElementHandle, add, check_icon, check_width, handle, st_function, text_body


def _alert(
    kind: str, body: Any, *, icon: str | None, title: Any, width: Any = "stretch"
) -> ElementHandle:
    body = text_body(body)
    icon = check_icon(icon)
    if icon is None:  # a leading emoji or Material icon becomes the box's icon, as in Streamlit
        lifted, rest = leading_icon(body)
        if lifted:
            icon, body = lifted, rest
    return handle(
        add(
            "alert",
            level=kind,
            body=body,
            icon=icon,
            title=None if title is None else text_body(title),
            width=check_width(width, ("stretch",)),
        )
    )


@st_function
def success(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a success message in a green box.

    Shows ``body`` as Markdown in a green box, with an optional icon and bold title. If ``icon`` is
    not given and ``body`` starts with an emoji or a Material icon shortcode, that icon is lifted
    out of the text and shown as the box's icon.

    Parameters
    ----------
    body : str
        [[body]]
    icon : str or None, optional
        [[icon.error]]
    width : "stretch" or int, optional
        The success box's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    title : str or None, optional
        [[title]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> if st.button("Save"):
    ...     st.success("Settings saved.", icon="✅")
    """
    return _alert("success", body, icon=icon, title=title, width=width)


@st_function
def info(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display an informational message in a blue box.

    Shows ``body`` as Markdown in a blue box, with an optional icon and bold title. If ``icon`` is
    not given and ``body`` starts with an emoji or a Material icon shortcode, that icon is lifted
    out of the text and shown as the box's icon.

    Parameters
    ----------
    body : str
        [[body]]
    icon : str or None, optional
        [[icon.error]]
    width : "stretch" or int, optional
        The info box's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    title : str or None, optional
        [[title]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.info("Data is refreshed every night at 02:00.", icon="ℹ️")
    """
    return _alert("info", body, icon=icon, title=title, width=width)


@st_function
def warning(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a warning message in a yellow box.

    Shows ``body`` as Markdown in a yellow box, with an optional icon and bold title. If ``icon`` is
    not given and ``body`` starts with an emoji or a Material icon shortcode, that icon is lifted
    out of the text and shown as the box's icon.

    Parameters
    ----------
    body : str
        [[body]]
    icon : str or None, optional
        [[icon.error]]
    width : "stretch" or int, optional
        The warning box's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    title : str or None, optional
        [[title]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> rows = 12
    >>> if rows < 30:
    ...     st.warning(f"Only {rows} rows: the estimate may be unreliable.", icon="⚠️")
    """
    return _alert("warning", body, icon=icon, title=title, width=width)


@st_function
def error(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display an error message in a red box.

    Shows ``body`` as Markdown in a red box, with an optional icon and bold title. If ``icon`` is
    not given and ``body`` starts with an emoji or a Material icon shortcode, that icon is lifted
    out of the text and shown as the box's icon.

    Parameters
    ----------
    body : str
        [[body]]
    icon : str or None, optional
        [[icon.error]]
    width : "stretch" or int, optional
        The error box's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    title : str or None, optional
        [[title]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.error("Could not reach the database.", icon="🚨")
    >>> st.error("Check the password in `secrets.toml`.", title="Login failed")
    """
    return _alert("error", body, icon=icon, title=title, width=width)


@st_function
def exception(exception: BaseException, width: Any = "stretch") -> ElementHandle:
    """Display an exception with its traceback.

    Shows the exception's type, message and traceback in a red box. An exception that escapes a
    ``%%rerun`` body or a callback is shown this way automatically, and the app keeps working; use
    ``st.exception`` for one you caught and handled yourself.

    Parameters
    ----------
    exception : Exception
        The exception to show, usually the one bound by ``except ... as e``.
    width : "stretch" or int, optional
        The exception box's width. ``"stretch"`` (default) fills the width of the parent container;
        an int sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> try:
    ...     ratio = 1 / 0
    ... except ZeroDivisionError as e:
    ...     st.exception(e)
    """
    check_width(width, ("stretch",))
    element = exception_element(exception)
    element.props.width = width
    return handle(require_run("exception").add(element))
