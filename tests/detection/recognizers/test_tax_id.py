"""TaxIdRecognizer: eleven digits, compact or spaced, check digit by stdnum.de.idnr."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.tax_id import TaxIdRecognizer
from anonymizer.entities import TAX_ID


@pytest.fixture(scope="module")
def recognizer() -> TaxIdRecognizer:
    return TaxIdRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Steuer-ID lautet 28365461076.", ["28365461076"]),
        ("Identifikationsnummer 28 365 461 076", ["28 365 461 076"]),
        ("IdNr. 28/365/461/076", ["28/365/461/076"]),
        ("28365461076 steht im Bescheid", ["28365461076"]),
        ("falsche Prüfziffer 28365461077", []),
        ("Telefon 02541181234", []),
        ("Nummer 12345678901", []),
        ("Betrag 28.365.461,07 €", []),
        ("Datum 11.02.2006", []),
        ("IBAN DE44 5001 0517 5407 3249 31", []),
    ],
)
def test_table(recognizer: TaxIdRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == TAX_ID and text[f.start : f.end] == f.text for f in findings)
