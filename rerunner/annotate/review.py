"""What a teacher's page shows: agreement between students and with a key, and what to review.

Input is what ``AnnotationStore.load_all`` returns: student -> item -> annotation. Three kinds
of annotation are compared, each by its own measure from ``agreement.py``:

- ``"labels"``: one label per item; Cohen's kappa over the items both students labelled, and
  Fleiss' kappa over the whole class;
- ``"shapes"``: boxes and points on each image, matched one to one per image (IoU >= 0.5 for
  boxes); the label pairs of all images pooled into one Cohen's kappa, an unmatched shape
  pairing with ``NO_SHAPE``;
- ``"spans"``: labelled spans of each text; span-level F1, pooled over the texts both did.

A key (the teacher's own annotations, or a model's) is compared as one more annotator, named
by ``key_name``. Rows come back as plain dicts, ready for ``st.dataframe`` or ``st.data_editor``.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations
from typing import Any, Literal

from .agreement import NO_SHAPE, cohen_kappa, fleiss_kappa, match_shapes, span_f1

Kind = Literal["labels", "shapes", "spans"]
Work = Mapping[str, Mapping[Any, Any]]


def _compare(first: Mapping[Any, Any], second: Mapping[Any, Any], kind: Kind) -> dict[str, Any]:
    items = sorted(set(first) & set(second), key=repr)
    row: dict[str, Any] = {"items": len(items)}
    if not items:
        return {**row, "kappa": None, "f1": None, "agree": None, "compared": 0}
    if kind == "labels":
        a = [first[i] for i in items]
        b = [second[i] for i in items]
        agree = sum(x == y for x, y in zip(a, b, strict=True))
        return {
            **row,
            "kappa": cohen_kappa(a, b),
            "f1": None,
            "agree": agree,
            "compared": len(items),
        }
    if kind == "shapes":
        pairs = [p for i in items for p in match_shapes(first[i], second[i])]
        if not pairs:
            return {**row, "kappa": 1.0, "f1": None, "agree": 0, "compared": 0}
        agree = sum(x == y for x, y in pairs)
        kappa = cohen_kappa([x for x, _ in pairs], [y for _, y in pairs])
        return {**row, "kappa": kappa, "f1": None, "agree": agree, "compared": len(pairs)}
    found = [(i, *s) for i in items for s in first[i]]
    reference = [(i, *s) for i in items for s in second[i]]
    scores = span_f1(found, reference)
    return {**row, "kappa": None, "f1": scores.f1, "agree": scores.matched,
            "compared": len(set(found) | set(reference))}  # fmt: skip


def pairwise(
    work: Work, kind: Kind, key: Mapping[Any, Any] | None = None, key_name: str = "key"
) -> list[dict[str, Any]]:
    """One row per pair of students, then one per student against the key (if given).

    Each row: ``first``, ``second``, ``items`` (annotated by both), ``compared`` (labels, shape
    pairs or distinct spans compared), ``agree`` (how many of those agree), and ``kappa``
    (labels, shapes) or ``f1`` (spans).

    Example
    -------
    >>> rows = pairwise({"ada": {1: "7", 2: "1"}, "bob": {1: "7", 2: "7"}}, "labels")
    >>> rows[0]["first"], rows[0]["second"], rows[0]["agree"]
    ('ada', 'bob', 1)
    """
    rows = [
        {"first": a, "second": b, **_compare(work[a], work[b], kind)}
        for a, b in combinations(sorted(work), 2)
    ]
    if key is not None:
        rows += [
            {"first": s, "second": key_name, **_compare(work[s], key, kind)} for s in sorted(work)
        ]
    return rows


def class_kappa(work: Work) -> float | None:
    """Fleiss' kappa of whole-item labels over the class (None with fewer than two labels on any item)."""
    items: dict[Any, list[Any]] = {}
    for labels in work.values():
        for item, label in labels.items():
            items.setdefault(item, []).append(label)
    try:
        return fleiss_kappa(items.values())
    except ValueError:
        return None


def progress(work: Work, items: int | None = None) -> list[dict[str, Any]]:
    """Per student: how many items they annotated (and of how many) and how many marks in all."""
    rows = []
    for student in sorted(work):
        done = work[student]
        marks = sum(len(v) if isinstance(v, (list, tuple)) else 1 for v in done.values())
        row = {"student": student, "items": len(done), "marks": marks}
        if items is not None:
            row["of"] = items
        rows.append(row)
    return rows


def disagreements(
    work: Work, kind: Kind, key: Mapping[Any, Any] | None = None, key_name: str = "key"
) -> list[dict[str, Any]]:
    """What to review, one row per disagreement, with a ``reviewed`` column left False.

    - labels: an item whose students (and key) gave different labels: the labels each gave;
    - shapes: per item and pair of annotators, a matched shape with two labels, or a shape the
      other has not (``"(none)"``);
    - spans: per item, a labelled span that not every annotator of the item has: who has it.
    """
    annotators = dict(work)
    if key is not None:
        annotators[key_name] = key
    rows: list[dict[str, Any]] = []
    all_items = sorted({i for done in annotators.values() for i in done}, key=repr)
    for item in all_items:
        who = {s: done[item] for s, done in sorted(annotators.items()) if item in done}
        if len(who) < 2:
            continue
        if kind == "labels":
            if len({repr(v) for v in who.values()}) > 1:
                rows.append({"item": item, **{s: v for s, v in who.items()}, "reviewed": False})
        elif kind == "shapes":
            for a, b in combinations(who, 2):
                for x, y in match_shapes(who[a], who[b]):
                    if x != y:
                        rows.append({"item": item, "first": a, "first_label": _shown(x),
                                     "second": b, "second_label": _shown(y), "reviewed": False})  # fmt: skip
        else:
            spans: dict[tuple, list[str]] = {}
            for s, found in who.items():
                for span in found:
                    spans.setdefault(tuple(span), []).append(s)
            for span, have in sorted(spans.items()):
                if len(have) < len(who):
                    missing = [s for s in who if s not in have]
                    rows.append({"item": item, "start": span[0], "end": span[1], "label": span[2],
                                 "found_by": ", ".join(have), "missed_by": ", ".join(missing),
                                 "reviewed": False})  # fmt: skip
    return rows


def _shown(label: Any) -> Any:
    return "(none)" if label is NO_SHAPE else label
