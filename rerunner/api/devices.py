"""``st.camera_input`` and ``st.audio_input``: a photo from the visitor's camera, a recording
from their microphone, each returned as an ``UploadedFile``.

The browser does the capturing (``render/devices.py``): the photo is encoded there as a JPEG, the
recording as a WAV at the sample rate asked for, and the file travels to the kernel as binary
buffers of a comm message. Here the serde checks what arrives, whatever sent it: one file, with
Streamlit's extension and MIME type, within the upload size limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import StreamlitValueError
from .file_uploader import DEFAULT_MAX_UPLOAD_MB, UploadedFile
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    st_function,
)

#: ``resolution`` presets: the height asked of the camera, in pixels.
RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
WAV_TYPES = ("audio/wav", "audio/wave", "audio/x-wav")


def device_file(entry: Any, *, extension: str, types: tuple[str, ...], max_bytes: int,
                what: str) -> UploadedFile:  # fmt: skip
    """A file record sent by a camera or microphone front end, checked: an ``UploadedFile``."""
    if not isinstance(entry, dict) or "name" not in entry or "content" not in entry:
        raise TypeError(f"expected a {what} record: {{'name', 'type', 'content'}}")
    name, data = str(entry["name"]), bytes(entry["content"])
    mime = str(entry.get("type") or "").lower()
    if "\0" in name:
        raise ValueError("Filename cannot contain null bytes.")
    if not name.lower().endswith(extension):
        raise ValueError(f"Invalid file extension for {what}: `{name}`. Only {extension} files.")
    if mime not in types:
        raise ValueError(f"Invalid MIME type for {what}: `{mime}`. Expected one of {types}.")
    if len(data) > max_bytes:
        raise ValueError(f"{name} is {len(data):,} bytes; the limit is {max_bytes:,}")
    return UploadedFile(name, mime, data)


@dataclass(frozen=True)
class DeviceFileSerde:
    """One captured file <-> its name in front-end form (the front end keeps the bytes)."""

    extension: str
    types: tuple[str, ...]
    max_bytes: int
    what: str

    def serialize(self, value: Any) -> str | None:
        return None if value is None else value.name

    def deserialize(self, ui_value: Any) -> UploadedFile | None:
        if ui_value is None:
            return None
        return device_file(ui_value, extension=self.extension, types=self.types,
                           max_bytes=self.max_bytes, what=self.what)  # fmt: skip

    def normalize(self, value: Any) -> Any:
        return value


@st_function
def camera_input(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    resolution: Literal["480p", "720p", "1080p"] | None = None,
    width: str | int = "stretch",
) -> UploadedFile | None:
    """Display a widget that returns pictures from the user's webcam.

    Shows a live preview of the camera with a "Take photo" button; the photo taken replaces the
    preview, with a "Clear photo" button that brings the preview back. The browser asks the user
    for permission to use the camera; if it is denied, or there is no camera, the widget says so.
    The photo is a JPEG taken in the browser, named ``camera-input-<date and time>.jpg``, as in
    Streamlit. With a ``key``, ``st.session_state[key]`` holds the photo; it is read-only.

    Parameters
    ----------
    label : str
        A short label telling the user what the photo is for. It can contain inline Markdown:
        bold, italics, strikethrough, inline code, links and images (shown at text height), plus
        the directives ``st.markdown`` knows, such as colored text (``:red[...]``).

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget
        is identified by its label and its other parameters. With a key, the key alone
        identifies it, so the photo is kept when other parameters change. No two widgets may have
        the same key. ``st.session_state[key]`` holds the photo (read-only).
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", or None, optional
        What happens when the user takes a photo or clears it: ``"rerun"`` (default) reruns the
        app; a callable is called with ``args`` and ``kwargs`` before the rerun; ``None`` is the
        same as ``"rerun"``.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the camera is off and the buttons are grayed out. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    resolution : "480p", "720p", "1080p", or None, optional
        The height asked of the camera: ``None`` (default) lets the widget's width decide;
        ``"480p"``, ``"720p"`` and ``"1080p"`` ask for 480, 720 or 1080 pixels. The camera picks
        its closest supported size, so the photo may differ; resize it if you need exact
        dimensions.
    width : "stretch" or int, optional
        The widget's width: ``"stretch"`` (default) as wide as the parent container, or a fixed
        width in pixels, capped at the parent's width.

    Returns
    -------
    UploadedFile or None
        The photo (``type`` ``"image/jpeg"``), a file-like ``io.BytesIO``, or ``None`` until one
        is taken and after it is cleared.

    Example
    -------
    >>> import streamlit as st
    >>> enable = st.checkbox("Enable camera")
    >>> picture = st.camera_input("Take a picture", disabled=not enable)
    >>> if picture:
    ...     st.image(picture)
    """
    if resolution is not None and resolution not in RESOLUTIONS:
        raise StreamlitValueError(
            "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."
        )
    callback = check_on_change(on_change)
    label = label_text(label)
    return register_widget(
        "camera_input",
        label=label,
        key=key,
        identity={"label": label, "help": help, "width": width, "resolution": resolution},
        default=None,
        serde=DeviceFileSerde(
            ".jpg", ("image/jpeg",), DEFAULT_MAX_UPLOAD_MB * 1024 * 1024, "camera input"
        ),  # fmt: skip
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "resolution": RESOLUTIONS.get(resolution) if resolution else None,
        },
        readonly=True,
    )


@st_function
def audio_input(
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> UploadedFile | None:
    """Display a widget that returns an audio recording from the user's microphone.

    A "Record" button starts recording and "Stop" ends it; the recording can then be played
    back, recorded anew, or cleared. The browser asks the user for permission to use the
    microphone; if it is denied, or there is no microphone, the widget says so. The recording is
    encoded in the browser as a mono 16-bit WAV file (``audio/wav``) at ``sample_rate``. With a
    ``key``, ``st.session_state[key]`` holds the recording; it is read-only.

    Parameters
    ----------
    label : str
        A short label telling the user what the recording is for. It can contain inline Markdown:
        bold, italics, strikethrough, inline code, links and images (shown at text height), plus
        the directives ``st.markdown`` knows, such as colored text (``:red[...]``).

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    sample_rate : int or None, optional
        The sample rate of the recording, in Hz: ``16000`` (default, suited to speech
        recognition), or one of ``8000``, ``11025``, ``22050``, ``24000``, ``32000``, ``44100``,
        ``48000``; ``None`` keeps the microphone's own rate. Higher rates make larger files.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget
        is identified by its label and its other parameters. With a key, the key alone
        identifies it. No two widgets may have the same key. ``st.session_state[key]`` holds the
        recording (read-only).
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", or None, optional
        What happens when a recording ends or is cleared: ``"rerun"`` (default) reruns the app;
        a callable is called with ``args`` and ``kwargs`` before the rerun; ``None`` is the same
        as ``"rerun"``.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    disabled : bool, optional
        If ``True``, the widget is grayed out and cannot record. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        The widget's width: ``"stretch"`` (default) as wide as the parent container, or a fixed
        width in pixels, capped at the parent's width.

    Returns
    -------
    UploadedFile or None
        The recording (``type`` ``"audio/wav"``), a file-like ``io.BytesIO``, or ``None`` until
        one is made and after it is cleared. The 200 MB upload limit applies.

    Example
    -------
    >>> import streamlit as st
    >>> audio_value = st.audio_input("Record a voice message")
    >>> if audio_value:
    ...     st.audio(audio_value)
    """
    if sample_rate is not None and sample_rate not in SAMPLE_RATES:
        raise StreamlitValueError(
            "Invalid `sample_rate` value. Supported values: "
            + ", ".join(map(str, SAMPLE_RATES))
            + ", None."
        )
    callback = check_on_change(on_change)
    label = label_text(label)
    return register_widget(
        "audio_input",
        label=label,
        key=key,
        identity={"label": label, "help": help, "width": width, "sample_rate": sample_rate},
        default=None,
        serde=DeviceFileSerde(
            ".wav", WAV_TYPES, DEFAULT_MAX_UPLOAD_MB * 1024 * 1024, "audio input"
        ),  # fmt: skip
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "sample_rate": sample_rate,
        },
        readonly=True,
    )
