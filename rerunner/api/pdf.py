"""``st.pdf``: a PDF's pages, shown offline.

Streamlit 1.67 draws ``st.pdf`` with the ``streamlit-pdf`` component (pdf.js in the browser).
rerunner renders the pages in the kernel with pypdfium2 (PDFium, the renderer of Chromium,
as a wheel with no other dependency) and shows them as images in a box of the given height,
each page rendered and sent when it scrolls near the visible part (``render/pdf.py``,
``js/src/pdf.js``). Why not pdf.js in the bundle: it needs a Web Worker and ~2 MB of JavaScript
(a third of the bundles' budget), while the kernel already has the bytes; PDFium renders what
pdf.js renders, and a PNG works wherever an image does (Voila, JupyterHub). The cost is one PNG
per page looked at (about 80 to 170 ms to render and 130 to 150 KB for a page of text).

A URL is refused: rerunner fetches nothing (Streamlit hands the URL to the browser's pdf.js).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    UnsupportedError,
    missing_dependency,
)
from .iframe import is_url
from .lib import ElementHandle, add, check_height, handle, st_function


@st_function
def pdf(
    data: str | Path | bytes | Any,
    *,
    height: int | str = 500,
    key: str | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a PDF viewer.

    The pages are rendered in the kernel (with pypdfium2, ``pip install pypdfium2`` or
    ``pip install 'rerunner[pdf]'``) and shown one under the other in a scrolling box, each
    page rendered when it comes into view.

    Parameters
    ----------
    data : str, Path, BytesIO, or bytes
        The PDF: a path to a local file (relative to the working directory), a file-like
        object (an ``UploadedFile`` from ``st.file_uploader``, a file opened with ``open()``),
        or the raw bytes. A URL is not supported (rerunner fetches nothing).
    height : int or "stretch", optional
        The height of the viewer in pixels (default 500), with scrolling for longer documents;
        ``"stretch"`` shows every page at full height, or fills a container of fixed height.
    key : str or None, optional
        A stable identity for the element; it is drawn with the class ``st-key-<key>``.
    alt : str or None, optional
        A short accessible name for the viewer; ``None`` or blank for none.

    Returns
    -------
    ElementHandle
        A handle to the element.

    Example
    -------
    >>> import streamlit as st
    >>> st.pdf("report.pdf", height=600, alt="Q3 report")
    """
    if data is None:
        raise StreamlitMissingRequiredParameterError(
            "The `data` parameter is required. Please provide a valid PDF file path, URL, "
            "bytes data, or file-like object."
        )
    try:
        import pypdfium2  # noqa: F401 - the recipe renders with it; say so where it is called
    except ImportError:
        raise missing_dependency("pdf", "pypdfium2", "pypdfium2", extra="pdf") from None
    check_height(height, allowed=("stretch",))
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if is_url(text, ("http", "https")):
            raise UnsupportedError(
                "`st.pdf` of a URL is not supported by rerunner (it fetches nothing); pass the "
                "PDF's bytes or a local path."
            )
        try:
            content = Path(text).read_bytes()
        except (FileNotFoundError, PermissionError) as exc:
            raise StreamlitAPIException(f"Unable to read file '{text}': {exc}") from exc
    elif isinstance(data, (bytes, bytearray, memoryview)):
        content = bytes(data)
    elif hasattr(data, "read") and hasattr(data, "getvalue"):
        content = bytes(data.getvalue())
    elif hasattr(data, "read"):
        content = bytes(data.read())
    else:
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `data` type. Expected one of: str, Path, bytes, file-like object. "
            f"Provided type: {type(data).__name__}. A str can be a file path or a URL."
        )
    name = alt.strip() if isinstance(alt, str) and alt.strip() else None
    return handle(add("pdf", data=content, height=height, alt=name, key=key))
