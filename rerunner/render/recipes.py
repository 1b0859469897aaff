"""The render table: element kind -> a function that describes its ipywidget(s) as ``V`` nodes.

A recipe reads an element's props and says which widget class shows it, with which traits, and
which front-end events become which values (``emit(widget_id, value)``). All text-like outputs
share the ``HTML`` class, so an output at the same place is reused whatever its kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import ipywidgets as w

from ..elements import ENTER, Element
from .markdown import escape, inline_html, to_html
from .textcache import text_cache
from .vdom import V

Emit = Callable[[str, Any], None]
Recipe = Callable[[Element, Emit], V]

RECIPES: dict[str, Recipe] = {}


def recipe(*kinds: str) -> Callable[[Recipe], Recipe]:
    def register(fn: Recipe) -> Recipe:
        for kind in kinds:
            RECIPES[kind] = fn
        return fn

    return register


# --- shared pieces --------------------------------------------------------------------------


def _help_icon(help_text: str | None) -> str:
    if not help_text:
        return ""
    return f'<span class="rr-help" title="{escape(help_text)}">ⓘ</span>'


def _label_html(p: dict[str, Any]) -> str:
    return inline_html(p.get("label") or "") + _help_icon(p.get("help"))


def _layout(p: dict[str, Any]) -> dict[str, Any] | None:
    width = p.get("width")
    if width == "stretch":
        return {"width": "100%"}
    if isinstance(width, int) and not isinstance(width, bool):
        return {"width": f"{width}px"}
    return None


def _input_classes(p: dict[str, Any], *extra: str) -> tuple[str, ...]:
    classes = ["rr-stacked", *extra]
    visibility = p.get("label_visibility", "visible")
    if visibility != "visible":
        classes.append(f"rr-label-{visibility}")
    return tuple(classes)


def _labelled(p: dict[str, Any], *extra: str) -> dict[str, Any]:
    """Traits every labelled input shares: the label above, help, disabled."""
    return {
        "description": _label_html(p),
        "description_allow_html": True,
        "disabled": bool(p.get("disabled")),
        "_dom_classes": _input_classes(p, *extra),
    }


def _html(body: str, *classes: str) -> V:
    return V(w.HTML, {"value": body, "_dom_classes": tuple(classes)}, layout={"width": "100%"})


# --- inputs ---------------------------------------------------------------------------------


@recipe("button", "form_submit_button")
def button(el: Element, emit: Emit) -> V:
    p = el.props
    icon = p.get("icon")
    label = (
        p["label"]
        if not icon
        else f"{icon} {p['label']}"
        if p.get("icon_position") != "right"
        else f"{p['label']} {icon}"
    )
    return V(
        w.Button,
        {
            "description": label,
            "tooltip": p.get("help") or None,
            "disabled": bool(p.get("disabled")),
            "button_style": "primary" if p.get("button_type") == "primary" else "",
            "_dom_classes": (f"rr-button-{p.get('button_type', 'secondary')}",),
        },
        key=el.id,
        on={"click": lambda: emit(el.id, True)},
        layout=_layout(p),
    )


@recipe("checkbox", "toggle")
def checkbox(el: Element, emit: Emit) -> V:
    p = el.props
    extra = ("rr-toggle",) if el.kind == "toggle" else ()
    props = {**_labelled(p, *extra), "value": bool(p["value"]), "indent": False}
    props["_dom_classes"] = tuple(c for c in props["_dom_classes"] if c != "rr-stacked")
    return V(
        w.Checkbox, props, key=el.id, on={"value": lambda v: emit(el.id, v)}, layout=_layout(p)
    )


def _indexed_options(p: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    captions = p.get("captions") or []
    labels = []
    for i, label in enumerate(p["options"]):
        caption = captions[i] if i < len(captions) else None
        labels.append((f"{label} — {caption}" if caption else label, i))
    return tuple(labels)


@recipe("radio")
def radio(el: Element, emit: Emit) -> V:
    p = el.props
    extra = ("rr-horizontal",) if p.get("horizontal") else ()
    props = {**_labelled(p, *extra), "options": _indexed_options(p), "index": p["value"]}
    return V(
        w.RadioButtons, props, key=el.id, on={"index": lambda i: emit(el.id, i)}, layout=_layout(p)
    )


@recipe("selectbox")
def selectbox(el: Element, emit: Emit) -> V:
    p = el.props
    options = _indexed_options(p)
    index = p["value"]
    if index is None and options:
        # No selection yet: show the placeholder as a first, empty choice.
        options = ((p.get("placeholder") or "", -1), *options)
        index = 0

    def picked(i: int | None) -> None:
        value = None if i is None else options[i][1]
        emit(el.id, None if value == -1 else value)

    props = {**_labelled(p), "options": options, "index": index}
    return V(w.Dropdown, props, key=el.id, on={"index": picked}, layout=_layout(p))


_D3_FORMATS = {"%d": "d", "%i": "d", "%u": "d"}


@lru_cache(maxsize=256)
def d3_format(printf: str) -> str:
    """The d3-format ipywidgets' readout understands for the common printf formats."""
    if printf in _D3_FORMATS:
        return _D3_FORMATS[printf]
    import re

    m = re.fullmatch(r"%0?\.(\d+)([fe])", printf)
    if m:
        return f".{m.group(1)}{m.group(2)}"
    return ""  # anything fancier: the plain number


