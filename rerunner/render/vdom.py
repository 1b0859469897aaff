"""A minimal virtual widget tree and the reconciler that applies it to live ipywidgets.

Recipes describe what a page should look like as ``V`` nodes (a widget class, its traits, its
children, an optional key and event handlers). ``Reconciler.render`` walks the new description
against the live widgets and:

* reuses a widget when its key matches (inputs, wherever they moved) or when it sits at the same
  place with the same class (outputs);
* sets only the traits whose values differ, all inside one ``hold_sync()`` per widget, so one
  update message per changed widget goes to the front end;
* marks the widget as syncing while it does, so observers never mistake a kernel update for a
  user's change;
* closes the widgets that the new description no longer uses;
* rebuilds a widget the front end closed (a ``comm_close`` from the browser), and puts the new
  one where the old one was: the next render does it, and ``on_lost`` asks for one at once.

Layouts and styles are interned: widgets with the same layout share one Layout model, so a
page of N widgets opens about N comms instead of 3N. A shared model lives only while some live
widget uses it, so layouts computed from data (a container's height, column widths) do not pile
up over a long session.
"""

from __future__ import annotations

import dataclasses
import logging
import operator
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as widgets

log = logging.getLogger("rerunner")

Handler = Callable[..., None]


@dataclass
class V:
    """A widget as it should be: class, traits, children, key and event handlers."""

    cls: type[widgets.Widget]
    props: dict[str, Any] = field(default_factory=dict)
    children: list[V] | None = None
    key: str | None = None
    on: dict[str, Handler] = field(default_factory=dict)
    layout: dict[str, Any] | None = None
    style: dict[str, Any] | None = None
    initial: dict[str, Any] = field(default_factory=dict)  # traits set once, then the user's
    # Called with the widget's ``Live`` after every render, so that an event handler of this
    # description can reach a sibling widget (the chat input's send reads its text field).
    ref: Callable[[Live], None] | None = None


class Live:
    """A widget on the page and the description it was last brought in line with."""

    __slots__ = ("widget", "vnode", "children", "syncing", "bound", "shared", "moved")

    def __init__(self, vnode: V) -> None:
        self.widget: widgets.Widget = None  # type: ignore[assignment]
        self.vnode = vnode
        self.children: list[Live] = []
        self.syncing = True  # until the widget exists and is bound
        self.bound: set[str] = set()
        self.shared: dict[str, tuple] = {}  # "layout"/"style" -> the interned model's key
        # A trait the front end may change has changed, or the widget was closed, since the
        # last render looked: only then does a render compare the widget with its description
        # (a page of unchanged widgets is passed over without reading one trait).
        self.moved = False

    def watch(self) -> None:
        """Mark the widget moved when it is closed (``close()`` sets its comm to None)."""
        self.widget.observe(self._closed, names="comm")

    def _closed(self, change: dict[str, Any]) -> None:
        self.moved = True

    def bind(self, events: Any) -> None:
        """Route the widget's events to whatever handler the latest description holds."""
        if self.bound.issuperset(events):
            return
        for event in set(events) - self.bound:
            self.bound.add(event)
            if event == "click" and hasattr(self.widget, "on_click"):
                self.widget.on_click(lambda _button: self.dispatch("click"))
            elif event == "message":  # a custom component's value: (content, buffers)
                self.widget.on_msg(
                    lambda _w, content, buffers: self.dispatch("message", content, buffers)
                )
            elif event in CUSTOM_EVENTS:
                # Enter in a text field, a click on a link: a custom message, not a trait
                self.widget.on_msg(
                    lambda _w, content, _buffers, event=event: (
                        isinstance(content, dict)
                        and content.get("event") == event
                        and self.dispatch(event)
                    )
                )
            else:
                self.widget.observe(self._changed, names=event)

    def _changed(self, change: dict[str, Any]) -> None:
        self.moved = True  # whoever changed it: the front end, ``set``, or the render itself
        self.dispatch(change["name"], change["new"])

    def set(self, **traits: Any) -> None:
        """Change the widget from an event handler (clear a field once its text is sent, show
        a note). Traits the kernel owns are written into the description too, so the next render
        compares with what the widget now shows and brings the description's values back."""
        self.syncing = True
        try:
            with self.widget.hold_sync():
                for name, value in traits.items():
                    setattr(self.widget, name, value)
        finally:
            self.syncing = False
        owned = {
            n: v
            for n, v in traits.items()
            if n not in self.vnode.on and n not in self.vnode.initial
        }
        if owned:
            # A copy, not a change in place: the render may reuse the description it gave
            # (render/lib.Descriptions), which must keep saying what the app said.
            self.vnode = dataclasses.replace(self.vnode, props={**self.vnode.props, **owned})

    def dispatch(self, event: str, *args: Any) -> None:
        if self.syncing:
            return  # our own update, not the user's
        if event in CUSTOM_EVENTS and getattr(self.widget, "disabled", False):
            log.warning(
                "rerunner: refused a %s on a disabled %s", event, type(self.widget).__name__
            )
            return
        handler = self.vnode.on.get(event)
        if handler is not None:
            handler(*args)


