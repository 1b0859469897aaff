"""What an app asks of the page that ipywidgets have no trait for: keyboard shortcuts that
click buttons (``shortcut=``), attributes of input fields (``autocomplete=``) and how typing
narrows a multiselect's suggestions (``filter_mode``: the tags field reports no typed text to
the kernel, so the page narrows its list; with ``None`` the page makes the field read-only).

One ``PageAids`` anywidget per page (``js/src/page_aids.js``), after the page: it listens for
the page's key presses and finds its targets by a class each target widget carries
(``target_class``), so the widgets themselves stay plain ipywidgets. The kernel normalises a
shortcut (``api/button.normalize_shortcut``); the page matches it and clicks, which sends the
click as any click does. Nothing flows back but that click.

A fragment run redraws only its fragment, not the page's aids: a button with a shortcut that a
fragment run adds gets it from the next full run.
"""

from __future__ import annotations

import anywidget
import traitlets

from ..elements import Element
from .bundles import module
from .lib import target_class
from .vdom import V


class PageAids(anywidget.AnyWidget):
    """Keyboard shortcuts and input attributes for one page."""

    _esm = module("page_aids.js")
    shortcuts = traitlets.List(traitlets.Dict()).tag(sync=True)  # [{keys, target}]
    attributes = traitlets.List(traitlets.Dict()).tag(sync=True)  # [{target, attrs}]
    filters = traitlets.List(traitlets.Dict()).tag(sync=True)  # [{target, mode}]


def page_aids(tree: Element) -> V | None:
    """The page's aids, or None when no element asks for one."""
    shortcuts, attributes, filters = [], [], []
    for el in tree.walk():
        keys = getattr(el.props, "shortcut", None)
        if keys and not el.props.disabled:
            shortcuts.append({"keys": keys, "target": target_class(el)})
        autocomplete = getattr(el.props, "autocomplete", "")
        if autocomplete:
            attributes.append({"target": target_class(el), "attrs": {"autocomplete": autocomplete}})
        if el.kind == "multiselect" and el.props.filter_mode in ("contains", "prefix"):
            filters.append({"target": target_class(el), "mode": el.props.filter_mode})
        if el.kind == "multiselect" and el.props.filter_mode is None:  # no typing
            attributes.append({"target": target_class(el), "attrs": {"readonly": ""}})
    if not shortcuts and not attributes and not filters:
        return None
    return V(
        PageAids,
        {"shortcuts": shortcuts, "attributes": attributes, "filters": filters},
        key="__page_aids__",
        layout={"display": "none"},
    )
