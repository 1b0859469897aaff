"""App: one ``%%rerun`` cell's body, its runs, and the events that cause them.

Data flows one way: an event (a widget's new value) is queued; when the kernel has no more input
waiting, the queue is applied to session state, the changed widgets' callbacks run, the body runs,
and only then is the finished element tree handed to the view, which reconciles its widgets.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from contextlib import nullcontext
from types import ModuleType
from typing import Any, Protocol

from ..elements import LOCATION, NAVIGATE, PRESENCE, Element, new_element
from ..errors import RerunException, ScriptControlException, StopException
from ..state import SessionState, WidgetMeta
from . import interrupts
from .context import OUTSIDE_MAIN, RunContext, activate
from .forms import Forms
from .fragments import FragmentHandledException, Fragments
from .location import Location
from .script import Script, format_traceback

log = logging.getLogger("rerunner")


class View(Protocol):
    """What shows an app: the render layer implements it with ipywidgets."""

    def update(
        self, tree: Element, emit: Callable[[str, Any], None], partial: bool = False
    ) -> None: ...

    def close(self) -> None: ...

    # A view that can redraw parts of the page (the containers a fragment run replaced) also
    # offers ``update_parts(parts, emit) -> bool`` (False: it could not, update the page).


class Scheduler(Protocol):
    """Decides when queued events are applied (the kernel defers while input is waiting)."""

    def schedule(self, flush: Callable[[], None]) -> None: ...

    # A scheduler that can see input arriving while a body runs (the kernel's) also offers
    # ``newer_input() -> bool`` (asked at every st call of a run, so cheap); the app then stops
    # stale runs at their st calls. One that can
    # run work later on its own (the kernel's) offers ``every(seconds, work) -> cancel``: the
    # ticks of fragments with ``run_every``.


class Outcome(enum.Enum):
    COMPLETED = "completed"
    RERUN = "rerun"
    STOPPED = "stopped"
    ERROR = "error"
    SUPERSEDED = "superseded"  # stopped because newer input was waiting; it reruns the app


class _Immediate:
    def schedule(self, flush: Callable[[], None]) -> None:
        flush()


class _Superseded(ScriptControlException):
    """Raised at an st call when newer input waits: what this run would show is already stale."""


def _holds_fragment(element: Element, fragment_ids: set[str]) -> bool:
    return any(
        el.kind in ("fragment", "fragment_wrapper") and el.props.fragment_id in fragment_ids
        for el in element.walk()
    )


def exception_element(exc: BaseException) -> Element:
    """A red error box with the message and the traceback, as ``st.exception`` shows it."""
    return new_element(
        "exception",
        type=type(exc).__name__,
        message=exception_message(exc),
        traceback=format_traceback(exc),
    )


def exception_message(exc: BaseException) -> str:
    """The message an error box shows: ``str(exc)`` stripped; a SyntaxError as Python prints it."""
    if isinstance(exc, SyntaxError) and exc.text:
        caret = " " * max(exc.offset - 1, 0) if exc.offset is not None else ""
        return (
            f'File "{exc.filename}", line {exc.lineno}\n  {exc.text.rstrip()}\n  {caret}^\n'
            f"{type(exc).__name__}: {exc.msg}"
        )
    try:
        return str(exc).strip()
    except Exception:  # an exception whose __str__ fails still gets its box
        return ""


class App:
    """A rerunnable body bound to a session state and (optionally) a view."""

    #: Least time between two mid-run updates of the page (spinner, progress), in seconds; the
    #: first one of each run is always shown.
    live_interval = 0.1
    #: Seconds fragments go on ticking after a front end last reported showing the page (and
    #: after the app was shown): then no front end shows it, and the kernel may go idle.
    presence_grace = 30.0

    def __init__(
        self,
        script: Script,
        *,
        app_id: str,
        state: SessionState,
        namespace: Callable[[], dict[str, Any]] = dict,
        st_module: ModuleType,
        view: View | None = None,
        scheduler: Scheduler | None = None,
        capture: Callable[[RunContext], Any] | None = None,
        on_completed: Callable[[], None] | None = None,
        fragment_reruns: bool = True,
        on_flushed: Callable[[App], None] | None = None,
        location: Location | None = None,
    ) -> None:
        self.script = script
        self.app_id = app_id
        self.state = state
        self._namespace = namespace
        self._st = st_module  # what ``import streamlit`` and the body's ``st`` mean
        self.view = view
        self._scheduler = scheduler or _Immediate()
        self._newer_input: Callable[[], bool] | None = getattr(scheduler, "newer_input", None)
        self._capture = capture
        self._on_completed = on_completed  # e.g. saving the state (``%%rerun --persist``)
        self._on_flushed = on_flushed  # after runs: what they changed reaches other apps
        self._unsaved = False  # a completed run that ``on_completed`` has not been told of yet
        self._made: list[Any] = []  # what user code made in the runs since the last update
        self._pending: dict[str, Any] = {}
        self.forms = Forms(state)  # what forms' fields park until their submit
        self._running = False
        self._rerun_requested = False
        self.closed = False
        self.tree: Element | None = None
        self.last_outcome: Outcome | None = None
        self.run_count = 0  # bodies started, st.rerun() restarts included
        self.last_run_seconds = 0.0
        self.live_updates = 0  # mid-run updates of the view (spinners, progress bars)
        self._live_at = float("-inf")
        if view is not None and hasattr(view, "on_lost"):
            view.on_lost = self.refresh  # a widget the front end closed is rebuilt at once
        self._interrupt_box: Element | None = None
        #: The app's page and query parameters, and the browser's facts (runtime/location.py).
        self.location = location if location is not None else Location.from_environment()
        if location is None and script.folder is not None:
            self.location.main_dir = script.folder
        # --- fragments (runtime/fragments.py) ---
        self.fragments = Fragments()
        #: Whether a change of a widget in a fragment reruns the fragment alone (False: the
        #: whole app, as Streamlit's AppTest does; code-requested fragment reruns stay).
        self.fragment_reruns = fragment_reruns
        self._fragment_requests: dict[str, None] = {}  # fragments asked to rerun alone
        #: Clicks (trigger values) a callback's targeted rerun carries into the run it asks for,
        #: where they read as in the interaction's own run (Streamlit's replayed triggers).
        self._replay: dict[str, Any] = {}
        self._carried: list[Element] = []  # what those callbacks wrote, for that run to show
        self.fragment_runs = 0  # runs of fragments alone
        self._every = getattr(scheduler, "every", None)
        self._timers: dict[str, tuple[float, Callable[[], None]]] = {}  # id -> (period, cancel)
        self._ticks_stopped = False  # an interrupt stopped the ticking, until the next full run
        self._seen_at = time.monotonic()  # when a front end last reported showing the page
        self.ticks = 0

    # --- events ----------------------------------------------------------------------------

    def submit(self, widget_id: str, value: Any, *, page_checks: bool = True) -> None:
        """A widget changed in the front end: queue its value and ask for a rerun.

        A widget inside a form only parks its value; the form's submit button (or Enter in one
        of its text fields) sends the parked values of that form together, as Streamlit does.
        ``page_checks=False`` skips the checks Streamlit's browser makes (a form with an empty
        ``required`` field is not sent), as Streamlit's AppTest, which has no browser, does.
        """
        if self.closed:
            return
        if widget_id == PRESENCE:
            self._seen_at = time.monotonic()  # a front end shows the page: ticks go on
            return
        if widget_id == LOCATION:
            if self.location.report(value):
                self.request_rerun()
            return
        if widget_id == NAVIGATE:
            self._navigate(value)
            return
        routed = self.forms.route(widget_id, value, page_checks=page_checks)
        if routed is None:
            return  # parked in its form until the form is submitted
        widget_id, value, sent_along = routed
        self._pending.update(sent_along)
        meta = self.state.widget_meta(widget_id)
        if meta is not None and meta.trigger and self._pending.get(widget_id) and not value:
            # a queued click stays a click whatever comes after it in the burst, and a newer
            # trigger value (a second chat message) replaces it, as Streamlit coalesces them
            pass
        else:
            self._pending[widget_id] = value
        self._scheduler.schedule(self.flush)

    def _navigate(self, value: Any) -> None:
        """A choice in the navigation menu or a page link: rerun on that page."""
        from urllib.parse import parse_qsl

        if not isinstance(value, dict) or not isinstance(value.get("page"), str):
            return
        query = value.get("query") if isinstance(value.get("query"), str) else ""
        self.location.navigate(value["page"], parse_qsl(query, keep_blank_values=True))
        self.request_rerun()

    def request_rerun(self) -> None:
        """Rerun without a widget change (a new script, a state change from outside)."""
        self._rerun_requested = True
        self._scheduler.schedule(self.flush)

    def tick(self, fragment_id: str) -> None:
        """A ``run_every`` period ended: rerun the fragment alone, now (the scheduler calls this
        from the kernel's event loop, as a cell runs, once no input waits)."""
        if self.closed or self._ticks_stopped or fragment_id not in self.fragments.by_id:
            return
        if not self.shown_recently():
            return  # nobody sees it: skip the run, keep the timer for when someone does
        self.ticks += 1
        self._fragment_requests[fragment_id] = None
        self.flush()

    def shown_recently(self) -> bool:
        return time.monotonic() - self._seen_at < self.presence_grace

    def flush(self) -> None:
        """Apply every queued event in one go, run until settled, then update the view once.

        An interrupt (SIGINT) stops the body or a callback; arriving while rerunner's own code
        runs, it is held until user code runs next (see ``runtime.interrupts``).
        """
        runs = self.run_count
        with interrupts.guarded():
            self._flush()
        if self._on_flushed is not None and self.run_count != runs:
            self._on_flushed(self)

    def _flush(self) -> None:
        if self._running or self.closed:
            return  # the loop below picks up whatever arrived meanwhile
        if (
            not self._pending
            and not self._rerun_requested
            and not self._fragment_requests
            and self.tree is not None
        ):
            return
        self._running = True
        started = time.perf_counter()
        outcome = None
        whole = False  # a full run produced the page: the view redraws it all
        parts: list[Element] = []  # else, the parts fragment runs replaced
        redo: tuple[str, ...] | None = None
        try:
            outcome = None
            while True:
                changes, self._pending = self._pending, {}
                scope = self._scope(changes)
                if scope == ():
                    break  # the fragments asked for are gone: nothing to run
                # st.rerun() continues its run's writes unless new events came in (Streamlit's)
                outcome, replaced = self._run_once(
                    changes, compact=outcome is not Outcome.RERUN or bool(changes), scope=scope
                )
                if outcome is Outcome.SUPERSEDED:
                    redo = scope
                    break  # the page keeps the last finished run until the newer input's run
                if outcome is not Outcome.RERUN:
                    if replaced is None:
                        whole, parts = True, []
                    elif not whole:
                        parts.extend(replaced)
                if outcome is Outcome.RERUN or self._pending or self._fragment_requests:
                    continue
                if self._rerun_requested:
                    continue
                break
            self._sync_timers()
            if self.tree is not None and (whole or parts) and self._locate(self.tree):
                whole = True  # the URL changed in a fragment run: the root tells the browser
            if self.view is not None and self.tree is not None and (whole or parts):
                if whole or not self._update_parts(parts):
                    self.view.update(self.forms.as_shown(self.tree), self.submit)
                self._adopt_made()
            if self._unsaved:  # once the page is on screen, and before any later run
                self._scheduler.schedule(self._completed)
        finally:
            self._running = False
            self.last_run_seconds = time.perf_counter() - started
        if outcome is Outcome.SUPERSEDED:
            # Once the waiting input is handled; if it was not for this app, the next run has
            # no changes and so runs to its end.
            if redo is None:
                self.request_rerun()
            else:
                self._fragment_requests.update(dict.fromkeys(redo))
                self._scheduler.schedule(self.flush)

    def _scope(self, changes: dict[str, Any]) -> tuple[str, ...] | None:
        """What the next run is for: None for the whole body, else the fragments to rerun
        alone (``()``: the fragments asked for are gone). A change of a widget outside every
        fragment, or a rerun asked for by code, is a full run."""
        requested, self._fragment_requests = list(self._fragment_requests), {}
        if self._rerun_requested or self.tree is None:
            self._rerun_requested = False
            return None
        wanted = []
        for wid in changes:
            meta = self.state.widget_meta(wid)
            if (
                not self.fragment_reruns
                or meta is None
                or not meta.fragment
                or meta.fragment not in self.fragments.by_id
            ):
                return None
            wanted.append(meta.fragment)
        if not wanted and not requested:
            return None
        return tuple(self.fragments.order(wanted + requested))

    def _locate(self, tree: Element) -> bool:
        """Give the page the URL the app wants, once it uses what the browser knows; True when
        the URL changed since the page last had it."""
        location = self.location
        if not (location.read or location.read_facts) and location.pages is None:
            return False
        before = tree.props.location
        tree.props.location = location.target()
        return before is not None and before["seq"] != tree.props.location["seq"]

    def _update_parts(self, parts: list[Element]) -> bool:
        update_parts = getattr(self.view, "update_parts", None)
        if update_parts is None:
            return False
        unique = list({id(part): part for part in parts}.values())
        return bool(update_parts([self.forms.as_shown(p) for p in unique], self.submit))

    # --- ticking fragments -----------------------------------------------------------------

    def _sync_timers(self) -> None:
        """Start a timer for each fragment that ticks, stop those of fragments gone."""
        if self._every is None or (not self.fragments.changed and not self._timers):
            return
        wanted = {} if self._ticks_stopped or self.closed else self.fragments.ticking()
        for fid in list(self._timers):
            period, cancel = self._timers[fid]
            if wanted.get(fid) != period:
                cancel()
                del self._timers[fid]
        for fid, period in wanted.items():
            if fid not in self._timers:
                cancel = self._every(period, lambda fid=fid: self.tick(fid))
                self._timers[fid] = (period, cancel)
        if self.tree is not None:
            self.tree.props.ticking = bool(self._timers)

    def _stop_ticking(self) -> None:
        self._ticks_stopped = True
        for _period, cancel in self._timers.values():
            cancel()
        self._timers.clear()

    def refresh(self) -> None:
        """Show the last finished page again, without running the body: the view rebuilds the
        widgets the front end closed and puts them back in their places."""
        self._scheduler.schedule(self._refresh)

    def _refresh(self) -> None:
        if self._running or self.closed or self.view is None or self.tree is None:
            return  # a run in progress ends with a full update anyway
        self.view.update(self.forms.as_shown(self.tree), self.submit)

    def run(self) -> App:
        """Run the body now (the first run, or a rerun asked for by code)."""
        self._rerun_requested = True
        self.flush()
        return self

    def _show_live(self, ctx: RunContext, force: bool = False) -> bool:
        """Show the page as it stands mid-run, at most once per ``live_interval`` (unless
        ``force``); False when held back, so that a caller may ask again later.

        Only once the app is on screen (not during its first run), and without closing the
        widgets this run has not reached yet: the run's end reconciles the page as usual.
        """
        if self.view is None or self.tree is None:
            return True
        now = time.perf_counter()
        if not force and now - self._live_at < self.live_interval:
            return False
        self._live_at = now
        admitted = interrupts.gate.open
        interrupts.gate.open = False  # an interrupt must not leave the page half updated
        try:
            self.view.update(
                ctx.snapshot(self.forms.as_shown(self.tree)), self.submit, partial=True
            )
            self.live_updates += 1
        finally:
            interrupts.gate.open = admitted
        if admitted:
            interrupts.admit()  # one held meanwhile stops the body here
        return True

    # --- one run ---------------------------------------------------------------------------

    def _adopt_made(self) -> None:
        """Hand the view what the runs' user code made (widgets it displayed itself), for it to
        release once no page shows them; what session state holds is kept."""
        adopt = getattr(self.view, "adopt", None)
        made, self._made = self._made, []
        if adopt is not None:
            adopt(made, lambda: self.state.to_dict().values())

    def _completed(self) -> None:
        """Tell ``on_completed`` of the last completed run (``--persist`` saves its state).

        Called after that run's page is shown, when no input waits, or at the latest before the
        next run starts: a slow save delays neither the page nor, should the kernel die in a
        later run, loses that run's state.
        """
        if self._unsaved:
            self._unsaved = False
            if self._on_completed is not None:
                self._on_completed()

    def _run_once(
        self,
        changes: dict[str, Any],
        compact: bool = True,
        scope: tuple[str, ...] | None = None,
    ) -> tuple[Outcome, list[Element] | None]:
        """One run: of the whole body (``scope`` None) or of those fragments alone. Returns the
        outcome and the parts of the page a fragment run replaced (None: the whole page)."""
        self._completed()
        ctx = RunContext(self.state, self.app_id, self._st)
        ctx.location = self.location
        if self.tree is not None:  # the page shown mid-run keeps its location widget
            ctx.root.props.location = self.tree.props.location
        if scope is None:
            self.location.shown = None  # st.navigation says which page this run shows
            if self.location.switched:
                self.location.switched = False
                self.state.forget_owner(self.app_id)
            self.location.begin_run()
        ctx.on_live = self._show_live
        ctx.fragments = self.fragments
        self.fragments.begin()
        if scope is not None:
            ctx.fragment_run = scope
            ctx.page = self.tree
            ctx.adopt_sidebar(self.tree)
            self.fragment_runs += 1
        self._live_at = float("-inf")
        self.state.begin_run(self.app_id, compact=compact)
        self.run_count += 1
        outcome = None
        replay, self._replay = self._replay, {}
        carried, self._carried = self._carried, []
        if scope is not None:
            ctx.root.children.extend(carried)  # type: ignore[union-attr]
        with activate(ctx):
            changed = self.state.apply_changes(changes)  # first: an interrupt must not lose them
            self.state.replay_triggers(replay)  # no callback again: theirs ran already
            try:
                with self._capture(ctx) if self._capture else nullcontext():
                    outcome = self._callbacks_then_body(ctx, changes, changed)
            except KeyboardInterrupt as exc:  # raised while the capture was entered or left
                if outcome is None:  # the body did not run: the run was interrupted
                    outcome = self._failed(ctx, exc)
        self.state.end_run(
            self.app_id,
            completed=outcome is Outcome.COMPLETED,
            reset_triggers=outcome in (Outcome.COMPLETED, Outcome.RERUN, Outcome.SUPERSEDED),
            fragments=ctx.fragment_run,
        )
        self._made.extend(ctx.made)
        if ctx.interrupted and ctx.fragment_run is not None:
            self._stop_ticking()  # the interrupt button stops a ticking fragment
        settled = outcome not in (Outcome.RERUN, Outcome.SUPERSEDED)
        replaced: list[Element] | None = None
        if ctx.fragment_run is None:
            if settled:
                self.location.end_run(completed=outcome is Outcome.COMPLETED)
                self.tree = ctx.finish()
                self.fragments.end_full_run()
                self._ticks_stopped = False  # a full run starts ticking afresh
        else:
            if settled and not ctx.ran_fragments and ctx.root.children:
                # a callback failed before any fragment ran: its box goes where its writes go
                self._place_callback_output(ctx, list(ctx.root.children))
            if settled and ctx.ran_fragments:
                self.fragments.end_fragment_run(ctx.ran_fragments)
            replaced = None if ctx.full_render else list(ctx.replaced)
        if settled:
            self.forms.after_run(self.tree, completed=outcome is Outcome.COMPLETED)
        if outcome is Outcome.COMPLETED:
            self._unsaved = self._on_completed is not None
        self.last_outcome = outcome
        return outcome, replaced

    def _callbacks_then_body(
        self, ctx: RunContext, changes: dict[str, Any], changed: list[WidgetMeta]
    ) -> Outcome:
        votes: list[list[str] | None | bool] = []  # per callback: its rerun's fragments
        try:
            rerun = False
            ctx.in_callback = True
            admitted = interrupts.gate.open
            try:
                for meta in changed:
                    if meta.callback is None:
                        continue
                    # st.rerun(scope="fragment") in a callback means the widget's fragment
                    ctx.callback_fragment = meta.fragment or None
                    try:
                        try:
                            interrupts.admit()
                            meta.callback(*meta.args, **meta.kwargs)
                        finally:
                            interrupts.gate.open = admitted
                    except RerunException as exc:
                        rerun = True  # honoured once every callback has run, as in Streamlit
                        votes.append(exc.fragments)
                    else:
                        votes.append(False)  # returned normally
            finally:
                ctx.in_callback = False
                ctx.callback_fragment = None
            if rerun:
                self._callback_reruns(ctx, votes, changed)
                return Outcome.RERUN
            ctx.checkpoint = self._checkpoint if self._may_supersede(changes) else None
            try:
                interrupts.admit()
                if ctx.fragment_run is None:
                    self.script.execute(self._namespace(), self._st)
                else:
                    self._run_fragments(ctx)
                self._join_workers(ctx)
            finally:
                interrupts.gate.open = admitted
                ctx.checkpoint = None
            return Outcome.COMPLETED
        except _Superseded:
            return Outcome.SUPERSEDED
        except RerunException as exc:
            self._join_workers(ctx, quietly=True)
            self._rerun_scope(exc)
            return Outcome.RERUN
        except StopException:
            self._join_workers(ctx, quietly=True)
            return Outcome.STOPPED
        except FragmentHandledException:
            # a fragment's error ended the body; its box is in the fragment already
            self._join_workers(ctx, quietly=True)
            return Outcome.ERROR
        except SystemExit:
            # sys.exit() ends the run quietly, as in Streamlit: what it drew stays, like st.stop()
            log.debug("rerunner: app %s called sys.exit()", self.app_id)
            return Outcome.STOPPED
        except (Exception, KeyboardInterrupt) as exc:
            log.debug("rerunner: app %s raised", self.app_id, exc_info=True)
            return self._failed(ctx, exc)

    def _run_fragments(self, ctx: RunContext) -> None:
        """A fragment run: what the callbacks wrote goes to the top of the page, then each
        fragment reruns alone in its place."""
        written = list(ctx.root.children or ())
        ctx.root.children.clear()  # type: ignore[union-attr]
        if written:
            self._place_callback_output(ctx, written)
        for fid in ctx.fragment_run or ():
            fragment = self.fragments.get(fid)
            if fragment is None:
                continue
            ctx.ran_fragments.append(fid)
            fragment.rerun()

    def _place_callback_output(self, ctx: RunContext, written: list[Element]) -> None:
        """What callbacks wrote in a fragment run goes where Streamlit's callbacks write in any
        run, the top of the app's main area: Streamlit's browser puts it in place of the
        elements at those positions, which stay replaced until the next full run. (Streamlit
        warns that it is so.) A top element that holds a part this run redraws (a fragment it
        reruns, or one of their wrappers) is kept, and the output goes in before it."""
        page = ctx.page
        if page is None or page.children is None:
            return
        children = page.children
        rerun = set(ctx.fragment_run or ())
        for n, element in enumerate(written):
            main = [i for i, c in enumerate(children) if c.kind not in OUTSIDE_MAIN]
            if n < len(main) and not _holds_fragment(children[main[n]], rerun):
                children[main[n]] = element
            elif n < len(main):
                children.insert(main[n], element)
            else:  # the page is shorter: after its main area (after the menu, if it is empty)
                leading = sum(c.kind in ("navigation", "logo") for c in children)
                children.insert(main[-1] + 1 if main else leading, element)
        ctx.full_render = True  # the page changed outside the fragments' own parts

    def _callback_reruns(
        self, ctx: RunContext, votes: list[Any], changed: list[WidgetMeta]
    ) -> None:
        """What the callbacks' ``st.rerun`` calls ask for (Streamlit's votes): fragments named
        by key rerun alone, unless a plain ``st.rerun()`` was called, or a callback returned
        normally where the interaction's own rerun is of the whole app.

        A targeted rerun stands in for the interaction's own run, so the clicks of the
        interaction go with it (whichever scope the votes settle on, as Streamlit attaches
        them to the batch): a button whose callback reran its fragment reads True there."""
        targeted = [fid for vote in votes if isinstance(vote, list) for fid in vote]
        if targeted:
            self._replay.update(
                (meta.id, self.state.widget_value(meta.id)) for meta in changed if meta.trigger
            )
        normal = any(vote is False for vote in votes)
        if any(vote is None for vote in votes) or (normal and ctx.fragment_run is None):
            self._rerun_requested = True
            return
        if normal:
            targeted += list(ctx.fragment_run or ())
        self._fragment_requests.update(dict.fromkeys(targeted))
        # Streamlit's browser keeps what the callbacks wrote before their st.rerun: a fragment
        # run clears nothing outside its fragments (a full run writes over it)
        self._carried.extend(ctx.root.children or ())

    def _rerun_scope(self, exc: RerunException) -> None:
        if exc.fragments is None:
            self._rerun_requested = True
        else:
            self._fragment_requests.update(dict.fromkeys(exc.fragments))

    def _join_workers(self, ctx: RunContext, quietly: bool = False) -> None:
        """Wait for the run's parallel fragments; what one raised (``st.rerun()``, an
        interrupt) acts on the run as if the body had raised it."""
        while ctx.workers:
            thread, failure = ctx.workers.pop(0)
            thread.join()
            if failure and not quietly:
                raise failure[0]

    def _failed(self, ctx: RunContext, exc: BaseException) -> Outcome:
        """The run ends with its error box where it happened.

        Interrupted before it drew anything (a held interrupt, a loop of ``st.rerun()``), the
        page keeps the last run's elements under the box, so its widgets go on working.
        """
        if isinstance(exc, KeyboardInterrupt):
            ctx.interrupted = True
        box = ctx.add(exception_element(exc))
        drawn = ctx.root.children or []
        if (
            isinstance(exc, KeyboardInterrupt)
            and ctx.fragment_run is None
            and len(drawn) == 1
            and drawn[0] is box
            and self.tree is not None
        ):
            kept = [c for c in self.tree.children or () if c is not self._interrupt_box]
            ctx.root.children.extend(kept)
            self._interrupt_box = box
        return Outcome.ERROR

    def _may_supersede(self, changes: dict[str, Any]) -> bool:
        """Whether newer input may stop this run at an st call (Streamlit's fast reruns).

        Only a run caused by value changes: the first run and code-requested reruns finish
        (the cell that displays the app waits for them), and so does a run caused by a click,
        whose body must see the button pressed once.
        """
        if not changes or self.tree is None or self._newer_input is None:
            return False
        for wid in changes:
            meta = self.state.widget_meta(wid)
            if meta is None or meta.trigger:
                return False
        return True

    def _checkpoint(self) -> None:
        # (called at every st call: the scheduler's look is throttled and cheap when not due)
        if self._newer_input is not None and self._newer_input():
            raise _Superseded()

    def close(self) -> None:
        """Close the view's widgets; session state is kept (and saved, if a save is due)."""
        self._completed()
        self.closed = True
        self._stop_ticking()
        if self.view is not None:
            self.view.close()
