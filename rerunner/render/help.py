"""The recipe of ``st.help``: name, type, value, docstring and members, as text (escaped)."""

from __future__ import annotations

from ..elements import Element
from .lib import Emit, html_box, recipe
from .markdown import escape
from .vdom import V


@recipe("help")
def help_info(el: Element, emit: Emit) -> V:
    p = el.props
    head = f'<span class="rr-help-name">{escape(p.name)}</span>' if p.name else ""
    head += f' <span class="rr-help-type">{escape(p.type)}</span>'
    value = f'<div class="rr-help-value"><code>{escape(p.value)}</code></div>' if p.value else ""
    doc = f'<pre class="rr-help-doc">{escape(p.doc_string)}</pre>' if p.doc_string else (
        '<div class="rr-help-doc rr-help-none">No docs available</div>'
    )  # fmt: skip
    rows = "".join(
        f"<tr><td><code>{escape(name)}</code></td><td>{escape(kind)}</td>"
        f"<td>{f'<code>{escape(value)}</code>' if value else escape(first_line)}</td></tr>"
        for name, kind, value, first_line in p.members
    )
    members = f'<table class="rr-help-members">{rows}</table>' if rows else ""
    return html_box(
        f'<div class="rr-help-info"><div class="rr-help-head">{head}</div>{value}{doc}{members}</div>',
        "rr-help-element",
        width=p.width,
    )
