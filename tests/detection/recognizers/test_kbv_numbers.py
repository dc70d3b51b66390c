"""LANR (check digit, bare when it fits) and BSNR (always with its label); the nearer label decides."""

from __future__ import annotations

import pytest

from anonymizer.detection.base import Recognizer
from anonymizer.detection.recognizers.kbv_numbers import (
    PhysicianNumberRecognizer,
    PracticeNumberRecognizer,
    is_valid_lanr,
    lanr_check_digit,
)
from anonymizer.entities import PHYSICIAN_NUMBER, PRACTICE_NUMBER


@pytest.fixture(scope="module")
def recognizers() -> list[Recognizer]:
    return [PhysicianNumberRecognizer(), PracticeNumberRecognizer()]


def found(recognizers: list[Recognizer], text: str) -> list[tuple[str, str]]:
    findings = sorted((f for r in recognizers for f in r.analyze(text)), key=lambda f: f.start)
    assert all(text[f.start : f.end] == f.text for f in findings)
    return [(f.type, f.text) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LANR: 123456601 des behandelnden Arztes.", [(PHYSICIAN_NUMBER, "123456601")]),
        ("Arztnummer 987654401 auf dem Rezept.", [(PHYSICIAN_NUMBER, "987654401")]),
        ("123456601", [(PHYSICIAN_NUMBER, "123456601")]),
        ("LANR 123456901 (Tippfehler)", [(PHYSICIAN_NUMBER, "123456901")]),
        ("BSNR 711234567 der Praxis.", [(PRACTICE_NUMBER, "711234567")]),
        ("Betriebsstättennummer: 021234568", [(PRACTICE_NUMBER, "021234568")]),
        (
            "Praxis Dr. Kortmann, LANR 123456601, BSNR 021234568",
            [(PHYSICIAN_NUMBER, "123456601"), (PRACTICE_NUMBER, "021234568")],
        ),
        ("BSNR 123456601", [(PRACTICE_NUMBER, "123456601")]),
        ("123456901", []),
        ("021234568", []),
        ("000000000", []),
        ("BSNR 000000000", []),
        ("Artikelnummer 123456601", []),
        ("Die Kosten von 123456601 Euro", []),
        ("erreichbar unter +49(0) 123456601.", []),
        ("Tel. 123456601", []),
        ("12345660", []),
        ("1234566010", []),
    ],
)
def test_table(recognizers: list[Recognizer], text: str, expected: list[tuple[str, str]]) -> None:
    assert found(recognizers, text) == expected


@pytest.mark.parametrize(("number", "digit"), [("123456", 6), ("234567", 7), ("987654", 4), ("999999", 9)])
def test_lanr_check_digit(number: str, digit: int) -> None:
    assert lanr_check_digit(number) == digit


@pytest.mark.parametrize(
    ("number", "valid"), [("123456601", True), ("555555501", True), ("123456901", False), ("12345660a", False)]
)
def test_is_valid_lanr(number: str, valid: bool) -> None:
    assert is_valid_lanr(number) is valid
