"""What the person tests read off the real engine."""

from __future__ import annotations

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.entities import PERSON


def person_spans(engine: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    """Start and end of every PERSON finding of ``engine`` in ``text``."""
    return [(f.start, f.end) for f in engine.analyze(text) if f.type == PERSON]
