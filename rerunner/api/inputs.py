"""More free-form inputs: text_area and color_picker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from ._core import Callback, check_on_change, register_widget, st_function, unsupported
from .serde import ColorSerde, TextSerde, is_hex_color
from .widgets import _common, _label, text_default


@st_function
def text_area(
    label: str,
    value: str | None = "",
    height: int | str | None = None,
    max_chars: int | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """Display a multi-line text input; it commits when it loses focus.

    Returns the text, or None when ``value=None`` and nothing was entered.
    """
    callback = check_on_change(on_change)
    unsupported("text_area", required=required, bind=bind, persist_state=persist_state)
    value = text_default(value, max_chars)
    label = _label(label)
    return register_widget(
        "text_area",
        label=label,
        key=key,
        identity={"label": label, "value": value, "height": height, "max_chars": max_chars, "help": help,
                  "placeholder": str(placeholder), "width": width, "required": required},
        key_identity=("max_chars",),
        default=value,
        serde=TextSerde(max_chars),
        callback=Callback(callback, args, kwargs),
        props={**_common(label, help, disabled, label_visibility, width), "max_chars": max_chars,
               "height": height if isinstance(height, int) else None,
               "placeholder": "" if placeholder is None else str(placeholder)},
    )  # fmt: skip


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
    """Display a colour picker. Returns the colour as a hex string such as ``"#00ffaa"``."""
    callback = check_on_change(on_change)
    unsupported("color_picker", bind=bind, persist_state=persist_state)
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
    label = _label(label)
    return register_widget(
        "color_picker",
        label=label,
        key=key,
        identity={"label": label, "value": str(value), "help": help, "width": width},
        default=value,
        serde=ColorSerde(),
        callback=Callback(callback, args, kwargs),
        props=_common(label, help, disabled, label_visibility, width),
    )  # fmt: skip
