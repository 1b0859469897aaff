"""What a file sent from the browser may be: the types and the size a widget accepts.

Plain rules, shared by the layers that need them: the chat input's serde enforces them in the
kernel (a forged message gets nothing past them), and its recipe checks the same rules before
sending, so that a visitor hears why a file was refused instead of losing the message.

File types are given as Streamlit takes them: extensions (``"csv"``, ``".csv"``), MIME types
(``"image/png"``), wildcards (``"image/*"``) or the shortcuts ``"image"``, ``"audio"``,
``"video"`` and ``"text"``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

SHORTCUTS = frozenset({"image", "audio", "video", "text"})
#: Extensions that name the same format: allowing one allows the other, as in Streamlit.
PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"),
         (".htm", ".html"))  # fmt: skip


def normalize_types(file_type: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """Streamlit's normal form: MIME types and wildcards (lower case), then dotted extensions
    with their pairs. None (or nothing given) accepts every file."""
    if file_type is None:
        return None
    items = [file_type] if isinstance(file_type, str) else list(file_type)
    mimes: list[str] = []
    extensions: list[str] = []
    for raw in items:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.lower() in SHORTCUTS:
            mimes.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mimes.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for a, b in PAIRS:
        if a in extensions and b not in extensions:
            extensions.append(b)
        if b in extensions and a not in extensions:
            extensions.append(a)
    return (*mimes, *extensions) or None


def accept_attribute(types: tuple[str, ...] | None) -> str:
    """The browser file picker's ``accept`` list."""
    return ",".join(types or ())


def refusal(name: str, mime: str, size: int, *, types: tuple[str, ...] | None,
            max_bytes: int) -> str | None:  # fmt: skip
    """Why a file may not be sent (None: it may): too big, or of a type not accepted.

    A file is accepted by its extension, or by the MIME type the browser declared for it
    matching a MIME type or wildcard of ``types``.
    """
    if "\0" in name:
        return f"{name!r}: a file name cannot contain null bytes"
    if size > max_bytes:
        shown, limit = _size(size), _size(max_bytes)
        if shown == limit:  # just over: the bytes tell them apart
            shown, limit = f"{size:,} bytes", f"{max_bytes:,} bytes"
        return f"{name} is {shown}; the limit is {limit}"
    if types is None:
        return None
    extension = os.path.splitext(name)[1].lower()
    mime = (mime or "").lower()
    for allowed in types:
        if allowed.startswith(".") and name.lower().endswith(allowed):
            return None
        if (
            "/" in allowed
            and mime
            and (allowed == mime or (allowed.endswith("/*") and mime.startswith(allowed[:-1])))
        ):
            return None
    return f"{name}: files of type {extension or mime or 'unknown'} are not accepted here"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"
