"""Presidio's German recognizer tests, run through our engine, and our own county-text negatives.

The first table (``presidio_de_cases.py``, transcribed from microsoft/presidio under the MIT
licence) says for every text what Presidio's recognizer finds and what we mask instead, with the
reason where the two differ. The second holds ordinary numbers of county texts that no recognizer
may mask: amounts, paragraphs, dates, room numbers, counts, order and article numbers.
"""

from __future__ import annotations

import pytest
from county_negatives import COUNTY_NEGATIVES
from presidio_de_cases import CASES, Case, spans

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    return build_engine(with_model=False)


def masked(engine: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in engine.analyze(text, masked_only=True)]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.source}:{case.text}")
def test_presidio_case(engine: AnalyzerEngine, case: Case) -> None:
    assert masked(engine, case.text) == spans(case.text, case.masked)


def test_every_difference_has_a_reason() -> None:
    assert all(case.why for case in CASES if case.ours is not None)
    assert all(case.ours is not None for case in CASES if case.why)


def test_the_table_is_presidio_s_whole_table() -> None:
    """Fifteen test files, 319 distinct texts, 231 values that Presidio's recognizers return."""
    assert len({case.source for case in CASES}) == 15
    assert len(CASES) == 319
    assert sum(len(case.presidio) for case in CASES) == 231


@pytest.mark.parametrize("text", COUNTY_NEGATIVES)
def test_county_numbers_stay(engine: AnalyzerEngine, text: str) -> None:
    assert [f.text for f in engine.analyze(text, masked_only=True)] == []
