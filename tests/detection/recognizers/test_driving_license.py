"""DrivingLicenseRecognizer: eleven characters, check character 9..1 mod 11, bare only when it fits."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.driving_license import DrivingLicenseRecognizer, check_character, is_valid
from anonymizer.entities import DRIVING_LICENSE


@pytest.fixture(scope="module")
def recognizer() -> DrivingLicenseRecognizer:
    return DrivingLicenseRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Führerscheinnummer: B072RRE2I55", ["B072RRE2I55"]),
        ("Kopie des Führerscheins B072RRE2I55 liegt vor", ["B072RRE2I55"]),
        ("B072RRE2I55", ["B072RRE2I55"]),
        # a label keeps a number whose check fails (foreign and old licences follow other rules)
        ("Führerscheinnummer: BO12345678A", ["BO12345678A"]),
        ("Fahrerlaubnis MU12345678B wurde ausgestellt.", ["MU12345678B"]),
        ("meine führerscheinnummer ist b072rre2i55", ["b072rre2i55"]),
        ("BO12345678A", []),
        ("b072rre2i55", []),
        ("Produktcode B072RRE2I56 laut Katalog", []),
        ("12345678901", []),
        ("DE136695976", []),
        ("Bank: GENODEF1M33", []),  # a valid check character, but the shape of a BIC
        ("BO12345678", []),
        ("BO12345678AB", []),
        ("Verwaltungsgebührenordnung", []),
    ],
)
def test_table(recognizer: DrivingLicenseRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == DRIVING_LICENSE and text[f.start : f.end] == f.text for f in findings)


@pytest.mark.parametrize(("number", "character"), [("B072RRE2I", "5"), ("BO1234567", "1")])
def test_check_character(number: str, character: str) -> None:
    assert check_character(number) == character


@pytest.mark.parametrize(("number", "valid"), [("B072RRE2I55", True), ("b072rre2i55", True), ("B072RRE2I45", False)])
def test_is_valid(number: str, valid: bool) -> None:
    assert is_valid(number) is valid
