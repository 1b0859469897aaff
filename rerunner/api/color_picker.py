"""``st.color_picker``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from . import bind as binding
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    st_function,
)


@dataclass(frozen=True)
class ColorSerde:
    def serialize(self, value: Any) -> str:
        return value

    def deserialize(self, ui_value: Any) -> str:
        if not isinstance(ui_value, str) or not is_hex_color(ui_value):
            raise ValueError(f"{ui_value!r} is not a hex colour")
        return ui_value

    def normalize(self, value: Any) -> Any:
        return value


def is_hex_color(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text))


@st_function
def color_picker(
    label: str,
    value: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str:
    """Display a color picker.

    Shows a color swatch that opens a color picker, and returns the selected color as a hex string
    such as ``"#00f900"``. The new color is sent when the picker closes. With a ``key``,
    ``st.session_state[key]`` holds the hex string; assign one to it before the widget is drawn to
    set the color from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the color is for. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    value : str or None, optional
        The color when the widget first appears, as a hex string: ``"#RRGGBB"`` or the short
        ``"#RGB"``. If this is ``None`` (default), black (``"#000000"``).
    key : str or int, optional
        [[key]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (closing the picker by clicking the swatch or
        outside it, pressing Escape, or tabbing out):

        - ``"rerun"`` (default): the new value is written to session state and the app reruns.
        - ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives
          the value with the next rerun that something else causes. Until then the value lives only
          in the browser.
        - A callable: the new value is written to session state, then the callback is called with
          ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the
          new value as ``st.session_state[key]``.
        - ``None``: the same as ``"rerun"``, kept for backward compatibility.

        Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no
        difference there, and only ``st.form_submit_button`` may have a callback.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the color picker is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "content", "stretch", or int, optional
        The width of the color picker:

        - ``"content"`` (default): as wide as its content, but no wider than the parent container.
        - ``"stretch"``: as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        [[bind]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    str
        The selected color as a hex string.

    Example
    -------
    >>> import streamlit as st
    >>> color = st.color_picker("Pick a color", "#00f900")
    >>> st.write("The current color is", color)
    """
    callback = check_on_change(on_change)
    value = "#000000" if value is None else value
    if not isinstance(value, str):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `value` type. Expected one of: str. Provided type: {type(value).__name__}. "
            "Pass a hex string like `'#00FFAA'` or `'#000'`."
        )
    if not is_hex_color(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
        )
    label = label_text(label)
    return register_widget(
        "color_picker",
        bind=bind,
        url=binding.color(),
        persist_state=persist_state,
        label=label,
        key=key,
        identity={"label": label, "value": str(value), "help": help, "width": width},
        default=value,
        serde=ColorSerde(),
        callback=Callback(callback, args, kwargs),
        props=common_props(
            help=help, disabled=disabled, label_visibility=label_visibility, width=width
        ),
    )
