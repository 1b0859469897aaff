"""Boolean widgets: ``st.checkbox`` and ``st.toggle``."""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..identity import fixed
from . import bind as binding
from .lib import (
    Callback,
    Plan,
    check_on_change,
    check_wrap,
    common_props,
    label_text,
    register_planned,
    st_function,
)
from .plans import planned


@dataclass(frozen=True)
class BoolSerde:
    """Checkbox and toggle."""

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, ui_value: Any) -> bool:
        if not isinstance(ui_value, bool):
            raise TypeError(f"expected a bool, got {type(ui_value).__name__}")
        return ui_value

    def normalize(self, value: Any) -> bool:
        if not isinstance(value, numbers.Integral):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        return bool(value)


def _boolean(
    kind: str,
    *,
    label: Any,
    value: Any,
    key: Any,
    help: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: Any,
    bind: Any,
    persist_state: Any,
    wrap: Any = None,
) -> bool:
    callback = check_on_change(on_change)
    plan = _boolean_plan(kind, label, value, help, disabled, label_visibility, width, wrap)
    return register_planned(kind, plan, key, Callback(callback, args, kwargs), bind, persist_state)


@planned
def _boolean_plan(
    kind: str,
    label: Any,
    value: Any,
    help: Any,
    disabled: Any,
    label_visibility: Any,
    width: Any,
    wrap: Any,
) -> Plan:
    """What a checkbox or toggle with these arguments is (``api/plans.py``)."""
    label = label_text(label)
    check_wrap(wrap)
    props = common_props(
        help=help, disabled=disabled, label_visibility=label_visibility, width=width
    )
    props["wrap"] = wrap
    return Plan(
        url=binding.boolean(),
        label=label,
        identity=fixed({"label": label, "value": bool(value), "help": help, "width": width}),
        default=bool(value),
        serde=BoolSerde(),
        props=props,
    )


@st_function
def checkbox(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """Display a checkbox.

    Shows a checkbox and returns ``True`` while it is checked. It starts as ``value`` and then
    follows the user's clicks. Each click writes the new value to session state, calls ``on_change``
    if it is a callback, and reruns the ``%%rerun`` body. With a ``key``, ``st.session_state[key]``
    holds the value: read it anywhere, or assign it before the checkbox is drawn to switch it from
    code.

    Parameters
    ----------
    label : str
        A short label telling the user what the checkbox is for. It can contain inline Markdown:
        bold, italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    value : bool, optional
        Whether the checkbox is checked when it first appears (converted with ``bool``). Default
        ``False``.
    key : str or int, optional
        [[key]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        [[on_change]]
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the checkbox is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "content", "stretch", or int, optional
        The width of the checkbox:

        - ``"content"`` (default): as wide as its content, but no wider than the parent container.
        - ``"stretch"``: as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    wrap : bool or None, optional
        Whether a long label may wrap onto more lines:

        - ``None`` (default): the layout decides. In a horizontal container, or placed directly in a
          column, the checkbox keeps to one line and cuts an overflowing label short with an
          ellipsis; elsewhere the label wraps.
        - ``True``: the label wraps and the checkbox grows taller.
        - ``False``: one line; an overflowing label ends in an ellipsis.

        The full text of a shortened label shows in a tooltip when the pointer rests on it.
    bind : "query-params" or None, optional
        [[bind]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    bool
        Whether the checkbox is checked.

    Example
    -------
    >>> import streamlit as st
    >>> agree = st.checkbox("I agree to the **terms**")
    >>> if agree:
    ...     st.write("Thank you!")
    """
    return _boolean(
        "checkbox",
        label=label,
        value=value,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
        bind=bind,
        persist_state=persist_state,
        wrap=wrap,
    )


@st_function
def toggle(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """Display a toggle switch.

    Shows a toggle and returns ``True`` while it is on. It starts as ``value`` and then follows the
    user's clicks. Each click writes the new value to session state, calls ``on_change`` if it is a
    callback, and reruns the ``%%rerun`` body. With a ``key``, ``st.session_state[key]`` holds the
    value: read it anywhere, or assign it before the toggle is drawn to switch it from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the toggle is for. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    value : bool, optional
        Whether the toggle is on when it first appears (converted with ``bool``). Default ``False``.
    key : str or int, optional
        [[key]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        [[on_change]]
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the toggle is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "content", "stretch", or int, optional
        The width of the toggle:

        - ``"content"`` (default): as wide as its content, but no wider than the parent container.
        - ``"stretch"``: as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    wrap : bool or None, optional
        Whether a long label may wrap onto more lines:

        - ``None`` (default): the layout decides. In a horizontal container, or placed directly in a
          column, the toggle keeps to one line and cuts an overflowing label short with an ellipsis;
          elsewhere the label wraps.
        - ``True``: the label wraps and the toggle grows taller.
        - ``False``: one line; an overflowing label ends in an ellipsis.

        The full text of a shortened label shows in a tooltip when the pointer rests on it.
    bind : "query-params" or None, optional
        [[bind]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    bool
        Whether the toggle is on.

    Example
    -------
    >>> import streamlit as st
    >>> def announce():
    ...     st.toast("Dark mode " + ("on" if st.session_state.dark else "off"))
    >>> dark = st.toggle("Dark mode", key="dark", on_change=announce)
    >>> st.write("Theme:", "dark" if dark else "light")
    """
    return _boolean(
        "toggle",
        label=label,
        value=value,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
        bind=bind,
        persist_state=persist_state,
        wrap=wrap,
    )
