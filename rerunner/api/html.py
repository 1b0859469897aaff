"""``st.html``: HTML inserted as it is given, sanitised where it is drawn.

As in Streamlit, the element carries the HTML as given (``AppTest`` reads it back unchanged)
and the drawing sanitises it: Streamlit's front end runs DOMPurify over it, rerunner's recipe
runs an equivalent allowlist in the kernel (``render/html.py``), so no script or event handler
reaches the page unless ``unsafe_allow_javascript=True`` asks for scripts.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from ..errors import StreamlitMissingRequiredParameterError
from .lib import ElementHandle, add, check_width, handle, st_function, text_body

log = logging.getLogger("rerunner")

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)


@st_function
def html(
    body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False
) -> ElementHandle:
    """Insert HTML into the app.

    The HTML is sanitised before it is shown, as Streamlit sanitises it with DOMPurify: tags
    and attributes outside HTML's safe set (scripts, ``on...`` event handlers, ``javascript:``
    links, SVG, iframes) are removed, while styles (``<style>`` and ``style=``), classes, forms,
    images, media and ``data-``/``aria-`` attributes stay. The HTML is not put in an iframe, so
    a ``<style>`` in it styles the whole page. HTML that holds only ``<style>`` takes no room
    in the app.

    Parameters
    ----------
    body : any
        The HTML: a string of HTML (a string is never read as a file path); a
        ``pathlib.Path`` to a file of HTML, or of CSS, which is wrapped in ``<style>`` tags; or
        any other object, shown through its ``_repr_html_()`` if it has one, else ``str(body)``.
        Empty HTML raises an error.
    width : "stretch", "content", or int, optional
        The element's width: ``"stretch"`` (default) fills the width of the parent container,
        ``"content"`` fits the content up to the parent's width, an int sets a fixed width in
        pixels, capped at the parent's width.
    unsafe_allow_javascript : bool, optional
        Whether scripts in the HTML run. With ``False`` (default) ``<script>`` tags are removed.
        With ``True`` they stay and run when the element is shown (event-handler attributes are
        still removed, as in Streamlit). Use it only with HTML you trust.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it replaces the element in
        place.

    Example
    -------
    >>> import streamlit as st
    >>> st.html("<p><span style='text-decoration: line-through double red;'>Oops</span>!</p>")
    >>> from pathlib import Path
    >>> st.html(Path("styles.css"))  # the file's rules, wrapped in <style>
    """
    if callable(getattr(body, "_repr_html_", None)):
        content = body._repr_html_()
    elif isinstance(body, Path):
        content = body.read_text(encoding="utf-8")
        if body.suffix.lower() == ".css":
            content = f"<style>{content}</style>"
    else:
        if isinstance(body, str) and _is_file(body):
            log.warning(
                "Passing a local file path as a string to `st.html` is no longer supported. "
                "To load a local file, pass a `pathlib.Path` object instead."
            )
        content = text_body(body)
    if content == "":
        raise StreamlitMissingRequiredParameterError("The `body` parameter is required.")
    check_width(width)
    style_only = _STYLE.sub("", _COMMENT.sub("", content)).strip() == ""
    return handle(
        add(
            "html",
            body=content,
            allow_javascript=bool(unsafe_allow_javascript) and not style_only,
            style_only=style_only,
            width=width,
        )
    )


def _is_file(text: str) -> bool:
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False
