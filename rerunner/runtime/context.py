"""The context of the run in progress: where st calls write, and which ids they already took.

Besides the main area, a run may fill two areas of its own, each made on first use: the sidebar
(``st.sidebar``) and the bottom (``st.bottom``, where a chat input written in the main area is
pinned). They come after the main area in the run's tree.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ..elements import MAY_ASK, Element, asks_the_page, container, new_element
from ..errors import (
    NoRunContextError,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    duplicate_id_message,
    duplicate_key_message,
)
from ..state import SessionState
from .fragments import Fragment, Fragments
from .location import Location

#: Streamlit's errors for a fragment writing into a container made outside it (1.67's texts).
OUTSIDE_WITHOUT_PLACE = (
    "A fragment tried to write to a container created outside it, but the fragment did not "
    "write to that container during the last full app run, so Streamlit could not reserve a "
    "stable position for it.\n\nIf this fragment uses `parallel=True`, writing to containers "
    "created outside it is not supported, including `st.sidebar` and `st.bottom`. Move the "
    "element inside the fragment body.\n\nOtherwise, inside the fragment function, write to the "
    "container on every full app run (e.g. `outside_container.empty()` or `with "
    "outside_container: st.empty()`), then fill it during fragment reruns."
)
OUTSIDE_PARALLEL = (
    "Writing to a container created outside a parallel fragment, including `st.sidebar` and "
    "`st.bottom`, is not supported on a full app run or a later fragment rerun.\n\nTo fix this, "
    "move the element inside the fragment body."
)


_SERIALS = itertools.count()


class RunContext:
    """One run of an app's body (its callbacks included)."""

    def __init__(self, state: SessionState, app_id: str, st_module: Any = None) -> None:
        self.state = state
        self.app_id = app_id
        #: Tells this run from every other (memos of what the last run made key on it).
        self.serial = next(_SERIALS)
        #: The app's page and query parameters (``runtime/location.py``), set by the App.
        self.location: Location = Location()
        #: What ``import streamlit`` means in this run (the body's, and its helper modules').
        self.st_module = st_module
        self.root = container("root")
        self._stack: list[Element] = [self.root]
        # (form key, form's enter_to_submit, root index) of the current container: asked by
        # every widget, so kept until the stack changes rather than found by a walk per call
        self._place: tuple[str, bool, int] | None = None
        self._ids: set[str] = set()
        self._keys: set[str] = set()
        #: Objects user code made during the run that the view may release when a later run no
        #: longer uses them (ipywidgets a body creates and displays itself).
        self.made: list[Any] = []
        # Called at each element the body adds; raises to stop a run that newer input made stale.
        self.checkpoint: Callable[[], None] | None = None
        self._areas: dict[str, Element] = {}  # "sidebar", "bottom": made on first use
        self._at_finish: list[Callable[[], None]] = []
        self.in_callback = False  # True while the run's widget callbacks execute
        #: The fragment of the widget whose callback runs now (Streamlit's thread state).
        self.callback_fragment: str | None = None
        #: Set by the App: shows the page as it stands mid-run (a spinner opened, progress moved);
        #: ``force`` skips its throttle; False means held back (too soon after the last update).
        self.on_live: Callable[[RunContext, bool], bool] | None = None
        # Printed text not yet joined into its stream element, by element: joining on every
        # write would copy all the text so far each time (quadratic in the lines printed).
        self._unjoined: dict[int, tuple[Element, list[str]]] = {}
        # Shared with the run's parallel fragments (their contexts are copies of this one),
        # which print from their threads while the body may show the page mid-run.
        self._stream_lock = threading.Lock()
        # --- fragments (see runtime/fragments.py) ---
        #: The app's registry of fragments (set by the App).
        self.fragments: Fragments | None = None
        #: The fragments this run is for; None for a run of the whole body.
        self.fragment_run: tuple[str, ...] | None = None
        #: The fragment whose function is running now (the innermost), if any.
        self.fragment_id: str | None = None
        #: The page a fragment run changes in place (the last full run's tree).
        self.page: Element | None = None
        #: Parts of the page a fragment run replaced (fragment containers, wrappers): what the
        #: view redraws. ``full_render`` asks for the whole page instead (a dialog opened).
        self.replaced: list[Element] = []
        self.full_render = False
        self.ran_fragments: list[str] = []  # the fragments a fragment run reran
        self.interrupted = False  # the run ended in a KeyboardInterrupt
        self.dialog_opened = False  # Streamlit allows one dialog per run
        self.parallel_worker = False  # in a ``parallel=True`` fragment's thread
        self.fragment_calls: dict[tuple[str | None, str], int] = {}
        # fragment id -> ids of the containers made inside it in this run: a write into any
        # other container is a write outside the fragment
        self._inside: dict[str, set[int]] = {}
        self._fresh: set[int] = set()  # wrappers made in this run
        self._fragment_keys: dict[str, str] = {}  # fragment key -> the definition that took it
        #: The container the last ``add`` put its element into.
        self.last_parent: Element = self.root
        #: Parallel fragments' threads, and what each raised, for the run to join at its end.
        self.workers: list[tuple[Any, list[BaseException]]] = []

    def show_live(self, force: bool = False) -> bool:
        """Ask for the page to show this run's progress now, before the body ends.

        The App shows it at most once per ``App.live_interval`` unless ``force``; the answer is
        False when it held this one back, so a caller with more to show may ask again later.
        """
        if self.on_live is not None:
            return self.on_live(self, force)
        return True

    def snapshot(self, previous: Element | None) -> Element:
        """The page mid-run: what this run wrote so far, then the rest of the previous page.

        The previous run's elements below the current position stay in their places (as
        Streamlit keeps stale elements on screen), so a spinner or progress bar takes one slot
        and the widgets below it are neither moved nor rebuilt.
        """
        self.join_streams()
        old = list(previous.children or ()) if previous is not None else []
        old_main = [c for c in old if c.kind not in AREAS]
        main = [c for c in self.root.children or () if c.kind not in AREAS]
        areas = []
        for kind in AREAS:  # this run's area once it has one, else the previous page's
            mine = self._areas.get(kind)
            areas += [mine] if mine is not None else [c for c in old if c.kind == kind]
        props = self.root.props
        if previous is not None and previous.props.page_aids and not props.page_aids:
            # the previous page's elements still shown below may ask for their aids
            props = dataclasses.replace(props, page_aids=True)
        return Element("root", props, children=main + old_main[len(main) :] + areas)

    @property
    def sidebar(self) -> Element:
        """The app's side panel; it exists (and shows) only once something is put in it."""
        return self._area("sidebar")

    @property
    def bottom(self) -> Element:
        """The area pinned below the app (``st.bottom``); it exists once something is put in it."""
        return self._area("bottom")

    def _area(self, kind: str) -> Element:
        if kind not in self._areas:
            self._areas[kind] = container(kind)
        return self._areas[kind]

    def at_finish(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` when the run's tree is closed (an element drawn differently mid-run, such
        as a chat input disabled while the reply to its message streams, is set back)."""
        self._at_finish.append(fn)

    def finish(self) -> Element:
        """Close the run's tree: the sidebar, then the bottom, if used, go after the main area,
        as in Streamlit."""
        self.join_streams()
        for fn in self._at_finish:
            fn()
        self._at_finish.clear()
        for kind in AREAS:
            area = self._areas.get(kind)
            if area is not None and area not in (self.root.children or []):
                self.root.add(area)
        return self.root

    @property
    def form_id(self) -> str:
        """The key of the form being written into, or "" outside forms."""
        return (self._place or self._find_place())[0]

    def form_enter_to_submit(self) -> bool:
        return (self._place or self._find_place())[1]

    def root_index(self) -> int:
        """Streamlit's root container, part of a keyless widget's identity: 0 for the main area,
        1 for the sidebar, 2 in a dialog (Streamlit's event container), 3 for the bottom."""
        return (self._place or self._find_place())[2]

    def place(self) -> tuple[str, bool, int]:
        """Where the next st call writes, as a widget's identity sees it: the form's key (or
        ""), whether Enter submits that form, and the root index (``root_index``)."""
        return self._place or self._find_place()

    def _find_place(self) -> tuple[str, bool, int]:
        form: Element | None = None
        kinds = set()
        for element in reversed(self._stack):
            if form is None and element.kind == "form":
                form = element
            kinds.add(element.kind)
        root = (
            2 if "dialog" in kinds else 1 if "sidebar" in kinds else 3 if "bottom" in kinds else 0
        )
        self._place = (
            "" if form is None else str(form.props.key),
            False if form is None else bool(form.props.enter_to_submit),
            root,
        )
        return self._place

    def inside_kind(self, kind: str) -> bool:
        return any(element.kind == kind for element in self._stack)

    @property
    def target(self) -> Element:
        """The container the next st call writes into."""
        return self._stack[-1]

    def add(self, element: Element) -> Element:
        if self.checkpoint is not None:
            self.checkpoint()
        target = self._stack[-1]
        if self.fragment_id is not None:
            target = self._fragment_target(target, element)
        self.last_parent = target
        if (
            type(element.props) in MAY_ASK
            and not self.root.props.page_aids
            and asks_the_page(element)
        ):
            self.root.props.page_aids = True  # recorded here so a render never searches the page
        return target.add(element)

    # --- fragments -------------------------------------------------------------------------

    def enter_fragment(self, fragment_id: str, element: Element) -> str | None:
        """``fragment_id``'s function starts writing into ``element``; returns the fragment
        that was running (to give back to ``leave_fragment``)."""
        outer, self.fragment_id = self.fragment_id, fragment_id
        self._inside[fragment_id] = {id(element)}
        return outer

    def leave_fragment(self, fragment_id: str, outer: str | None) -> None:
        inner = self._inside.pop(fragment_id, set())
        if outer is not None and outer in self._inside:
            self._inside[outer] |= inner  # what a nested fragment made is inside its parent too
        self.fragment_id = outer

    def own(self, element: Element) -> None:
        """``element`` (put on the page by other means than ``add``) belongs to the running
        fragment: writing into it is no write outside the fragment."""
        if self.fragment_id is not None and self.fragment_id in self._inside:
            self._inside[self.fragment_id].add(id(element))

    def _fragment_target(self, target: Element, element: Element) -> Element:
        """Where a running fragment's element goes: ``target`` if the fragment made it, else
        the fragment's wrapper in that outside container (Streamlit's rules)."""
        inside = self._inside[self.fragment_id]  # type: ignore[index]
        if id(target) not in inside and target.kind != "slot":
            if self.parallel_worker:
                raise StreamlitInvalidLayoutContextError(OUTSIDE_PARALLEL)
            target = self._wrapper(target)
            inside.add(id(target))
        if element.children is not None:
            for el in element.walk():
                if el.children is not None:
                    inside.add(id(el))
        return target

    def _wrapper(self, outside: Element) -> Element:
        fid = self.fragment_id
        fragment = self.fragments.get(fid) if self.fragments is not None and fid else None
        if fragment is None:  # pragma: no cover - a fragment registers before it runs
            return outside
        for i, (where, wrapper) in enumerate(fragment.wrappers):
            if where is not outside:
                continue
            if id(wrapper) in self._fresh:
                return wrapper
            fresh = container("fragment_wrapper", fragment_id=fid, name=wrapper.props.name)
            siblings = outside.children or []
            for j, child in enumerate(siblings):
                if child is wrapper:
                    siblings[j] = fresh
                    break
            fragment.wrappers[i] = (outside, fresh)
            self._fresh.add(id(fresh))
            self.replaced.append(fresh)
            return fresh
        made_now = any(id(outside) in made for made in self._inside.values())
        if self.fragment_run is not None and not made_now:
            raise StreamlitInvalidLayoutContextError(OUTSIDE_WITHOUT_PLACE)
        name = f"{fid}:{len(fragment.wrappers)}"
        wrapper = container("fragment_wrapper", fragment_id=fid, name=name)
        outside.add(wrapper)
        fragment.wrappers.append((outside, wrapper))
        self._fresh.add(id(wrapper))
        return wrapper

    def claim_fragment_key(self, key: str, definition: str) -> None:
        """One fragment definition per key and run (several calls of it may share the key)."""
        if self._fragment_keys.setdefault(key, definition) != definition:
            raise StreamlitDuplicateElementKey(duplicate_key_message(key))

    def fragment_call(self, token: str) -> int:
        """How many times the definition ``token`` was called before in the running fragment
        (or the body) in this run: part of the id of this call's fragment."""
        at = (self.fragment_id, token)
        index = self.fragment_calls.get(at, 0)
        self.fragment_calls[at] = index + 1
        return index

    def running(self) -> Fragment | None:
        if self.fragments is None or self.fragment_id is None:
            return None
        return self.fragments.get(self.fragment_id)

    def adopt_sidebar(self, page: Element | None) -> None:
        """A fragment run writes into the page's own sidebar and bottom (where its wrappers
        are)."""
        # from the end: the areas follow the main area (only dialogs may come after them)
        for child in reversed(page.children or ()) if page is not None else ():
            if child.kind in AREAS:
                self._areas[child.kind] = child
            elif child.kind not in OUTSIDE_MAIN:
                break

    def page_root(self) -> Element:
        """The page's root: this run's, or in a fragment run the page it changes."""
        return self.page if self.page is not None else self.root

    def stack(self) -> list[Element]:
        return list(self._stack)

    def set_stack(self, stack: list[Element]) -> list[Element]:
        old, self._stack = self._stack, stack
        self._place = None
        return old

    def push(self, target: Element) -> None:
        self._stack.append(target)
        self._place = None

    def pop(self, target: Element) -> None:
        # The innermost entry of this target: blocks may be re-entered while open.
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i] is target:
                del self._stack[i]
                self._place = None
                return

    @contextmanager
    def inside(self, target: Element) -> Iterator[Element]:
        self.push(target)
        try:
            yield target
        finally:
            self.pop(target)

    @property
    def at_top(self) -> bool:
        """Whether st calls write straight into the main area (no container, no sidebar)."""
        return len(self._stack) == 1

    def claim(self, element_type: str, widget_id: str, key: str | None) -> None:
        """Take an id for this run, refusing a second widget with the same key or id."""
        if key is not None:
            if key in self._keys:
                raise StreamlitDuplicateElementKey(duplicate_key_message(key))
        if widget_id in self._ids:
            raise StreamlitDuplicateElementId(duplicate_id_message(element_type))
        if key is not None:
            self._keys.add(key)
        self._ids.add(widget_id)

    def write_stream(self, name: str, text: str) -> None:
        """Append printed text, merged with the stream element just before it.

        The text is kept in pieces and joined once, when the page is shown (mid-run or at the
        end), so printing is linear in the text printed.
        """
        with self._stream_lock:
            children = self.target.children or []
            last = children[-1] if children else None
            if last is not None and last.kind == "stream" and last.props.name == name:
                entry = self._unjoined.get(id(last))
                if entry is None:
                    entry = self._unjoined[id(last)] = (last, [last.props.text])
                entry[1].append(text)
                return
        self.add(new_element("stream", name=name, text=text))

    def join_streams(self) -> None:
        """Give every stream element its whole text (before anything reads the tree)."""
        global stream_chars_joined
        with self._stream_lock:  # emptied in place: the parallel fragments' copies share it
            for element, pieces in self._unjoined.values():
                element.props.text = text = "".join(pieces)
                stream_chars_joined += len(text)
            self._unjoined.clear()

    def write_display(self, data: dict[str, Any], metadata: dict[str, Any]) -> None:
        """Place a rich display (IPython's ``display()``) where it was called."""
        self.add(new_element("display", data=data, metadata=metadata))


#: Characters copied joining printed text, over the process's life: what tests measure to show
#: that printing stays linear.
stream_chars_joined = 0

#: The areas of an app besides its main area, in the order they follow it.
AREAS = ("sidebar", "bottom")
#: What a page's root holds besides its main area: the areas, and what is drawn over or
#: around the page (a dialog, the navigation menu, the logo).
OUTSIDE_MAIN = (*AREAS, "dialog", "navigation", "logo")


class LastRuns:
    """Records made by an app's current run and its run before, by key: a memo for what a rerun
    makes again (most of what it makes), from which nothing outlives the run after the one that
    last asked for it. An app making ever new records (text with a clock, widgets whose options
    change) holds two runs' worth, not a growing history, and what a record holds (a callback,
    and through it an old run's globals) is let go as soon. Kept per app: apps of one kernel
    that rerun in turn (a change one makes reaches the others) keep their own."""

    def __init__(self) -> None:
        # app id -> (serial of its current run, the records of that run, of the run before)
        self._apps: dict[str, tuple[int, dict[Any, Any], dict[Any, Any]]] = {}
        # The last ``get``'s run and its two generations: a run asks many times in a row, so
        # its app's entry is looked up once per run, not once per record.
        self._serial = -1
        self._now: dict[Any, Any] | None = None
        self._before: dict[Any, Any] = {}

    def get(self, run: RunContext | None, key: Any) -> Any:
        """The record of ``key`` made by ``run`` or its app's run before it, or None."""
        if run is None:
            self._serial, self._now = -1, None
            return None
        if run.serial != self._serial:
            self._turn_to(run)
        now = self._now
        found = now.get(key)  # type: ignore[union-attr]
        if found is None:
            found = self._before.get(key)
            if found is not None:
                now[key] = found  # type: ignore[index]
        return found

    def _turn_to(self, run: RunContext) -> None:
        runs = self._apps.get(run.app_id)
        if runs is None or runs[0] != run.serial:  # a new run: its records start afresh
            runs = self._apps[run.app_id] = (run.serial, {}, {} if runs is None else runs[1])
        self._serial, self._now, self._before = runs

    def put(self, key: Any, value: Any) -> None:
        """Record ``value`` for ``key`` in the run of the last ``get`` (none: not recorded)."""
        if self._now is not None:
            self._now[key] = value

    def __len__(self) -> int:
        return sum(len(now) + len(last) for _, now, last in self._apps.values())


_current: ContextVar[RunContext | None] = ContextVar("rerunner_run", default=None)


def current_run() -> RunContext | None:
    return _current.get()


def require_run(call: str) -> RunContext:
    ctx = _current.get()
    if ctx is None:
        raise NoRunContextError(
            f"`st.{call}()` was called outside a running app. Put it in a `%%rerun` cell "
            "(after `%load_ext rerunner`), or run the script with `rerunner.testing.AppTest`."
        )
    return ctx


@contextmanager
def activate(ctx: RunContext) -> Iterator[RunContext]:
    """Make ``ctx`` the current run, in the surroundings a run's user code expects: the app's
    modules whose file changed are forgotten (``imports``), and there is no running asyncio
    loop (``aio``: the kernel's is set aside)."""
    from . import aio, imports

    imports.forget_changed()
    token = _current.set(ctx)
    try:
        with aio.loop_set_aside():
            yield ctx
    finally:
        _current.reset(token)
