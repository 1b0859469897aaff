"""Classroom annotation beyond what Streamlit offers: agreement, a class-wide store, export.

Not under ``st.``, which stays Streamlit's API: ``from rerunner import annotate``.

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
from .export import spans_to_csv, spans_to_jsonl, to_coco
from .store import AnnotationStore

__all__ = [
    "NO_SHAPE",
    "AnnotationStore",
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
