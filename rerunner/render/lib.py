"""The recipe table and what recipes share.

A recipe reads one element's typed props and describes the ipywidget(s) that show it as ``V``
nodes, with the front-end events that become values (``emit(widget_id, value)``). ``describe``
looks a recipe up by element kind; a recipe that fails becomes a red box for that element only.
All text-like outputs share the ``HTML`` class, so an output at the same place is reused
whatever its kind."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from ..elements import ENTER, Element, breaks_pattern, is_empty
from ..schema import BlockProps, WidgetProps
from .icons import glyph_classes, icon_html, plain
from .markdown import escape, inline_html
from .vdom import Live, V

Emit = Callable[[str, Any], None]


Recipe = Callable[[Element, Emit], V]


RECIPES: dict[str, Recipe] = {}


def recipe(*kinds: str) -> Callable[[Recipe], Recipe]:
    def register(fn: Recipe) -> Recipe:
        for kind in kinds:
            RECIPES[kind] = fn
        return fn

    return register


def help_icon(help_text: str | None) -> str:
    if not help_text:
        return ""
    return f'<span class="rr-help" title="{escape(help_text)}">ⓘ</span>'


def label_html(p: WidgetProps) -> str:
    return inline_html(p.label or "") + help_icon(p.help)


def width_layout(p: WidgetProps | BlockProps) -> dict[str, Any] | None:
    width = p.width
    if width == "stretch":
        return {"width": "100%"}
    if isinstance(width, int) and not isinstance(width, bool):
        return {"width": f"{width}px"}
    return None


def input_classes(p: WidgetProps, *extra: str) -> tuple[str, ...]:
    classes = ["rr-stacked", *extra]
    visibility = p.label_visibility
    if visibility != "visible":
        classes.append(f"rr-label-{visibility}")
    return tuple(classes)


def labelled(p: WidgetProps, *extra: str) -> dict[str, Any]:
    """Traits every labelled input shares: the label above, help, disabled."""
    return {
        "description": label_html(p),
        "description_allow_html": True,
        "disabled": bool(p.disabled),
        "_dom_classes": input_classes(p, *extra),
    }


def target_class(el: Element) -> str:
    """A class naming one element's widget on the page, for the page's aids to find it
    (shortcuts, input attributes: ``render/page_aids.py``). An element without an id (a link
    button) is named for this render only, which is when the aids are described too."""
    name = el.id if el.id is not None else f"element:{id(el)}"
    return "rr-t-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def wrap_classes(wrap: bool | None) -> tuple[str, ...]:
    """``wrap=True``: labels wrap onto more lines; ``False``: one line, cut with an ellipsis
    (or, for a row of chips or buttons, one row that scrolls); ``None``: the stylesheet's."""
    if wrap is None:
        return ()
    return ("rr-wrap",) if wrap else ("rr-nowrap",)


def sized_layout(width: Any) -> dict[str, Any]:
    """The layout of an output box of ``width`` ("stretch", "content" or pixels)."""
    if isinstance(width, int) and not isinstance(width, bool):
        return {"width": f"{width}px", "max_width": "100%"}
    if width == "content":
        return {"width": "auto", "max_width": "100%"}
    return {"width": "100%"}


def html_box(body: str, *classes: str, width: Any = "stretch") -> V:
    return V(w.HTML, {"value": body, "_dom_classes": tuple(classes)}, layout=sized_layout(width))


def indexed_options(
    options: list[str], captions: list[str | None] | None = None
) -> tuple[tuple[str, int], ...]:
    """(label, index) pairs for an ipywidgets selection, a caption after each label if given."""
    captions = captions or []
    labels = []
    for i, label in enumerate(options):
        caption = captions[i] if i < len(captions) else None
        labels.append((plain(f"{label} — {caption}" if caption else label), i))
    return tuple(labels)


