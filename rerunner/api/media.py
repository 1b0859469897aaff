"""Media elements: ``st.image``, ``st.audio``, ``st.video``.

Media is read (or encoded) in the kernel at the call and kept as bytes in the element; the
render layer sends it as a binary buffer of an ipywidgets Image, Audio or Video, so nothing
depends on a media server or the internet. URLs are passed to the browser as they are.
"""

from __future__ import annotations

import io
import os
import re
import wave
from pathlib import Path
from typing import Any

from ..errors import (
    MediaFileStorageError,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    missing_dependency,
)
from .alert import warning
from .lib import ElementHandle, add, check_width, handle, st_function

_URL_PREFIXES = ("http://", "https://", "data:")
USE_COLUMN_WIDTH_REMOVED = (
    "`use_column_width` was removed and has no effect. Use `width='stretch'`, "
    "`width='content'`, or an integer pixel value instead."
)

# --- reading media --------------------------------------------------------------------------


def read_path(path: str | os.PathLike) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        raise MediaFileStorageError(f"Error opening '{path}'") from None


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(_URL_PREFIXES)


def _sniff(data: bytes) -> str | None:
    """The image format of encoded ``data`` from its first bytes, if it is a common one."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "svg+xml"
    return None


def _pil(call: str) -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise missing_dependency(call, "PIL", "pillow") from None
    return Image


def _encode(pil_image: Any, output_format: str) -> tuple[bytes, str]:
    fmt = output_format.upper()
    if fmt == "AUTO":
        fmt = "JPEG" if pil_image.format == "JPEG" else "PNG"
    if fmt in ("JPG", "JPEG"):
        fmt = "JPEG"
        if pil_image.mode not in ("RGB", "L"):
            pil_image = pil_image.convert("RGB")
    elif fmt != "GIF":
        fmt = "PNG"
    out = io.BytesIO()
    pil_image.save(out, format=fmt)
    return out.getvalue(), fmt.lower()


def _array_image(array: Any, clamp: bool, channels: str) -> Any:
    """A numpy array as a PIL image, with Streamlit's checks on values and channels."""
    import numpy as np

    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {array.shape[-1]}. Shape is {array.shape}"
        )
    if array.ndim not in (2, 3):
        raise StreamlitAPIException(f"Image must be 2D or 3D, got shape {array.shape}.")
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[:, :, 0]
    if array.dtype.kind == "f" or array.dtype.kind == "b":
        array = array.astype(float)
        if clamp:
            array = np.clip(array, 0.0, 1.0)
        elif array.size and (array.min() < 0.0 or array.max() > 1.0):
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        array = (array * 255).round()
    elif clamp:
        array = np.clip(array, 0, 255)
    array = array.astype(np.uint8)
    if channels == "BGR" and array.ndim == 3:
        array = array[:, :, [2, 1, 0, 3][: array.shape[-1]]]
    return _pil("image").fromarray(array)


def image_source(
    image: Any, *, clamp: bool, channels: str, output_format: str
) -> tuple[bytes, str]:
    """One image as (bytes, format), or (URL bytes, "url")."""
    if _is_url(image):
        return image.encode(), "url"
    if isinstance(image, str) and _sniff(image.encode()[:512]) == "svg+xml":
        return image.encode(), "svg+xml"
    if isinstance(image, (str, Path)):
        data = read_path(image)
        return data, _sniff(data) or _decode(data, output_format)[1]
    if isinstance(image, io.IOBase) or hasattr(image, "read"):
        image = image.read()
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        fmt = _sniff(data)
        return (data, fmt) if fmt else _decode(data, output_format)
    module = type(image).__module__.split(".", 1)[0]
    if module == "numpy":
        return _encode(_array_image(image, clamp, channels), output_format)
    if module == "PIL":
        return _encode(image, output_format)
    raise StreamlitInvalidParameterTypeError(
        "Invalid `image` type. Expected one of: str, bytes, Path, BytesIO, file-like, "
        f"numpy array, PIL image. Provided type: {type(image).__name__}."
    )


def _decode(data: bytes, output_format: str) -> tuple[bytes, str]:
    """Bytes in a format the browser may not show: re-encode them through Pillow."""
    return _encode(_pil("image").open(io.BytesIO(data)), output_format)