@recipe("slider")
def slider(el: Element, emit: Emit) -> V:
    p = el.props
    if p["is_range"]:
        cls = w.IntRangeSlider if p["is_int"] else w.FloatRangeSlider
        # A range set through session state may come reversed; the widget only shows low <= high.
        value: Any = tuple(sorted(p["value"]))
    else:
        cls = w.IntSlider if p["is_int"] else w.FloatSlider
        value = p["value"]
    props = {
        **_labelled(p),
        "min": p["min"],
        "max": p["max"],
        "step": p["step"],
        "value": value,
        "continuous_update": False,  # Streamlit commits a drag on release
        "readout_format": d3_format(p["format"]) or (".0f" if p["is_int"] else ".2f"),
    }
    on = {"value": lambda v: emit(el.id, list(v) if p["is_range"] else v)}
    return V(cls, props, key=el.id, on=on, layout=_layout(p))


def _step(p: dict[str, Any], direction: int) -> str:
    """The text a −/+ click leads to: one step from the current value, kept in bounds."""
    try:
        current = float(p["value"]) if p["value"] else None
    except ValueError:
        current = None
    if current is None:
        current = p["min"] if p["min"] is not None else 0
        number = current
    else:
        number = current + direction * p["step"]
    if p["min"] is not None:
        number = max(number, p["min"])
    if p["max"] is not None:
        number = min(number, p["max"])
    number = int(round(number)) if p["is_int"] else number
    try:
        return p["format"] % number
    except (TypeError, ValueError):
        return str(number)


@recipe("number_input")
def number_input(el: Element, emit: Emit) -> V:
    p = el.props
    disabled = bool(p.get("disabled"))
    field = V(
        w.Text,
        {
            **_labelled(p),
            "value": p["value"],
            "placeholder": p.get("placeholder") or "",
            "continuous_update": bool(p.get("form")),
        },
        on=_text_events(el, emit),
    )
    minus = V(w.Button, {"description": "−", "disabled": disabled, "tooltip": "Decrement"},
              on={"click": lambda: emit(el.id, _step(p, -1))})  # fmt: skip
    plus = V(w.Button, {"description": "+", "disabled": disabled, "tooltip": "Increment"},
             on={"click": lambda: emit(el.id, _step(p, +1))})  # fmt: skip
    return V(
        w.HBox,
        {"_dom_classes": ("rr-number",)},
        children=[field, minus, plus],
        key=el.id,
        layout=_layout(p),
    )


@recipe("text_input")
def text_input(el: Element, emit: Emit) -> V:
    p = el.props
    cls = w.Password if p.get("input_type") == "password" else w.Text
    props = {
        **_labelled(p),
        "value": p["value"] or "",
        "placeholder": p.get("placeholder") or "",
        # Commit on Enter or blur, as Streamlit does; in a form every key is parked (no rerun),
        # so that Enter-to-submit always finds the latest text already in the kernel.
        "continuous_update": bool(p.get("live") or p.get("form")),
    }
    return V(cls, props, key=el.id, on=_text_events(el, emit), layout=_layout(p))


def _text_events(el: Element, emit: Emit) -> dict[str, Any]:
    events: dict[str, Any] = {"value": lambda v: emit(el.id, v)}
    if el.props.get("form") and el.props.get("enter_to_submit"):
        events["submit"] = lambda: emit(el.id, ENTER)
    return events


# --- outputs --------------------------------------------------------------------------------


def _align(p: dict[str, Any]) -> str:
    align = p.get("text_alignment", "left")
    return f' style="text-align:{align}"' if align and align != "left" else ""


@recipe("markdown")
def markdown(el: Element, emit: Emit) -> V:
    p = el.props
    body = to_html(p["body"], bool(p.get("allow_html")))
    return _html(
        f'<div class="rr-md"{_align(p)}>{body}{_help_icon(p.get("help"))}</div>', "rr-markdown"
    )


@recipe("caption")
def caption(el: Element, emit: Emit) -> V:
    p = el.props
    body = to_html(p["body"], bool(p.get("allow_html")))
    return _html(f'<div class="rr-md rr-caption"{_align(p)}>{body}</div>', "rr-markdown")


