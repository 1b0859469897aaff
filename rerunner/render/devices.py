"""Recipes for ``camera_input`` and ``audio_input``, and the device front ends they share with
the chat input and the file uploader: three small anywidgets.

``Camera`` (``camera.js``) shows the camera's live preview and takes a JPEG photo; ``Recorder``
(``recorder.js``) records the microphone and encodes a WAV at the sample rate asked for (drawn
as a single microphone button inside a chat input); ``FolderPicker`` (``folder.js``) is the
browser's folder picker, which ipywidgets' ``FileUpload`` does not offer. Each sets its ``value``
trait to what the visitor made (file records, whose bytes travel as binary buffers of the comm
message, as ``FileUpload``'s do), and the recipe hands it to the app. ``committed`` is the
kernel's word back: the name of the file the app holds, so a front end drops a photo or a
recording the app no longer has (a form cleared on submit, a reset).

Nothing here opens a device: the browser does, when the front end is drawn (the camera) or when
the visitor presses record, and says why in the widget when it cannot.
"""

from __future__ import annotations

from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from ..elements import Element
from .bundles import module
from .lib import Emit, hideable_title, recipe, width_layout
from .vdom import V


def _record(value: Any) -> dict[str, Any] | None:
    return dict(value) if isinstance(value, dict) else None


def _committed(value: Any) -> str:
    """The name of the file the app holds: the value's front-end form is the name, or, while a
    form holds it back until its submit, the record the front end sent."""
    if isinstance(value, dict):
        return str(value.get("name", ""))
    return str(value or "")


class Camera(anywidget.AnyWidget):
    """The camera's preview and the photo taken (``value``, a file record, or None)."""

    _esm = module("camera.js")
    value = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)
    committed = traitlets.Unicode("").tag(sync=True)
    resolution = traitlets.Int(0).tag(sync=True)  # the height asked of the camera; 0: none
    disabled = traitlets.Bool(False).tag(sync=True)


class Recorder(anywidget.AnyWidget):
    """A microphone recorder; ``value`` is the last recording (a WAV file record), or None."""

    _esm = module("recorder.js")
    value = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)
    committed = traitlets.Unicode("").tag(sync=True)
    sample_rate = traitlets.Int(16000).tag(sync=True)  # 0: the microphone's own rate
    compact = traitlets.Bool(False).tag(sync=True)  # a single button (inside a chat input)
    disabled = traitlets.Bool(False).tag(sync=True)


class FolderPicker(anywidget.AnyWidget):
    """The browser's folder picker: ``value`` is the chosen folder's files, in ``FileUpload``'s
    record shape, each named by its path inside the folder."""

    _esm = module("folder.js")
    value = traitlets.List().tag(sync=True)
    accept = traitlets.Unicode("").tag(sync=True)  # as the file picker's accept attribute
    compact = traitlets.Bool(False).tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)


def _label(p: Any) -> V:
    return hideable_title(p)


def _device(el: Element, emit: Emit, cls: type, traits: dict[str, Any], css: str) -> V:
    p = el.props
    front = V(
        cls,
        {**traits, "committed": _committed(p.value), "disabled": bool(p.disabled),
         "_dom_classes": (css,)},
        initial={"value": None},
        on={"value": lambda value: emit(el.id, _record(value))},
        layout={"width": "100%"},
    )  # fmt: skip
    return V(
        w.VBox,
        {"_dom_classes": ("rr-device", "rr-group")},
        children=[_label(p), front],
        key=el.id,
        layout=width_layout(p) or {"width": "100%"},
    )


@recipe("camera_input")
def camera_input(el: Element, emit: Emit) -> V:
    return _device(el, emit, Camera, {"resolution": el.props.resolution or 0}, "rr-camera-input")


@recipe("audio_input")
def audio_input(el: Element, emit: Emit) -> V:
    rate = el.props.sample_rate or 0
    return _device(el, emit, Recorder, {"sample_rate": rate}, "rr-audio-input")
