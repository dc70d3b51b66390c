"""SpanIndex answers the same overlap question as a scan over every rule span."""

from __future__ import annotations

import random

import pytest

from anonymizer.detection.persons.postprocess import SpanIndex

SPANS = [(0, 5), (10, 30), (12, 14), (40, 41), (50, 60)]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (5, 10, []),  # touching ends share no character
        (4, 6, [(0, 5)]),
        (13, 14, [(10, 30), (12, 14)]),
        (29, 45, [(10, 30), (40, 41)]),
        (0, 100, SPANS),
        (61, 70, []),
    ],
)
def test_overlapping_spans(start: int, end: int, expected: list[tuple[int, int]]) -> None:
    assert SpanIndex(SPANS).overlapping(start, end) == expected


def test_empty_index_finds_nothing() -> None:
    assert SpanIndex([]).overlapping(0, 10) == []


def test_matches_a_full_scan_on_random_spans() -> None:
    rng = random.Random(5)
    spans = [(s, s + rng.randint(1, 25)) for s in (rng.randint(0, 5000) for _ in range(400))]
    index = SpanIndex(spans)
    for _ in range(500):
        start = rng.randint(0, 5000)
        end = start + rng.randint(1, 40)
        assert index.overlapping(start, end) == sorted((s, e) for s, e in spans if s < end and start < e)
