"""Alerts and exceptions: ``st.success``, ``st.info``, ``st.warning``, ``st.error``,
``st.exception``."""

from __future__ import annotations

from typing import Any

from ..runtime.app import exception_element
from ..runtime.context import require_run
from .lib import ElementHandle, add, check_icon, handle, st_function, text_body


def _alert(kind: str, body: Any, icon: str | None, title: Any) -> ElementHandle:
    check_icon(icon)
    return handle(
        add(
            "alert",
            level=kind,
            body=text_body(body),
            icon=icon,
            title=None if title is None else text_body(title),
        )
    )


@st_function
def success(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a success message (a green box of Markdown)."""
    return _alert("success", body, icon, title)


@st_function
def info(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display an informational message (a blue box of Markdown)."""
    return _alert("info", body, icon, title)


@st_function
def warning(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display a warning message (a yellow box of Markdown)."""
    return _alert("warning", body, icon, title)


@st_function
def error(
    body: Any, *, icon: str | None = None, width: Any = "stretch", title: Any = None
) -> ElementHandle:
    """Display an error message (a red box of Markdown)."""
    return _alert("error", body, icon, title)


@st_function
def exception(exception: BaseException, width: Any = "stretch") -> ElementHandle:
    """Display an exception: its type, message and traceback, in a red box."""
    return handle(require_run("exception").add(exception_element(exception)))
