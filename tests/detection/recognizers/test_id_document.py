"""IdDocumentRecognizer: Personalausweis, Reisepass, Aufenthaltstitel with ICAO check digit and context."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.id_document import IdDocumentRecognizer, icao_check_digit
from anonymizer.entities import ID_DOCUMENT


@pytest.fixture(scope="module")
def recognizer() -> IdDocumentRecognizer:
    return IdDocumentRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personalausweis L01X00T47", ["L01X00T47"]),
        ("Ausweisnummer: L01X00T471", ["L01X00T471"]),
        ("Reisepass C01X00T47, gültig bis 2031", ["C01X00T47"]),
        ("Aufenthaltstitel Nr. Y7HTR3C48", ["Y7HTR3C48"]),
        ("alter Personalausweis 1220001297", ["1220001297"]),
        ("meine ausweisnummer ist l01x00t47", ["l01x00t47"]),
        # a labelled number whose check digit fails is a typo or another country's number: kept
        ("Ausweisnummer L01X00T472", ["L01X00T472"]),
        ("Personalausweis liegt vor, Antrag Nr. 2025", []),
        ("Bestellnummer L01X00T47", []),
        ("Personalausweis ANTRAGSNR", []),
        ("Personalausweis vom 11.02.2006", []),
        ("Personalausweis 1220001298", ["1220001298"]),
        # bare: only the ten-character form whose check digit validates, in capitals
        ("Kopie anbei: L01X00T471", ["L01X00T471"]),
        ("Kopie anbei: L01X00T47", []),
        ("Kopie anbei: L01X00T472", []),
        ("kopie anbei l01x00t471", []),
        ("Rückruf unter 1220001297", []),
        ("Bestellnummer L01X00T471", []),
        # foreign passports: the label right before the number
        ("Reisepass-Nr. (Ukraine): FX123456", ["FX123456"]),
        ("Passport No. N012345678, issued 2019", ["N012345678"]),
        ("Pass (Syrien): N012345678", ["N012345678"]),
        ("Nationalpass Nr. 721234567", ["721234567"]),
        ("Passwort 12345678 bitte ändern", []),
        ("Der Pass 2024 war gut besucht", []),
        ("Reisepass gültig bis 20.10.2030", []),
    ],
)
def test_table(recognizer: IdDocumentRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == ID_DOCUMENT and text[f.start : f.end] == f.text for f in findings)


@pytest.mark.parametrize(
    ("value", "digit"),
    [("L01X00T47", 1), ("C01X00T47", 8), ("122000129", 7)],
)
def test_icao_check_digit(value: str, digit: int) -> None:
    assert icao_check_digit(value) == digit
