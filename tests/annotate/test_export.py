"""Export to COCO JSON, CSV and JSONL, read back as their readers would."""

from __future__ import annotations

import csv
import io
import json

import pytest

from rerunner.annotate import spans_to_csv, spans_to_jsonl, to_coco

IMAGES = [
    {"id": 1, "width": 64, "height": 48, "file_name": "a.png"},
    {"id": 2, "width": 64, "height": 48, "file_name": "b.png"},
]


def test_coco_boxes_and_points():
    coco = json.loads(json.dumps(to_coco(
        IMAGES,
        {1: [{"x": 1, "y": 2, "w": 3, "h": 4, "label": "cat"}], 2: [{"x": 5, "y": 6, "label": "eye"}]},
        ["cat", "eye"],
    )))  # fmt: skip
    assert [c["name"] for c in coco["categories"]] == ["cat", "eye"]
    box, point = coco["annotations"]
    assert (box["image_id"], box["category_id"], box["bbox"], box["area"]) == (
        1,
        1,
        [1, 2, 3, 4],
        12,
    )
    assert (
        point["image_id"],
        point["category_id"],
        point["keypoints"],
        point["num_keypoints"],
    ) == (2, 2, [5, 6, 2], 1)
    assert [a["id"] for a in coco["annotations"]] == [1, 2]
    assert coco["images"] == IMAGES


def test_coco_refuses_unknown_labels_and_images():
    with pytest.raises(ValueError, match="'dog' is not one of"):
        to_coco(IMAGES, {1: [{"x": 1, "y": 2, "label": "dog"}]}, ["cat"])
    with pytest.raises(ValueError, match="image 9"):
        to_coco(IMAGES, {9: []}, ["cat"])


def test_spans_as_csv_and_jsonl():
    texts = {"s1": "Ada met Bob in Paris.", "s2": "Nothing here."}
    spans = {"s1": [(15, 20, "LOC"), (0, 3, "PER"), (8, 11, "PER")]}
    rows = list(csv.DictReader(io.StringIO(spans_to_csv(texts, spans))))
    assert [(r["start"], r["label"], r["text"]) for r in rows] == [
        ("0", "PER", "Ada"),
        ("8", "PER", "Bob"),
        ("15", "LOC", "Paris"),
    ]
    lines = [json.loads(line) for line in spans_to_jsonl(texts, spans).splitlines()]
    assert lines[0]["spans"][0] == [0, 3, "PER"] and lines[1] == {
        "id": "s2",
        "text": "Nothing here.",
        "spans": [],
    }


def test_coco_keeps_a_records_other_fields_and_the_class_csv():
    from rerunner.annotate import class_spans_to_csv

    coco = to_coco(
        IMAGES, {1: [{"x": 1, "y": 2, "w": 3, "h": 4, "label": "cat", "student": "ada"}]}, ["cat"]
    )
    assert coco["annotations"][0]["student"] == "ada"
    rows = list(
        csv.DictReader(
            io.StringIO(
                class_spans_to_csv(
                    {"s": "Ada met Bob"},
                    {"bob": {"s": [[8, 11, "PER"]]}, "ada": {"s": [[0, 3, "PER"]]}},
                )
            )
        )
    )
    assert [(r["student"], r["text"]) for r in rows] == [("ada", "Ada"), ("bob", "Bob")]
