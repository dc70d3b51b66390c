"""PolishLicensePlateRecognizer: voivodeship letter, 4-5 characters, always next to a context word."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.foreign_plate import PolishLicensePlateRecognizer
from anonymizer.entities import LICENSE_PLATE


@pytest.fixture(scope="module")
def recognizer() -> PolishLicensePlateRecognizer:
    return PolishLicensePlateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fahrzeug mit polnischem Kennzeichen PO 12345", ["PO 12345"]),
        ("Pkw WX 1234A stand im Halteverbot", ["WX 1234A"]),
        ("Kennzeichen KR 2AB34 (Polen)", ["KR 2AB34"]),
        ("Transporter DW-1234A", ["DW-1234A"]),
        ("ISO 9001 und DIN 12345", []),
        ("PO 12345", []),
        ("Kennzeichen AB 12345", []),  # A names no voivodeship
        ("Fahrzeug Typ WABCD", []),  # letters only
        ("Pkw BMW 520D, Fahrzeugbau nach DIN 70020, Typgenehmigung KBA 12345", []),
    ],
)
def test_table(recognizer: PolishLicensePlateRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == LICENSE_PLATE and text[f.start : f.end] == f.text for f in findings)
