"""Recipes for choices among options: radio, selectbox, multiselect, pills,
segmented_control."""

from __future__ import annotations

import asyncio
import weakref

import ipywidgets as w

from ..elements import Element
from .icons import glyph_classes, plain
from .lib import (
    Emit,
    decorated,
    group_title,
    indexed_options,
    labelled,
    options_classes,
    page_checks,
    pairs,
    recipe,
    target_class,
    width_layout,
    wrap_classes,
)
from .vdom import Live, V


@recipe("radio")
def radio(el: Element, emit: Emit) -> V:
    p = el.props
    extra = ("rr-horizontal",) if p.horizontal else ()
    options = indexed_options(p.options, p.captions)
    props = {**labelled(p, *extra, *options_classes(options)), "options": options, "index": p.value}
    return V(
        w.RadioButtons,
        props,
        key=el.id,
        on={"index": lambda i: emit(el.id, i)},
        layout=width_layout(p),
    )


@recipe("selectbox")
def selectbox(el: Element, emit: Emit) -> V:
    p = el.props
    if p.accept_new_options or p.filter_mode in ("contains", "prefix"):
        return _typing_selectbox(el, emit)
    options = indexed_options(p.options)
    index = p.value
    if index is None and options:
        # No selection yet: show the placeholder as a first, empty choice.
        options = ((p.placeholder or "", -1), *options)
        index = 0

    def picked(i: int | None) -> None:
        value = None if i is None else options[i][1]
        emit(el.id, None if value == -1 else value)

    props = {**labelled(p, *options_classes(options)), "options": options, "index": index}
    return decorated(el, V(w.Dropdown, props, on={"index": picked}), icon=p.icon)


def filtered(labels: list[str], text: str, mode: str | None) -> list[str]:
    """The options a typed ``text`` leaves, by ``filter_mode``: ``"prefix"`` and
    ``"contains"`` ignore case; ``"fuzzy"`` keeps the labels holding the text's characters in
    order (Streamlit also ranks them; the browser's list keeps them in order)."""
    folded = text.casefold()
    if not folded or mode is None:
        return labels
    if mode == "prefix":
        return [label for label in labels if label.casefold().startswith(folded)]
    if mode == "contains":
        return [label for label in labels if folded in label.casefold()]

    def in_order(label: str) -> bool:
        rest = iter(label.casefold())
        return all(ch in rest for ch in folded)

    return [label for label in labels if in_order(label)]


#: Typing select boxes whose Enter waits for the text it sends: typed text goes to the kernel
#: key by key, and the browser holds keys back while a message is unanswered, so the Enter
#: (sent at once) can overtake the last of them, which then follow it. The text that follows an
#: Enter is the text it sends; when none follows (all had arrived), the field's text is sent
#: once ``ENTER_WAIT`` has passed (as a chat input's Enter does, ``render/chat.py``).
_ARMED: weakref.WeakSet[w.Widget] = weakref.WeakSet()
ENTER_WAIT = 0.15


def _typing_selectbox(el: Element, emit: Emit) -> V:
    """A select box to type in (``accept_new_options``, or ``filter_mode`` "contains" or
    "prefix"): a ``Combobox`` whose suggestions the kernel narrows to the options the typed
    text leaves by ``filter_mode``, as the visitor types. Picking a suggestion (or typing an
    option's label) selects it; Enter commits the text: with ``accept_new_options`` any text
    (the kernel matches it to an option ignoring case), else an option matched ignoring case,
    or nothing (the field shows the selection again). Clearing the field clears the choice."""
    p = el.props
    labels = [plain(label) for label in p.options]
    if p.accept_new_options:
        shown = p.value or ""
    else:
        shown = labels[p.value] if p.value is not None and p.value < len(labels) else ""
    parts: dict[str, Live] = {}

    def field() -> Live | None:
        return parts.get("field")

    def send(text: str) -> None:
        if p.accept_new_options:
            emit(el.id, text.strip() or None)
            return
        if not text:
            emit(el.id, None)
            return
        folded = [label.casefold() for label in labels]
        if text.casefold() in folded:
            emit(el.id, folded.index(text.casefold()))
            return
        live = field()
        if live is not None:  # no such option: the field shows the selection again
            live.set(value=shown, options=tuple(labels))

    def fire() -> None:
        live = field()
        if live is not None and live.widget in _ARMED:
            _ARMED.discard(live.widget)
            send(str(live.widget.value or ""))

    def typed(text: str) -> None:
        live = field()
        if live is not None and live.widget in _ARMED:
            fire()  # the last keys of an Enter, held back by the browser: the text it sends
            return
        if not text or text in labels:  # cleared, or a suggestion picked
            send(text)
            return
        if live is not None:
            live.set(options=tuple(filtered(labels, text, p.filter_mode)))

    def entered() -> None:
        live = field()
        if live is None:
            return
        _ARMED.add(live.widget)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (AppTest, a plain process): the text is here
            fire()
            return
        loop.call_later(ENTER_WAIT, fire)

    checked = page_checks(el, {"value": typed, "submit": entered}, shown)
    keep = checked.ref

    def ref(live: Live) -> None:
        parts["field"] = live
        if keep is not None:
            keep(live)

    props = {
        **labelled(p, *glyph_classes(*p.options)),
        "options": tuple(labels),
        "value": shown,
        "placeholder": p.placeholder or "",
        "ensure_option": False,
        "continuous_update": True,
    }
    return decorated(el, V(w.Combobox, props, on=checked.events, ref=ref), icon=p.icon)


