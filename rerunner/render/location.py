"""The location widget: an app's page, query parameters and ``st.context`` in the browser.

``LocationReport`` (an anywidget, ``js/src/location.js``) reports the browser's URL, theme,
time zone and locale when the page connects and on back/forward (``report``, the one trait the
front end owns; it reaches the app as ``LOCATION``), and receives the URL the app wants
(``target``), which it pushes onto the browser's history in Voila only: there the URL is the
app's; in JupyterLab it names the notebook, so it is left alone and the page stays in the kernel
(see ``runtime/location.py``). It is drawn, hidden, once an app uses what the browser knows.
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

from ..elements import LOCATION
from .bundles import module
from .lib import Emit
from .vdom import V


class LocationReport(anywidget.AnyWidget):
    """Reports the browser's location; writes the app's into it (Voila)."""

    _esm = module("location.js")
    report = traitlets.Dict().tag(sync=True)
    target = traitlets.Dict().tag(sync=True)


def location(target: dict[str, Any], emit: Emit) -> V:
    return V(
        LocationReport,
        {"target": dict(target), "_dom_classes": ("rr-location",)},
        key="__location__",
        on={"report": lambda value: emit(LOCATION, value)},
        layout={"display": "none"},
    )