_MISSING = object()


def closed(widget: widgets.Widget) -> bool:
    """Whether ``widget`` has no comm any more: closed in the kernel, or by the front end.

    A front end's ``comm_close`` leaves the widget its comm object, marked closed (ipywidgets
    does not listen for it); such a widget shows nothing and takes no update.
    """
    comm = widget.comm
    return comm is None or bool(getattr(comm, "_closed", False))


class _FrontEndCloses:
    """Counts comms the front end closed, and tells the reconcilers that want to know."""

    def __init__(self) -> None:
        self.count = 0
        self.listeners: weakref.WeakSet[Reconciler] = weakref.WeakSet()

    def watch(self, widget: widgets.Widget) -> None:
        comm = widget.comm
        if comm is not None and hasattr(comm, "on_close"):
            comm.on_close(self._closed)

    def _closed(self, _msg: Any) -> None:
        self.count += 1
        for reconciler in list(self.listeners):
            reconciler.front_end_closed()


FRONT_END_CLOSES = _FrontEndCloses()


class SharedModels:
    """Interned Layout and Style models, reference-counted by the live widgets using them.

    A model whose last user goes is closed, so the number of open comms follows the page, not
    the history of every layout the session ever computed.
    """

    def __init__(self) -> None:
        self._models: dict[tuple, widgets.Widget] = {}
        self._uses: dict[tuple, int] = {}
        self._pinned: set[tuple] = set()

    def acquire(self, key: tuple, make: Callable[[], widgets.Widget]) -> widgets.Widget:
        model = self._models.get(key)
        if model is None or closed(model):
            # A model closed behind our back is replaced; its users still count (each is rebuilt
            # with the new model and releases its use of the old one).
            model = self._models[key] = make()
            guard(model)  # layouts and styles are the kernel's alone
            FRONT_END_CLOSES.watch(model)
            self._uses.setdefault(key, 0)
        self._uses[key] += 1
        return model

    def pin(self, key: tuple, make: Callable[[], widgets.Widget]) -> widgets.Widget:
        """The shared model for ``key``, kept for the whole session (one use that never ends)."""
        model = self._models.get(key)
        if key not in self._pinned or model is None or closed(model):
            self._pinned.add(key)
            return self.acquire(key, make)
        return model

    def release(self, key: tuple) -> None:
        uses = self._uses.get(key, 0) - 1
        if uses > 0:
            self._uses[key] = uses
            return
        self._uses.pop(key, None)
        model = self._models.pop(key, None)
        if model is not None:
            model.close()

    def __len__(self) -> int:
        return len(self._models)


#: One pool per kernel: every app's widgets share it.
SHARED = SharedModels()


def layout_key(spec: dict[str, Any] | None) -> tuple:
    return ("Layout", *sorted((spec or {}).items()))


def shared_layout(spec: dict[str, Any] | None) -> widgets.Layout:
    """A Layout kept for the session, for the fixed layouts of widgets the reconciler does not
    manage (a table's pager). Layouts that follow the data go through the reconciler instead."""
    return SHARED.pin(layout_key(spec), lambda: widgets.Layout(**(spec or {})))


