"""Recipes for text elements: markdown, caption, headings, text, code, json, divider, latex."""

from __future__ import annotations

import json
from typing import Any

import ipywidgets as w

from ..elements import Element
from .icons import icon_html
from .lib import Emit, help_icon, html_box, recipe, sized_layout
from .markdown import escape, inline_html, to_html
from .textcache import text_cache
from .vdom import V


def _align(p: Any) -> str:
    align = p.text_alignment
    return f' style="text-align:{align}"' if align and align != "left" else ""


def _open(tag: str, classes: str, p: Any, text: str, attrs: str = "") -> str:
    """The opening tag of a text element. With ``wrap=False`` the text keeps one line, cut with
    an ellipsis, and hovering shows it all (its title)."""
    if not p.wrap:
        classes = f"{classes} rr-one-line".strip()
        attrs += f' title="{escape(text)}"'
    cls = f' class="{classes}"' if classes else ""
    return f"<{tag}{attrs}{cls}{_align(p)}>"


def _box(p: Any, cls: str) -> tuple[str, ...]:
    # a one-line text's widget must not grow with its text, or nothing is cut
    return (cls,) if p.wrap else (cls, "rr-one-line-box")


def _width(p: Any) -> Any:
    # "auto" (st.markdown's default) stretches in a column and fits in a row, as the box does.
    return "stretch" if p.width == "auto" else p.width


@recipe("markdown")
def markdown(el: Element, emit: Emit) -> V:
    p = el.props
    body = to_html(p.body, bool(p.allow_html))
    return html_box(
        f"{_open('div', 'rr-md', p, p.body)}{body}{help_icon(p.help)}</div>",
        *_box(p, "rr-markdown"),
        width=_width(p),
    )


@recipe("caption")
def caption(el: Element, emit: Emit) -> V:
    p = el.props
    body = to_html(p.body, bool(p.allow_html))
    return html_box(
        f"{_open('div', 'rr-md rr-caption', p, p.body)}{body}{help_icon(p.help)}</div>",
        *_box(p, "rr-markdown"),
        width=_width(p),
    )


@recipe("heading")
def heading(el: Element, emit: Emit) -> V:
    p = el.props
    anchor = p.anchor
    attr = f' id="{escape(anchor)}"' if isinstance(anchor, str) and anchor else ""
    icon = icon_html(p.icon)
    text = (
        f"{_open(p.tag, '', p, p.body, attr)}{icon}{inline_html(p.body)}{help_icon(p.help)}"
        f"</{p.tag}>"
    )
    divider = p.divider
    if divider:
        color = "rainbow" if divider == "auto" else divider
        text += f'<hr class="rr-divider-{color}">'
    return html_box(text, *_box(p, "rr-heading"), width=p.width)


@recipe("text")
def text(el: Element, emit: Emit) -> V:
    p = el.props
    return html_box(
        f"{_open('div', 'rr-text', p, p.body)}{escape(p.body)}{help_icon(p.help)}</div>",
        *_box(p, "rr-text-element"),
        width=p.width,
    )


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
    height = p.height
    style = ""
    if isinstance(height, int) and not isinstance(height, bool):
        style = f' style="height:{height}px;overflow:auto"'  # taller code scrolls inside
    return html_box(
        f'<div class="rr-code{wrap}"{style}><pre><code>{body}</code></pre></div>',
        "rr-code-element",
        width=p.width,
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
    return html_box(f'<div class="rr-json">{body}</div>', "rr-json-element", width=p.width)


@recipe("divider")
def divider(el: Element, emit: Emit) -> V:
    return html_box("<hr>", "rr-divider", width=el.props.width)


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
        layout=sized_layout(p.width),
    )
