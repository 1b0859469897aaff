"""``st.color_picker``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    st_function,
    unsupported,
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
    label = label_text(label)
    return register_widget(
        "color_picker",
        label=label,
        key=key,
        identity={"label": label, "value": str(value), "help": help, "width": width},
        default=value,
        serde=ColorSerde(),
        callback=Callback(callback, args, kwargs),
        props=common_props(label, help, disabled, label_visibility, width),
    )  # fmt: skip
