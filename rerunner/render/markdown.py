"""Markdown to HTML in the kernel, with HTML escaped unless the caller allows it.

Rendering in the kernel keeps the front end a plain ipywidgets HTML view (works offline in
Voila) and puts escaping in one place we control: ``<script>``, ``onerror=`` and friends in
user text arrive as text, never as markup.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

from .textcache import text_cache

_SAFE = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)
_UNSAFE = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

# Streamlit's coloured text: :red[text], :blue-background[text], ...
_COLOR = re.compile(
    r":(red|orange|yellow|green|blue|violet|gray|grey|rainbow|primary)(-background)?\[([^\]]*)\]"
)


def _colors(rendered: str) -> str:
    def repl(m: re.Match[str]) -> str:
        color, background, text = m.group(1), m.group(2), m.group(3)
        css = "rr-bg" if background else "rr-fg"
        return f'<span class="{css}-{color}">{text}</span>'

    return _COLOR.sub(repl, rendered)


def _safe_link(rendered: str) -> str:
    # markdown-it already refuses javascript: URLs; links open outside the notebook.
    return rendered.replace("<a href=", '<a target="_blank" rel="noopener noreferrer" href=')


@text_cache(maxsize=2048)
def to_html(text: str, allow_html: bool = False) -> str:
    """Render a Markdown block."""
    renderer = _UNSAFE if allow_html else _SAFE
    return _safe_link(_colors(renderer.render(text)))


@text_cache(maxsize=2048)
def inline_html(text: str) -> str:
    """Render Markdown for a label: inline only, HTML always escaped."""
    return _safe_link(_colors(_SAFE.renderInline(text)))


def escape(text: str) -> str:
    return html.escape(text, quote=True)
