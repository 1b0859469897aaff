"""Recipes for alerts and exception boxes."""

from __future__ import annotations

from ..elements import Element
from .icons import icon_html
from .lib import Emit, html_box, recipe
from .markdown import escape, inline_html, to_html
from .vdom import V

_ALERT_ICONS = {"success": "", "info": "", "warning": "", "error": ""}


@recipe("alert")
def alert(el: Element, emit: Emit) -> V:
    p = el.props
    icon = icon_html(p.icon) or _ALERT_ICONS.get(p.level, "")
    title = f"<strong>{inline_html(p.title)}</strong>" if p.title else ""
    body = to_html(p.body)
    if icon:  # the icon beside the text, as Streamlit lays it out
        icon = f'<span class="rr-alert-icon">{icon}</span>'
        body = f'<div class="rr-alert-body">{title}{body}</div>'
        title = ""
    flex = " rr-alert-with-icon" if icon else ""
    return html_box(
        f'<div class="rr-alert rr-alert-{p.level}{flex} rr-md" role="alert">{title}{icon}{body}</div>',
        "rr-alert-element",
        width=p.width,
    )


@recipe("exception")
def exception(el: Element, emit: Emit) -> V:
    p = el.props
    trace = "\n".join(p.traceback or ())
    body = (
        f'<div class="rr-exception" role="alert"><strong>{escape(p.type)}</strong>: '
        f"{escape(p.message)}"
        + (f"<pre>Traceback:\n{escape(trace)}</pre>" if trace else "")
        + "</div>"
    )
    return html_box(body, "rr-exception-element", width=p.width)