def _made_by(widget: widgets.Widget, cls: type[widgets.Widget]) -> bool:
    """Whether ``widget`` is an instance of exactly ``cls``. An anywidget adds its front end's
    traits to a subclass of its own, named alike, made for each instance: that counts too."""
    kind = type(widget)
    return kind is cls or (kind.__bases__ == (cls,) and kind.__name__ == cls.__name__)


def style_key(cls: type[widgets.Widget], spec: dict[str, Any] | None) -> tuple | None:
    trait = cls.class_traits().get("style")
    if trait is None:
        return None
    return (trait.klass.__name__, *sorted((spec or {}).items()))


def _acquire(live: Live, part: str, key: tuple | None, make: Callable[[], Any]) -> Any:
    """Point ``live`` at the shared model for ``key`` (taking a use), releasing its old one."""
    old = live.shared.pop(part, None)
    model = None
    if key is not None:
        model = SHARED.acquire(key, make)
        live.shared[part] = key
    if old is not None:
        SHARED.release(old)
    return model


def _shared_layout(live: Live, spec: dict[str, Any] | None) -> widgets.Layout:
    return _acquire(live, "layout", layout_key(spec), lambda: widgets.Layout(**(spec or {})))


def _shared_style(live: Live, cls: type[widgets.Widget], spec: dict[str, Any] | None) -> Any:
    def make() -> widgets.Widget:
        return cls.class_traits()["style"].klass(**(spec or {}))

    return _acquire(live, "style", style_key(cls, spec), make)


_PLAIN = (str, int, float, bool, type(None))


def _same(a: Any, b: Any) -> bool:
    """``_equal``, with a fast answer for the plain values that make up most traits."""
    if a is b:
        return True
    kind = type(a)
    if kind is type(b):
        if kind in _PLAIN:
            return a == b
        if kind is tuple:  # class lists, options: equal as plain tuples is the common answer
            try:
                if a == b:
                    return True
            except Exception:  # an element that refuses ==, such as an array
                pass
    return _equal(a, b)


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=False))
    if type(a) is not type(b) and not (
        isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool)
    ):
        return False
    try:
        return bool(a == b)
    except Exception:
        return a is b


# Traits that constrain others are applied first, the value last: setting ``options`` resets
# ``index``, and a slider refuses a value outside its current bounds.
_ORDER = {"options": 0, "min": 1, "max": 1, "step": 2, "index": 8, "value": 9}


