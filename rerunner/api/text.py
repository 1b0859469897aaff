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

from ..errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from ..runtime.context import LastRuns, current_run
from ..schema import MarkdownProps
from ..state import SessionStateProxy
from .alert import warning
from .lib import (
    ElementHandle,
    add,
    add_shown,
    check_height,
    check_icon,
    check_width,
    handle,
    require_int,
    st_function,
    text_body,
)

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
    """Display text formatted as Markdown.

    Renders ``body`` as GitHub-flavored Markdown (emphasis, lists, tables, links, code blocks) with
    Streamlit's extensions: emoji shortcodes such as ``:sunglasses:``, Material icons written
    ``:material/icon_name:``, coloured text ``:red[...]`` and backgrounds ``:blue-background[...]``,
    badges ``:green-badge[...]``, small text ``:small[...]``, and LaTeX between ``$`` or ``$$``
    signs. The text is dedented first, so an indented triple-quoted string works as written.

    HTML in ``body`` is escaped unless ``unsafe_allow_html=True``. In a ``%%rerun`` cell, a string
    alone on its own line is shown as Markdown too, as with Streamlit's magic.

    Parameters
    ----------
    body : Any
        The text, as GitHub-flavored Markdown with the extensions above. Colours for ``:color[...]``
        are ``red``, ``orange``, ``yellow``, ``green``, ``blue``, ``violet``, ``gray``/``grey``,
        ``rainbow`` and ``primary``. Once the text holds LaTeX, put a backslash before any other
        dollar sign. Any other object is shown as ``str(body)``.
    unsafe_allow_html : bool, optional
        [[unsafe_allow_html]]
    help : str or None, optional
        A tooltip shown in a small icon next to the text. Markdown is allowed. ``None`` (default)
        shows no tooltip.
    width : "auto", "stretch", "content", or int, optional
        The element's width. ``"auto"`` (default) stretches in a vertical layout and fits the
        content in a horizontal container; ``"stretch"`` fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.
    text_alignment : "left", "center", "right", or "justify", optional
        [[text_alignment]]
    anchors : bool, optional
        Whether Markdown headings in ``body`` (``#`` to ``######``) show a link icon on hover
        (``True``, default). With ``False`` the icons are hidden, but the headings keep their ids,
        so links to them still work.
    wrap : bool, optional
        [[wrap.caption]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.markdown("**Bold**, *italic*, and :orange[orange] text :tada:")
    >>> st.markdown("Energy: $E = mc^2$, a badge :green-badge[new], and `inline code`.")
    >>> st.markdown("Read the [Markdown guide](https://commonmark.org/help/).")
    """
    return add_shown(
        "markdown", markdown_props(body, unsafe_allow_html, help, width, text_alignment, wrap)
    )


def markdown_props(
    body: Any,
    unsafe_allow_html: Any = False,
    help: Any = None,
    width: Any = "auto",
    text_alignment: Any = "left",
    wrap: Any = True,
) -> MarkdownProps:
    """``st.markdown``'s checks and props record (``st.write`` adds its text with them)."""
    # (each check only when the argument is not its default: most text comes with defaults)
    if unsafe_allow_html is not False:
        require_int(unsafe_allow_html)
    if wrap is not True:
        _check_markdown_wrap(wrap, unsafe_allow_html)
    if width != "auto":
        check_width(width)
    if text_alignment != "left":
        check_text_alignment(text_alignment)
    text, allow_html = text_body(body), bool(unsafe_allow_html)
    plain = help is None and width == "auto" and text_alignment == "left" and wrap is True
    if plain:
        found = _PLAIN_MARKDOWN.get(current_run(), (text, allow_html))
        if found is not None:
            return found
    props = MarkdownProps(
        body=text,
        allow_html=allow_html,
        help=help,
        width=width,
        text_alignment=text_alignment,
        wrap=wrap,
    )
    if plain:
        _PLAIN_MARKDOWN.put((text, allow_html), props)
    return props


