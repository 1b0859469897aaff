"""The teacher's figures on small classes worked by hand."""

from __future__ import annotations

import pytest

from rerunner.annotate.review import class_kappa, disagreements, pairwise, progress

LABELS = {"ada": {1: "7", 2: "1", 3: "3"}, "bob": {1: "7", 2: "7", 3: "3"}, "cy": {1: "7", 2: "1"}}
CAR = {"x": 0, "y": 0, "w": 10, "h": 10, "label": "car"}
BOXES = {
    "ada": {"a.png": [CAR, {"x": 50, "y": 50, "w": 10, "h": 10, "label": "tree"}]},
    "bob": {"a.png": [{**CAR, "x": 1}, {"x": 90, "y": 90, "w": 5, "h": 5, "label": "tree"}]},
}
SPANS = {
    "ada": {"s1": [[0, 3, "PER"], [8, 11, "PER"]]},
    "bob": {"s1": [[0, 3, "PER"]], "s2": [[0, 2, "LOC"]]},
}


def test_label_pairs_and_the_class_kappa():
    rows = {
        (r["first"], r["second"]): r
        for r in pairwise(LABELS, "labels", key={1: "7", 2: "1", 3: "3"})
    }
    assert rows["ada", "bob"]["items"] == 3 and rows["ada", "bob"]["agree"] == 2
    # ada/bob: [7,1,3] vs [7,7,3]: observed 2/3, chance (1*2 + 1*0 + 1*1)/9 = 1/3 -> kappa 0.5
    assert rows["ada", "bob"]["kappa"] == pytest.approx(0.5)
    assert rows["ada", "key"]["kappa"] == pytest.approx(1.0) and rows["bob", "key"]["agree"] == 2
    # items: [7,7,7], [1,7,1], [3,3]: P = (1 + 1/3 + 1)/3 = 7/9; p: 7 4/8, 1 2/8, 3 2/8 -> Pe = 24/64
    assert class_kappa(LABELS) == pytest.approx((7 / 9 - 24 / 64) / (1 - 24 / 64))


def test_boxes_pool_their_matched_label_pairs():
    (row,) = pairwise(BOXES, "shapes")
    # pairs: (car, car), (tree, none), (none, tree)
    assert (row["compared"], row["agree"]) == (3, 1)
    assert row["kappa"] < 0.5
    rows = disagreements(BOXES, "shapes")
    assert sorted((r["first_label"], r["second_label"]) for r in rows) == [
        ("(none)", "tree"),
        ("tree", "(none)"),
    ]


def test_spans_f1_over_the_texts_both_did_and_what_to_review():
    (row,) = pairwise(SPANS, "spans")
    assert row["items"] == 1 and row["f1"] == pytest.approx(2 / 3)
    (review,) = disagreements(SPANS, "spans")
    assert (review["item"], review["start"], review["found_by"], review["missed_by"]) == (
        "s1",
        8,
        "ada",
        "bob",
    )


def test_label_disagreements_and_progress():
    rows = disagreements(LABELS, "labels")
    assert rows == [{"item": 2, "ada": "1", "bob": "7", "cy": "1", "reviewed": False}]
    assert progress(BOXES, items=3) == [
        {"student": "ada", "items": 1, "marks": 2, "of": 3},
        {"student": "bob", "items": 1, "marks": 2, "of": 3},
    ]
