"""``st.dialog``: a function whose elements show in a modal dialog.

Calling a dialog function adds a ``dialog`` element at the page's root (Streamlit's event
container, drawn over the page by ``render/dialog.py``) and runs the function as a fragment
inside it (``api/fragment.py``), so a widget in the dialog reruns the dialog alone. The dialog is
open for as long as full runs call the function: ``st.rerun()`` in it closes it, as the next full
run no longer calls it. A dismissal by the visitor closes it in the browser; with
``on_dismiss="rerun"`` or a callback, it also clicks the dialog's own trigger (registered like a
button), which reruns the app, the callback first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

from ..elements import Element
from ..errors import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..identity import compute_widget_id
from ..runtime.context import RunContext, current_run
from ..state import WidgetMeta
from . import fragment as fragments
from .lib import check_icon

F = TypeVar("F", bound=Callable[..., Any])

WIDTHS = ("small", "medium", "large")
POSITIONS = ("center", "left", "right")


def dialog(
    title: F | str,
    *,
    width: Literal["small", "medium", "large"] | int = "small",
    position: Literal["center", "left", "right"] = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
) -> F | Callable[[F], F]:
    """Turn a function into a modal dialog: calling it opens the dialog with its elements.

    The dialog covers the page (in Voila) or the notebook panel (in JupyterLab and Notebook 7)
    and blocks it until it closes; keyboard focus moves into it. A widget inside the dialog
    reruns the dialog alone, as in a fragment. The dialog stays open while full runs of the app
    call the function; call ``st.rerun()`` inside it to close it. Only one dialog may be opened
    per run. Use ``@st.dialog("Title")``.

    Parameters
    ----------
    title : str
        The dialog's title (inline Markdown). It cannot be empty.
    width : "small", "medium", "large", or int
        At most 500, 750 or 1280 pixels wide (``"small"``, default), or a fixed width in pixels.
    position : "center", "left", or "right"
        A dialog in the middle (``"center"``, default), or a full-height drawer on that side.
    dismissible : bool
        Whether the visitor may close the dialog: with Escape, its close button or a click
        beside it (``True``, default). Otherwise only ``st.rerun()`` inside it closes it.
    icon : str or None
        An emoji shown before the title.
    on_dismiss : "ignore", "rerun", or callable
        What a dismissal does: nothing but close it (``"ignore"``, default), rerun the app
        (``"rerun"``), or call this function and then rerun the app.

    Returns
    -------
    callable
        A decorator that makes the function a dialog function.

    Example
    -------
    >>> import streamlit as st
    >>> @st.dialog("Rename")
    ... def rename(item):
    ...     name = st.text_input("New name", item)
    ...     if st.button("Save"):
    ...         st.session_state.name = name
    ...         st.rerun()
    >>> if st.button("Rename"):
    ...     rename("report.csv")
    """
    options = dict(
        width=width, position=position, dismissible=dismissible, icon=icon, on_dismiss=on_dismiss
    )
    if isinstance(title, str):

        def decorate(f: F) -> F:
            return make_dialog(f, title, **options)

        return decorate
    return make_dialog(title, "", **options)


def make_dialog(func: F, title: str, **options: Any) -> F:
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError(
            'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'
        )
    token = f"{func.__module__}.{getattr(func, '__qualname__', func)}"

    def wrap(*args: Any, **kwargs: Any) -> None:
        ctx = current_run()
        if ctx is None:
            return
        fragments.check_not_parallel("@st.dialog")
        if ctx.inside_kind("dialog"):
            raise StreamlitInvalidLayoutContextError(
                "Dialogs may not be nested inside other dialogs."
            )
        element = _open(ctx, title, **options)
        ctx.own(element)  # a dialog opened in a fragment is no outside container of it
        saved = ctx.set_stack([*ctx.stack(), element])
        try:
            index = ctx.fragment_call(token + "\0dialog")
            fid = fragments.fragment_id(token + "\0dialog", None, index)
            fragments.run(ctx, fid, lambda: func(*args, **kwargs), dialog=True)
        finally:
            ctx.set_stack(saved)

    wrap.__wrapped__ = func  # type: ignore[attr-defined]
    wrap.__name__ = getattr(func, "__name__", "dialog")
    wrap.__qualname__ = getattr(func, "__qualname__", "dialog")
    wrap.__doc__ = func.__doc__
    return wrap  # type: ignore[return-value]


def _open(
    ctx: RunContext,
    title: str,
    *,
    width: Any,
    position: Any,
    dismissible: bool,
    icon: str | None,
    on_dismiss: Any,
) -> Element:
    """The dialog's element, at the page's root, with its dismissal trigger if it has one."""
    if not (callable(on_dismiss) or on_dismiss in ("ignore", "rerun")):
        raise StreamlitValueError(
            "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function."
        )
    if not (
        width in WIDTHS
        or (isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32)
    ):
        raise StreamlitValueError(
            "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive "
            f"integer. Got {width!r}."
        )
    if position not in POSITIONS:
        raise StreamlitValueError(
            "Invalid `position` value. Supported values: 'left', 'center', 'right'."
        )
    check_icon(icon)
    identity = {
        "title": title,
        "dismissible": dismissible,
        "width": width,
        "position": position,
        "icon": icon,
        "on_dismiss": "callback" if callable(on_dismiss) else str(on_dismiss),
    }
    wid = compute_widget_id("dialog", key=None, params=identity, app=ctx.app_id, form="", root=2)
    ctx.claim("dialog", wid, None)
    dismiss_id = ""
    if on_dismiss != "ignore":
        dismiss_id = wid
        meta = WidgetMeta(
            id=wid,
            kind="dialog",
            deserialize=bool,
            serialize=bool,
            callback=on_dismiss if callable(on_dismiss) else None,
            trigger=True,
            owner=ctx.app_id,  # no fragment: a dismissal reruns the whole app, which closes it
        )
        ctx.state.register_widget(meta, False)
    element = Element(
        "dialog",
        _props(title, width, position, dismissible, icon, dismiss_id),
        id=wid,
        children=[],
    )
    root = ctx.page_root()
    root.add(element)
    if ctx.fragment_run is not None:
        ctx.full_render = True  # a dialog opened in a fragment run: the page gains a part
    # (the element is made first, then opening it fails: Streamlit's order)
    if ctx.dialog_opened:
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not "
            "call a dialog-decorated function more than once in a script run."
        )
    ctx.dialog_opened = True
    return element


def _props(title: str, width: Any, position: Any, dismissible: bool, icon: Any, dismiss: str):
    from ..schema import schema_of

    return schema_of("dialog")(
        title=str(title),
        width=width,
        position=position,
        dismissible=bool(dismissible),
        icon=icon,
        dismiss_id=dismiss,
    )