@st_function
def image(
    image: Any,
    caption: str | list[str] | None = None,
    width: Any = "content",
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    *,
    use_container_width: bool | None = None,
    link: str | None = None,
    use_column_width: Any = None,
    alt: str | list[str | None] | None = None,
) -> ElementHandle:
    """Display an image, or a row of images.

    Takes a PIL image, a NumPy array, encoded bytes or a file-like object, a local path, a URL or an
    SVG string, or a list of these to show side by side (wrapping onto further rows). In rerunner
    the image data is sent with the page, so it shows offline and needs no file server.

    Parameters
    ----------
    image : PIL.Image, numpy.ndarray, bytes, BytesIO, str, Path, or list of these
        The image(s) to show: a URL; a path to a local file, as ``str`` or ``Path``; an SVG string
        (``"<svg ...>...</svg>"``); encoded image bytes or a file-like object; a PIL image; or a
        NumPy array of shape (h, w) or (h, w, 1) for grayscale, (h, w, 3) for colour or (h, w, 4)
        with transparency.
    caption : str, list of str, or None, optional
        A caption under the image; with several images, a list of one caption per image. Markdown is
        allowed. ``None`` (default) shows no caption.
    width : "content", "stretch", or int, optional
        The image's width. ``"content"`` (default) uses the image's own width, up to the parent's;
        ``"stretch"`` fills the width of the parent container; an int sets a fixed width in pixels,
        capped at the parent's width. For an SVG without a width of its own, use ``"stretch"`` or an
        int.
    clamp : bool, optional
        For NumPy arrays: whether pixel values outside 0-255 are clipped into that range, instead of
        raising an error (default ``False``). Ignored for files and URLs.
    channels : "RGB" or "BGR", optional
        The channel order of a colour NumPy array: ``"RGB"`` (default), or ``"BGR"`` for images from
        OpenCV. Ignored for other inputs.
    output_format : "JPEG", "PNG", or "auto", optional
        How the image is encoded for the browser. ``"auto"`` (default) picks from the image's type
        and format; ``"JPEG"`` (lossy) suits photographs and ``"PNG"`` (lossless) suits diagrams and
        screenshots.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` makes the image as wide as its parent container (like
        ``width="stretch"``); ``False`` or ``None`` (default) follows ``width``.
    link : str or None, optional
        A URL opened when the image is clicked: an external address or a relative path such as
        ``"/reports"``. Only for a single image. ``None`` (default) adds no link.
    use_column_width : Any, optional
        Deprecated and without effect; use ``width="stretch"``, ``width="content"`` or a number of
        pixels.
    alt : str, list, or None, optional
        A short description of the image for screen readers and other assistive technology; a
        caption is never used in its place. ``""`` marks an image as decorative. For several images,
        pass a list of the same length (``None`` to skip one, ``""`` for a decorative one). ``None``
        (default) gives no description.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import numpy as np
    >>> import streamlit as st
    >>> ramp = np.tile(np.linspace(0, 255, 256).astype(np.uint8), (48, 1))
    >>> st.image(ramp, caption="A gray ramp", alt="Gradient from black to white")
    """
    if use_column_width is not None:
        warning(USE_COLUMN_WIDTH_REMOVED)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    images = list(image) if isinstance(image, (list, tuple)) else [image]
    captions = _per_image("caption", caption, len(images))
    alts = _per_image("alt", alt, len(images))
    items = []
    for one, text, alt_text in zip(images, captions, alts, strict=False):
        data, fmt = image_source(one, clamp=clamp, channels=channels, output_format=output_format)
        items.append({"data": data, "format": fmt, "caption": text, "alt": alt_text})
    if link and len(items) > 1:
        raise StreamlitAPIException(
            "The `link` parameter is only supported when displaying a single image. "
            f"You passed {len(items)} images."
        )
    return handle(add("image", images=items, width=width, link=str(link) if link else None))


def _per_image(name: str, value: Any, count: int) -> list[Any]:
    if value is None:
        return [None] * count
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    if len(values) != count:
        noun = "captions" if name == "caption" else "alt texts"
        raise StreamlitAPIException(f"Cannot pair {len(values)} {noun} with {count} images.")
    return [None if v is None else str(v) for v in values]


# --- audio and video ------------------------------------------------------------------------


