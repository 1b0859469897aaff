"""The recipe of ``st.pdf``: the pages rendered in the kernel, shown as images.

pypdfium2 (PDFium) renders each page to an RGB bitmap, encoded here as PNG with zlib (no
Pillow needed); the pages go into one HTML box of the requested height that scrolls, each an
``<img>`` with its page number as alternative text, the box named by ``alt``. Renderings are
cached by the document's bytes, so a rerun that shows the same PDF renders nothing.
"""

from __future__ import annotations

import base64
import struct
import zlib
from functools import lru_cache

import ipywidgets as w

from ..elements import Element
from .lib import Emit, recipe
from .markdown import escape
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
def render_pages(data: bytes) -> tuple[tuple[bytes, int, int], ...]:
    """Each page of the PDF as (PNG, width, height) in CSS pixels at ``SCALE``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=SCALE, rev_byteorder=True)
                try:
                    png = _png(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                finally:
                    bitmap.close()
                pages.append((png, bitmap.width, bitmap.height))
            finally:
                page.close()
        return tuple(pages)
    finally:
        document.close()


@recipe("pdf")
def pdf(el: Element, emit: Emit) -> V:
    p = el.props
    try:
        pages = render_pages(p.data)
        error = ""
    except Exception as exc:  # noqa: BLE001 - pdfium's refusal of a broken file, shown in place
        pages, error = (), f"Error loading PDF: {exc}"
    images = "".join(
        f'<img class="rr-pdf-page" alt="Page {i}" width="{width}" height="{height}" '
        f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'
        for i, (png, width, height) in enumerate(pages, 1)
    )
    label = f' aria-label="{escape(p.alt)}"' if p.alt else ""
    body = error and f'<div class="rr-pdf-error">{escape(error)}</div>'
    classes = ("rr-pdf", *((f"st-key-{p.key}",) if p.key else ()))
    layout = {"width": "100%", "overflow": "auto"}
    if isinstance(p.height, int):
        layout["height"] = f"{p.height}px"
    return V(
        w.HTML,
        {"value": f'<div class="rr-pdf-pages" role="document"{label}>{images}{body}</div>',
         "_dom_classes": classes},
        layout=layout,
    )  # fmt: skip
