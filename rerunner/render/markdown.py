"""Markdown to HTML in the kernel, with HTML escaped unless the caller allows it.

Rendering in the kernel keeps the front end a plain ipywidgets HTML view (works offline in
Voila) and puts escaping in one place we control: ``<script>``, ``onerror=`` and friends in
user text arrive as text, never as markup.

Streamlit's own Markdown extensions are a markdown-it plugin here (``_streamlit``), so they
apply to text only, never inside code spans, code blocks or raw HTML:

* directives ``:name[text]``: colours (``:red[...]``), backgrounds (``:red-background[...]``),
  badges (``:red-badge[...]``), ``:small[...]``, ``:shimmer[...]``, ``:help[...]`` and any CSS
  colour, ``:color[text]{foreground="#0a0" background="rgb(0 0 0 / 10%)"}`` (a value that is
  not a colour is dropped, so nothing but a colour reaches the style);
* ``:material/name:`` as the icon's glyph (``render/icons.py``; a name the font does not
  draw stays as written), and GitHub's emoji shortcodes
  (``:smile:``) as their emoji;
* Streamlit's typography: ``->`` ``<-`` ``<->`` ``--`` ``>=`` ``<=`` ``~=`` as arrows, a dash
  and relations, when they stand between spaces and outside links.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

from ..icons import codepoints, shortcodes
from . import icons
from .textcache import text_cache

#: Streamlit's palette names, as its directives take them.
COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")

_DIRECTIVE = re.compile(r":([a-z][a-z0-9-]*)\[")
_ATTRIBUTES = re.compile(r"\{([^{}\n]*)\}")
_ATTRIBUTE = re.compile(r"""([a-z]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))""")
# What a CSS colour looks like: a name, a hex value, or a colour function of numbers. Anything
# else (a semicolon, a url(), an expression) is no colour and never reaches a style attribute.
_CSS_COLOR = re.compile(
    r"[a-zA-Z]{3,30}|#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}"
    r"|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-+0-9.%a-z\s,/]{1,80}\)"
)
_ICON = re.compile(r":material/([a-z0-9_]+):")
_SHORTCODE = re.compile(r":([a-z0-9_+-]+):")


def _directive_class(name: str) -> str | None:
    """The CSS class of the span a directive becomes; None for a name Streamlit does not know."""
    if name in COLORS or name == "rainbow":
        return f"rr-fg-{name}"
    color, _, suffix = name.partition("-")
    if suffix == "background" and (color in COLORS or color == "rainbow"):
        return f"rr-bg-{color}"
    if suffix == "badge" and color in COLORS:
        return f"rr-badge rr-badge-{color}"
    if name in ("small", "shimmer"):
        return f"rr-{name}"
    return None


def _inline(state: StateInline, silent: bool) -> bool:
    """``:material/name:`` and ``:name[...]`` directives (see the module's docstring)."""
    if state.src[state.pos] != ":":
        return False
    icon = _ICON.match(state.src, state.pos, state.posMax)
    if icon is not None and icon.group(1) in codepoints():
        if not silent:
            name = icon.group(1)
            token = state.push("rr_icon_open", "span", 1)
            token.attrs = {
                "class": "rr-icon", "role": "img", "aria-label": f"{name} icon", "translate": "no",
            }  # fmt: skip
            state.push("text", "", 0).content = codepoints()[name]
            state.push("rr_icon_close", "span", -1)
        state.pos = icon.end()
        return True
    code = _SHORTCODE.match(state.src, state.pos, state.posMax)
    if code is not None and code.group(1) in shortcodes():
        if not silent:
            state.push("text", "", 0).content = shortcodes()[code.group(1)]
        state.pos = code.end()
        return True
    directive = _DIRECTIVE.match(state.src, state.pos, state.posMax)
    if directive is None:
        return False
    name = directive.group(1)
    css = "rr-help" if name == "help" else "" if name == "color" else _directive_class(name)
    if css is None:
        return False
    start = directive.end() - 1  # the "["
    end = state.md.helpers.parseLinkLabel(state, start, False)
    if end < 0:
        return False
    style, after = "", end + 1
    if name == "color":  # :color[text]{foreground="..." background="..."}
        style, after = _color_style(state.src, end + 1, state.posMax)
        css = "rr-colored-bg" if "background" in style else "rr-colored" if style else ""
    if not silent:
        if name == "help":  # a help icon whose tooltip is the text
            token = state.push("rr_help_open", "span", 1)
            token.attrs = {"class": "rr-help", "title": state.src[start + 1 : end]}
            state.push("text", "", 0).content = "ⓘ"
        else:
            token = state.push("rr_directive_open", "span", 1)
            token.attrs = {"class": css, "style": style} if style else {"class": css} if css else {}
            old_pos, old_max = state.pos, state.posMax
            state.pos, state.posMax = start + 1, end
            state.md.inline.tokenize(state)
            state.pos, state.posMax = old_pos, old_max
        state.push("rr_directive_close", "span", -1)
    state.pos = after
    return True


def _color_style(src: str, pos: int, limit: int) -> tuple[str, int]:
    """The style of ``:color[...]{...}``'s attributes at ``pos`` (only valid colours), and
    where the directive ends."""
    block = _ATTRIBUTES.match(src, pos, limit)
    if block is None:
        return "", pos
    colors = {}
    for key, *quoted in _ATTRIBUTE.findall(block.group(1)):
        value = next((q for q in quoted if q), "").strip()
        if key in ("foreground", "background") and _CSS_COLOR.fullmatch(value):
            colors[key] = value
    parts = []
    if "foreground" in colors:
        parts.append(f"color: {colors['foreground']}")
    if "background" in colors:
        parts.append(f"background-color: {colors['background']}")
    return "; ".join(parts), block.end()


_TYPOGRAPHY = [
    (re.compile(r"(^|\s)<->(?=\s|$)"), "\\1↔"),
    (re.compile(r"(^|\s)->(?=\s|$)"), "\\1→"),
    (re.compile(r"(^|\s)<-(?=\s|$)"), "\\1←"),
    (re.compile(r"(^|\s)--(?=\s|$)"), "\\1—"),
    (re.compile(r"(^|\s)>=(?=\s|$)"), "\\1≥"),
    (re.compile(r"(^|\s)<=(?=\s|$)"), "\\1≤"),
    (re.compile(r"(^|\s)~=(?=\s|$)"), "\\1≈"),
]
_TYPOGRAPHY_HINT = re.compile(r"->|<-|--|>=|<=|~=")


def _typography(state) -> None:  # type: ignore[no-untyped-def]
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        in_link = 0
        for token in block.children:
            if token.type == "link_open":
                in_link += 1
            elif token.type == "link_close":
                in_link -= 1
            elif token.type == "text" and not in_link and _TYPOGRAPHY_HINT.search(token.content):
                for pattern, repl in _TYPOGRAPHY:
                    token.content = pattern.sub(repl, token.content)


def _streamlit(md: MarkdownIt) -> None:
    md.inline.ruler.before("emphasis", "streamlit", _inline)
    md.core.ruler.push("streamlit_typography", _typography)


def _parser(allow_html: bool) -> MarkdownIt:
    options = {"html": allow_html, "linkify": False, "typographer": False}
    return MarkdownIt("commonmark", options).enable(["table", "strikethrough"]).use(_streamlit)


_SAFE = _parser(False)
_UNSAFE = _parser(True)


def _safe_link(rendered: str) -> str:
    # markdown-it already refuses javascript: URLs; links open outside the notebook.
    return rendered.replace("<a href=", '<a target="_blank" rel="noopener noreferrer" href=')


def _counted(rendered: str) -> str:
    """Let the page know it shows an icon (the render may come from the cache)."""
    if 'class="rr-icon"' in rendered:
        icons.count_drawn()
    return rendered


#: Text that Markdown leaves as it is, one paragraph: ASCII letters, digits, inner spaces and
#: a few marks no rule reads on one line (no emphasis, link, entity, list, heading, shortcode,
#: escape or typography), as most labels and values are ("Count = 3"). Its HTML is known
#: without the parser, which costs a quarter of a millisecond per new text: every rerun that
#: shows a changed value writes one.
_AS_IS = re.compile(r"[A-Za-z0-9,;?%=/](?:[A-Za-z0-9 ,;?%=/]*[A-Za-z0-9,;?%=/])?")


@text_cache(maxsize=2048)
def _block(text: str, allow_html: bool) -> str:
    if _AS_IS.fullmatch(text):
        return f"<p>{text}</p>\n"
    renderer = _UNSAFE if allow_html else _SAFE
    return _safe_link(renderer.render(text))


@text_cache(maxsize=2048)
def _inline_html(text: str) -> str:
    return _safe_link(_SAFE.renderInline(text))


def to_html(text: str, allow_html: bool = False) -> str:
    """Render a Markdown block."""
    return _counted(_block(text, allow_html))


def inline_html(text: str) -> str:
    """Render Markdown for a label: inline only, HTML always escaped."""
    return _counted(_inline_html(text))


# The caches are the renders' (tests and the soak probe empty and read them through these).
to_html.cache_clear, to_html.cache_info = _block.cache_clear, _block.cache_info  # type: ignore[attr-defined]
inline_html.cache_clear = _inline_html.cache_clear  # type: ignore[attr-defined]
inline_html.cache_info = _inline_html.cache_info  # type: ignore[attr-defined]


def escape(text: str) -> str:
    return html.escape(text, quote=True)
