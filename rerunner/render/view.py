"""WidgetView: shows an app's element tree as ipywidgets, reconciled in place on every run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..elements import Element
from . import recipes_data, recipes_inputs, recipes_media  # noqa: F401  (they register their recipes)
from .recipes import app_root, render_error
from .vdom import Reconciler


class WidgetView:
    """The render side of an App: ``update`` after each run, ``close`` when the app goes."""

    def __init__(self) -> None:
        self.reconciler = Reconciler(on_error=render_error)
        self.root: widgets.Widget | None = None
        self.updates = 0

    def update(self, tree: Element, emit: Callable[[str, Any], None], partial: bool = False) -> None:
        """Bring the widgets in line with ``tree``; ``partial`` (mid-run) closes nothing."""
        self.root = self.reconciler.render(app_root(tree, emit), partial=partial)
        self.updates += 1

    def close(self) -> None:
        self.reconciler.close()
        self.root = None
