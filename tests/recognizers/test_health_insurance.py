"""HealthInsuranceRecognizer: KV-Versichertennummer with check digit and context."""

from __future__ import annotations

import pytest

from anonymizer.entities import HEALTH_INSURANCE
from anonymizer.recognizers.health_insurance import HealthInsuranceRecognizer, check_digit, is_valid


@pytest.fixture(scope="module")
def recognizer() -> HealthInsuranceRecognizer:
    return HealthInsuranceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Versichertennummer A123456780", ["A123456780"]),
        ("AOK, KVNR: A123456780.", ["A123456780"]),
        ("eGK-Nummer A123456780", ["A123456780"]),
        ("Krankenkasse TK, Versichertennummer B987654320", ["B987654320"]),
        ("meine versichertennummer ist a123456780", ["a123456780"]),
        ("Versichertennummer A123456781", []),
        ("Bestellnummer A123456780", []),
        ("Versichertennummer 1123456780", []),
    ],
)
def test_table(recognizer: HealthInsuranceRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == HEALTH_INSURANCE and text[f.start : f.end] == f.text for f in findings)


@pytest.mark.parametrize(
    ("number", "digit"),
    [("A12345678", 0), ("B98765432", 0), ("Z12345678", 3)],
)
def test_check_digit(number: str, digit: int) -> None:
    assert check_digit(number) == digit


@pytest.mark.parametrize(("number", "valid"), [("A123456780", True), ("A123456781", False), ("a123456780", False)])
def test_is_valid(number: str, valid: bool) -> None:
    assert is_valid(number) is valid