class Reconciler:
    """Keeps a live widget tree equal to the last description given to ``render``.

    ``on_error(description, exception)`` describes what to show instead of a widget that could
    not be built or updated (a trait the front end would refuse, say), so one bad element never
    takes the rest of the page down with it.
    """

    def __init__(self, on_error: Callable[[V, Exception], V] | None = None) -> None:
        self._on_error = on_error
        self.root: Live | None = None
        self._keyed: dict[str, Live] = {}
        self._live: set[int] = set()
        self._all: dict[int, Live] = {}
        self.created = 0
        self.updated = 0
        self.closed = 0
        #: Called when the front end closes one of this page's widgets (a re-render restores it).
        self.on_lost: Callable[[], None] | None = None
        self._closes_seen = FRONT_END_CLOSES.count
        self._check_lost = False
        FRONT_END_CLOSES.listeners.add(self)

    # --- public -----------------------------------------------------------------------

    def render(self, vnode: V, partial: bool = False) -> widgets.Widget:
        """Bring the page in line with ``vnode``; returns the root widget.

        ``partial`` shows a page still being built: widgets it does not use stay open (and
        keyed inputs stay findable), for the complete render that follows to reuse or close.
        """
        used: dict[int, Live] = {}
        closes = FRONT_END_CLOSES.count
        self._check_lost = closes != self._closes_seen  # only then look for closed widgets
        self.root = self._render(vnode, self.root, used)
        self._closes_seen = closes
        if partial:
            kept = {wid: live for wid, live in self._all.items() if wid not in used}
            self._keyed = {
                live.vnode.key: live
                for live in [*kept.values(), *used.values()]
                if live.vnode.key is not None
            }
            self._all = {**kept, **used}
            return self.root.widget
        if used.keys() == self._all.keys():
            # The same widgets as before (a widget keeps its Live, and a Live its key): nothing
            # to close, and the keys still find the same widgets.
            self._all = used
            return self.root.widget
        for wid, live in list(self._all.items()):
            if wid not in used:
                self._close(live)
        self._all = used
        self._keyed = {live.vnode.key: live for live in used.values() if live.vnode.key is not None}
        return self.root.widget

    def render_part(self, vnode: V) -> set[str] | None:
        """Bring one keyed part of the page (a fragment's container) in line with ``vnode``;
        the rest of the page is not looked at, so this costs what the part holds. Returns the
        keys of the widgets it closed, or None when the part is not on the page or had to be
        rebuilt (its parent holds the old widget: the whole page must be rendered then)."""
        old = self._keyed.get(vnode.key) if vnode.key is not None else None
        if old is None or self.root is None:
            return None
        before: dict[int, Live] = {}
        _collect(old, before)
        used: dict[int, Live] = {}
        closes = FRONT_END_CLOSES.count
        self._check_lost = closes != self._closes_seen
        live = self._render(vnode, old, used)
        for wid, item in used.items():
            self._all[wid] = item
            if item.vnode.key is not None:
                self._keyed[item.vnode.key] = item
        if live is not old:
            return None  # the render of the whole page reuses what was built, closes the rest
        self._closes_seen = closes
        dropped: set[str] = set()
        for wid, item in before.items():
            if wid in used:
                continue
            self._close(item)
            self._all.pop(wid, None)
            key = item.vnode.key
            if key is not None and self._keyed.get(key) is item:
                del self._keyed[key]
                dropped.add(key)
        return dropped

    def close(self) -> None:
        FRONT_END_CLOSES.listeners.discard(self)
        for live in list(self._all.values()):
            self._close(live)
        self._all.clear()
        self._keyed.clear()
        self.root = None

    def front_end_closed(self) -> None:
        """A comm was closed by the front end: ask for a render, which rebuilds what this page
        lost (a render that finds nothing lost changes nothing). Not when the root itself went:
        the page is no longer on screen anywhere."""
        if self.on_lost is None or self.root is None or closed(self.root.widget):
            return
        self.on_lost()

    def keyed(self, key: str) -> widgets.Widget | None:
        """The live widget rendered for ``key`` (an input's element id), if any."""
        live = self._keyed.get(key)
        return None if live is None else live.widget

    def live_count(self) -> int:
        """How many widgets the page holds (asked on every render of a paced view)."""
        return len(self._all)

    def widgets(self) -> list[widgets.Widget]:
        return [live.widget for live in self._all.values()]

    # --- internals --------------------------------------------------------------------

    def _render(self, vnode: V, old: Live | None, used: dict[int, Live]) -> Live:
        if vnode.key is not None:
            keyed = self._keyed.get(vnode.key)
            if keyed is not None and id(keyed.widget) not in used:
                old = keyed
        if old is not None and self._still_applied(old, vnode, used):
            used[id(old.widget)] = old
            return old
        try:
            if (
                old is None
                or not _made_by(old.widget, vnode.cls)
                or old.vnode.key != vnode.key
                or id(old.widget) in used
                or old.widget.comm is None  # closed behind our back
                or (self._check_lost and _lost(old))  # closed by the front end
            ):
                live = self._create(vnode, used)
            else:
                live = old
                self._update(live, vnode, used)
        except Exception as exc:
            if self._on_error is None or vnode.key == "__error__":
                raise
            log.warning("rerunner: could not show a %s: %s", vnode.cls.__name__, exc)
            return self._render(self._on_error(vnode, exc), None, used)
        used[id(live.widget)] = live
        if vnode.ref is not None:
            vnode.ref(live)
        return live

    def _still_applied(self, old: Live, vnode: V, used: dict[int, Live]) -> bool:
        """Whether ``old`` was brought in line with this very description (``render/lib``'s
        ``Descriptions`` hand the same one back) and nothing moved it since: then there is
        nothing to do, the usual case for most of a page."""
        if (
            old.vnode is not vnode
            or vnode.children is not None
            or vnode.ref is not None
            or self._check_lost
            or id(old.widget) in used
        ):
            return False
        if old.moved:
            if old.widget.comm is None:  # closed behind our back
                return False
            if vnode.on and _drifted(old.widget, vnode):
                return False  # (still marked: the update that follows is looked at again)
            old.moved = False
        return True

    def _render_children(self, live: Live, vnode: V, used: dict[int, Live]) -> list[Live]:
        old_children = live.children
        count = len(old_children)
        result = []
        for i, child in enumerate(vnode.children or ()):
            positional = old_children[i] if i < count else None
            if positional is not None and self._still_applied(positional, child, used):
                # (its key, if any, is the description's: the same input, where it was)
                used[id(positional.widget)] = positional
                result.append(positional)
                continue
            if positional is not None and positional.vnode.key is not None:
                positional = None  # an input is only ever found again by its key
            result.append(self._render(child, positional, used))
        return result

    def _create(self, vnode: V, used: dict[int, Live]) -> Live:
        kwargs = {**vnode.initial, **vnode.props}
        live = Live(vnode)
        kwargs["layout"] = _shared_layout(live, vnode.layout)
        style = _shared_style(live, vnode.cls, vnode.style)
        if style is not None:
            kwargs["style"] = style
        if vnode.children is not None:
            live.children = self._render_children(live, vnode, used)
            kwargs["children"] = tuple(c.widget for c in live.children)
        live.widget = vnode.cls(**kwargs)
        _watch(live.widget, vnode)
        live.watch()
        guard(live.widget, lambda: front_end_traits(live.vnode))
        live.syncing = False
        live.bind(vnode.on)
        self.created += 1
        return live

    def _update(self, live: Live, vnode: V, used: dict[int, Live]) -> None:
        widget = live.widget
        changes: dict[str, Any] = {}
        if vnode is live.vnode and vnode.children is None:
            # The very description applied last time (render/lib.Descriptions): only what the
            # front end may have changed since can differ.
            for name in vnode.on:
                value = vnode.props.get(name, _MISSING)
                if value is not _MISSING and not _equal(getattr(widget, name), value):
                    changes[name] = value
            if changes:
                self._apply(live, changes)
            return
        before = live.vnode.props
        for name, value in vnode.props.items():
            if name in vnode.on:
                # The front end writes this trait: compare with what the widget holds now.
                if not _equal(getattr(widget, name), value):
                    changes[name] = value
            elif not _same(before.get(name, _MISSING), value):
                # Only we write the others, so the last description says what the widget shows.
                changes[name] = value
        dropped = before.keys() - vnode.props.keys() if before.keys() != vnode.props.keys() else ()
        for name in dropped:
            if name not in vnode.on and name not in vnode.initial:
                # A trait the last description set and this one no longer gives goes back to
                # its default (an image's tooltip once ``alt`` is dropped), as Reacton does.
                # The traits the front end owns (bound events, ``initial``) stay the user's.
                changes[name] = widget.trait_defaults(name)
        if vnode.layout != live.vnode.layout:
            changes["layout"] = _shared_layout(live, vnode.layout)
        if vnode.style != live.vnode.style:
            style = _shared_style(live, vnode.cls, vnode.style)
            if style is not None:
                changes["style"] = style
        if vnode.children is not None:
            before_children = live.children
            live.children = self._render_children(live, vnode, used)
            if not _same_items(live.children, before_children):  # else the same widgets
                children = tuple(c.widget for c in live.children)
                if children != tuple(widget.children):
                    changes["children"] = children
        live.vnode = vnode
        live.bind(vnode.on)
        if changes:
            self._apply(live, changes)

    def _apply(self, live: Live, changes: dict[str, Any]) -> None:
        """Set ``changes`` on the widget in one message, constraining traits first."""
        widget = live.widget
        names = sorted(changes, key=lambda n: _ORDER.get(n, 5))
        if "min" in changes and "max" in changes and changes["min"] > widget.max:
            names.remove("max")
            names.insert(0, "max")
        live.syncing = True
        try:
            with widget.hold_sync():
                for name in names:
                    setattr(widget, name, changes[name])
        finally:
            live.syncing = False
        self.updated += 1

    def _close(self, live: Live) -> None:
        if live.widget.comm is not None:
            live.widget.close()
            self.closed += 1
        for key in live.shared.values():
            SHARED.release(key)
        live.shared.clear()