#: The props of text given with the defaults (most text: every ``st.write`` of a string), from
#: this run and the last: a run writing what the last run wrote gets the very record, which the
#: render recognises at a glance instead of comparing it field by field.
_PLAIN_MARKDOWN = LastRuns()


TEXT_ALIGNMENTS = ("left", "center", "right", "justify")


def check_wrap(wrap: Any) -> None:
    if not isinstance(wrap, bool):
        raise StreamlitValueError("Invalid `wrap` value. Supported values: True, False.")


def _check_markdown_wrap(wrap: Any, unsafe_allow_html: Any) -> None:
    check_wrap(wrap)
    if wrap is False and unsafe_allow_html:
        raise StreamlitIncompatibleParametersError(
            "`wrap=False` and `unsafe_allow_html=True` cannot be used together. One-line markdown "
            "cannot ellipsize raw HTML. Pass `wrap=True` to render HTML, or omit "
            "`unsafe_allow_html` to truncate."
        )


def check_text_alignment(text_alignment: Any) -> None:
    if text_alignment not in TEXT_ALIGNMENTS:
        raise StreamlitValueError(
            "Invalid `text_alignment` value. Supported values: 'left', 'center', 'right', "
            "'justify'."
        )


def _heading(
    level: str,
    body: Any,
    *,
    anchor: Any,
    help: str | None,
    icon: str | None,
    divider: Any,
    wrap: Any = True,
    width: Any = "stretch",
    **style: Any,
) -> ElementHandle:
    check_wrap(wrap)
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
            icon=check_icon(icon),
            divider=divider or None,
            wrap=wrap,
            width=_checked_text_layout(width, style.get("text_alignment", "left")),
            **style,
        )
    )


