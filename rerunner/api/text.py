"""Text elements: markdown, headings, captions, text, code, JSON and dividers."""

from __future__ import annotations

import array
import enum
import json as _json
import re
from collections import ChainMap, UserDict, UserList, deque
from collections.abc import ItemsView, KeysView, ValuesView
from types import MappingProxyType
from typing import Any

from ..errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from ..state import SessionStateProxy
from .alert import warning
from .lib import ElementHandle, add, handle, require_int, st_function, text_body

_LIST_LIKE = (
    list, set, tuple, frozenset, array.array, deque, enum.EnumMeta, enumerate, ItemsView,
    KeysView, map, range, UserList, ValuesView,
)  # fmt: skip

HEADING_DIVIDER_COLORS = (
    "red",
    "orange",
    "yellow",
    "blue",
    "green",
    "violet",
    "gray",
    "grey",
    "rainbow",
)


def _code_text(body: Any) -> str:
    """A code block keeps its indentation; only one newline at each end is dropped."""
    return re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))


@st_function
def markdown(
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "auto",
    text_alignment: str = "left",
    anchors: bool = True,
    wrap: bool = True,
) -> ElementHandle:
    """Display a string formatted as Markdown (GitHub flavour: tables, strikethrough).

    HTML in ``body`` is escaped unless ``unsafe_allow_html=True``.
    """
    require_int(unsafe_allow_html)
    return handle(
        add(
            "markdown",
            body=text_body(body),
            allow_html=bool(unsafe_allow_html),
            help=help,
            width=width,
            text_alignment=text_alignment,
        )
    )


def _heading(
    level: str,
    body: Any,
    anchor: Any,
    help: str | None,
    icon: str | None,
    divider: Any,
    **style: Any,
) -> ElementHandle:
    if divider is True:
        divider = "auto"
    elif divider not in (False, None) and divider not in HEADING_DIVIDER_COLORS:
        raise StreamlitValueError(
            "Invalid `divider` value. Supported values: True, "
            + ", ".join(f"'{c}'" for c in HEADING_DIVIDER_COLORS)
            + "."
        )
    if anchor is True:
        raise StreamlitValueError(
            "Invalid `anchor` value. Supported values: None, False, any string."
        )
    if anchor is not None and anchor is not False and not isinstance(anchor, str):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `anchor` type. Expected one of: str, None, False. "
            f"Provided type: {type(anchor).__name__}."
        )
    return handle(
        add(
            "heading",
            tag=level,
            body=text_body(body),
            anchor=anchor,
            help=help,
            icon=icon,
            divider=divider or None,
            **style,
        )
    )


@st_function
def title(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display text in title formatting (an ``h1``)."""
    return _heading("h1", body, anchor, help, icon, None, text_alignment=text_alignment)


@st_function
def header(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display text in header formatting (an ``h2``), optionally with a coloured divider."""
    return _heading("h2", body, anchor, help, icon, divider, text_alignment=text_alignment)


@st_function
def subheader(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display text in subheader formatting (an ``h3``), optionally with a coloured divider."""
    return _heading("h3", body, anchor, help, icon, divider, text_alignment=text_alignment)


@st_function
def caption(
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: Any = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display Markdown in a small, muted font, for captions and footnotes."""
    return handle(
        add(
            "caption",
            body=text_body(body),
            allow_html=bool(unsafe_allow_html),
            help=help,
            text_alignment=text_alignment,
        )
    )


@st_function
def text(
    body: Any,
    *,
    help: str | None = None,
    width: Any = "content",
    text_alignment: str = "left",
    wrap: bool = True,
) -> ElementHandle:
    """Display fixed-width, preformatted text (no Markdown)."""
    return handle(add("text", body=text_body(body), help=help, text_alignment=text_alignment))


@st_function
def code(
    body: Any,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: Any = "content",
    width: Any = "stretch",
) -> ElementHandle:
    """Display a code block, highlighted for ``language`` (None or ``"text"`` for plain)."""
    return handle(
        add(
            "code",
            body=_code_text(body),
            language=language,
            line_numbers=bool(line_numbers),
            wrap_lines=bool(wrap_lines),
        )
    )


@st_function
def json(body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> ElementHandle:
    """Display an object (or a JSON string, shown as given) as pretty-printed JSON.

    Mappings and sequences are converted first; sets become lists and anything else that JSON
    cannot hold is shown by its ``repr``, as in Streamlit.
    """
    body = _json_ready(body)
    if not isinstance(body, str):
        try:
            body = _json.dumps(body, default=_json_default)
        except TypeError as exc:  # keys JSON cannot hold: shown without them, with a warning
            warning(
                "Warning: this data structure was not fully serializable as JSON due to one or "
                f"more unexpected keys.  (Error was: {exc})"
            )
            body = _json.dumps(body, skipkeys=True, default=_json_default)
    return handle(add("json", body=body, expanded=expanded))


def _json_ready(body: Any) -> Any:
    """What Streamlit converts before dumping: mapping-likes to dicts, list-likes to lists."""

    if isinstance(body, SessionStateProxy):
        return body.to_dict()
    if isinstance(body, tuple) and callable(getattr(body, "_asdict", None)):
        return body._asdict()
    if isinstance(body, (ChainMap, MappingProxyType, UserDict)):
        return dict(body)
    if isinstance(body, _LIST_LIKE):
        return list(body)
    return body


def _json_default(obj: Any) -> Any:
    return list(obj) if isinstance(obj, set) else repr(obj)


@st_function
def divider(*, width: Any = "stretch") -> ElementHandle:
    """Display a horizontal rule."""
    return handle(add("divider"))
