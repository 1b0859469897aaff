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
    """Display a file uploader.

    Shows a drop zone with a button for uploading files from the user's computer. Returns ``None``
    until a file is uploaded, then an ``UploadedFile``: an ``io.BytesIO`` with the file's ``name``,
    ``type`` (its MIME type) and ``size``, usable wherever a binary file is expected, such as
    ``pd.read_csv(file)`` or ``PIL.Image.open(file)``; ``getvalue()`` returns all its bytes. With
    ``accept_multiple_files`` it returns a list of them instead, empty until files are uploaded.

    In rerunner, the file type and size limits are enforced in the kernel, not only in the browser.
    With a ``key``, ``st.session_state[key]`` holds the same value as the return value; it is
    read-only.

    Parameters
    ----------
    label : str
        A short label telling the user what the upload is for. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    type : str, list of str, or None, optional
        The file types accepted. If this is ``None`` (default), any file. Otherwise one or a list
        of:

        - an extension, such as ``"csv"`` or ``".csv"``;
        - a MIME type, such as ``"image/jpeg"``;
        - a MIME wildcard, such as ``"image/*"``;
        - ``"image"``, ``"audio"``, ``"video"`` or ``"text"``, short for the wildcard.

        The check trusts file names and declared types, so handle uploads with care all the same.
    accept_multiple_files : bool or "directory", optional
        How many files the user can upload:

        - ``False`` (default): one; uploading another replaces it.
        - ``True``: several; each further pick adds to the list.
        - ``"directory"``: the user picks a folder (with the browser's folder picker), and every
          file in it and its subfolders is uploaded (only those matching ``type``, if given),
          each named by its path inside the folder (``"docs/notes.txt"``); a new pick replaces
          the files.

        With ``True`` or ``"directory"`` the widget returns a list.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget without files. With a key, the widget keeps its identity and files when
        those parameters change; changing ``type``, ``accept_multiple_files`` or ``max_upload_size``
        still resets it. No two widgets may have the same key.

        ``st.session_state[key]`` holds the uploaded file or files. It is read-only: assigning it
        raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (an upload finishing, or a file being removed
        or replaced):

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
    max_upload_size : int or None, optional
        The largest file allowed, in megabytes; a positive int. If this is ``None`` (default), the
        general limit applies: 200 MB per file, which Streamlit's ``server.maxUploadSize`` option
        can change.
    disabled : bool, optional
        If ``True``, the file uploader is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        The width of the file uploader:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.

    Returns
    -------
    UploadedFile, list of UploadedFile, or None
        Without ``accept_multiple_files``, the uploaded file, or ``None``. With it, a list of the
        uploaded files, empty if there are none.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> upload = st.file_uploader("Choose a CSV file", type="csv")
    >>> if upload is not None:
    ...     df = pd.read_csv(upload)
    ...     st.write(f"{upload.name}: {len(df)} rows, {upload.size:,} bytes")
    ...     st.dataframe(df.head())
    """
    callback = check_on_change(on_change)
    types = _extensions(type)
    limit_mb = DEFAULT_MAX_UPLOAD_MB if max_upload_size is None else max_upload_size
    if not isinstance(limit_mb, int) or isinstance(limit_mb, bool) or limit_mb <= 0:
        raise StreamlitAPIException("`max_upload_size` must be a positive integer (megabytes).")
    multiple = bool(accept_multiple_files)
    directory = accept_multiple_files == "directory"
    label = label_text(label)
    return register_widget(
        "file_uploader",
        label=label,
        key=key,
        identity={
            "label": label,
            "type": types,
            "accept_multiple_files": "directory" if directory else multiple,
            "help": help,
            "width": width,
            "max_upload_size": max_upload_size,
        },
        key_identity=("type", "accept_multiple_files", "max_upload_size"),
        default=[] if multiple else None,
        serde=FileUploadSerde(types=types, max_bytes=limit_mb * 1024 * 1024, multiple=multiple),
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "accept": ",".join(types or ()),
            "multiple": multiple,
            "directory": directory,
            "max_mb": limit_mb,
        },
        readonly=True,
    )
