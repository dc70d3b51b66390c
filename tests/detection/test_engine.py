"""The engine maps findings made on the normalised copy back onto the original text."""

from __future__ import annotations

import re

import pytest

from anonymizer.detection.base import AnalysisCancelled, PostProcessor, Recognizer
from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine
from anonymizer.entities import LOCATION, PERSON, Finding
from anonymizer.policy import load_default_policy


class WordRecognizer(Recognizer):
    """Finds fixed words: a real recognizer with known output, so the engine is what is tested."""

    name = "words"

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words
        self.entity_types = tuple(set(words.values()))

    def analyze(self, text: str) -> list[Finding]:
        found = []
        for word, entity_type in self.words.items():
            for match in re.finditer(re.escape(word), text):
                found.append(Finding(match.start(), match.end(), entity_type, word, 0.8, self.name))
        return found


@pytest.fixture
def engine() -> AnalyzerEngine:
    return AnalyzerEngine([WordRecognizer({"Kortmann": PERSON, "Müller": PERSON, "Coesfeld": LOCATION})],
                          load_default_policy())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Kortmann", ["Kortmann"]),
        ("Frau\u00a0Kort\u00admann", ["Kort\u00admann"]),
        ("Herr Mu\u0308ller und Frau Kortmann", ["Mu\u0308ller", "Kortmann"]),
        ("Frau Kort-\nmann aus Coesfeld", ["Kort-\nmann", "Coesfeld"]),
        ("\u200bKort\u200bmann\u200b", ["Kort\u200bmann"]),
        ("😀 Frau Müller 😀 Kortmann", ["Müller", "Kortmann"]),  # astral characters count as one code point
    ],
)
def test_offsets_point_into_original(engine: AnalyzerEngine, text: str, expected: list[str]) -> None:
    findings = engine.analyze(text)
    assert [text[f.start : f.end] for f in findings] == expected
    assert [f.text for f in findings] == expected


def test_masked_only_drops_shown_only_types(engine: AnalyzerEngine) -> None:
    findings = engine.analyze("Frau Kortmann aus Coesfeld", masked_only=True)
    assert [f.type for f in findings] == [PERSON]


def test_empty_and_blank_text(engine: AnalyzerEngine) -> None:
    assert engine.analyze("") == []
    assert engine.analyze(" \n\t") == []


def test_progress_can_cancel(engine: AnalyzerEngine) -> None:
    with pytest.raises(AnalysisCancelled):
        engine.analyze("Frau Kortmann", progress=lambda _fraction: True)


def test_postprocessor_sees_all_candidates() -> None:
    class DropAll(PostProcessor):
        def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
            return []

    engine = AnalyzerEngine([WordRecognizer({"Kortmann": PERSON})], load_default_policy(), [DropAll()])
    assert engine.analyze("Frau Kortmann") == []


def test_default_engine_finds_structured_identifiers() -> None:
    text = "Steuer-ID 28365461076, IBAN DE44\u00a05001\u00a00517\u00a05407\u00a03249\u00a031, Mail a.b@example.org"
    findings = build_engine(with_model=False).analyze(text, masked_only=True)
    found = {text[f.start : f.end] for f in findings}
    assert {"28365461076", "DE44\u00a05001\u00a00517\u00a05407\u00a03249\u00a031", "a.b@example.org"} <= found
