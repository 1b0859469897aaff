"""``st.iframe`` and ``streamlit.components.v1.html``/``.iframe``: content in a sandboxed iframe.

All three make an ``iframe`` element, as in Streamlit (AppTest shows each as an ``iframe``), drawn
by ``render/iframe.py`` with the sandbox flags and feature policy Streamlit's front end gives its
iframes: scripts run, forms, pop-ups and downloads work, and the frame is same-origin with the
page (Streamlit's warning applies here too: never embed HTML you do not trust).

A ``pathlib.Path`` to a file that is not HTML is embedded as a ``data:`` URL (Streamlit uploads it
to its media server; a notebook has none), so the browser's own viewer shows it.
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from .lib import ElementHandle, add, check_height, check_width, handle, st_function
from .refusals import with_shared

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: The title Streamlit gives an iframe without ``alt``.
DEFAULT_TITLE = "st.iframe"


def check_tab_index(tab_index: Any) -> None:
    """Streamlit's check of ``tab_index``: None, -1 or a non-negative int."""
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `tab_index` type. Expected one of: int. Provided type: "
            f"{type(tab_index).__name__}."
        )
    if tab_index < -1:
        raise StreamlitValueError(
            "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer."
        )


def is_url(text: str, schemes: tuple[str, ...] = ("http", "https", "data")) -> bool:
    """Streamlit's ``url_util.is_url``: an allowed scheme, with a host (http) or a path (data)."""
    try:
        parts = urlparse(text)
    except ValueError:
        return False
    if parts.scheme not in schemes:
        return False
    return bool(parts.netloc) if parts.scheme in ("http", "https") else bool(parts.path)


def _is_file(text: str) -> bool:
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _read_local(path: Path) -> tuple[str, str]:
    """(src, srcdoc) for a local file: HTML inline, anything else as a ``data:`` URL."""
    if path.suffix.lower() in _HTML_SUFFIXES:
        try:
            return "", path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise StreamlitAPIException(f"Unable to read file '{path}': {exc}") from exc
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StreamlitAPIException(f"Unable to read file '{path}': {exc}") from exc
    mime = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}", ""


@st_function
def iframe(
    src: str | Path,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    tab_index: int | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Embed content in an iframe.

    The content runs in a sandboxed iframe with the flags Streamlit uses (scripts, forms,
    pop-ups, downloads, same origin). Only embed content you trust: its scripts can reach the
    notebook page.

    Parameters
    ----------
    src : str or Path
        What to embed:

        - an absolute URL (``http://``, ``https://`` or ``data:``), loaded by the browser;
        - a relative URL starting with ``/``, loaded from the notebook server as it is;
        - a ``pathlib.Path`` to a local file: HTML files (``.html``, ``.htm``, ``.xhtml``) are
          read and embedded; any other file (PDF, image, SVG...) is embedded as a ``data:``
          URL and shown by the browser's own viewer. A string is never read as a file path;
        - any other string: HTML, embedded as it is.
    width : "stretch", "content", or int, optional
        ``"stretch"`` (default) fills the width of the container, ``"content"`` matches the
        width of embedded HTML (URLs fall back to ``"stretch"``), an int is a width in pixels.
    height : "content", "stretch", or int, optional
        ``"content"`` (default) follows the height of embedded HTML (URLs and other files fall
        back to 400 pixels), ``"stretch"`` fills a container of fixed height, an int is a
        height in pixels.
    tab_index : int or None, optional
        [[tab_index]]
    alt : str or None, optional
        The iframe's accessible name (its ``title``); ``None`` or a blank string keeps
        ``"st.iframe"``.

    Returns
    -------
    ElementHandle
        A handle to the element; an st element method called on it replaces it.

    Example
    -------
    >>> import streamlit as st
    >>> st.iframe("<p>This is <strong>embedded HTML</strong>.</p>", height=100)
    """
    check_width(width)
    check_height(height)
    text = str(src) if isinstance(src, Path) else src
    measured = True
    if isinstance(src, Path):
        url, doc = _read_local(src)
        measured = not url
    elif not isinstance(text, str):
        raise TypeError("bad argument type for built-in operation")
    elif is_url(text) or (text.startswith("/") and not _is_file(text)):
        url, doc, measured = text, "", False
    else:
        url, doc = "", text
    check_tab_index(tab_index)
    title = alt.strip() if isinstance(alt, str) and alt.strip() else DEFAULT_TITLE
    if not measured:  # a URL cannot be measured from the page
        width = "stretch" if width == "content" else width
        height = 400 if height == "content" else height
    return handle(
        add(
            "iframe",
            src=url,
            srcdoc=doc,
            width=width,
            height=height,
            scrolling=True,
            tab_index=tab_index,
            title=title,
        )
    )


def components_html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> ElementHandle:
    """Display an HTML string in an iframe (``streamlit.components.v1.html``).

    The HTML, its scripts included, runs in a sandboxed iframe with the flags Streamlit uses.
    Never pass HTML you do not trust: it can reach the notebook page. For HTML without an
    iframe, use ``st.html``.

    Parameters
    ----------
    html : str
        The HTML document or fragment to embed.
    width : int or None, optional
        [[width.components]]
    height : int or None, optional
        [[height.components]]
    scrolling : bool, optional
        [[scrolling.components]]
    tab_index : int or None, optional
        [[tab_index]]

    Returns
    -------
    ElementHandle
        A handle to the element.

    Example
    -------
    >>> import streamlit.components.v1 as components
    >>> components.html("<p><span style='text-decoration: line-through double red;'>Oops</span>!</p>")
    """
    return _legacy(srcdoc=html, width=width, height=height, scrolling=scrolling, tab=tab_index)


def components_iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> ElementHandle:
    """Load a URL in an iframe (``streamlit.components.v1.iframe``).

    Parameters
    ----------
    src : str
        The URL of the page to embed.
    width : int or None, optional
        [[width.components]]
    height : int or None, optional
        [[height.components]]
    scrolling : bool, optional
        [[scrolling.components]]
    tab_index : int or None, optional
        [[tab_index]]

    Returns
    -------
    ElementHandle
        A handle to the element.

    Example
    -------
    >>> import streamlit.components.v1 as components
    >>> components.iframe("https://example.com", height=500)
    """
    return _legacy(src=src, width=width, height=height, scrolling=scrolling, tab=tab_index)


# Not st functions (no refusal wrapper), so their shared texts are expanded here.
components_html.__doc__ = with_shared(components_html.__doc__)
components_iframe.__doc__ = with_shared(components_iframe.__doc__)


def _legacy(
    *, width: Any, height: Any, scrolling: Any, tab: Any, src: Any = "", srcdoc: Any = ""
) -> ElementHandle:
    for value in (src, srcdoc):
        if not isinstance(value, str):  # protobuf's refusal of a non-string field
            raise TypeError("bad argument type for built-in operation")
    check_tab_index(tab)
    width = "stretch" if width is None else check_width(width)
    height = 150 if height is None else check_height(height)
    return handle(
        add(
            "iframe",
            src=src,
            srcdoc=srcdoc,
            width=width,
            height=height,
            scrolling=bool(scrolling),
            tab_index=tab,
            title=DEFAULT_TITLE,
        )
    )
