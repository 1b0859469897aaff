"""The rebuild-everything baseline: how existing Streamlit-in-Jupyter shims rerun.

Every change closes every widget of the last run (with its Layout and Style models) and runs the
body again, which creates fresh ipywidgets, each with its own Layout and Style as plain
ipywidgets makes them; the app's box then gets the new children. It offers the two calls the
benchmark apps make, ``st.slider`` and ``st.write`` (Markdown rendered with rerunner's own
renderer, so both runtimes pay the same for the text), plus ``st.empty``/``.text`` for the slow
apps.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from rerunner.render.markdown import to_html


class _Placeholder:
    def __init__(self, app: RebuildApp, box: w.VBox) -> None:
        self._app, self._box = app, box

    def text(self, body: str) -> None:
        self._box.children = (self._app._own(w.HTML(f"<pre>{body}</pre>"), top=False),)


class RebuildApp:
    """Runs a script whose ``st`` is this object; any slider change reruns it from scratch."""

    def __init__(self, source: str) -> None:
        self.code = compile(source, "<rebuild>", "exec")
        self.values: dict[str, Any] = {}
        self.box = w.VBox()
        self.runs = 0
        self._made: list[w.Widget] = []
        self._top: list[w.Widget] = []

    # --- the st calls the apps use ---------------------------------------------------------

    def slider(self, label: str, min_value: int = 0, max_value: int = 100, *, key: str) -> int:
        value = self.values.setdefault(key, min_value)
        slider = w.IntSlider(value=value, min=min_value, max=max_value, description=label,
                             continuous_update=False)  # fmt: skip
        slider.observe(lambda change: self.change(key, change["new"]), names="value")
        self._own(slider)
        return value

    def write(self, text: Any) -> None:
        self._own(w.HTML(to_html(str(text))))

    def empty(self) -> _Placeholder:
        return _Placeholder(self, self._own(w.VBox()))

    # --- the runtime -----------------------------------------------------------------------

    def change(self, key: str, value: Any) -> None:
        self.values[key] = value
        self.run()

    def run(self) -> RebuildApp:
        """Close everything the last run made, run the body, show what it made."""
        self._close_made()
        self.runs += 1
        exec(self.code, {"st": self, "__name__": "__main__"})
        self.box.children = tuple(self._top)
        return self

    def close(self) -> None:
        self._close_made()
        self.box.close()

    def _close_made(self) -> None:
        old, self._made, self._top = self._made, [], []
        for widget in old:
            for model in (widget, getattr(widget, "layout", None), getattr(widget, "style", None)):
                if model is not None:
                    model.close()

    def _own(self, widget: w.Widget, top: bool = True) -> w.Widget:
        self._made.append(widget)
        if top:
            self._top.append(widget)
        return widget