def options_classes(options: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """The class that lets the icon font draw the icons among ``indexed_options``' labels."""
    return glyph_classes(*(label for label, _ in options))


def text_events(el: Element, emit: Emit) -> dict[str, Any]:
    events: dict[str, Any] = {"value": lambda v: emit(el.id, v)}
    if el.props.form and el.props.enter_to_submit:
        events["submit"] = lambda: emit(el.id, ENTER)
    return events


@dataclass
class Checked:
    """A field's events with the checks Streamlit's browser makes before it sends a value;
    ``ref`` goes to the field's ``V``, and ``note`` (the message of a failed ``validate``, or
    None) under it."""

    events: dict[str, Any]
    ref: Callable[[Live], None] | None = None
    note: V | None = None


def page_checks(el: Element, events: dict[str, Any], shown: Any) -> Checked:
    """Outside forms, a ``required`` field refuses to be cleared (nothing is sent; the field
    shows ``shown``, its value, again), and a text failing ``validate`` is not sent and shows
    the rule's message. In a form, values are parked whatever they are (the message shows all
    the same) and the form's submit is refused instead (``runtime/forms.py``)."""
    p = el.props
    rule = getattr(p, "validate", None)
    keep_filled = p.required and not p.form
    if not keep_filled and rule is None:
        return Checked(events)
    parts: dict[str, Live] = {}
    commit = events["value"]

    def value(v: Any) -> None:
        if keep_filled and is_empty(v):
            field = parts.get("field")
            if field is not None:
                field.set(value=shown)
            return
        if rule is not None:
            bad = breaks_pattern(v, rule[0])
            note = parts.get("note")
            if note is not None:
                note.set(value=f'<span role="alert">{escape(rule[1])}</span>' if bad else "")
            if bad and not p.form:
                return
        commit(v)

    note = None
    if rule is not None:
        note = V(w.HTML, {"value": "", "_dom_classes": ("rr-field-note",)},
                 ref=lambda live: parts.__setitem__("note", live))  # fmt: skip
    return Checked({**events, "value": value}, lambda live: parts.__setitem__("field", live), note)


def input_icon(icon: str | None) -> V | None:
    """The icon drawn inside an input field, left of its value (``icon=``), or None."""
    if not icon:
        return None
    return V(w.HTML, {"value": icon_html(icon), "_dom_classes": ("rr-input-icon",)})


def decorated(el: Element, field: V, *, icon: str | None = None, note: V | None = None) -> V:
    """``field`` with an icon inside it and a note under it, keyed and sized as the element;
    the bare field when it has neither."""
    shown = input_icon(icon)
    if shown is not None:
        field = V(w.HBox, {"_dom_classes": ("rr-has-icon",)}, children=[shown, field])
    if note is not None:
        field = V(w.VBox, {"_dom_classes": ("rr-field",)}, children=[field, note])
    return dataclasses.replace(field, key=el.id, layout=width_layout(el.props))


def render_error(vnode: V, exc: Exception) -> V:
    """A red box in place of an element that could not be shown."""
    body = (
        f'<div class="rr-exception" role="alert"><strong>{escape(type(exc).__name__)}</strong>: '
        f"could not show this {escape(vnode.cls.__name__)}: {escape(str(exc))}</div>"
    )
    return V(w.HTML, {"value": body, "_dom_classes": ("rr-exception-element",)}, key="__error__")


def children(el: Element, emit: Emit) -> list[V]:
    return [describe(child, emit) for child in el.children or ()]


class Descriptions:
    """The descriptions a view's last render made, to use again unchanged.

    A widget (an element with an id and no children) whose props equal the last render's is
    described by the same ``V`` as then, and the reconciler, seeing the very node it applied
    last time, skips it. Props are records the st calls build afresh each run, and nothing
    changes them in place once drawn, so equal props mean an equal description.

    Elements without an id (text, headings, alerts...) are found by their place instead: the
    k-th such element of a whole page is compared with the k-th of the last whole page, and
    reused when it is the same kind with equal props. Only kinds whose props are plain values
    (``Props.plain``) take part: a record holding a DataFrame the body may change in place
    could equal itself and still draw differently.
    """

    def __init__(self) -> None:
        self.last: dict[str, tuple[Any, V]] = {}
        self.now: dict[str, tuple[Any, V]] = {}
        self.last_plain: list[tuple[str, Any, V]] = []  # the last whole page's, in page order
        self.plain: list[tuple[str, Any, V]] | None = None  # this render's, if a whole page

    def settle(self, complete: bool) -> None:
        """After a render: a complete one's descriptions are the next one's to reuse."""
        if complete:
            self.last, self.now = self.now, {}
            if self.plain is not None:
                self.last_plain = self.plain
        else:
            self.last.update(self.now)
            self.now = {}
        self.plain = None

    def forget(self, keys: set[str]) -> None:
        """Widgets a partial render closed: their descriptions are no longer reused."""
        for key in keys:
            self.last.pop(key, None)


_DESCRIPTIONS: Descriptions | None = None  # the rendering view's (rendering is one at a time)


@contextmanager
def reusing(descriptions: Descriptions, whole: bool = False) -> Iterator[None]:
    """Let ``describe`` reuse and record ``descriptions`` while a view renders (``whole``: the
    whole page, in order, so its plain elements are matched by place)."""
    global _DESCRIPTIONS
    outer, _DESCRIPTIONS = _DESCRIPTIONS, descriptions
    descriptions.plain = [] if whole else None
    try:
        yield
    finally:
        _DESCRIPTIONS = outer


def describe(el: Element, emit: Emit) -> V:
    """The ``V`` description of one element (and what it contains)."""
    memo = _DESCRIPTIONS
    if memo is not None and el.children is None:
        if el.id is not None:
            last = memo.last.get(el.id)
            if last is not None and (last[0] is el.props or last[0] == el.props):
                memo.now[el.id] = last
                return last[1]
            vnode = _described(el, emit)
            if vnode.key != _ERROR:  # a recipe that failed is tried again next time
                memo.now[el.id] = (el.props, vnode)
            return vnode
        if memo.plain is not None and el.props.plain:
            at = len(memo.plain)
            before = memo.last_plain[at] if at < len(memo.last_plain) else None
            if (
                before is not None
                and before[0] == el.kind
                and (before[1] is el.props or before[1] == el.props)
            ):
                memo.plain.append(before)
                return before[2]
            vnode = _described(el, emit)
            memo.plain.append((el.kind, el.props if vnode.key != _ERROR else None, vnode))
            return vnode
    return _described(el, emit)


_ERROR = "__error__"  # the key of ``render_error``'s box


def _described(el: Element, emit: Emit) -> V:
    try:
        fn = RECIPES[el.kind]
    except KeyError:
        raise NotImplementedError(f"rerunner cannot display a `{el.kind}` element yet") from None
    try:
        return fn(el, emit)
    except Exception as exc:  # a recipe choking on odd props must not take the page down
        return render_error(V(w.HTML), exc)


def pairs(labels: list[str]) -> tuple[tuple[str, int], ...]:
    return tuple((plain(label), i) for i, label in enumerate(labels))


def group_title(p: WidgetProps, extra: str = "") -> V:
    """The label above a widget that ipywidgets cannot label itself (a group, tags, an upload)."""
    return V(w.HTML, {"value": f'<span class="rr-group-label">{inline_html(p.label)}{help_icon(p.help)}'
                               f"{extra}</span>"})  # fmt: skip


def hideable_title(p: WidgetProps, extra: str = "") -> V:
    """``group_title`` as ``label_visibility`` asks: "hidden" keeps its room, "collapsed" not."""
    label = group_title(p, extra)
    if p.label_visibility == "collapsed":
        label.layout = {"display": "none"}
    elif p.label_visibility == "hidden":
        label.layout = {"visibility": "hidden"}
    return label
