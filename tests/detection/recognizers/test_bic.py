"""BicRecognizer: needs a context word; words in capitals are not BICs."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.bic import BicRecognizer
from anonymizer.entities import BIC


@pytest.fixture(scope="module")
def recognizer() -> BicRecognizer:
    return BicRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BIC: WELADED1COE", ["WELADED1COE"]),
        ("IBAN DE44 5001 0517 5407 3249 31, BIC WELADED1", ["WELADED1"]),
        ("SWIFT-Code DEUTDEFF500", ["DEUTDEFF500"]),
        ("BIC-Code: COBADEFFXXX", ["COBADEFFXXX"]),
        ("Antrag auf BAFOEG gestellt", []),
        ("ANTRAGES ohne Bankbezug", []),
        ("WELADED1COE ohne Kontext", []),
        ("BIC: ABCDXY12 (unbekanntes Land XY)", []),
    ],
)
def test_table(recognizer: BicRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == BIC and text[f.start : f.end] == f.text for f in findings)
