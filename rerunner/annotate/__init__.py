"""Classroom annotation beyond what Streamlit offers: widgets, agreement, a store, export.

Not under ``st.``, which stays Streamlit's API: ``from rerunner import annotate``.

- ``widgets``: ``annotate.image`` (boxes or points on a picture) and ``annotate.text``
  (labelled spans of words), st-style widgets with keys, session state and callbacks, whose
  values ``records`` checks in the kernel;
- ``agreement``: Cohen's and Fleiss' kappa, one-to-one matching of boxes (IoU) and points
  (distance) by an optimal assignment, span-level F1;
- ``store``: every student's annotations in one SQL database (SQLite by default), one atomic
  transaction per change;
- ``export``: COCO JSON for boxes and points, CSV and JSONL for text spans.

Each submodule imports its libraries when used, so ``import rerunner`` stays light.
"""

from __future__ import annotations

from .agreement import (
    NO_SHAPE,
    cohen_kappa,
    fleiss_kappa,
    iou,
    match_boxes,
    match_points,
    match_shapes,
    span_f1,
)
from .export import class_spans_to_csv, spans_to_csv, spans_to_jsonl, to_coco
from .records import Refused
from .store import AnnotationStore
from .widgets import image, text

__all__ = [
    "NO_SHAPE",
    "AnnotationStore",
    "Refused",
    "image",
    "text",
    "class_spans_to_csv",
    "cohen_kappa",
    "fleiss_kappa",
    "iou",
    "match_boxes",
    "match_points",
    "match_shapes",
    "span_f1",
    "spans_to_csv",
    "spans_to_jsonl",
    "to_coco",
]
