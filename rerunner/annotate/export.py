"""Annotations out to the formats models read: COCO JSON for images, CSV and JSONL for text.

Each function takes what the store hands back (item -> annotation, per student or merged) and
returns text or a dict, so a script writes it to a file and an app hands it to
``st.download_button``. Nothing here imports a heavy library.

COCO: a box becomes ``bbox = [x, y, w, h]`` with its ``area``; a point becomes a one-keypoint
annotation (``keypoints = [x, y, 2]``, visible) with an empty box at the point, and the
categories list names the keypoint so COCO readers accept it. Category ids count from 1 in the
order of the labels given.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

_SHAPE_FIELDS = {"x", "y", "w", "h", "label"}


def to_coco(
    images: Sequence[Mapping[str, Any]],
    annotations: Mapping[Any, Sequence[Mapping[str, Any]]],
    labels: Sequence[str],
) -> dict[str, Any]:
    """A COCO dataset of boxes and points.

    Parameters
    ----------
    images : sequence of dicts
        One per image: ``id``, ``width``, ``height`` and ``file_name`` (any other keys are kept).
    annotations : mapping
        Image id -> the records drawn on it (``{"x", "y", "w", "h", "label"}`` boxes and
        ``{"x", "y", "label"}`` points), as ``rerunner.annotate.image`` returns them; other
        keys of a record (``"student"``, say) are copied into its annotation.
    labels : sequence of str
        Every label, in the order their category ids are given (from 1).

    Returns
    -------
    dict
        ``{"images", "annotations", "categories"}``; ``json.dumps`` it to write the file.

    Example
    -------
    >>> coco = to_coco([{"id": 1, "width": 8, "height": 8, "file_name": "a.png"}],
    ...                {1: [{"x": 1, "y": 2, "w": 3, "h": 4, "label": "cat"}]}, ["cat"])
    >>> coco["annotations"][0]["bbox"], coco["annotations"][0]["category_id"]
    ([1, 2, 3, 4], 1)
    """
    ids = {label: number for number, label in enumerate(labels, start=1)}
    known = {image["id"] for image in images}
    out = []
    for image_id, records in annotations.items():
        if image_id not in known:
            raise ValueError(
                f"to_coco: annotations name image {image_id!r}, which is not in images"
            )
        for record in records:
            if record["label"] not in ids:
                raise ValueError(f"to_coco: label {record['label']!r} is not one of {list(labels)}")
            entry: dict[str, Any] = {
                "id": len(out) + 1,
                "image_id": image_id,
                "category_id": ids[record["label"]],
                "iscrowd": 0,
            }
            if "w" in record:
                entry["bbox"] = [record["x"], record["y"], record["w"], record["h"]]
                entry["area"] = record["w"] * record["h"]
            else:
                entry["bbox"] = [record["x"], record["y"], 0, 0]
                entry["area"] = 0
                entry["keypoints"] = [record["x"], record["y"], 2]
                entry["num_keypoints"] = 1
            # Anything else the record holds (the student who drew it, a score) rides along.
            entry.update({k: v for k, v in record.items() if k not in _SHAPE_FIELDS})
            out.append(entry)
    categories = [
        {"id": number, "name": label, "supercategory": "", "keypoints": ["point"], "skeleton": []}
        for label, number in ids.items()
    ]
    return {
        "images": [dict(image) for image in images],
        "annotations": out,
        "categories": categories,
    }


def spans_to_csv(texts: Mapping[Any, str], spans: Mapping[Any, Iterable[Sequence[Any]]]) -> str:
    """One CSV row per labelled span: ``item, start, end, label, text``.

    Example
    -------
    >>> print(spans_to_csv({"s1": "Ada met Bob"}, {"s1": [(0, 3, "PER")]}), end="")
    item,start,end,label,text
    s1,0,3,PER,Ada
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["item", "start", "end", "label", "text"])
    for item, found in spans.items():
        for start, end, label in sorted(found):
            writer.writerow([item, start, end, label, texts[item][start:end]])
    return out.getvalue()


def spans_to_jsonl(texts: Mapping[Any, str], spans: Mapping[Any, Iterable[Sequence[Any]]]) -> str:
    """One JSON line per text: ``{"id", "text", "spans": [[start, end, label], ...]}``.

    The shape named-entity tools (spaCy's and Doccano's converters) read.

    Example
    -------
    >>> print(spans_to_jsonl({"s1": "Ada met Bob"}, {"s1": [(0, 3, "PER")]}), end="")
    {"id": "s1", "text": "Ada met Bob", "spans": [[0, 3, "PER"]]}
    """
    lines = [
        json.dumps(
            {"id": item, "text": text, "spans": [list(s) for s in sorted(spans.get(item, ()))]}
        )
        for item, text in texts.items()
    ]
    return "".join(line + "\n" for line in lines)


def class_spans_to_csv(
    texts: Mapping[Any, str], work: Mapping[str, Mapping[Any, Iterable[Sequence[Any]]]]
) -> str:
    """Every student's spans in one CSV: ``student, item, start, end, label, text``.

    Example
    -------
    >>> print(class_spans_to_csv({"s1": "Ada met Bob"}, {"ada": {"s1": [(8, 11, "PER")]}}), end="")
    student,item,start,end,label,text
    ada,s1,8,11,PER,Bob
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["student", "item", "start", "end", "label", "text"])
    for student in sorted(work):
        for item, found in work[student].items():
            for start, end, label in sorted(tuple(s) for s in found):
                writer.writerow([student, item, start, end, label, texts[item][start:end]])
    return out.getvalue()