def _wav(array: Any, sample_rate: int) -> bytes:
    """A numpy array of samples (1-D mono, or 2-D channels x samples) as 16-bit WAV bytes."""
    import numpy as np

    data = np.asarray(array, dtype=float)
    channels = 1 if data.ndim == 1 else data.shape[0]
    if data.ndim == 2:
        data = data.T.ravel()  # interleave the channels
    peak = np.max(np.abs(data)) if data.size else 0.0
    scaled = np.int16(data / peak * 32767) if peak else np.zeros(len(data), dtype=np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as f:
        f.setnchannels(channels)
        f.setsampwidth(2)
        f.setframerate(int(sample_rate))
        f.writeframes(scaled.tobytes())
    return out.getvalue()


def media_source(data: Any, mimetype: str, sample_rate: int | None) -> tuple[bytes, str]:
    """Audio or video ``data`` as (bytes, subtype such as "wav"), or (URL bytes, "url")."""
    if _is_url(data):
        return data.encode(), "url"
    if isinstance(data, (str, Path)):
        import mimetypes

        guessed = mimetypes.guess_type(str(data))[0]
        return read_path(data), (guessed or mimetype).split("/")[-1]
    if type(data).__module__.split(".", 1)[0] == "numpy":
        if sample_rate is None:
            raise StreamlitMissingRequiredParameterError(
                "The `sample_rate` parameter is required. Must be specified when `data` is a numpy array."
            )
        return _wav(data, sample_rate), "wav"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), mimetype.split("/")[-1]
    if isinstance(data, io.IOBase) or hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        return bytes(data.read()), mimetype.split("/")[-1]
    raise StreamlitInvalidParameterTypeError(
        "Invalid `data` type. Expected one of: str, bytes, Path, BytesIO, file-like, ndarray. "
        f"Provided type: {type(data).__name__}."
    )


TIMEDELTA_MESSAGE = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported by "
    "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta"
    '.html), e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)


def media_times(start_time: Any, end_time: Any, checked: bool = True) -> tuple[int, int | None]:
    """``start_time`` and ``end_time`` in whole seconds, as Streamlit reads them; ``checked``
    (st.video) refuses a negative start or an end not after it, as Streamlit's video does."""
    from ..cache import ttl_seconds

    def seconds(name: str, value: Any) -> float:
        try:
            return ttl_seconds(value)
        except (StreamlitAPIException, ValueError, TypeError):
            raise StreamlitAPIException(TIMEDELTA_MESSAGE.format(name=name, value=value)) from None

    if start_time is None:
        raise StreamlitAPIException(TIMEDELTA_MESSAGE.format(name="start_time", value=None))
    start = int(seconds("start_time", start_time))
    end = None if end_time is None else int(seconds("end_time", end_time))
    if checked and (start < 0 or (end is not None and end <= start)):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")
    return start, end


def subtitle_tracks(subtitles: Any) -> tuple[tuple[str, str], ...]:
    """``st.video``'s subtitles as (label, WebVTT text) pairs, SRT converted, as Streamlit
    reads them: a path or the text itself (str or Path), bytes, a BytesIO, or a dict of them."""
    if not subtitles:
        return ()
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError(
            "Invalid `subtitles` type. Expected one of: str, bytes, BytesIO, Path, dict. "
            f"Provided type: {type(subtitles).__name__}."
        )
    tracks = []
    for label, data in items:
        try:
            text = _vtt(data)
        except (TypeError, ValueError, StreamlitAPIException) as exc:
            raise StreamlitAPIException(
                f"Failed to process the provided subtitle {label!r}: {exc}"
            ) from exc
        tracks.append((label or "", text.decode("utf-8", errors="replace")))
    return tuple(tracks)


_SRT_TIME = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")


def _is_srt(data: bytes) -> bool:
    try:
        lines = data[:33].decode("utf-8").strip().split("\n")
    except UnicodeDecodeError:
        return False
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_TIME.search(lines[1]))


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from None
    text = re.sub(r"(\d{2}:\d{2}:\d{2}),(\d{3})", r"\1.\2", text)
    return ("WEBVTT\n\n" + text).strip().encode("utf-8")


def _vtt(data: Any) -> bytes:
    if isinstance(data, (str, Path)):
        if os.path.isfile(data):
            suffix = Path(data).suffix.lower()
            if suffix not in (".srt", ".vtt"):
                raise StreamlitValueError(
                    f"Invalid `subtitles` value. Supported values: .srt, .vtt. Got {suffix}."
                )
            content = Path(data).read_bytes()
            return _srt_to_vtt(content) if suffix == ".srt" else content
        if isinstance(data, Path):
            raise StreamlitAPIException(f"File {data} does not exist.")
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode("utf-8")
        if _is_srt(text.encode("utf-8")):
            return _srt_to_vtt(text.encode("utf-8"))
        raise StreamlitValueError(
            "Invalid `subtitles` value. Supported values: VTT-formatted text, SRT-formatted text."
        )
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, bytes):
        return _srt_to_vtt(data) if _is_srt(data) else data
    raise StreamlitInvalidParameterTypeError(
        "Invalid `subtitles` type. Expected one of: str, bytes, Path, BytesIO. "
        f"Provided type: {type(data).__name__}."
    )