def _checked_text_layout(width: Any, text_alignment: Any) -> Any:
    check_width(width)
    check_text_alignment(text_alignment)
    return width


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
    """Display text formatted as a title.

    Shows ``body`` as the app's main heading, the largest text style (an HTML ``h1``). Streamlit
    suggests one title per page, but does not enforce it. Unless ``anchor=False``, the heading has
    an anchor, so a link ending in ``#anchor`` leads straight to it.

    Parameters
    ----------
    body : str
        The title text, as GitHub-flavored Markdown with the extensions described in ``st.markdown``
        (coloured text, emoji and icon shortcodes, LaTeX...). Any other object is shown as
        ``str(body)``.
    anchor : str, False, or None, optional
        [[anchor]]
    help : str or None, optional
        A tooltip shown in a small icon next to the title. Markdown is allowed. ``None`` (default)
        shows no tooltip.
    icon : str or None, optional
        An icon shown before the title: a single emoji (``"🚀"``), a Material Symbols icon written
        ``":material/icon_name:"`` (for example ``":material/dashboard:"``), or ``"spinner"``.
        ``None`` (default) or ``""`` shows no icon. The icon is decorative: it is left out of the
        heading's accessible name and of its generated anchor.
    width : "stretch", "content", or int, optional
        The title's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.
    text_alignment : "left", "center", "right", or "justify", optional
        [[text_alignment]]
    wrap : bool, optional
        Whether a title too long for one line wraps onto more lines (``True``, default). With
        ``False`` it stays on one line, cut off with an ellipsis: only the first line of ``body`` is
        shown, and hovering over it reveals the whole line. The anchor and help icons stay visible.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.title("Sales dashboard")
    >>> st.title("Forecast for :blue[2025]", anchor="forecast", icon="📈")
    """
    return _heading(
        "h1",
        body,
        anchor=anchor,
        help=help,
        icon=icon,
        divider=None,
        text_alignment=text_alignment,
        wrap=wrap,
        width=width,
    )


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
    """Display text formatted as a header.

    Shows ``body`` as a section heading, one level below ``st.title`` (an HTML ``h2``), optionally
    underlined by a coloured divider. Unless ``anchor=False``, the heading has an anchor, so a link
    ending in ``#anchor`` leads straight to it.

    Parameters
    ----------
    body : str
        The header text, as GitHub-flavored Markdown with the extensions described in
        ``st.markdown`` (coloured text, emoji and icon shortcodes, LaTeX...). Any other object is
        shown as ``str(body)``.
    anchor : str, False, or None, optional
        [[anchor]]
    help : str or None, optional
        A tooltip shown in a small icon next to the header. Markdown is allowed. ``None`` (default)
        shows no tooltip.
    icon : str or None, optional
        An icon shown before the header: a single emoji (``"🚀"``), a Material Symbols icon written
        ``":material/icon_name:"`` (for example ``":material/dashboard:"``), or ``"spinner"``.
        ``None`` (default) or ``""`` shows no icon. The icon is decorative: it is left out of the
        heading's accessible name and of its generated anchor.
    divider : bool or str, optional
        A coloured rule drawn under the header. ``False`` (default) draws none. A colour name sets
        its colour: ``"blue"``, ``"green"``, ``"orange"``, ``"red"``, ``"violet"``, ``"yellow"``,
        ``"gray"`` (or ``"grey"``), or ``"rainbow"``. ``True`` gives successive headings that use it
        the palette's colours in turn (blue, then green, and so on; never gray or rainbow).
    width : "stretch", "content", or int, optional
        The header's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.
    text_alignment : "left", "center", "right", or "justify", optional
        [[text_alignment]]
    wrap : bool, optional
        Whether a header too long for one line wraps onto more lines (``True``, default). With
        ``False`` it stays on one line, cut off with an ellipsis: only the first line of ``body`` is
        shown, and hovering over it reveals the whole line. The anchor and help icons stay visible.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.header("Monthly revenue", divider="blue")
    >>> st.header("Costs", divider=True, help="Excludes taxes")
    """
    return _heading(
        "h2",
        body,
        anchor=anchor,
        help=help,
        icon=icon,
        divider=divider,
        text_alignment=text_alignment,
        wrap=wrap,
        width=width,
    )


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
    """Display text formatted as a subheader.

    Shows ``body`` as a subsection heading, one level below ``st.header`` (an HTML ``h3``),
    optionally underlined by a coloured divider. Unless ``anchor=False``, the heading has an anchor,
    so a link ending in ``#anchor`` leads straight to it.

    Parameters
    ----------
    body : str
        The subheader text, as GitHub-flavored Markdown with the extensions described in
        ``st.markdown`` (coloured text, emoji and icon shortcodes, LaTeX...). Any other object is
        shown as ``str(body)``.
    anchor : str, False, or None, optional
        [[anchor]]
    help : str or None, optional
        A tooltip shown in a small icon next to the subheader. Markdown is allowed. ``None``
        (default) shows no tooltip.
    icon : str or None, optional
        An icon shown before the subheader: a single emoji (``"🚀"``), a Material Symbols icon
        written ``":material/icon_name:"`` (for example ``":material/dashboard:"``), or
        ``"spinner"``. ``None`` (default) or ``""`` shows no icon. The icon is decorative: it is
        left out of the heading's accessible name and of its generated anchor.
    divider : bool or str, optional
        A coloured rule drawn under the subheader. ``False`` (default) draws none. A colour name
        sets its colour: ``"blue"``, ``"green"``, ``"orange"``, ``"red"``, ``"violet"``,
        ``"yellow"``, ``"gray"`` (or ``"grey"``), or ``"rainbow"``. ``True`` gives successive
        headings that use it the palette's colours in turn (blue, then green, and so on; never gray
        or rainbow).
    width : "stretch", "content", or int, optional
        The subheader's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.
    text_alignment : "left", "center", "right", or "justify", optional
        [[text_alignment]]
    wrap : bool, optional
        Whether a subheader too long for one line wraps onto more lines (``True``, default). With
        ``False`` it stays on one line, cut off with an ellipsis: only the first line of ``body`` is
        shown, and hovering over it reveals the whole line. The anchor and help icons stay visible.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.subheader("By region", divider="gray")
    >>> st.subheader("Top products", icon=":material/star:")
    """
    return _heading(
        "h3",
        body,
        anchor=anchor,
        help=help,
        icon=icon,
        divider=divider,
        text_alignment=text_alignment,
        wrap=wrap,
        width=width,
    )


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
    """Display text in a small, muted font.

    Meant for captions, footnotes, asides and other secondary text. ``body`` is rendered as
    Markdown, as in ``st.markdown``; HTML is escaped unless ``unsafe_allow_html=True``.

    Parameters
    ----------
    body : str
        The caption text, as GitHub-flavored Markdown with the extensions described in
        ``st.markdown`` (coloured text, emoji and icon shortcodes, LaTeX...). Any other object is
        shown as ``str(body)``.
    unsafe_allow_html : bool, optional
        [[unsafe_allow_html]]
    help : str or None, optional
        A tooltip shown in a small icon next to the caption. Markdown is allowed. ``None`` (default)
        shows no tooltip.
    width : "stretch", "content", or int, optional
        The caption's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.
    text_alignment : "left", "center", "right", or "justify", optional
        [[text_alignment]]
    wrap : bool, optional
        [[wrap.caption]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.line_chart({"visitors": [120, 180, 150, 210]})
    >>> st.caption("Daily visitors, last four days. Source: *web logs*.")
    """
    _check_markdown_wrap(wrap, unsafe_allow_html)
    return handle(
        add(
            "caption",
            body=text_body(body),
            allow_html=bool(unsafe_allow_html),
            help=help,
            text_alignment=text_alignment,
            width=_checked_text_layout(width, text_alignment),
            wrap=wrap,
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
    """Display plain text, without Markdown or HTML.

    Shows ``body`` exactly as written: Markdown syntax and HTML tags appear as typed. For a
    monospace block of code or preformatted output, use ``st.code``.

    Parameters
    ----------
    body : str
        The text to show. Any other object is shown as ``str(body)``.
    help : str or None, optional
        A tooltip shown in a small icon next to the text. Markdown is allowed. ``None`` (default)
        shows no tooltip.
    width : "content", "stretch", or int, optional
        The text's width. ``"content"`` (default) fits the content, up to the parent's width;
        ``"stretch"`` fills the width of the parent container; an int sets a fixed width in pixels,
        capped at the parent's width.
    text_alignment : "left", "center", "right", or "justify", optional
        [[text_alignment]]
    wrap : bool, optional
        Whether text too long for one line wraps (``True``, default). With ``False`` it stays on one
        line, cut off with an ellipsis, newlines in ``body`` do not start new lines, and hovering
        reveals the full text.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.text("Shown as is: *no emphasis*, [no link](here), <b>no HTML</b>.")
    """
    check_wrap(wrap)
    return handle(
        add(
            "text",
            body=text_body(body),
            help=help,
            text_alignment=text_alignment,
            width=_checked_text_layout(width, text_alignment),
            wrap=wrap,
        )
    )


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
    """Display a code block, with optional syntax highlighting.

    Shows ``body`` in a monospace block, highlighted for ``language``, keeping its indentation. Use
    it for source code, shell commands, or any preformatted text.

    Parameters
    ----------
    body : str
        The code or text to show. Any other object is shown as ``str(body)``.
    language : str or None, optional
        The language to highlight ``body`` as, such as ``"python"`` (default), ``"sql"``,
        ``"json"``, ``"bash"`` or ``"yaml"``. ``None`` shows plain monospace text.
    line_numbers : bool, optional
        Whether to number the lines in a gutter on the left (default ``False``).
    wrap_lines : bool, optional
        Whether long lines wrap instead of scrolling horizontally (default ``False``).
    height : "content", "stretch", or int, optional
        The code block's height. ``"content"`` (default) fits the content; ``"stretch"`` grows to
        the height of the parent container when that is taller than the content; an int sets a fixed
        height in pixels, and taller content scrolls. Keep scrolling areas modest (500 pixels at
        most) so the page stays easy to scroll on small screens.
    width : "stretch", "content", or int, optional
        The code block's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.code("SELECT city, AVG(temp) FROM readings GROUP BY city", language="sql")
    >>> st.code("pip install rerunner", language="bash", line_numbers=True)
    """
    return handle(
        add(
            "code",
            body=_code_text(body),
            language=language,
            line_numbers=bool(line_numbers),
            wrap_lines=bool(wrap_lines),
            width=check_width(width),
            height=check_height(height),
        )
    )


@st_function
def json(body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> ElementHandle:
    """Display an object or a JSON string as pretty-printed, collapsible JSON.

    Dicts, lists and other JSON-like objects are serialised first: sets become lists, and values
    JSON cannot hold are shown by their ``repr``. A string is taken to be JSON already. The user can
    fold and unfold any level of the tree.

    Parameters
    ----------
    body : object or str
        The data to show: a dict, list or other JSON-serialisable object, or a string of serialised
        JSON.
    expanded : bool or int, optional
        How much of the tree is open at first. ``True`` (default) opens everything, ``False``
        collapses everything, and a non-negative int ``n`` opens the first ``n`` levels (``0`` is
        the same as ``False``).
    width : "stretch" or int, optional
        The JSON element's width. ``"stretch"`` (default) fills the width of the parent container;
        an int sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> config = {"model": "forest", "params": {"trees": 200, "depth": {"max": 8}}}
    >>> st.json(config, expanded=2)
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
    return handle(add("json", body=body, expanded=expanded, width=check_width(width, ("stretch",))))


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
    """Display a horizontal rule.

    Draws a thin line across the container to separate sections. Writing ``"---"`` with
    ``st.write``, or alone on a line of a ``%%rerun`` cell, has the same effect.

    Parameters
    ----------
    width : "stretch" or int, optional
        The divider's width. ``"stretch"`` (default) fills the width of the parent container; an int
        sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> st.write("Inputs above the line")
    >>> st.divider()
    >>> st.write("Results below it")
    """
    return handle(add("divider", width=check_width(width, ("stretch",))))


BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")


@st_function
def badge(
    label: str,
    *,
    icon: str | None = None,
    color: str = "blue",
    width: Any = "content",
    help: str | None = None,
) -> ElementHandle:
    """Display a coloured badge with an optional icon and a label.

    A badge is Markdown: ``st.badge("New", color="green")`` writes ``:green-badge[New]``, and
    ``AppTest`` sees it as a Markdown element with that text, as Streamlit's does. For several
    badges on one line, write the directives in one ``st.markdown``.

    Parameters
    ----------
    label : str
        The badge's text. Markdown (bold, italics, links...) is allowed; ``[`` and ``]`` are
        shown as they are.
    icon : str or None, optional
        An icon shown before the label: a single emoji (``"🔥"``), a Material Symbols icon
        written ``":material/icon_name:"`` (for example ``":material/check:"``), or
        ``"spinner"``. ``None`` (default) shows no icon.
    color : str, optional
        The badge's colour: ``"blue"`` (default), ``"red"``, ``"orange"``, ``"yellow"``,
        ``"green"``, ``"violet"``, ``"gray"``/``"grey"`` or ``"primary"`` (the theme's accent).
    width : "content", "stretch", or int, optional
        The element's width: ``"content"`` (default) fits the badge, ``"stretch"`` fills the
        width of the parent container, an int sets a fixed width in pixels.
    help : str or None, optional
        A tooltip shown in a small icon next to the badge. Markdown is allowed. ``None``
        (default) shows no tooltip.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it replaces the element in
        place.

    Example
    -------
    >>> import streamlit as st
    >>> st.badge("New")
    >>> st.badge("Success", icon=":material/check:", color="green")
    >>> st.markdown(":violet-badge[:material/star: Favorite] :gray-badge[Deprecated]")
    """
    icon = check_icon(icon)
    prefix = f"{icon} " if icon else ""
    text = label.replace("[", "\\[").replace("]", "\\]")
    check_width(width)
    return handle(add("markdown", body=f":{color}-badge[{prefix}{text}]", help=help, width=width))
