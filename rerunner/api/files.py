"""Files in and out: file_uploader, download_button, and link_button.

Uploads are checked in the kernel (type filter, size limit), never only in the browser.
Downloads are served from the page itself (a data URL), so they work offline and in Voila.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException
from ._core import Callback, add, check_on_change, register_widget, st_function, unsupported
from .handle import ElementHandle, handle
from .serde import TriggerSerde
from .widgets import _common, _label, trigger_props

DEFAULT_MAX_UPLOAD_MB = 200


class UploadedFile(io.BytesIO):
    """An uploaded file: read it like ``BytesIO``; ``name``, ``type``, ``size``, ``getvalue()``."""

    def __init__(self, name: str, type: str, data: bytes, file_id: str = "") -> None:
        super().__init__(data)
        self.name = name
        self.type = type
        self.size = len(data)
        self.file_id = file_id or f"{name}:{self.size}"

    def __repr__(self) -> str:
        return f"UploadedFile(name={self.name!r}, type={self.type!r}, size={self.size})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadedFile) and (self.name, self.getvalue()) == (
            other.name,
            other.getvalue(),
        )

    __hash__ = None  # type: ignore[assignment]


def _extensions(type: str | Sequence[str] | None) -> tuple[str, ...] | None:
    if type is None:
        return None
    items = [type] if isinstance(type, str) else list(type)
    return tuple(("." + t.lower().lstrip(".")) if "/" not in t else t.lower() for t in items)


@dataclass(frozen=True)
class FileUploadSerde:
    """What the browser uploaded -> UploadedFile(s), with the type filter and size limit applied."""

    types: tuple[str, ...] | None
    max_bytes: int
    multiple: bool

    def serialize(self, value: Any) -> list[str]:
        files = value if isinstance(value, list) else [] if value is None else [value]
        return [f.name for f in files]

    def _check(self, entry: Any) -> UploadedFile:
        if not isinstance(entry, dict) or "name" not in entry or "content" not in entry:
            raise TypeError("expected an uploaded file record")
        name = str(entry["name"])
        data = bytes(entry["content"])
        mime = str(entry.get("type") or mimetypes.guess_type(name)[0] or "application/octet-stream")
        if len(data) > self.max_bytes:
            raise ValueError(f"{name} is {len(data):,} bytes; the limit is {self.max_bytes:,}")
        if self.types is not None:
            extension = os.path.splitext(name)[1].lower()
            if extension not in self.types and mime.lower() not in self.types:
                raise ValueError(f"{name}: files of type {extension or mime} are not allowed")
        return UploadedFile(name, mime, data)

    def deserialize(self, ui_value: Any) -> Any:
        entries = list(ui_value or ())
        if not self.multiple and len(entries) > 1:
            raise ValueError("this uploader takes one file")
        files = [self._check(entry) for entry in entries]
        if self.multiple:
            return files
        return files[0] if files else None

    def normalize(self, value: Any) -> Any:
        return value


@st_function
def file_uploader(
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool | str = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> UploadedFile | list[UploadedFile] | None:
    """Display a file uploader. Returns an UploadedFile (or a list with ``accept_multiple_files``)."""
    callback = check_on_change(on_change)
    if accept_multiple_files not in (True, False):
        unsupported("file_uploader", accept_multiple_files=accept_multiple_files)
    types = _extensions(type)
    limit_mb = DEFAULT_MAX_UPLOAD_MB if max_upload_size is None else max_upload_size
    if not isinstance(limit_mb, int) or isinstance(limit_mb, bool) or limit_mb <= 0:
        raise StreamlitAPIException("`max_upload_size` must be a positive integer (megabytes).")
    multiple = bool(accept_multiple_files)
    label = _label(label)
    return register_widget(
        "file_uploader",
        label=label,
        key=key,
        identity={"label": label, "type": types, "accept_multiple_files": multiple, "help": help,
                  "width": width, "max_upload_size": max_upload_size},
        key_identity=("type", "accept_multiple_files", "max_upload_size"),
        default=[] if multiple else None,
        serde=FileUploadSerde(types, limit_mb * 1024 * 1024, multiple),
        callback=Callback(callback, args, kwargs),
        props={**_common(label, help, disabled, label_visibility, width), "accept": ",".join(types or ()),
               "multiple": multiple, "max_mb": limit_mb},
        readonly=True,
    )  # fmt: skip


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
    label = _label(label)
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
    return handle(add("link_button", label=_label(label), url=str(url), **props))
