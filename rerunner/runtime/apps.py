"""Where apps are built and kept: the one wiring of an App to its view, its output capture and
the st namespace, and the registry of the kernel's running apps.

The ``%%rerun`` magic, ``rerunner.testing.AppTest`` and the test harness all build their apps
with ``build_app``, so an app under test is wired exactly as one in a notebook. Every app built
here reports the end of its runs to ``FOLLOW_UPS``, which reruns the registered apps that read
what those runs changed (``runtime/followups.py``); only apps in ``APPS`` take part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import st
from ..capture import OutputCapture
from ..render.view import WidgetView
from ..state import SessionState
from .app import App, Scheduler
from .followups import FollowUps
from .script import Script

#: The apps of this kernel, by name (a cell's identity, ``--name`` or ``--file``), in the order
#: their cells were last executed: a cell run again goes last (``register``).
APPS: dict[str, App] = {}

#: Reruns the apps of ``APPS`` that read what another app's run, or a plain cell, changed.
FOLLOW_UPS = FollowUps(APPS)


def build_app(
    script: Script,
    *,
    app_id: str,
    state: SessionState,
    namespace: Callable[[], dict[str, Any]],
    scheduler: Scheduler | None = None,
    on_completed: Callable[[], None] | None = None,
    **options: Any,
) -> App:
    """A new app running ``script``, shown by a ``WidgetView`` (``app.view``), not yet run.

    ``namespace`` gives the globals each run starts from (a copy is made per run);
    ``scheduler`` decides when queued widget events are applied (at once when None);
    ``on_completed`` is called after each completed run (``--persist`` saves there).
    """
    return App(
        script,
        app_id=app_id,
        state=state,
        namespace=namespace,
        st_module=st,
        view=WidgetView(later=getattr(scheduler, "later", None)),
        scheduler=scheduler,
        capture=OutputCapture,
        on_completed=on_completed,
        on_flushed=FOLLOW_UPS.after_flush,
        **options,
    )


def register(name: str, app: App) -> None:
    """Make ``app`` the kernel's app called ``name``, last in the order of execution; the app
    it replaces, if any, is closed and leaves the registry. From now on what other apps and
    plain code change in its session state reaches it (``FOLLOW_UPS``)."""
    old = APPS.pop(name, None)
    if old is not None and old is not app:
        old.close()
    APPS[name] = app
    app.state.on_outside_change = FOLLOW_UPS.outside_change


def close_all() -> None:
    """Close every app of this kernel (``%unload_ext rerunner``)."""
    for name in list(APPS):
        APPS.pop(name).close()
    FOLLOW_UPS.clear()
