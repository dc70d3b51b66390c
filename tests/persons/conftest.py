"""The real engine with the bundled model, person rules and propagation, built once per session."""

from __future__ import annotations

import pytest

from anonymizer.engine import AnalyzerEngine
from anonymizer.entities import PERSON
from anonymizer.factory import build_engine


@pytest.fixture(scope="session")
def engine() -> AnalyzerEngine:
    return build_engine()


def person_spans(engine: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in engine.analyze(text) if f.type == PERSON]


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Every character of text[start:end] lies inside a PERSON finding."""
    return all(any(s <= k < e for s, e in spans) for k in range(start, end))


def touched(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some character of text[start:end] lies inside a PERSON finding."""
    return any(s < end and start < e for s, e in spans)
