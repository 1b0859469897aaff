"""``st.menu_button``: a button that opens a list of options; picking one is a trigger.

Like ``st.button``, its value lives for one run: the option picked in the run that the pick
caused, ``None`` in every other run. Options are told apart by their formatted labels (what the
browser sends), so two options may not format alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    FORM_DOCS_INFO,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.context import require_run
from .lib import (
    Callback,
    check_icon,
    check_width,
    check_wrap,
    label_text,
    register_widget,
    st_function,
)
from .selection import _formatted, option_tuple


@dataclass(frozen=True)
class MenuSerde:
    """The label of the option picked in the browser <-> the option."""

    options: tuple[Any, ...]
    labels: tuple[str, ...]

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        for option, label in zip(self.options, self.labels, strict=True):
            if option is value or option == value:
                return label
        return str(value)

    def deserialize(self, ui_value: Any) -> Any:
        if not isinstance(ui_value, str) or ui_value not in self.labels:
            return None  # an option the menu no longer has: nothing picked, as in Streamlit
        return self.options[self.labels.index(ui_value)]

    def normalize(self, value: Any) -> Any:
        return value


@st_function
def menu_button(
    label: str,
    options: Iterable[Any],
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: str | int = "content",
    format_func: Callable[[Any], str] = str,
    wrap: bool | None = None,
) -> Any:
    """Display a button that opens a menu of options.

    Picking an option reruns the app, which then sees that option as the return value for that
    run only (as ``st.button`` returns ``True`` for one run); every other run gets ``None``.

    Parameters
    ----------
    label : str
        The text on the button. It can contain the Markdown directives ``st.markdown`` knows, such
        as ``:material/...:`` icons.
    options : Iterable
        The menu's options (a list, tuple, Series, the first column of a DataFrame...); at least
        one. Each is shown through ``format_func``, and no two may be shown alike.
    key : str or int, optional
        A string or integer that identifies the widget; with a key, the widget keeps its identity
        whatever its other parameters. No two widgets may have the same key. A menu button's value
        can't be set through session state.
    help : str or None, optional
        A tooltip shown when the mouse is over the button.
    on_click : Callable, optional
        A function called with ``args`` and ``kwargs`` when an option is picked, before the app
        reruns; it can read the option as ``st.session_state[key]``.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    type : "primary", "secondary", or "tertiary", optional
        The button's emphasis: ``"secondary"`` (default), ``"primary"`` (filled with the theme's
        colour) or ``"tertiary"`` (plain text).
    icon : str or None, optional
        An emoji or a ``:material/icon_name:`` icon shown before the label.
    disabled : bool, optional
        If ``True``, the button is grayed out and can't be used. Default ``False``.
    width : "content", "stretch", or int, optional
        The width of the button: ``"content"`` (default), ``"stretch"`` or a width in pixels.
    format_func : Callable, optional
        A function that turns an option into the text shown for it. Default ``str``.
    wrap : bool or None, optional
        [[wrap]]

    Returns
    -------
    any or None
        The option picked, in the run the pick caused; ``None`` otherwise.

    Example
    -------
    >>> import streamlit as st
    >>> action = st.menu_button("Export", ["CSV", "JSON", "Parquet"], icon=":material/download:")
    >>> if action is not None:
    ...     st.write(f"Exporting as {action}...")
    """
    if on_click == "rerun" or on_click == "ignore":
        raise StreamlitAPIException(
            f'`on_click="{on_click}"` is not supported on this widget. Pass a callback, or omit '
            "`on_click`."
        )
    if on_click is not None and not callable(on_click):
        raise StreamlitValueError(
            "Invalid `on_click` value. Supported values: a callback function."
        )
    label = label_text(label)
    if require_run("menu_button").form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.menu_button()` can't be used in an `st.form()`." + FORM_DOCS_INFO + "\n"
        )
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
        )
    check_width(width)
    choices = option_tuple(options)
    if not choices:
        raise StreamlitMissingRequiredParameterError(
            "The `options` parameter is required. Provide at least one option."
        )
    labels = tuple(_formatted(choices, format_func))
    if len(set(labels)) != len(labels):
        raise StreamlitAPIException(
            "The `format_func` produced duplicate labels for the menu button options. Each "
            "formatted option label must be unique."
        )
    icon = check_icon(icon)
    check_wrap(wrap)
    return register_widget(
        "menu_button",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": list(labels),
            "help": help,
            "type": type,
            "icon": icon,
            "width": width,
        },
        default=None,
        serde=MenuSerde(choices, labels),
        callback=Callback(on_click, args, kwargs),
        props={
            "options": labels,
            "help": help,
            "disabled": bool(disabled),
            "button_type": type,
            "icon": icon,
            "width": width,
            "wrap": wrap,
        },
        trigger=True,
        readonly=True,
    )
