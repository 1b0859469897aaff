"""``annotate.image`` and ``annotate.text``: annotation widgets with the rules of every widget.

Each is an st-style widget like ``st.slider``: it lives in a ``%%rerun`` app, has an identity
(its parameters, or its ``key``), keeps its value in session state, runs ``on_change`` with
``args``/``kwargs`` before the rerun, waits for its form's submit inside ``st.form``, and shows in
``AppTest`` (``at.get("annotate_image")``, ``set_value``). What they add is the value: a list of
records, checked in the kernel by ``records.py`` whichever way it comes (the browser, session
state, AppTest), so an app only ever sees annotations that fit its image or text and labels.

Their front ends (``render/annotate.py``, ``js/src/annotate_image.js``, ``annotate_text.js``)
send the whole list after each change, one small message; a list the kernel refuses is shown
back to the student with the reason and the last good list restored.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..api.lib import Callback, check_on_change, check_width, register_widget
from ..api.media import image_source
from ..errors import StreamlitAPIException
from .records import Refused, check_shapes, check_spans


@dataclass(frozen=True)
class ShapesSerde:
    """An image's records: the same list both ways, checked on the way in."""

    width: int
    height: int
    labels: tuple[str, ...]
    mode: str

    def serialize(self, value: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in value]

    def deserialize(self, ui_value: Any) -> list[dict[str, Any]]:
        return check_shapes(
            ui_value, width=self.width, height=self.height, labels=self.labels, mode=self.mode
        )

    def normalize(self, value: Any) -> list[dict[str, Any]]:
        return self.deserialize(value)


@dataclass(frozen=True)
class SpansSerde:
    """A text's spans: lists of three in the front end, ``(start, end, label)`` tuples in Python."""

    text: str
    labels: tuple[str, ...]
    overlap: bool

    def serialize(self, value: Any) -> list[list[Any]]:
        return [list(span) for span in value]

    def deserialize(self, ui_value: Any) -> list[tuple[int, int, str]]:
        return check_spans(ui_value, text=self.text, labels=self.labels, overlap=self.overlap)

    def normalize(self, value: Any) -> list[tuple[int, int, str]]:
        return self.deserialize(value)


def _labels(labels: Any) -> tuple[str, ...]:
    if isinstance(labels, str) or not isinstance(labels, Iterable):
        raise StreamlitAPIException(f"`labels` must be a list of strings, not {labels!r}.")
    out = tuple(labels)
    if not out or not all(isinstance(x, str) and x for x in out):
        raise StreamlitAPIException("`labels` must be a non-empty list of non-empty strings.")
    if len(set(out)) != len(out):
        raise StreamlitAPIException(f"`labels` must not repeat a label: {list(out)}.")
    return out


def _initial(check: Callable[[], Any], call: str) -> Any:
    try:
        return check()
    except Refused as exc:
        raise StreamlitAPIException(f"`{call}` was given a `value` it cannot show: {exc}") from None


def _picture(image: Any) -> tuple[str, int, int, str]:
    """A data URL of the image, its size in pixels, and a digest that names it."""
    data, fmt = image_source(image, clamp=False, channels="RGB", output_format="auto")
    if fmt == "url":
        raise StreamlitAPIException(
            "`annotate.image` needs the image itself (a path, bytes, a numpy array or a PIL image), "
            "not a URL: the kernel must know its size, and nothing is fetched from the internet."
        )
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        width, height = opened.size
    mime = "image/svg+xml" if fmt == "svg+xml" else f"image/{fmt}"
    url = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    return url, width, height, hashlib.sha1(data).hexdigest()