def _same_items(a: list[Live], b: list[Live]) -> bool:
    return len(a) == len(b) and all(map(operator.is_, a, b))


def _drifted(widget: widgets.Widget, vnode: V) -> bool:
    """Whether the front end moved a trait it may change away from what ``vnode`` says."""
    props = vnode.props
    for name in vnode.on:
        value = props.get(name, _MISSING)
        if value is not _MISSING and not _equal(_trait(widget, name), value):
            return True
    return False


def _trait(widget: widgets.Widget, name: str) -> Any:
    """A trait's value, read from the widget's own table when it is there: asked for every
    widget of every render, and traitlets' descriptor costs ten times the dict lookup."""
    values = widget._trait_values
    return values[name] if name in values else getattr(widget, name)


def _collect(live: Live, into: dict[int, Live]) -> None:
    into[id(live.widget)] = live
    for child in live.children:
        _collect(child, into)


def _inner(widget: widgets.Widget) -> list[widgets.Widget]:
    """The widgets a composite (a widget built with its own children) holds, at any depth."""
    found = []
    for child in getattr(widget, "children", ()) or ():
        if isinstance(child, widgets.Widget):
            found.append(child)
            found.extend(_inner(child))
    return found


def _watch(widget: widgets.Widget, vnode: V) -> None:
    FRONT_END_CLOSES.watch(widget)
    if vnode.children is None:  # a composite's own children are not in any description
        for inner in _inner(widget):
            FRONT_END_CLOSES.watch(inner)


