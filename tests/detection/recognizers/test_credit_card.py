"""CreditCardRecognizer: 13-19 digits in card groupings with Luhn and scheme prefix."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.credit_card import CreditCardRecognizer
from anonymizer.entities import CREDIT_CARD


@pytest.fixture(scope="module")
def recognizer() -> CreditCardRecognizer:
    return CreditCardRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kreditkarte 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
        ("Visa 4111-1111-1111-1111, gültig bis 12/27", ["4111-1111-1111-1111"]),
        ("Mastercard 5555555555554444", ["5555555555554444"]),
        ("Amex 3782 822463 10005", ["3782 822463 10005"]),
        ("Karte 378282246310005", ["378282246310005"]),
        ("falsche Prüfziffer 4111 1111 1111 1112", []),
        ("IBAN DE44 5001 0517 5407 3249 31", []),
        ("Kundennummer 1234567890123", []),
        ("Steuer-ID 28365461076", []),
        ("Summe 4.111,11 € und 1.111,11 €", []),
        # cards listed one after another, each in its own layout (Presidio's table)
        (
            "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881",
            ["4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881"],
        ),
        ("UATP 122000000000003", ["122000000000003"]),
        ("12200000000000", []),  # UATP numbers have 15 digits
        ("Konten 1234 4111 1111 1111 1111", []),  # a window of a longer row of groups
        ("4111 1111 1111 1111 7890", []),
    ],
)
def test_table(recognizer: CreditCardRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == CREDIT_CARD and text[f.start : f.end] == f.text for f in findings)