@st_function
def audio(
    data: Any,
    format: str = "audio/wav",
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> ElementHandle:
    """Display an audio player.

    Takes encoded audio (bytes, a file-like object, a local path or a URL), or a NumPy array of
    samples with its ``sample_rate``, which is turned into WAV. The player has the browser's usual
    controls. In rerunner local data is sent with the page, so it plays offline and needs no file
    server.

    Parameters
    ----------
    data : str, Path, bytes, BytesIO, numpy.ndarray, or file
        The audio: a URL; a path to a local file, as ``str`` or ``Path``; encoded bytes or a
        file-like object in the format ``format`` names; or a NumPy array of samples, 1-D for mono
        or 2-D of shape (channels, samples), with ``sample_rate``.
    format : str, optional
        The MIME type of encoded data, such as ``"audio/wav"`` (default), ``"audio/mpeg"`` or
        ``"audio/ogg"``.
    start_time : int, float, timedelta, str, or None, optional
        [[start_time]]
    sample_rate : int or None, optional
        Samples per second of a NumPy array; required for one, ignored otherwise.
    end_time : int, float, timedelta, str, or None, optional
        [[end_time]]
    loop : bool, optional
        Whether playback starts over when it reaches the end (default ``False``).
    autoplay : bool, optional
        Whether playback starts as soon as the player shows (default ``False``). Browsers block it
        until the user has interacted with the page.
    alt : str or None, optional
        A short description of the audio for screen readers and other assistive technology,
        describing its content rather than repeating visible text. ``None`` (default) gives it no
        accessible name. An empty or blank string counts as ``None``.
    width : "stretch" or int, optional
        The player's width. ``"stretch"`` (default) fills the width of the parent container; an int
        sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import numpy as np
    >>> import streamlit as st
    >>> rate = 22_050
    >>> t = np.linspace(0, 1, rate, endpoint=False)
    >>> st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=rate)
    """
    start, end = media_times(start_time, end_time, checked=False)
    check_width(width, ("stretch",))
    source, fmt = media_source(data, format, sample_rate)
    return handle(add("audio", data=source, format=fmt, loop=bool(loop), autoplay=bool(autoplay),
                      alt=alt, width=width, start=start, end=end))  # fmt: skip


@st_function
def video(
    data: Any,
    format: str = "video/mp4",
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: Any = "stretch",
) -> ElementHandle:
    """Display a video player.

    Takes encoded video (bytes, a file-like object, a local path) or a URL. The player has the
    browser's usual controls. Videos encoded with the MP4V codec (an OpenCV export option) often do
    not play in browsers; H.264 does.

    Parameters
    ----------
    data : str, Path, bytes, BytesIO, or file
        The video: a URL (a YouTube URL included); a path to a local file, as ``str`` or ``Path``;
        or encoded bytes or a file-like object in the format ``format`` names.
    format : str, optional
        The MIME type of encoded data, such as ``"video/mp4"`` (default) or ``"video/webm"``.
    start_time : int, float, timedelta, str, or None, optional
        [[start_time]]
    subtitles : str, bytes, Path, BytesIO, dict, or None, optional
        Subtitles in WebVTT (``.vtt``) or SubRip (``.srt``) form: a path to a file, the subtitle
        text or bytes, a ``BytesIO``, or a dict of several tracks mapping each label to one of
        these. The first track shows by default; map the first label to ``""`` to start without
        subtitles. ``None`` (default) adds none. Not available for YouTube videos.
    end_time : int, float, timedelta, str, or None, optional
        [[end_time]]
    loop : bool, optional
        Whether playback starts over when it reaches the end (default ``False``).
    autoplay : bool, optional
        Whether playback starts as soon as the player shows (default ``False``). Browsers allow it
        before the user has interacted with the page only if the video is muted (``muted=True``).
    muted : bool, optional
        Whether the video plays without sound (default ``False``); needed for ``autoplay`` to work
        without user interaction.
    alt : str or None, optional
        A short description of the video for screen readers and other assistive technology,
        describing its content rather than repeating visible text. ``None`` (default) gives it no
        accessible name. An empty or blank string counts as ``None``.
    width : "stretch" or int, optional
        The player's width. ``"stretch"`` (default) fills the width of the parent container; an int
        sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> with open("demo.mp4", "rb") as clip:
    ...     st.video(clip.read(), format="video/mp4", loop=True)
    >>> st.video("https://example.com/clips/launch.webm", format="video/webm")
    """
    start, end = media_times(start_time, end_time)
    check_width(width, ("stretch",))
    source, fmt = media_source(data, format, None)
    tracks = subtitle_tracks(subtitles)
    return handle(add("video", data=source, format=fmt, loop=bool(loop), autoplay=bool(autoplay),
                      alt=alt, width=width, start=start, end=end, muted=bool(muted),
                      subtitles=tracks))  # fmt: skip