def _lost(live: Live) -> bool:
    """Whether the front end closed this widget, its shared Layout or Style, or (for a
    composite) one of the widgets it holds: then it is built again."""
    widget = live.widget
    if closed(widget):
        return True
    for part in live.shared:
        model = getattr(widget, part, None)
        if isinstance(model, widgets.Widget) and closed(model):
            return True
    return live.vnode.children is None and any(closed(inner) for inner in _inner(widget))


#: Custom messages a front end may send, by event: a click, Enter in a text field, and a
#: custom component's value.
CUSTOM_EVENTS = ("click", "submit", "message")


def front_end_traits(vnode: V) -> frozenset[str]:
    """The traits of ``vnode``'s widget a visitor may change: its bound events and ``initial``."""
    return frozenset(vnode.on).difference(CUSTOM_EVENTS) | frozenset(vnode.initial)


def guard(widget: widgets.Widget, accepts: Callable[[], frozenset[str]] = frozenset) -> None:
    """Make the kernel own every synced trait of ``widget`` except those ``accepts()`` names.

    A front end may send any update (in Voila, a visitor can send any comm message). Only the
    traits the element's schema gives the front end (a value, the open tab...) are taken, and
    only while the widget is enabled; any other trait, and a value the traits reject, is
    refused with one log line, and the front end is sent the kernel's state back, so it shows
    the truth again. (ipywidgets would otherwise keep the change, or publish a TraitError.)
    """
    apply = widget.set_state

    def set_state(sync_data: dict[str, Any]) -> None:
        allowed = frozenset() if getattr(widget, "disabled", False) else accepts()
        taken = {name: value for name, value in sync_data.items() if name in allowed}
        refused = [name for name in sync_data if name not in taken]
        if taken:
            try:
                apply(taken)
            except Exception as exc:  # noqa: BLE001 - any refusal of a front-end value
                log.warning("rerunner: refused %r for a %s: %s", taken, type(widget).__name__, exc)
                refused += list(taken)
        elif refused:
            log.warning(
                "rerunner: refused a front-end change of %s on a %s%s",
                ", ".join(sorted(map(str, refused))),
                type(widget).__name__,
                " (disabled)" if getattr(widget, "disabled", False) else "",
            )
        known = [name for name in refused if name in widget.keys]
        if known and widget.comm is not None:
            widget.send_state(known)

    widget.set_state = set_state  # type: ignore[method-assign]
