"""ipywidgets that a body makes itself (``display(widgets.IntSlider())``, ``st.write(button)``).

Such a widget belongs to the app, like any element its run wrote: it lives while the page shows
it. Each run makes new ones, so without this every rerun would leave the last run's widgets
open (three comms for a slider: its model, Layout and Style). After each complete render, the
widgets that *earlier* runs made and that the page no longer shows are closed; those the
latest run made stay until the next one (a ``jslink`` that run made, or a widget it built but
did not show, keeps working until a run replaces it).

Never closed: widgets made outside a run (in another cell; the notebook's namespace is the
user's), while a module is being imported or inside a cached function (they belong to the
module or the cache), by rerunner's own reconciler, and widgets reachable from session state
(a widget kept in ``st.session_state``, directly or in a list, tuple, set or dict there).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

import ipywidgets as widgets
from ipywidgets.widgets.widget import _instances

from ..runtime.context import current_run
from .vdom import closed

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

#: While above 0, widgets being made are rerunner's own (the reconciler is rendering).
rendering = 0

#: Containers in session state larger than this are not searched for widgets.
SEARCH_LIMIT = 1000


def _constructed(widget: widgets.Widget) -> None:
    """ipywidgets' construction hook: a widget made by user code during a run is the run's."""
    if rendering:
        return
    ctx = current_run()
    if ctx is None or _in_import_or_cache():
        return
    ctx.made.append(widget)


def _in_import_or_cache() -> bool:
    from ..cache import _inside_cached

    if _inside_cached.get():
        return True
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def install() -> None:
    """Register the construction hook (once), keeping any hook someone set before."""
    previous = widgets.Widget._widget_construction_callback
    if getattr(previous, "_rerunner", False):
        return
    if previous is None:
        hook = _constructed
    else:

        def hook(widget: widgets.Widget) -> None:
            previous(widget)
            _constructed(widget)

    hook._rerunner = True  # type: ignore[attr-defined]
    widgets.Widget.on_widget_constructed(hook)


class OwnedWidgets:
    """The widgets an app's runs made, closed once a later run's page no longer shows them."""

    def __init__(self) -> None:
        self._widgets: list[widgets.Widget] = []
        self.closed = 0

    def __len__(self) -> int:
        return len(self._widgets)

    def settle(
        self,
        made: Iterable[widgets.Widget],
        shown: Callable[[], Iterable[widgets.Widget]],
        keep: Callable[[], Iterable[Any]] = tuple,
    ) -> None:
        """A run's page was rendered: close the earlier runs' widgets that neither ``shown()``
        (the widgets the page displays) nor ``keep()`` (session-state values) reach; then
        take ``made`` (this run's) into the app's keeping."""
        older = [w for w in self._widgets if not closed(w)]
        if older:
            alive = reachable([*shown(), *widgets_in(keep())])
            for widget in older:
                if id(widget) not in alive:
                    widget.close()
                    self.closed += 1
            older = [w for w in older if id(w) in alive]
        self._widgets = older + [w for w in made if not closed(w)]

    def close(self, keep: Callable[[], Iterable[Any]] = tuple) -> None:
        """The app goes: its widgets go too (the last run's as well), but what session state
        holds."""
        self.settle((), tuple, keep)


def shown_widgets(tree: Any) -> list[widgets.Widget]:
    """The widgets a page's display elements show (``display(w)``, ``st.write(w)``)."""
    found = []
    for element in tree.walk():
        if element.kind == "display":
            view = element.props.data.get(WIDGET_VIEW)
            widget = _instances.get(view.get("model_id")) if isinstance(view, dict) else None
            if widget is not None:
                found.append(widget)
    return found


def widgets_in(values: Iterable[Any]) -> list[widgets.Widget]:
    """Widgets among ``values``, or directly inside a list, tuple, set or dict among them."""
    found = []
    for value in values:
        if isinstance(value, widgets.Widget):
            found.append(value)
        elif isinstance(value, (list, tuple, set, frozenset, dict)) and len(value) <= SEARCH_LIMIT:
            items = value.values() if isinstance(value, dict) else value
            found.extend(item for item in items if isinstance(item, widgets.Widget))
    return found


def reachable(roots: Iterable[widgets.Widget]) -> set[int]:
    """Ids of ``roots`` and of every widget their synced traits refer to (children, layout,
    style, a link's ends...), at any depth."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        widget = stack.pop()
        if id(widget) in seen:
            continue
        seen.add(id(widget))
        for name in widget.keys:
            value = getattr(widget, name, None)
            if isinstance(value, widgets.Widget):
                stack.append(value)
            elif isinstance(value, (list, tuple)):
                stack.extend(_refs(value))
            elif isinstance(value, dict):
                stack.extend(_refs(value.values()))
    return seen


def _refs(items: Iterable[Any]) -> list[widgets.Widget]:
    found = []
    for item in items:
        if isinstance(item, widgets.Widget):
            found.append(item)
        elif isinstance(item, (list, tuple)):  # a link's (widget, "trait") ends
            found.extend(x for x in item if isinstance(x, widgets.Widget))
    return found
