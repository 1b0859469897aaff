"""``st.file_uploader`` and the ``UploadedFile`` it returns."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    st_function,
    unsupported,
)

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
    label = label_text(label)
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
        props={**common_props(label, help, disabled, label_visibility, width), "accept": ",".join(types or ()),
               "multiple": multiple, "max_mb": limit_mb},
        readonly=True,
    )  # fmt: skip
