"""WidgetView: shows an app's element tree as ipywidgets, reconciled in place on every run.

A render that would create many widgets at once goes out in batches paced by the front end's
reports (``render/pacing.py``); the reconciler always sees a complete page, a prefix of the
app's while a display is pending.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..elements import Element

# Importing a family module registers its recipes.
from . import (  # noqa: F401
    alert,
    annotate,
    button,
    chat,
    checkbox,
    color_picker,
    data,
    devices,
    diagrams,
    dialog,
    editor,
    feedback,
    file_uploader,
    fragment,
    grid,
    help,
    html,
    iframe,
    layout,
    media,
    menu_button,
    navigation,
    number_input,
    output,
    owned,
    page,
    pagination,
    pdf,
    plotly,
    selection,
    slider,
    status,
    text,
    text_widgets,
    time_widgets,
    vega,
)
from .icons import FontUse
from .lib import Descriptions, describe, render_error, reusing
from .pacing import Later, Pacing
from .root import app_root
from .vdom import Reconciler

owned.install()


class WidgetView:
    """The render side of an App: ``update`` after each run, ``close`` when the app goes."""

    def __init__(self, later: Later | None = None) -> None:
        """``later(seconds, work) -> cancel`` runs work from the kernel's event loop (the
        paced display's fallback when no front end reports); without it, only reports pace."""
        self.reconciler = Reconciler(on_error=render_error)
        self.pacing = Pacing(self._draw, self.reconciler.live_count, later)
        self.descriptions = Descriptions()  # what the last render described, to reuse
        self.fonts = FontUse()  # whether the page shows the icon font (see icons.py)
        self.root: widgets.Widget | None = None
        self.updates = 0
        self.owned = owned.OwnedWidgets()  # widgets the body made itself (see owned.py)
        self._shown: Element | None = None  # the last complete page
        self._keep: Callable[[], Any] = tuple

    def update(
        self, tree: Element, emit: Callable[[str, Any], None], partial: bool = False
    ) -> None:
        """Bring the widgets in line with ``tree``; ``partial`` (mid-run) closes nothing."""
        # The new description is built before the last one is dropped, so a run briefly holds
        # two: enough new objects to set off the cyclic collector, whose full passes over a
        # kernel's heap cost more than the reconciliation itself. No user code runs here, and
        # by the end the old description is freed, so nothing is left for the collector.
        paused = gc.isenabled()
        gc.disable()
        owned.rendering += 1  # the widgets made now are rerunner's, not the body's
        try:
            with reusing(self.descriptions, whole=True):
                description = app_root(tree, emit, self.fonts)
            self.pacing.render(description, partial)
            self.descriptions.settle(complete=not partial)
        finally:
            owned.rendering -= 1
            if paused:
                gc.enable()
        if not partial:
            self._shown = tree
        self.updates += 1

    def _draw(self, description: Any, partial: bool = False) -> widgets.Widget:
        """Reconcile the page with ``description`` (all of the app's, or the prefix the paced
        display shows now: ``Pacing`` calls this, also from the pacer's report)."""
        paused = gc.isenabled()
        gc.disable()
        owned.rendering += 1
        try:
            self.root = self.reconciler.render(description, partial=partial)
        finally:
            owned.rendering -= 1
            if paused:
                gc.enable()
        return self.root

    def update_parts(self, parts: list[Element], emit: Callable[[str, Any], None]) -> bool:
        """Redraw only ``parts`` of the page (the containers a fragment run replaced), found
        again by their keys: costs what the parts hold, not what the page holds. False when
        one cannot be found (the caller then updates the whole page), or while a paced display
        is pending (a part may lie beyond what is shown yet)."""
        if self.root is None or self.pacing.pending:
            return False
        paused = gc.isenabled()
        gc.disable()
        owned.rendering += 1
        done = True
        try:
            with reusing(self.descriptions):
                for part in parts:
                    dropped = self.reconciler.render_part(describe(part, emit))
                    if dropped is None:
                        done = False
                        break
                    self.descriptions.forget(dropped)
            self.descriptions.settle(complete=False)
        finally:
            owned.rendering -= 1
            if paused:
                gc.enable()
        self.updates += 1
        return done

    def adopt(self, made: list[Any], keep: Callable[[], Any] = tuple) -> None:
        """After a complete update: take the widgets the runs made (``display(w)`` in the body)
        into the app's keeping, and close those of earlier runs the page no longer shows and
        ``keep()`` (the session state's values) does not hold."""
        self._keep = keep
        shown = self._shown
        self.owned.settle(made, lambda: owned.shown_widgets(shown) if shown else [], keep)

    @property
    def on_lost(self) -> Callable[[], None] | None:
        """Called when the front end closed one of the page's widgets: an ``update`` with the
        last tree then rebuilds it in its place (the App sets this)."""
        return self.reconciler.on_lost

    @on_lost.setter
    def on_lost(self, callback: Callable[[], None] | None) -> None:
        self.reconciler.on_lost = callback

    def close(self) -> None:
        self.pacing.close()
        self.reconciler.close()
        self.owned.close(self._keep)
        self.root = None
        self._shown = None
