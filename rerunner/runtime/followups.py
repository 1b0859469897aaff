"""Apps in step across cells: a change one app (or a plain cell) makes reruns the apps that read it.

The rule. Every ``%%rerun`` app of a kernel shares one session state, which records the keys each
app's last run read (``SessionState.reads_of``) and the keys each run changed. When an app's runs
end (``App``'s ``on_flushed``), the keys they changed are compared with the last-run reads of
every other registered app of that state; each app that read one of them reruns once afterwards.
A change made outside any run (a plain cell assigning ``st.session_state.x``) counts the same
once the cell has finished (IPython's ``post_execute``); outside a cell (an ipywidgets observer)
at once, so its reruns follow the message being handled.

* **Order**: the apps due to rerun go in the order their cells were last executed (the order of
  the registry, ``runtime.apps.APPS``: the kernel knows nothing of where cells are on the page).
  A rerun's own changes can make more apps due; they join the same queue.
* **Coalescing**: an app due to rerun is queued once, whatever else changes meanwhile, and any
  run it makes before its turn (its own widget event, the extra run after another cell) serves
  its turn. The queue is worked off as one deferred run of the kernel (``KernelScheduler.defer``:
  busy/idle around it, interruptible, after the input waiting has been handled); without a kernel
  (in process) at once, as the run that caused it ends.
* **Loops are cut**: within one working-off of the queue, each app reruns at most once. An app
  that a later rerun changes again (two apps that write what the other reads) is not rerun a
  second time: a warning above its page says why, and its next run shows the new state.

Only registered apps take part (``%%rerun`` cells; ``AppTest`` apps are not registered), and a
closed app (its cell re-run, ``%unload_ext``) has left the registry.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Mapping
from typing import Any

from ..elements import Element, new_element
from ..state import KEYS, SessionState
from .app import App

log = logging.getLogger("rerunner")

#: The warning shown above an app whose second rerun was cut (``{keys}``: what changed again).
LOOP_WARNING = (
    "This app was not rerun after {keys} changed again: apps here change what each other read, "
    "and each reruns once per change so that they cannot loop. It shows the state as of its "
    "last run until it runs again."
)


class FollowUps:
    """The apps of a registry due to rerun because of what other runs and cells changed."""

    def __init__(self, apps: Mapping[str, App]) -> None:
        self._apps = apps  # in the order their cells were last executed
        #: What runs the queue: the kernel's ``KernelScheduler`` (its ``defer``), set by
        #: ``%load_ext``; None: at once.
        self.scheduler: Any = None
        self._queue: dict[App, None] = {}  # the apps due to rerun (a set; the order is APPS')
        self._rerun: set[App] = set()  # apps rerun while the queue is worked off (loops)
        self._working = False
        self._cells = 0  # cells executing (nested ones included)
        self._dirty: list[SessionState] = []  # states changed outside runs by those cells
        # the loop warning each app shows (weakly: a closed app is not kept for it)
        self._warnings: weakref.WeakKeyDictionary[App, Element] = weakref.WeakKeyDictionary()

    # --- what reports changes ---------------------------------------------------------------

    def after_flush(self, app: App) -> None:
        """``app``'s runs ended (``App``'s ``on_flushed``): queue the apps its changes reach."""
        changes = app.state.take_changes()
        if not any(a is app for a in self._apps.values()):
            return  # not registered (an AppTest's app, maybe in a thread of its own)
        self._queue.pop(app, None)  # the run it just made serves a turn it was waiting for
        if changes:
            self._reach(app.state, changes, writer=app)
        if not self._queue:
            self._cancel()

    def outside_change(self, state: SessionState) -> None:
        """A key of ``state`` changed outside any run (``SessionState.on_outside_change``)."""
        if self._cells:  # a cell: once it has finished (``cell_finished``)
            if not any(s is state for s in self._dirty):
                self._dirty.append(state)
            return
        self._reach(state, state.take_outside_changes(), writer=None)

    def cell_started(self, *_: Any) -> None:
        """IPython's ``pre_execute``."""
        self._cells += 1

    def cell_finished(self, *_: Any) -> None:
        """IPython's ``post_execute``: what the cell changed outside runs reaches the apps now."""
        self._cells = max(self._cells - 1, 0)
        if self._cells:
            return
        dirty, self._dirty = self._dirty, []
        for state in dirty:
            self._reach(state, state.take_outside_changes(), writer=None)

    def clear(self) -> None:
        """Forget every queued rerun (the apps are closed: ``%unload_ext``)."""
        self._queue.clear()
        self._warnings.clear()
        self._dirty.clear()
        self._cells = 0  # the cell unloading the extension ends without telling us
        self._cancel()

    # --- the rule ---------------------------------------------------------------------------

    def _reach(self, state: SessionState, changes: set[str], writer: App | None) -> None:
        queued = False
        for app in list(self._apps.values()):
            if app is writer or app.closed or app.state is not state:
                continue
            read = state.reads_of(app.app_id) & changes
            if not read:
                continue
            if app in self._rerun:
                self._warn(app, read)
            else:
                self._queue[app] = None
                queued = True
        if queued and not self._working:
            defer: Callable[..., None] | None = getattr(self.scheduler, "defer", None)
            if defer is not None:
                defer(self._work_off)
            else:
                self._work_off()

    def _work_off(self) -> None:
        """Rerun the queued apps, in the registry's order, each at most once."""
        if self._working:
            return
        self._working = True
        try:
            while self._queue:
                app = next((a for a in self._apps.values() if a in self._queue), None)
                if app is None:  # only apps that left the registry are queued
                    self._queue.clear()
                    break
                del self._queue[app]
                if app.closed:
                    continue
                self._rerun.add(app)
                app.run()  # its changes may queue more apps (after_flush)
        finally:
            self._working = False
            self._rerun.clear()

    def _cancel(self) -> None:
        cancel = getattr(self.scheduler, "cancel", None)
        if cancel is not None and not self._working:
            cancel(self._work_off)  # nothing left to do: no busy/idle for nothing

    def _warn(self, app: App, read: set[str]) -> None:
        """Show the loop warning above ``app``'s last page, until its next run."""
        names = ", ".join(
            [f"`st.session_state[{k!r}]`" for k in sorted(read - {KEYS})]
            + (["the set of keys of `st.session_state`"] if KEYS in read else [])
        )
        log.warning("rerunner: app %s not rerun again after %s changed", app.app_id, names)
        tree = app.tree
        if tree is None or tree.children is None:
            return
        warning = new_element("alert", level="warning", body=LOOP_WARNING.format(keys=names))
        shown = self._warnings.get(app)
        if shown is not None and tree.children and tree.children[0] is shown:
            tree.children[0] = warning  # still on the page: replaced, not stacked
        else:
            tree.children.insert(0, warning)
        self._warnings[app] = warning
        app.refresh()