@recipe("multiselect")
def multiselect(el: Element, emit: Emit) -> V:
    p = el.props
    labels = p.options
    first = {}
    for i, label in enumerate(labels):
        first.setdefault(label, i)

    def picked(tags: list[str]) -> None:
        if p.accept_new_options:  # the kernel matches typed values to options
            emit(el.id, [first.get(t, t) for t in tags])
        else:
            emit(el.id, [first[t] for t in tags if t in first])

    props = {
        "description": labelled(p)["description"],  # kept for lookups; TagsInput never draws it
        "description_allow_html": True,
        "_dom_classes": labelled(p)["_dom_classes"],
        # Any tag, with accept_new_options: TagsInput offers as suggestions only the tags it
        # allows, so the options are then not suggested.
        "allowed_tags": [] if p.accept_new_options else list(first),
        "allow_duplicates": False,
        "placeholder": p.placeholder or "",
        "value": [v if isinstance(v, str) else labels[v] for v in p.value],
    }
    if p.disabled:  # TagsInput has no `disabled` trait: no event, and no pointer
        props["_dom_classes"] = (*props["_dom_classes"], "rr-disabled")
    if p.filter_mode != "fuzzy":  # the page narrows its suggestions, or takes no typing
        props["_dom_classes"] = (*props["_dom_classes"], target_class(el))
    tags = V(w.TagsInput, props, on={} if p.disabled else {"value": picked})
    classes = ("rr-multiselect", "rr-group", *wrap_classes(p.wrap))
    parts = [group_title(p), tags]
    if p.filter_mode is None and not p.accept_new_options:
        chooser = _chooser(el, emit)
        if chooser is not None:
            parts.append(chooser)
    every = _select_all(el, emit)
    if every is not None:
        parts.append(every)
    return V(w.VBox, {"_dom_classes": classes}, children=parts,
             key=el.id, layout=width_layout(p))  # fmt: skip


def _chooser(el: Element, emit: Emit) -> V | None:
    """``filter_mode=None``: typing is off (the page makes the tags field read-only), so the
    unselected options are offered in a drop-down under it; picking one adds it. Gone while
    nothing is left to pick, the widget is disabled or ``max_selections`` is reached."""
    p = el.props
    left = [(plain(label), i) for i, label in enumerate(p.options) if i not in p.value]
    full = bool(p.max_selections) and len(p.value) >= p.max_selections
    if not left or p.disabled or full:
        return None
    options = ((p.placeholder or "", -1), *left)

    def chosen(index: int | None) -> None:
        if index:
            emit(el.id, [*p.value, options[index][1]])

    return V(w.Dropdown, {"options": options, "index": 0,
                          "_dom_classes": ("rr-multiselect-chooser", *options_classes(options))},
             on={"index": chosen})  # fmt: skip


def _select_all(el: Element, emit: Emit) -> V | None:
    """Streamlit's "Select all" entry, as a button under the field: shown while at least two
    options are unselected, no more than ``select_all`` of them (unless it is -1, always), and
    ``max_selections`` leaves room; it adds the unselected options in order (as many as fit)."""
    p = el.props
    chosen = [i for i in p.value if not isinstance(i, str)]
    selectable = [i for i in range(len(p.options)) if i not in chosen]
    room = None if not p.max_selections else p.max_selections - len(p.value)
    shown = p.select_all == -1 or 0 < len(selectable) <= p.select_all
    if not shown or len(selectable) < 2 or p.disabled or room == 0:
        return None
    added = selectable if room is None else selectable[:room]
    return V(w.Button, {"description": "Select all", "_dom_classes": ("rr-select-all",)},
             on={"click": lambda: emit(el.id, [*p.value, *added])})  # fmt: skip


@recipe("pills", "segmented_control")
def button_group(el: Element, emit: Emit) -> V:
    p = el.props
    labels = p.options
    if not p.multi:
        options = pairs(labels)
        props = {**labelled(p), "options": options, "index": p.value,
                 "_dom_classes": (*labelled(p, *options_classes(options))["_dom_classes"],
                                  f"rr-{el.kind}", *wrap_classes(p.wrap))}  # fmt: skip
        return V(
            w.ToggleButtons,
            props,
            key=el.id,
            on={"index": lambda i: emit(el.id, i)},
            layout=width_layout(p),
        )
    chosen = list(p.value)

    def toggle(i: int, on: bool) -> None:
        emit(el.id, [j for j in chosen if j != i] + ([i] if on else []))

    buttons = [
        V(w.ToggleButton, {"description": label, "value": i in chosen, "disabled": bool(p.disabled),
                           "_dom_classes": glyph_classes(label)},
          on={"value": lambda on, i=i: toggle(i, on)})
        for label, i in pairs(labels)
    ]  # fmt: skip
    title = group_title(p)
    row = V(w.HBox, {"_dom_classes": ("rr-button-row",)}, children=buttons)
    classes = (f"rr-{el.kind}", "rr-group", *wrap_classes(p.wrap))
    return V(w.VBox, {"_dom_classes": classes}, children=[title, row], key=el.id)
