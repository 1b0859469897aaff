"""Buttons: ``st.button``, ``st.download_button``, ``st.link_button``."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    FORM_DOCS_INFO,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from ..runtime.context import require_run
from .lib import (
    Callback,
    ElementHandle,
    add,
    check_icon,
    check_width,
    handle,
    label_text,
    register_widget,
    st_function,
    unsupported,
)


@dataclass(frozen=True)
class TriggerSerde:
    """A button: the front end sends a click; the script sees True for one run."""

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, ui_value: Any) -> bool:
        if ui_value is not True:
            raise ValueError("a button only sends clicks")
        return True

    def normalize(self, value: Any) -> Any:
        return value


@st_function
def button(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button. Returns True only in the run its click caused, else False."""
    if require_run("button").form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "instead to submit the form." + FORM_DOCS_INFO
        )
    return trigger_button(
        "button", label, key, help, on_click, args, kwargs, type, icon, icon_position,
        disabled, use_container_width, width, shortcut,
    )  # fmt: skip


def trigger_button(
    kind: str,
    label: Any,
    key: Any,
    help: str | None,
    on_click: Any,
    args: Any,
    kwargs: Any,
    type: str,
    icon: str | None,
    icon_position: str,
    disabled: bool,
    use_container_width: bool | None,
    width: Any,
    shortcut: str | None,
) -> bool:
    """The work shared by ``st.button`` and ``st.form_submit_button``."""
    if on_click == "rerun":
        raise StreamlitAPIException(
            '`on_click="rerun"` is not supported on this widget. Pass a callback, or omit `on_click`.'
        )
    if on_click is not None and not callable(on_click):
        raise StreamlitValueError(
            "Invalid `on_click` value. Supported values: a callback function."
        )
    props = trigger_props(type, icon, icon_position, disabled, use_container_width, width, help)
    width = props["width"]
    unsupported(kind, shortcut=shortcut)
    label = label_text(label)
    return register_widget(
        kind,
        label=label,
        key=key,
        identity={
            "label": label,
            "icon": icon,
            "help": help,
            "is_form_submitter": kind == "form_submit_button",
            "type": type,
            "width": width,
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        default=False,
        serde=TriggerSerde(),
        callback=Callback(on_click, args, kwargs),
        props=props,
        trigger=True,
    )


def trigger_props(
    type: str,
    icon: str | None,
    icon_position: str,
    disabled: bool,
    use_container_width: bool | None,
    width: Any,
    help: str | None,
) -> dict[str, Any]:
    """Validate and collect what every button-like element shows."""
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
        )
    if icon_position not in ("left", "right"):
        raise StreamlitValueError(
            "Invalid `icon_position` value. Supported values: 'left', 'right'."
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    check_icon(icon)
    return {
        "help": help,
        "disabled": bool(disabled),
        "button_type": type,
        "icon": icon,
        "icon_position": icon_position,
        "width": width,
    }


def _payload(data: Any) -> tuple[bytes, str]:
    if callable(data):
        data = data()
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        raw = data.read()
        return (
            (raw.encode("utf-8"), "text/plain")
            if isinstance(raw, str)
            else (bytes(raw), "application/octet-stream")
        )
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


@st_function
def download_button(
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button that downloads ``data`` (bytes, str or a file-like object) as a file.

    The download happens in the browser without a rerun, so this returns False.
    """
    if callable(on_click):
        unsupported("download_button", on_click="a callback (the click stays in the browser)")
    payload, default_mime = _payload(data)
    mime = mime or default_mime
    name = file_name or "download"
    props = trigger_props(type, icon, icon_position, disabled, use_container_width, width, help)
    unsupported("download_button", shortcut=shortcut)
    label = label_text(label)
    return register_widget(
        "download_button",
        label=label,
        key=key,
        identity={"label": label, "icon": icon, "file_name": name, "mime": mime, "help": help,
                  "type": type, "width": props["width"], "icon_position": icon_position, "shortcut": shortcut},
        key_identity=(),
        default=False,
        serde=TriggerSerde(),
        callback=Callback(None),
        props={**props, "file_name": name, "mime": mime, "size": len(payload),
               "href": f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"},
        trigger=True,
    )  # fmt: skip


@st_function
def link_button(
    label: str,
    url: str,
    *,
    key: str | int | None = None,
    on_click: Callable[..., Any] | str = "ignore",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> ElementHandle:
    """Display a button that opens ``url`` in a new tab."""
    if on_click != "ignore":
        unsupported("link_button", on_click=on_click)
    unsupported("link_button", shortcut=shortcut)
    props = trigger_props(type, icon, icon_position, disabled, use_container_width, width, help)
    return handle(add("link_button", label=label_text(label), url=str(url), **props))
