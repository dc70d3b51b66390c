"""SocialSecurityRecognizer: Rentenversicherungsnummer with birth date and check digit."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.social_security import SocialSecurityRecognizer, check_digit, is_valid
from anonymizer.entities import SOCIAL_SECURITY


@pytest.fixture(scope="module")
def recognizer() -> SocialSecurityRecognizer:
    return SocialSecurityRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rentenversicherungsnummer 65 170839 J 003", ["65 170839 J 003"]),
        ("Versicherungsnummer: 65170839J003.", ["65170839J003"]),
        ("SV-Nummer 15 070649 C 103", ["15 070649 C 103"]),
        ("falsche Prüfziffer 65170839J004", []),
        ("unmögliches Datum 65 173939 J 003", []),
        ("Aktenzeichen 12 345678 A 123", []),
        ("IBAN DE44 5001 0517 5407 3249 31", []),
        # day + 50 (Ergänzungsmerkmal, VKVV § 2) when the serials of one birth date run out
        ("RVNR 38551285K051", ["38551285K051"]),
        ("15420649C103", []),  # day 42: neither a day nor a day + 50
        ("15850649C103", []),  # day 85: beyond 31 + 50
        ("15071349C103", []),  # month 13
    ],
)
def test_table(recognizer: SocialSecurityRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == SOCIAL_SECURITY and text[f.start : f.end] == f.text for f in findings)


@pytest.mark.parametrize(
    ("number", "digit"),
    [("65170839J00", 3), ("15070649C10", 3)],
)
def test_check_digit(number: str, digit: int) -> None:
    assert check_digit(number) == digit


@pytest.mark.parametrize("number", ["65170839J003", "65 170839 J 003"])
def test_is_valid(number: str) -> None:
    assert is_valid(number)


@pytest.mark.parametrize("number", ["65170839J004", "6517083JJ003", "65170839Ä003", "651708390003", ""])
def test_is_invalid(number: str) -> None:
    assert not is_valid(number)
