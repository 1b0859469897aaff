"""Recipes for text elements: markdown, caption, headings, text, code, json, divider, latex."""

from __future__ import annotations

import json
from typing import Any

import ipywidgets as w

from ..elements import Element
from .icons import icon_html
from .lib import Emit, help_icon, html_box, recipe
from .markdown import escape, inline_html, to_html
from .textcache import text_cache
from .vdom import V


def _align(p: dict[str, Any]) -> str:
    align = p.text_alignment
    return f' style="text-align:{align}"' if align and align != "left" else ""


@recipe("markdown")
def markdown(el: Element, emit: Emit) -> V:
    p = el.props
    body = to_html(p.body, bool(p.allow_html))
    return html_box(f'<div class="rr-md"{_align(p)}>{body}{help_icon(p.help)}</div>', "rr-markdown",
                    width=p.width)  # fmt: skip


@recipe("caption")
def caption(el: Element, emit: Emit) -> V:
    p = el.props
    body = to_html(p.body, bool(p.allow_html))
    return html_box(f'<div class="rr-md rr-caption"{_align(p)}>{body}</div>', "rr-markdown")


@recipe("heading")
def heading(el: Element, emit: Emit) -> V:
    p = el.props
    anchor = p.anchor
    attr = f' id="{escape(anchor)}"' if isinstance(anchor, str) and anchor else ""
    icon = icon_html(p.icon)
    text = f"<{p.tag}{attr}{_align(p)}>{icon}{inline_html(p.body)}{help_icon(p.help)}</{p.tag}>"
    divider = p.divider
    if divider:
        color = "rainbow" if divider == "auto" else divider
        text += f'<hr class="rr-divider-{color}">'
    return html_box(text, "rr-heading")


@recipe("text")
def text(el: Element, emit: Emit) -> V:
    return html_box(f'<div class="rr-text">{escape(el.props.body)}</div>', "rr-text-element")


@text_cache(maxsize=512)
def highlight(code: str, language: str | None, line_numbers: bool) -> str:
    try:
        from pygments import highlight as pyg_highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound

        lexer = get_lexer_by_name(language or "text")
        formatter = HtmlFormatter(noclasses=True, nowrap=True, linenos=False, style="default")
        body = pyg_highlight(code, lexer, formatter)
    except (ImportError, ClassNotFound):
        body = escape(code)
    if line_numbers:
        lines = body.rstrip("\n").split("\n")
        width = len(str(len(lines)))
        body = "\n".join(
            f'<span style="opacity:.5">{i:>{width}}</span>  {line}'
            for i, line in enumerate(lines, 1)
        )
    return body


@recipe("code")
def code(el: Element, emit: Emit) -> V:
    p = el.props
    body = highlight(p.body, p.language, bool(p.line_numbers))
    wrap = "" if p.wrap_lines else " rr-nowrap"
    return html_box(
        f'<div class="rr-code{wrap}"><pre><code>{body}</code></pre></div>', "rr-code-element"
    )


def pretty_json(text: str) -> str:
    """The element holds compact JSON (or a string given as is): show it indented if it parses."""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text


@recipe("json")
def json_(el: Element, emit: Emit) -> V:
    p = el.props
    body = f"<pre>{escape(pretty_json(p.body))}</pre>"
    if p.expanded is False:
        body = f"<details><summary>JSON</summary>{body}</details>"
    return html_box(f'<div class="rr-json">{body}</div>', "rr-json-element")


@recipe("divider")
def divider(el: Element, emit: Emit) -> V:
    return html_box("<hr>", "rr-divider")


@recipe("latex")
def latex(el: Element, emit: Emit) -> V:
    p = el.props
    # HTMLMath hands the text to the front end's MathJax; HTML in it must not become markup.
    return V(
        w.HTMLMath,
        {
            "value": f"$${escape(p.body)}$${help_icon(p.help)}",
            "_dom_classes": ("rr-latex",),
        },
        layout={"width": "100%"},
    )
