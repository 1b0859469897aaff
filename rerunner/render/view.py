"""WidgetView: shows an app's element tree as ipywidgets, reconciled in place on every run."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..elements import Element

# Importing a family module registers its recipes.
from . import (  # noqa: F401
    alert,
    button,
    chat,
    checkbox,
    color_picker,
    data,
    feedback,
    file_uploader,
    layout,
    media,
    number_input,
    output,
    page,
    selection,
    slider,
    status,
    text,
    text_widgets,
    time_widgets,
)
from .lib import render_error
from .root import app_root
from .vdom import Reconciler


class WidgetView:
    """The render side of an App: ``update`` after each run, ``close`` when the app goes."""

    def __init__(self) -> None:
        self.reconciler = Reconciler(on_error=render_error)
        self.root: widgets.Widget | None = None
        self.updates = 0

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
        try:
            self.root = self.reconciler.render(app_root(tree, emit), partial=partial)
        finally:
            if paused:
                gc.enable()
        self.updates += 1

    def close(self) -> None:
        self.reconciler.close()
        self.root = None