def image(
    image: Any,
    labels: Sequence[str],
    *,
    label: str = "",
    mode: Literal["box", "point"] = "box",
    value: Sequence[dict[str, Any]] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
    width: Literal["stretch", "content"] | int = "stretch",
) -> list[dict[str, Any]]:
    """Draw boxes or place points on an image, each with a label from a list.

    Drag on the image to draw a box (``mode="box"``) or click to place a point
    (``mode="point"``); drag a shape to move it and a box's corner to resize it; click a shape
    to select it, then press a label's number key (``1`` for the first label...) to relabel it,
    or Delete/Backspace to remove it. The number keys with nothing selected choose the label for
    the next shape. The buttons above the image (or the mouse wheel with Ctrl) zoom in for small
    objects. Mouse, pen and touch all work.

    Parameters
    ----------
    image : str, Path, bytes, file-like, numpy array, or PIL image
        The picture, as ``st.image`` takes it (a URL is refused: the kernel must know its size).
    labels : list of str
        The labels a shape may have, in the order of their number keys.
    label : str, optional
        A short label above the widget, as other widgets have (Markdown). Default none.
    mode : "box" or "point", optional
        Which shape the widget draws. Default ``"box"``.
    value : list of dict, optional
        The shapes shown at first: a teacher's key or a model's guesses for students to correct.
        Boxes are ``{"x", "y", "w", "h", "label"}``, points ``{"x", "y", "label"}``, in the
        image's pixels from its top-left corner.
    key : str or int, optional
        Identifies the widget; ``st.session_state[key]`` then holds its records. Without a key,
        a new image, new labels or a new mode make a new widget with a fresh value.
    help : str, optional
        A tooltip next to the label.
    on_change : callable, optional
        Called, with ``args`` and ``kwargs``, after the shapes change and before the rerun.
    args : list or tuple, optional
        Positional arguments passed to ``on_change``.
    kwargs : dict, optional
        Keyword arguments passed to ``on_change``.
    disabled : bool, optional
        Shows the shapes without letting them change. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        How the label is shown, as in other widgets.
    width : "stretch", "content", or int, optional
        ``"stretch"`` (default) fits the image to the container's width; ``"content"`` shows it
        at its own size; an int, at that many pixels wide.

    Returns
    -------
    list of dict
        The shapes, in the order they were drawn, in image pixels (rounded to 1/100 pixel).

    Example
    -------
    >>> from rerunner import annotate
    >>> boxes = annotate.image("street.png", ["car", "person"], key="street")
    >>> st.write(f"{len(boxes)} objects marked")
    """
    callback = check_on_change(on_change)
    names = _labels(labels)
    if mode not in ("box", "point"):
        raise StreamlitAPIException(f'`mode` must be "box" or "point", not {mode!r}.')
    check_width(width)
    src, w, h, digest = _picture(image)
    serde = ShapesSerde(w, h, names, mode)
    default = _initial(lambda: serde.deserialize(list(value or ())), "annotate.image")
    return register_widget(
        "annotate_image",
        label=label,
        key=key,
        identity={"image": digest, "labels": names, "mode": mode, "value": serde.serialize(default),
                  "label": label},
        key_identity=("image", "labels", "mode"),
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={"src": src, "image_width": w, "image_height": h, "labels": names, "mode": mode,
               "help": help, "disabled": bool(disabled), "label_visibility": label_visibility,
               "width": width},
    )  # fmt: skip


def text(
    text: str,
    labels: Sequence[str],
    *,
    label: str = "",
    value: Sequence[Sequence[Any]] | None = None,
    overlap: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
    width: Literal["stretch", "content"] | int = "stretch",
) -> list[tuple[int, int, str]]:
    """Label spans of words in a text (named entities, parts of speech...).

    Pick a label in the bar above the text (or press its number key), then select words with
    the mouse or by touch: the selection grows to whole words and gets the label. Click a
    labelled span to remove it.

    Parameters
    ----------
    text : str
        The text to annotate.
    labels : list of str
        The labels a span may have, in the order of their number keys.
    label : str, optional
        A short label above the widget (Markdown). Default none.
    value : list of (start, end, label), optional
        The spans shown at first (a key to correct, a model's guesses), as character offsets.
    overlap : bool, optional
        Whether two spans may share characters. Default ``False``: a span overlapping another
        is refused.
    key : str or int, optional
        Identifies the widget; ``st.session_state[key]`` then holds its spans. Without a key, a
        new text or new labels make a new widget with a fresh value.
    help : str, optional
        A tooltip next to the label.
    on_change : callable, optional
        Called, with ``args`` and ``kwargs``, after the spans change and before the rerun.
    args : list or tuple, optional
        Positional arguments passed to ``on_change``.
    kwargs : dict, optional
        Keyword arguments passed to ``on_change``.
    disabled : bool, optional
        Shows the spans without letting them change. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        How the label is shown, as in other widgets.
    width : "stretch", "content", or int, optional
        The widget's width: the container's (default), the text's, or pixels.

    Returns
    -------
    list of (int, int, str)
        The spans, sorted by position: ``(start, end, label)`` with ``text[start:end]`` the words.

    Example
    -------
    >>> from rerunner import annotate
    >>> sentence = "Ada Lovelace was born in London."
    >>> spans = annotate.text(sentence, ["PER", "LOC"], key="s1")
    >>> st.write([(sentence[a:b], tag) for a, b, tag in spans])
    """
    callback = check_on_change(on_change)
    if not isinstance(text, str):
        raise StreamlitAPIException(f"`text` must be a string, not {type(text).__name__}.")
    names = _labels(labels)
    check_width(width)
    serde = SpansSerde(text, names, bool(overlap))
    default = _initial(lambda: serde.deserialize([list(s) for s in value or ()]), "annotate.text")
    return register_widget(
        "annotate_text",
        label=label,
        key=key,
        identity={"text": text, "labels": names, "overlap": bool(overlap),
                  "value": serde.serialize(default), "label": label},
        key_identity=("text", "labels", "overlap"),
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={"text": text, "labels": names, "overlap": bool(overlap), "help": help,
               "disabled": bool(disabled), "label_visibility": label_visibility, "width": width},
    )  # fmt: skip
