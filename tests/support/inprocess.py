"""Run an app in this process with the real renderer, and poke its ipywidgets as a browser would.

Widget changes go through ipywidgets' own comm-message handler (``_handle_msg``), the code path
a browser's update takes in a kernel, so observers, echo suppression and reconciliation are the
real ones; only the transport is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from rerunner.runtime.apps import build_app
from rerunner.runtime.script import Script
from rerunner.state import SessionState


class Harness:
    def __init__(self, source: str, *, state: SessionState | None = None, app_id: str = "app",
                 namespace: dict[str, Any] | None = None, scheduler: Any = None,
                 before_run: Callable[[Any], None] | None = None,
                 **app_options: Any) -> None:  # fmt: skip
        self.state = state if state is not None else SessionState()
        self.app = build_app(
            Script(source, f"<rerun {app_id}>"),
            app_id=app_id,
            state=self.state,
            namespace=lambda: dict(namespace or {}),
            scheduler=scheduler,
            **app_options,
        )
        self.view = self.app.view
        self.sent: list[tuple[str, dict[str, Any]]] = []
        if before_run is not None:  # e.g. registering the app, as %%rerun does before its run
            before_run(self.app)
        self.app.run()

    # --- the widget tree -----------------------------------------------------------------

    @property
    def root(self) -> w.Box:
        assert self.view.root is not None
        return self.view.root

    @property
    def main(self) -> w.Box:
        """The main area (the app root holds a stylesheet and the sidebar/main row)."""
        return self.root.children[1].children[1]

    @property
    def sidebar(self) -> w.Box:
        return self.root.children[1].children[0]

    def all(self) -> list[w.Widget]:
        out: list[w.Widget] = []

        def walk(widget: w.Widget) -> None:
            out.append(widget)
            for child in getattr(widget, "children", ()):
                walk(child)

        walk(self.root)
        return out

    def find(self, cls: type, text: str = "") -> w.Widget:
        found = [
            x for x in self.all() if type(x) is cls and text in str(getattr(x, "description", ""))
        ]
        if len(found) != 1:
            raise LookupError(f"{len(found)} {cls.__name__} widgets labelled {text!r}")
        return found[0]

    def html(self) -> list[str]:
        return [x.value for x in self.all() if type(x) is w.HTML and "<style>" not in x.value]

    def text(self) -> str:
        return "\n".join(self.html())

    # --- the app's description (its element tree) ------------------------------------------

    def elements(self, kind: str) -> list[Any]:
        """The elements of that kind in the last run's tree, in page order."""
        return [el for el in self.app.tree.walk() if el.kind == kind]

    def exceptions(self) -> list[Any]:
        """The props of every exception box on the page."""
        return [el.props for el in self.elements("exception")]

    def errors(self) -> list[str]:
        """The message of every exception box on the page."""
        return [props.message for props in self.exceptions()]

    # --- front-end actions ---------------------------------------------------------------

    def update(self, widget: w.Widget, **state: Any) -> None:
        """What ipywidgets does when a browser sends ``{"method": "update", "state": ...}``."""
        widget._handle_msg(
            {
                "content": {"data": {"method": "update", "state": state, "buffer_paths": []}},
                "buffers": [],
            }
        )

    def click(self, widget: w.Button) -> None:
        widget._handle_msg(
            {
                "content": {"data": {"method": "custom", "content": {"event": "click"}}},
                "buffers": [],
            }
        )
