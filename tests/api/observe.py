"""Run one st call in process with the real renderer, and observe everything it changes.

An observation is what a user can tell apart: the drawn widget tree (every widget's class, its
synced traits, its layout and style, its ``_dom_classes``), what the body recorded (``REC``:
values the calls returned), the callbacks that ran (``CALLS``) and the session state. It is
taken after the first run, and again after a change made as a browser makes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as w

from tests.support.inprocess import Harness

MODEL_REF = "IPY_MODEL_"


def _plain(value: Any) -> Any:
    """A trait value with model references and buffers made comparable across harnesses."""
    if isinstance(value, str) and value.startswith(MODEL_REF):
        return "<model>"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _model_state(widget: w.Widget) -> dict[str, Any]:
    return {
        k: _plain(v)
        for k, v in widget.get_state().items()
        if not k.startswith("_model_") and not k.startswith("_view_")
    }


def drawn(h: Harness) -> list[Any]:
    """The whole drawn tree, widget by widget, in page order."""
    tree = []
    for widget in h.all():
        state = _model_state(widget)
        for ref in ("layout", "style", "children"):
            state.pop(ref, None)
        layout = _model_state(widget.layout) if isinstance(widget, w.DOMWidget) else None
        style = getattr(widget, "style", None)
        tree.append(
            (
                type(widget).__name__,
                state,
                layout,
                _model_state(style) if style is not None else None,
            )
        )
    return tree


def errors(h: Harness) -> list[tuple[str, str]]:
    """(type, message) of every error box on the page."""
    return [(e.props.type, e.props.message) for e in h.app.tree.walk() if e.kind == "exception"]


@dataclass
class Probe:
    """What the body can reach: ``REC`` (recorded values), ``CB`` (a recording callback) and
    ``SNAP()`` (the drawn tree at that moment, once the page is on screen)."""

    rec: list[Any] = field(default_factory=list)
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    snaps: list[Any] = field(default_factory=list)
    harness: Harness | None = None

    def namespace(self) -> dict[str, Any]:
        def cb(*args: Any, **kwargs: Any) -> None:
            self.calls.append((args, kwargs))

        def snap() -> None:
            if self.harness is not None:
                self.snaps.append(drawn(self.harness))

        return {"REC": self.rec, "CB": cb, "CALLS": self.calls, "SNAP": snap}


@dataclass
class Observation:
    errors: list[tuple[str, str]]
    first: tuple[Any, ...]
    after: tuple[Any, ...] | None
    state: dict[str, Any]  # session state after the first run
    returned: Any  # the last value the body recorded in the first run

    def differs(self, other: Observation) -> bool:
        return self.first != other.first or self.after != other.after


def _seen(h: Harness, probe: Probe) -> tuple[Any, ...]:
    return (
        drawn(h),
        list(probe.rec[-1:]),
        list(probe.calls),
        list(probe.snaps),
        repr(h.state.to_dict()),
    )


def observe(source: str, change: Callable[[Harness], None] | None) -> Observation:
    """Run ``source`` as an app; observe it, then (if given) apply ``change`` and observe again."""
    from rerunner.cache import CACHES

    CACHES.clear()  # every observation starts from empty caches
    probe = Probe()
    h = Harness(source, namespace=probe.namespace())
    probe.harness = h
    first = _seen(h, probe)
    state = h.state.to_dict()
    returned = probe.rec[-1] if probe.rec else None
    failures = errors(h)
    after = None
    if change is not None and not failures:
        change(h)
        after = _seen(h, probe)
        failures = errors(h)
    return Observation(failures, first, after, state, returned)


# --- changes, as a browser makes them --------------------------------------------------------


def first_of(h: Harness, *classes: type) -> w.Widget:
    for widget in h.all():
        # an anywidget's type is a subclass made for the instance
        if type(widget) in classes or type(widget).__bases__[0] in classes:
            return widget
    raise LookupError(f"no {classes} on the page")


def setting(*classes: type, **state: Any) -> Callable[[Harness], None]:
    """Change the first widget of one of ``classes`` to ``state``."""

    def change(h: Harness) -> None:
        h.update(first_of(h, *classes), **state)

    return change


def clicking(label: str = "") -> Callable[[Harness], None]:
    """Click the first button whose label ends with ``label``."""

    def change(h: Harness) -> None:
        h.click(next(x for x in h.all() if type(x) is w.Button and x.description.endswith(label)))

    return change


def clicking_link(h: Harness) -> None:
    """Click the first download or link button whose clicks reach the kernel (an ``Anchor``),
    as its front end reports it; a plain link (no such widget) tells the kernel nothing."""
    for widget in h.all():
        if type(widget).__name__ == "Anchor":
            widget._handle_msg(
                {
                    "content": {"data": {"method": "custom", "content": {"event": "click"}}},
                    "buffers": [],
                }
            )
            return


def typing_then_enter(text: str, cls: type = w.Text) -> Callable[[Harness], None]:
    """Type into the first text field (of ``cls``), then press Enter (a custom message, as a
    browser sends)."""

    def change(h: Harness) -> None:
        field_ = first_of(h, cls)
        h.update(field_, value=text)
        field_._handle_msg(
            {
                "content": {"data": {"method": "custom", "content": {"event": "submit"}}},
                "buffers": [],
            }
        )

    return change


def sending(text: str, *files: tuple[str, bytes, str]) -> Callable[[Harness], None]:
    """Attach ``files`` to the first chat input, type ``text``, press Enter."""

    def change(h: Harness) -> None:
        if files:
            records = [{"name": n, "type": m, "size": len(d), "content": d, "last_modified": 0}
                       for n, d, m in files]  # fmt: skip
            h.update(first_of(h, w.FileUpload), value=records)
        typing_then_enter(text)(h)

    return change


def capturing(cls: type, name: str, data: bytes, mime: str) -> Callable[[Harness], None]:
    """A photo taken or a recording made: the device front end ``cls`` sets its value."""
    return setting(cls, value={"name": name, "type": mime, "size": len(data), "content": data})


def sending_folder(text: str, *files: tuple[str, bytes, str]) -> Callable[[Harness], None]:
    """Pick a folder of ``files`` in the first chat input's folder picker, type, press Enter."""
    from rerunner.render.devices import FolderPicker

    def change(h: Harness) -> None:
        records = [{"name": n, "type": m, "size": len(d), "content": d, "last_modified": 0}
                   for n, d, m in files]  # fmt: skip
        pickers = [x for x in h.all() if isinstance(x, FolderPicker)]
        if pickers:  # (the baseline call, without accept_file, has none)
            h.update(pickers[0], value=records)
        typing_then_enter(text)(h)

    return change


def uploading(name: str, data: bytes, mime: str) -> Callable[[Harness], None]:
    record = {"name": name, "type": mime, "size": len(data), "content": data, "last_modified": 0}
    return setting(w.FileUpload, value=[record])


def no_change(h: Harness) -> None:
    """For a sample whose difference shows without a change."""


def rerunning(h: Harness) -> None:
    """Empty the caches and rerun: what a cached function does on a miss, on screen."""
    from rerunner.cache import CACHES

    CACHES.clear()
    h.app.run()
