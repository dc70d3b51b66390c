"""TaxNumberRecognizer: all Länder formats, only with a context word."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.tax_number import TaxNumberRecognizer
from anonymizer.entities import TAX_NUMBER


@pytest.fixture(scope="module")
def recognizer() -> TaxNumberRecognizer:
    return TaxNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Steuernummer 133/8150/8159", ["133/8150/8159"]),
        ("St.-Nr. 93815/08152", ["93815/08152"]),
        ("StNr 2893081508152", ["2893081508152"]),
        ("Steuer-Nr. 21/815/08150", ["21/815/08150"]),
        ("Steuernummer: 181/815/08155 (Bayern)", ["181/815/08155"]),
        ("Steuernummer 013 815 08153", ["013 815 08153"]),
        ("Finanzamt Coesfeld, St.Nr. 201/123/12340", ["201/123/12340"]),
        ("133/8150/8159 ohne Kontext", []),
        ("Steuernummer folgt, Az. 20.4-113/2025", []),
        ("Steuernummer vom 30/09/2025", []),
        ("Steuernummer: 12/34/56", []),
        # a labelled number that fits no Länder layout is still the holder's Steuernummer
        ("Steuernummer: 0981508150999 wurde vergeben.", ["0981508150999"]),
        ("Steuernummer 12/345/6789", ["12/345/6789"]),
        ("123/456/78901", []),
        ("1681508150001", []),
    ],
)
def test_table(recognizer: TaxNumberRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == TAX_NUMBER and text[f.start : f.end] == f.text for f in findings)
