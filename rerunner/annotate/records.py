"""What an annotation may be: the checks the kernel makes on every value a browser sends.

The front end of an annotation widget is the user's to drive, and a message is only a message:
the kernel checks each one here before it reaches session state. A value that fails is refused
whole with a message saying why (the widget shows it and puts its last good value back), so a
bad message changes nothing.

Image records are boxes ``{"x", "y", "w", "h", "label"}`` and points ``{"x", "y", "label"}``
in the image's pixels (``x`` to the right, ``y`` down, from the top-left corner); text spans are
``(start, end, label)`` character offsets, ``start < end``, over the given text. Plain data,
no ipywidgets: the api layer's serdes and AppTest use the same checks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

#: Most records one image or text may hold: a cap on what one message can make the kernel keep.
MAX_RECORDS = 2000


class Refused(ValueError):
    """An annotation the widget does not take, with the reason a student can read."""


def _number(record: dict, name: str) -> float:
    value = record.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Refused(f"`{name}` must be a number, not {value!r}.")
    return round(float(value), 2)


def _label(value: Any, labels: Sequence[str]) -> str:
    if value not in labels:
        raise Refused(f"{value!r} is not one of the labels {list(labels)}.")
    return value


def check_shapes(
    records: Any, *, width: int, height: int, labels: Sequence[str], mode: str
) -> list[dict[str, Any]]:
    """The records, checked and in canonical form (rounded to 1/100 pixel), or ``Refused``.

    A box must lie inside the image and have a size; a point must lie on it; every label must
    be one of ``labels``; ``mode`` ("box" or "point") says which shape the widget draws.
    """
    if not isinstance(records, (list, tuple)):
        raise Refused(
            f"An image's annotations are a list of records, not {type(records).__name__}."
        )
    if len(records) > MAX_RECORDS:
        raise Refused(f"At most {MAX_RECORDS} annotations fit on one image.")
    out = []
    for n, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise Refused(f"Annotation {n} is not a record: {record!r}.")
        where = f"Annotation {n}"
        try:
            x, y = _number(record, "x"), _number(record, "y")
            shape: dict[str, Any] = {"x": x, "y": y}
            if mode == "box":
                w, h = _number(record, "w"), _number(record, "h")
                if w <= 0 or h <= 0:
                    raise Refused(f"a box needs a width and a height, not {w} x {h}.")
                if x < 0 or y < 0 or x + w > width + 0.01 or y + h > height + 0.01:
                    raise Refused(
                        f"the box ({x}, {y}, {w} x {h}) is outside the {width} x {height} image."
                    )
                shape.update(w=w, h=h)
            elif not (0 <= x <= width and 0 <= y <= height):
                raise Refused(f"the point ({x}, {y}) is outside the {width} x {height} image.")
            shape["label"] = _label(record.get("label"), labels)
        except Refused as exc:
            raise Refused(f"{where}: {exc}") from None
        extra = set(record) - set(shape)
        if extra:
            raise Refused(f"{where} has fields a {mode} does not: {sorted(extra)}.")
        out.append(shape)
    return out


def check_spans(
    spans: Any, *, text: str, labels: Sequence[str], overlap: bool
) -> list[tuple[int, int, str]]:
    """The spans, checked and sorted, or ``Refused``: inside the text, a known label, and (unless
    ``overlap``) no two sharing a character."""
    if not isinstance(spans, (list, tuple)):
        raise Refused(
            f"A text's spans are a list of (start, end, label), not {type(spans).__name__}."
        )
    if len(spans) > MAX_RECORDS:
        raise Refused(f"At most {MAX_RECORDS} spans fit on one text.")
    out = []
    for n, span in enumerate(spans, start=1):
        if not isinstance(span, (list, tuple)) or len(span) != 3:
            raise Refused(f"Span {n} is not (start, end, label): {span!r}.")
        start, end, label = span
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise Refused(f"Span {n}: start and end are character offsets, not {start!r}, {end!r}.")
        if not 0 <= start < end <= len(text):
            raise Refused(
                f"Span {n} ({start}, {end}) is not inside the text of {len(text)} characters."
            )
        try:
            out.append((start, end, _label(label, labels)))
        except Refused as exc:
            raise Refused(f"Span {n}: {exc}") from None
    out.sort()
    if len(set(out)) != len(out):
        raise Refused("The same span is labelled twice.")
    if not overlap:
        for before, after in zip(out, out[1:]):  # noqa: B905 (offset by one on purpose)
            if after[0] < before[1]:
                raise Refused(
                    f"Spans {before[:2]} and {after[:2]} overlap; this text takes no overlapping spans."
                )
    return out
