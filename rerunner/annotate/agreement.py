"""How far annotators agree: chance-corrected kappas, matched boxes and points, span F1.

A teacher's page compares students with each other and with a key. Three kinds of work need
three measures, all written here in plain Python so the package needs no scipy:

- whole-item labels: Cohen's kappa for two annotators, Fleiss' kappa for many (with the usual
  generalisation to items that not everybody labelled);
- boxes and points on an image: two annotators' shapes are first matched one to one by an
  optimal assignment (the Hungarian method below): a pair counts only at IoU >= 0.5 for boxes
  (within a radius for points), as many shapes as possible are paired, and among those pairings
  the one of greatest total IoU (least total distance) wins; a shape left unmatched is a
  disagreement (its partner is "no shape");
- labelled text spans: precision, recall and F1 over exact (start, end, label) matches.

Values follow ``rerunner.annotate``'s records: a box is ``{"x", "y", "w", "h", "label"}`` and a
point ``{"x", "y", "label"}`` in image pixels; a span is ``(start, end, label)`` in characters.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: What an unmatched shape is paired with when labels are compared.
NO_SHAPE = None


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Cohen's kappa of two annotators' labels for the same items, in the same order.

    Parameters
    ----------
    first, second : sequences of labels
        ``first[i]`` and ``second[i]`` are the two labels of item ``i``.

    Returns
    -------
    float
        1.0 for complete agreement, 0.0 for agreement no better than chance, negative below it.
        When chance agreement is already certain (both gave one and the same label to every
        item), the kappa is undefined; this returns 1.0 then, since the two agree on everything.

    Example
    -------
    >>> round(cohen_kappa(["cat", "dog", "cat"], ["cat", "dog", "dog"]), 3)
    0.4
    """
    if len(first) != len(second):
        raise ValueError(
            f"cohen_kappa needs labels for the same items: {len(first)} != {len(second)}"
        )
    if not first:
        raise ValueError("cohen_kappa needs at least one item")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def fleiss_kappa(ratings: Iterable[Sequence[Hashable]]) -> float:
    """Fleiss' kappa of many annotators: one sequence of labels per item.

    Items may have different numbers of labels (a student who skipped one); an item with fewer
    than two labels says nothing about agreement and is left out. With the same number of labels
    for every item this is exactly Fleiss' (1971) kappa.

    Parameters
    ----------
    ratings : iterable of sequences of labels
        For each item, the labels the annotators gave it (order does not matter).

    Returns
    -------
    float
        Fleiss' kappa; 1.0 when every annotator gave every item the same single label.

    Example
    -------
    >>> round(fleiss_kappa([["a", "a", "a"], ["a", "b", "b"], ["b", "b", "b"]]), 3)
    0.55
    """
    per_item = []
    totals: Counter[Hashable] = Counter()
    for labels in ratings:
        if len(labels) < 2:
            continue
        counts = Counter(labels)
        per_item.append((len(labels), counts))
        totals.update(counts)
    if not per_item:
        raise ValueError("fleiss_kappa needs at least one item with two or more labels")
    observed = sum(
        sum(c * (c - 1) for c in counts.values()) / (k * (k - 1)) for k, counts in per_item
    ) / len(per_item)
    all_labels = sum(totals.values())
    expected = sum((c / all_labels) ** 2 for c in totals.values())
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def iou(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Intersection over union of two boxes ``{"x", "y", "w", "h"}`` (0.0 when apart)."""
    left = max(first["x"], second["x"])
    top = max(first["y"], second["y"])
    right = min(first["x"] + first["w"], second["x"] + second["w"])
    bottom = min(first["y"] + first["h"], second["y"] + second["h"])
    inter = max(0.0, right - left) * max(0.0, bottom - top)
    union = first["w"] * first["h"] + second["w"] * second["h"] - inter
    return inter / union if union > 0 else 0.0


def assignment(cost: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """The rows-to-columns pairing of least total cost (Hungarian method, O(n^3)).

    ``cost`` may be rectangular; every row or every column (whichever are fewer) is paired.
    Returns ``(row, column)`` pairs sorted by row.
    """
    rows = len(cost)
    cols = len(cost[0]) if rows else 0
    if not rows or not cols:
        return []
    transposed = rows > cols
    if transposed:
        cost = [list(col) for col in zip(*cost, strict=True)]
        rows, cols = cols, rows
    # Potentials u (rows) and v (columns); owner[j] is the row holding column j (1-based, 0 none).
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)
    way = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        j0 = 0
        slack = [math.inf] * (cols + 1)
        used = [False] * (cols + 1)
        while owner[j0]:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, cols + 1):
                if used[j]:
                    continue
                reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if reduced < slack[j]:
                    slack[j], way[j] = reduced, j0
                if slack[j] < delta:
                    delta, j1 = slack[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
        while j0:  # flip the augmenting path back to its start
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, cols + 1) if owner[j]]
    if transposed:
        pairs = [(c, r) for r, c in pairs]
    return sorted(pairs)


@dataclass(frozen=True)
class Matching:
    """Two annotators' shapes on one image, paired one to one.

    ``pairs`` holds ``(i, j, score)`` for ``first[i]`` matched with ``second[j]`` (score: the IoU
    of boxes, the distance of points); ``only_first`` and ``only_second`` the indices left alone.
    """

    pairs: list[tuple[int, int, float]]
    only_first: list[int]
    only_second: list[int]

    def label_pairs(
        self, first: Sequence[Mapping[str, Any]], second: Sequence[Mapping[str, Any]]
    ) -> list[tuple[Hashable, Hashable]]:
        """Label against label, with ``NO_SHAPE`` standing for a missing partner."""
        out = [(first[i]["label"], second[j]["label"]) for i, j, _ in self.pairs]
        out += [(first[i]["label"], NO_SHAPE) for i in self.only_first]
        out += [(NO_SHAPE, second[j]["label"]) for j in self.only_second]
        return out


def _match(n_first: int, n_second: int, score, keep) -> Matching:
    scores = [[score(i, j) for j in range(n_second)] for i in range(n_first)]
    # A pair that does not qualify costs more than all qualifying pairs together, so the
    # assignment first pairs as many shapes as can qualify, then picks the best scores among
    # those; the pairs that do not qualify are dropped afterwards.
    most = max((abs(s) for row in scores for s in row), default=0.0)
    big = 1.0 + min(n_first, n_second) * most
    cost = [[-s if keep(s) else big for s in row] for row in scores]
    pairs = [(i, j, scores[i][j]) for i, j in assignment(cost) if keep(scores[i][j])]
    matched_first = {i for i, _, _ in pairs}
    matched_second = {j for _, j, _ in pairs}
    return Matching(
        pairs,
        [i for i in range(n_first) if i not in matched_first],
        [j for j in range(n_second) if j not in matched_second],
    )


def match_boxes(
    first: Sequence[Mapping[str, Any]], second: Sequence[Mapping[str, Any]], threshold: float = 0.5
) -> Matching:
    """Pair two annotators' boxes one to one at IoU >= ``threshold``: the most pairs, then the best total IoU.

    Example
    -------
    >>> a = [{"x": 0, "y": 0, "w": 10, "h": 10, "label": "cat"}]
    >>> b = [{"x": 1, "y": 0, "w": 10, "h": 10, "label": "cat"}]
    >>> match_boxes(a, b).pairs[0][:2]
    (0, 0)
    """
    return _match(
        len(first), len(second), lambda i, j: iou(first[i], second[j]), lambda s: s >= threshold
    )


def match_points(
    first: Sequence[Mapping[str, Any]], second: Sequence[Mapping[str, Any]], radius: float = 10.0
) -> Matching:
    """Pair two annotators' points one to one within ``radius``: the most pairs, then the least total distance."""
    matching = _match(
        len(first),
        len(second),
        lambda i, j: -math.dist((first[i]["x"], first[i]["y"]), (second[j]["x"], second[j]["y"])),
        lambda s: -s <= radius,
    )
    return Matching(
        [(i, j, -s) for i, j, s in matching.pairs], matching.only_first, matching.only_second
    )


def match_shapes(
    first: Sequence[Mapping[str, Any]],
    second: Sequence[Mapping[str, Any]],
    threshold: float = 0.5,
    radius: float = 10.0,
) -> list[tuple[Hashable, Hashable]]:
    """Label pairs of two annotators' records on one image: boxes by IoU, points by distance."""
    boxes_a, points_a = _split(first)
    boxes_b, points_b = _split(second)
    return match_boxes(boxes_a, boxes_b, threshold).label_pairs(boxes_a, boxes_b) + match_points(
        points_a, points_b, radius
    ).label_pairs(points_a, points_b)


def _split(records: Sequence[Mapping[str, Any]]) -> tuple[list, list]:
    boxes = [r for r in records if "w" in r]
    return boxes, [r for r in records if "w" not in r]


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of one annotator's spans against another's (or a key)."""

    precision: float
    recall: float
    f1: float
    matched: int


def span_f1(found: Iterable[Sequence[Any]], reference: Iterable[Sequence[Any]]) -> Scores:
    """Span-level precision, recall and F1: a span counts when start, end and label all match.

    With two students, pass either as ``reference``: F1 is symmetric. Two empty sets agree
    completely (1.0 each).

    Example
    -------
    >>> span_f1([(0, 5, "PER"), (10, 15, "LOC")], [(0, 5, "PER")]).f1
    0.6666666666666666
    """
    found_set = {tuple(s) for s in found}
    reference_set = {tuple(s) for s in reference}
    matched = len(found_set & reference_set)
    if not found_set and not reference_set:
        return Scores(1.0, 1.0, 1.0, 0)
    precision = matched / len(found_set) if found_set else 0.0
    recall = matched / len(reference_set) if reference_set else 0.0
    f1 = 2 * matched / (len(found_set) + len(reference_set))
    return Scores(precision, recall, f1, matched)
