"""HealthInsuranceRecognizer: KV-Versichertennummer with check digit and context."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.health_insurance import HealthInsuranceRecognizer, check_digit, is_valid
from anonymizer.entities import HEALTH_INSURANCE


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
        # bare: a number whose check digit fits stands alone, compact, not after another number's label
        ("A123456780", ["A123456780"]),
        ("Z999999997 liegt vor", ["Z999999997"]),
        ("a123456780", ["a123456780"]),
        ("A123456787", []),
        ("Anlage A 123456780", []),
        ("Artikel A123456780: Ordner", []),
        ("Rechnungsnummer: A123456780", []),
    ],
)
def test_table(recognizer: HealthInsuranceRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == HEALTH_INSURANCE and text[f.start : f.end] == f.text for f in findings)


def test_bare_number_scores_lower_than_a_labelled_one(recognizer: HealthInsuranceRecognizer) -> None:
    assert recognizer.analyze("A123456780")[0].score < recognizer.analyze("KVNR A123456780")[0].score


@pytest.mark.parametrize(
    ("number", "digit"),
    [("A12345678", 0), ("B98765432", 0), ("Z12345678", 3)],
)
def test_check_digit(number: str, digit: int) -> None:
    assert check_digit(number) == digit


@pytest.mark.parametrize(("number", "valid"), [("A123456780", True), ("A123456781", False), ("a123456780", False)])
def test_is_valid(number: str, valid: bool) -> None:
    assert is_valid(number) is valid