@recipe("heading")
def heading(el: Element, emit: Emit) -> V:
    p = el.props
    anchor = p.get("anchor")
    attr = f' id="{escape(anchor)}"' if isinstance(anchor, str) and anchor else ""
    icon = f"{escape(p['icon'])} " if p.get("icon") else ""
    text = f"<{p['tag']}{attr}{_align(p)}>{icon}{inline_html(p['body'])}{_help_icon(p.get('help'))}</{p['tag']}>"
    divider = p.get("divider")
    if divider:
        color = "rainbow" if divider == "auto" else divider
        text += f'<hr class="rr-divider-{color}">'
    return _html(text, "rr-heading")


@recipe("text")
def text(el: Element, emit: Emit) -> V:
    return _html(f'<div class="rr-text">{escape(el.props["body"])}</div>', "rr-text-element")


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
    body = highlight(p["body"], p.get("language"), bool(p.get("line_numbers")))
    wrap = "" if p.get("wrap_lines") else " rr-nowrap"
    return _html(
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
    body = f"<pre>{escape(pretty_json(p['body']))}</pre>"
    if p.get("expanded") is False:
        body = f"<details><summary>JSON</summary>{body}</details>"
    return _html(f'<div class="rr-json">{body}</div>', "rr-json-element")


_ALERT_ICONS = {"success": "", "info": "", "warning": "", "error": ""}


@recipe("alert")
def alert(el: Element, emit: Emit) -> V:
    p = el.props
    icon = f"{escape(p['icon'])} " if p.get("icon") else _ALERT_ICONS.get(p["level"], "")
    title = f"<strong>{inline_html(p['title'])}</strong>" if p.get("title") else ""
    body = to_html(p["body"])
    return _html(
        f'<div class="rr-alert rr-alert-{p["level"]} rr-md" role="alert">{title}{icon}{body}</div>',
        "rr-alert-element",
    )


@recipe("exception")
def exception(el: Element, emit: Emit) -> V:
    p = el.props
    trace = "\n".join(p.get("traceback") or ())
    body = (
        f'<div class="rr-exception" role="alert"><strong>{escape(p["type"])}</strong>: '
        f"{escape(p['message'])}"
        + (f"<pre>Traceback:\n{escape(trace)}</pre>" if trace else "")
        + "</div>"
    )
    return _html(body, "rr-exception-element")


@recipe("celebration")
def celebration(el: Element, emit: Emit) -> V:
    return _html(
        f'<div class="rr-celebration" aria-hidden="true">{el.props["symbol"]}</div>',
        "rr-celebration-element",
    )


@recipe("divider")
def divider(el: Element, emit: Emit) -> V:
    return _html("<hr>", "rr-divider")


@recipe("stream")
def stream(el: Element, emit: Emit) -> V:
    p = el.props
    return V(
        w.Output, {"outputs": ({"output_type": "stream", "name": p["name"], "text": p["text"]},)}
    )


@recipe("display")
def display(el: Element, emit: Emit) -> V:
    p = el.props
    output = {"output_type": "display_data", "data": p["data"], "metadata": p.get("metadata", {})}
    return V(w.Output, {"outputs": (output,)})


# --- containers -----------------------------------------------------------------------------


@recipe("empty", "container", "column", "form")
def block(el: Element, emit: Emit) -> V:
    p = el.props
    classes = ["rr-block", f"rr-{el.kind}"]
    if p.get("border"):
        classes.append("rr-border")
    layout: dict[str, Any] = {"width": "100%"}
    if el.kind == "column":
        layout = {"flex": f"{p['weight']:.4f} 1 0%", "min_width": "0"}
    if p.get("height"):
        layout.update(height=f"{p['height']}px", overflow="auto")
    items = children(el, emit)
    if el.kind == "form" and not any(c.kind == "form_submit_button" for c in el.walk()):
        items.append(_html(MISSING_SUBMIT, "rr-alert-element"))
    if p.get("key"):
        classes.append(f"st-key-{p['key']}")
    if isinstance(p.get("gap"), str):
        classes.append(f"rr-gap-{p['gap']}")
    if p.get("width") not in (None, "stretch"):
        layout.update(_layout(p) or {"width": "auto"})
    if p.get("horizontal"):
        layout.update(
            flex_flow="row wrap" if p.get("wrap", True) else "row nowrap",
            justify_content=_JUSTIFY[p.get("horizontal_alignment", "left")],
            align_items=_ALIGN.get(p.get("vertical_alignment", "top"), "stretch"),
        )
        return V(w.HBox, {"_dom_classes": tuple(classes)}, children=items, layout=layout)
    if p.get("horizontal_alignment", "left") != "left":
        layout["align_items"] = _JUSTIFY[p["horizontal_alignment"]]
    return V(w.VBox, {"_dom_classes": tuple(classes)}, children=items, layout=layout)


_JUSTIFY = {
    "left": "flex-start",
    "center": "center",
    "right": "flex-end",
    "distribute": "space-between",
}


MISSING_SUBMIT = (
    '<div class="rr-alert rr-alert-error" role="alert"><strong>Missing Submit Button</strong><br>'
    "This form has no submit button, so what is entered in it is never sent to the app. "
    "Add one with <code>st.form_submit_button()</code>.</div>"
)

_ALIGN = {"top": "flex-start", "center": "center", "bottom": "flex-end"}


@recipe("columns")
def columns(el: Element, emit: Emit) -> V:
    p = el.props
    gap = p.get("gap")
    gap_class = f"rr-gap-{gap}" if isinstance(gap, str) else "rr-gap-small"
    layout = {"width": "100%", "align_items": _ALIGN[p.get("vertical_alignment", "top")]}
    return V(
        w.HBox,
        {"_dom_classes": ("rr-columns", gap_class)},
        children=children(el, emit),
        layout=layout,
    )


@recipe("tabs")
def tabs(el: Element, emit: Emit) -> V:
    tab_elements = el.children or []
    return V(
        w.Tab,
        {
            "titles": tuple(str(t.props["label"]) for t in tab_elements),
            "_dom_classes": ("rr-tabs",),
        },
        children=[block(t, emit) for t in tab_elements],
        initial={"selected_index": el.props.get("default", 0)},
        layout={"width": "100%"},
    )


@recipe("expander", "popover")
def expander(el: Element, emit: Emit) -> V:
    p = el.props
    icon = f"{p['icon']} " if p.get("icon") else ""
    return V(
        w.Accordion,
        {"titles": (icon + p["label"],), "_dom_classes": (f"rr-{el.kind}",)},
        children=[block(Element("container", {}, children=el.children), emit)],
        initial={"selected_index": 0 if p.get("expanded") else None},
        layout={"width": "100%"},
    )


def render_error(vnode: V, exc: Exception) -> V:
    """A red box in place of an element that could not be shown."""
    body = (
        f'<div class="rr-exception" role="alert"><strong>{escape(type(exc).__name__)}</strong>: '
        f"could not show this {escape(vnode.cls.__name__)}: {escape(str(exc))}</div>"
    )
    return V(w.HTML, {"value": body, "_dom_classes": ("rr-exception-element",)}, key="__error__")


def children(el: Element, emit: Emit) -> list[V]:
    return [describe(child, emit) for child in el.children or ()]


def describe(el: Element, emit: Emit) -> V:
    """The ``V`` description of one element (and what it contains)."""
    try:
        fn = RECIPES[el.kind]
    except KeyError:
        raise NotImplementedError(f"rerunner cannot display a `{el.kind}` element yet") from None
    try:
        return fn(el, emit)
    except Exception as exc:  # a recipe choking on odd props must not take the page down
        return render_error(V(w.HTML), exc)


_CSS: str | None = None


def stylesheet() -> str:
    global _CSS
    if _CSS is None:
        from importlib.resources import files

        # style.css first, then the stylesheets of the other recipe modules (data.css, ...).
        sheets = sorted(
            (f for f in files("rerunner.render").iterdir() if f.name.endswith(".css")),
            key=lambda f: (f.name != "style.css", f.name),
        )
        _CSS = "\n".join(f.read_text(encoding="utf-8") for f in sheets)
    return _CSS


def app_root(tree: Element, emit: Emit) -> V:
    """The whole app: its stylesheet, then the sidebar (hidden while empty) beside the main area.

    The structure is the same with or without a sidebar, so a sidebar appearing does not
    rebuild the main area's widgets.
    """
    style = V(w.HTML, {"value": f"<style>{stylesheet()}</style>"}, layout={"display": "none"})
    sidebar = next((c for c in tree.children or () if c.kind == "sidebar"), None)
    main = [c for c in tree.children or () if c.kind != "sidebar"]
    side = V(
        w.VBox,
        {"_dom_classes": ("rr-sidebar",)},
        children=children(sidebar, emit) if sidebar is not None else [],
        layout=None if sidebar is not None and sidebar.children else {"display": "none"},
    )
    body = V(w.VBox, {"_dom_classes": ("rr-main",)}, children=[describe(c, emit) for c in main],
             layout={"flex": "1 1 auto", "min_width": "0"})  # fmt: skip
    page = V(
        w.HBox, {"_dom_classes": ("rr-page",)}, children=[side, body], layout={"width": "100%"}
    )
    classes = ("rr-app", "rr-wide") if tree.props.get("layout") == "wide" else ("rr-app",)
    return V(w.VBox, {"_dom_classes": classes}, children=[style, page], layout={"width": "100%"})
