"""The recipe of ``st.pdf``: the pages rendered in the kernel, sent as they are looked at.

pypdfium2 (PDFium) opens the document in the kernel. ``PdfPages`` (an anywidget,
``js/src/pdf.js``) gets each page's size at once, so its scrolling box has its full height from
the start, and asks for a page when it comes near the visible part of the box; the kernel renders
that page to an RGB bitmap, encodes it as PNG with zlib (no Pillow needed) and sends it as a
binary buffer. A long document costs only the pages a visitor scrolls to. Pages are cached by
the document's bytes, so a rerun showing the same PDF renders nothing again.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from functools import lru_cache
from typing import Any

import anywidget
import traitlets

from ..elements import Element
from .bundles import module
from .lib import Emit, recipe
from .vdom import V

#: Pixels per PDF point: a US-letter page is 918 pixels wide, sharp at the app's width.
SCALE = 1.5


def _png(width: int, height: int, stride: int, rgb: bytes) -> bytes:
    rows = b"".join(b"\x00" + rgb[y * stride : y * stride + width * 3] for y in range(height))

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 6))
            + chunk(b"IEND", b""))  # fmt: skip


@lru_cache(maxsize=8)
def page_sizes(data: bytes) -> tuple[tuple[int, int], ...]:
    """Each page's size in CSS pixels at ``SCALE`` (a ``PdfiumError`` for a broken file)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        sizes = []
        for index in range(len(document)):
            width, height = document.get_page_size(index)
            sizes.append((round(width * SCALE), round(height * SCALE)))
        return tuple(sizes)
    finally:
        document.close()


@lru_cache(maxsize=64)
def render_page(data: bytes, index: int) -> bytes:
    """Page ``index`` of the PDF as PNG, at ``SCALE``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[index]
        try:
            bitmap = page.render(scale=SCALE, rev_byteorder=True)
            try:
                return _png(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        document.close()


class PdfPages(anywidget.AnyWidget):
    """A PDF's pages in a scrolling box; each page is rendered when the front end asks."""

    _esm = module("pdf.js")
    doc = traitlets.Unicode("").tag(sync=True)  # the document's hash: a new one redraws
    pages = traitlets.List().tag(sync=True)  # [width, height] per page, CSS pixels
    height = traitlets.Union([traitlets.Unicode(), traitlets.Int()], default_value=500).tag(
        sync=True
    )
    alt = traitlets.Unicode("").tag(sync=True)
    error = traitlets.Unicode("").tag(sync=True)
    data = traitlets.Bytes(b"")  # the PDF, kept in the kernel only

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_msg(self._asked)

    def _asked(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if not isinstance(content, dict) or content.get("event") != "page":
            return
        index = content.get("index")
        if isinstance(index, int) and not isinstance(index, bool):
            png = self.page_png(index)
            if png is not None:
                self.send({"page": index}, buffers=[png])

    def page_png(self, index: int) -> bytes | None:
        """The PNG of page ``index`` of the current document (``None`` if there is none)."""
        if self.error or not 0 <= index < len(self.pages):
            return None
        return render_page(self.data, index)


@recipe("pdf")
def pdf(el: Element, emit: Emit) -> V:
    p = el.props
    try:
        sizes, error = page_sizes(p.data), ""
    except Exception as exc:  # noqa: BLE001 - pdfium's refusal of a broken file, shown in place
        sizes, error = (), f"Error loading PDF: {exc}"
    classes = ("rr-pdf", *((f"st-key-{p.key}",) if p.key else ()))
    return V(
        PdfPages,
        {
            "doc": hashlib.sha1(p.data, usedforsecurity=False).hexdigest(),
            "pages": [list(size) for size in sizes],
            "height": p.height,
            "alt": p.alt or "",
            "error": error,
            "data": p.data,
            "_dom_classes": classes,
        },
        layout={"width": "100%"},
    )
