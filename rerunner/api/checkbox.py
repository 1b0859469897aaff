"""Boolean widgets: ``st.checkbox`` and ``st.toggle``."""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

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
) -> bool:
    callback = check_on_change(on_change)
    unsupported(kind, bind=bind, persist_state=persist_state)
    label = label_text(label)
    props = common_props(label, help, disabled, label_visibility, width)
    return register_widget(
        kind,
        label=label,
        key=key,
        identity={"label": label, "value": bool(value), "help": help, "width": width},
        default=bool(value),
        serde=BoolSerde(),
        callback=Callback(callback, args, kwargs),
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
    """Display a checkbox. Returns whether it is checked."""
    return _boolean(
        "checkbox", label, value, key, help, on_change, args, kwargs,
        disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip


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
    """Display a toggle switch. Returns whether it is on."""
    return _boolean(
        "toggle", label, value, key, help, on_change, args, kwargs,
        disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip
