"""Agreement measures against figures worked by hand and against scikit-learn and scipy."""

from __future__ import annotations

import random

import pytest
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import cohen_kappa_score

from rerunner.annotate.agreement import (
    NO_SHAPE,
    assignment,
    cohen_kappa,
    fleiss_kappa,
    iou,
    match_boxes,
    match_points,
    match_shapes,
    span_f1,
)

# Fleiss (1971) as Wikipedia's "Fleiss' kappa" article works it: 10 items, 14 raters, 5
# categories; P-bar = 0.378, P-bar-e = 0.213, kappa = 0.210.
WIKIPEDIA_TABLE = [
    (0, 0, 0, 0, 14),
    (0, 2, 6, 4, 2),
    (0, 0, 3, 5, 6),
    (0, 3, 9, 2, 0),
    (2, 2, 8, 1, 1),
    (7, 7, 0, 0, 0),
    (3, 2, 6, 3, 0),
    (2, 5, 3, 2, 2),
    (6, 5, 2, 1, 0),
    (0, 2, 2, 3, 7),
]


def test_cohen_kappa_by_hand():
    # observed 2/3; chance (2*1 + 1*2) / 9 = 4/9; kappa = (2/9) / (5/9) = 0.4
    assert cohen_kappa(["cat", "dog", "cat"], ["cat", "dog", "dog"]) == pytest.approx(0.4)
    assert cohen_kappa(["a", "b"], ["b", "a"]) == pytest.approx(-1.0)
    assert cohen_kappa(["a", "a"], ["a", "a"]) == 1.0  # undefined kappa of total agreement


def test_cohen_kappa_matches_scikit_learn_on_random_labels():
    rng = random.Random(7)
    for _ in range(50):
        n = rng.randint(5, 40)
        a = [rng.choice("0123?") for _ in range(n)]
        b = [x if rng.random() < 0.6 else rng.choice("0123?") for x in a]
        if len(set(a) | set(b)) < 2:
            continue
        assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_cohen_kappa_refuses_unequal_lengths():
    with pytest.raises(ValueError, match="same items"):
        cohen_kappa(["a"], ["a", "b"])


def test_fleiss_kappa_reproduces_the_worked_example():
    ratings = [[c for c, n in enumerate(row) for _ in range(n)] for row in WIKIPEDIA_TABLE]
    assert fleiss_kappa(ratings) == pytest.approx(0.20993, abs=1e-4)


def test_fleiss_kappa_of_two_raters_is_close_to_cohen_and_by_hand():
    # [a,a,a], [a,b,b], [b,b,b]: P = (1 + 1/3 + 1) / 3 = 7/9; Pe = (4/9)^2 + (5/9)^2 = 41/81
    assert fleiss_kappa([["a"] * 3, ["a", "b", "b"], ["b"] * 3]) == pytest.approx(22 / 40)
    # items with one label say nothing and are left out
    assert fleiss_kappa([["a", "a"], ["b", "b"], ["c"]]) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        fleiss_kappa([["a"]])


def test_iou():
    box = {"x": 0, "y": 0, "w": 10, "h": 10}
    assert iou(box, box) == 1.0
    assert iou(box, {"x": 5, "y": 0, "w": 10, "h": 10}) == pytest.approx(50 / 150)
    assert iou(box, {"x": 20, "y": 20, "w": 5, "h": 5}) == 0.0


@pytest.mark.parametrize("shape", [(4, 4), (3, 6), (6, 3), (1, 5), (7, 7)])
def test_assignment_is_optimal_like_scipy(shape):
    rng = random.Random(sum(shape))
    for _ in range(20):
        cost = [[rng.uniform(-5, 5) for _ in range(shape[1])] for _ in range(shape[0])]
        ours = assignment(cost)
        rows, cols = linear_sum_assignment(cost)
        assert len(ours) == min(shape)
        assert sum(cost[r][c] for r, c in ours) == pytest.approx(
            sum(cost[r][c] for r, c in zip(rows, cols, strict=True))
        )


def test_boxes_match_one_to_one_by_the_best_total_not_greedily():
    # Greedy would give first[0] its best partner second[0] (IoU 0.8) and leave first[1] out;
    # the optimal matching pairs both.
    first = [
        {"x": 0, "y": 0, "w": 10, "h": 10, "label": "a"},
        {"x": 3, "y": 0, "w": 10, "h": 10, "label": "b"},
    ]
    second = [
        {"x": 1, "y": 0, "w": 10, "h": 10, "label": "a"},
        {"x": -2, "y": 0, "w": 10, "h": 10, "label": "c"},
    ]
    m = match_boxes(first, second)
    assert sorted((i, j) for i, j, _ in m.pairs) == [(0, 1), (1, 0)]
    assert all(score >= 0.5 for _, _, score in m.pairs)


def test_an_unmatched_box_is_a_disagreement_with_no_shape():
    first = [
        {"x": 0, "y": 0, "w": 10, "h": 10, "label": "cat"},
        {"x": 50, "y": 50, "w": 5, "h": 5, "label": "dog"},
    ]
    second = [
        {"x": 0, "y": 1, "w": 10, "h": 10, "label": "cat"},
        {"x": 80, "y": 80, "w": 5, "h": 5, "label": "dog"},
    ]
    pairs = match_shapes(first, second)
    assert sorted(pairs, key=repr) == sorted(
        [("cat", "cat"), ("dog", NO_SHAPE), (NO_SHAPE, "dog")], key=repr
    )
    assert cohen_kappa([a for a, _ in pairs], [b for _, b in pairs]) < 1


def test_points_match_within_the_radius():
    first = [{"x": 0, "y": 0, "label": "eye"}, {"x": 100, "y": 100, "label": "eye"}]
    second = [{"x": 3, "y": 4, "label": "eye"}]
    m = match_points(first, second, radius=5)
    assert m.pairs == [(0, 0, 5.0)] and m.only_first == [1] and m.only_second == []
    assert match_points(first, second, radius=4.9).pairs == []


def test_span_f1_by_hand():
    a = [(0, 3, "PER"), (8, 11, "PER"), (15, 21, "LOC")]
    b = [(0, 3, "PER"), (8, 11, "ORG")]
    s = span_f1(a, b)
    assert (s.matched, s.precision, s.recall) == (1, pytest.approx(1 / 3), pytest.approx(1 / 2))
    assert s.f1 == pytest.approx(2 / 5)
    assert span_f1(b, a).f1 == s.f1
    assert span_f1([], []).f1 == 1.0 and span_f1([(0, 1, "X")], []).f1 == 0.0


def test_more_pairs_win_over_one_better_pair():
    # first[0] fits second[0] best (IoU 1.0), but then first[1] has no partner; pairing
    # first[0]-second[1] and first[1]-second[0] matches both boxes.
    first = [
        {"x": 0, "y": 0, "w": 10, "h": 10, "label": "a"},
        {"x": 2, "y": 0, "w": 10, "h": 10, "label": "a"},
    ]
    second = [
        {"x": 0, "y": 0, "w": 10, "h": 10, "label": "a"},
        {"x": -3, "y": 0, "w": 10, "h": 10, "label": "a"},
    ]
    assert iou(first[1], second[1]) < 0.5 <= iou(first[0], second[1])
    m = match_boxes(first, second)
    assert sorted((i, j) for i, j, _ in m.pairs) == [(0, 1), (1, 0)]
