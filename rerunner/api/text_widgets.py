"""Text entry: ``st.text_input`` and ``st.text_area``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitValueError,
)
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
class TextSerde:
    """text_input: ``max_chars`` truncates what the front end sends (not what state sets)."""

    max_chars: int | None

    def serialize(self, value: Any) -> str | None:
        return value

    def deserialize(self, ui_value: Any) -> str | None:
        if ui_value is None:  # no text at all, as for ``value=None`` before anything is typed
            return None
        if not isinstance(ui_value, str):
            raise TypeError(f"expected a str, got {type(ui_value).__name__}")
        return ui_value[: self.max_chars] if self.max_chars else ui_value

    def normalize(self, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise TypeError("bad argument type for built-in operation")
        return value


TEXT_INPUT_TYPES = ("default", "password", "email", "url", "phone", "search")


def text_default(value: Any, max_chars: int | None) -> str | None:
    """A text widget's default: a string (truncated to ``max_chars``) or None."""
    if max_chars is not None and max_chars < 0:
        raise ValueError(f"Value out of range: {max_chars}")
    if value is not None and not isinstance(value, str):
        value = str(value)
    return value[:max_chars] if value is not None and max_chars else value


@st_function
def text_input(
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    validate: Any = None,
    live: bool = False,
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """Display a single-line text input. It commits on Enter or blur (every key with ``live``).

    Returns the text, or None when ``value=None`` and nothing was entered.
    """
    callback = check_on_change(on_change)
    if type not in TEXT_INPUT_TYPES:
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', "
            "'phone', 'search'."
        )
    unsupported(
        "text_input",
        autocomplete=autocomplete,
        required=required,
        icon=icon,
        validate=validate,
        bind=bind,
        persist_state=persist_state,
    )
    value = text_default(value, max_chars)
    label = label_text(label)
    common = common_props(label, help, disabled, label_visibility, width)
    return register_widget(
        "text_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": value,
            "max_chars": max_chars,
            "type": type,
            "help": help,
            "autocomplete": autocomplete,
            "placeholder": str(placeholder),
            "icon": icon,
            "width": width,
            "live": 0 if not live else live,
            "validate": validate,
            "required": required,
        },
        key_identity=("max_chars", "validate"),
        default=value,
        serde=TextSerde(max_chars),
        callback=Callback(callback, args, kwargs),
        props={**common, "input_type": type, "max_chars": max_chars,
               "placeholder": "" if placeholder is None else str(placeholder), "live": bool(live)},
    )  # fmt: skip


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
    label = label_text(label)
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
        props={**common_props(label, help, disabled, label_visibility, width), "max_chars": max_chars,
               "height": height if isinstance(height, int) else None,
               "placeholder": "" if placeholder is None else str(placeholder)},
    )  # fmt: skip
