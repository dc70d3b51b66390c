"""VatIdRecognizer: German and EU VAT IDs, check digit via python-stdnum, a failing one only with its label."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.vat_id import VatIdRecognizer
from anonymizer.entities import VAT_ID


@pytest.fixture(scope="module")
def recognizer() -> VatIdRecognizer:
    return VatIdRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USt-IdNr.: DE136695976", ["DE136695976"]),
        ("Rechnung, USt-IdNr. DE 136 695 976, zahlbar binnen 14 Tagen", ["DE 136 695 976"]),
        ("DE-136-695-976 und DE.129.273.398", ["DE-136-695-976", "DE.129.273.398"]),
        ("Gewerbeanmeldung, Umsatzsteuer-ID de136695976", ["de136695976"]),
        ("DE136695976", ["DE136695976"]),
        ("Lieferant aus Österreich, ATU13585627", ["ATU13585627"]),
        ("BTW NL004495445B01", ["NL004495445B01"]),
        # a failing check digit: only next to its label
        ("USt-IdNr.: DE123456789", ["DE123456789"]),
        ("DE123456789", []),
        ("AT123456789", []),
        ("FR12345678901", []),
        ("DE12345678", []),
        ("DE1234567890", []),
        ("IBAN DE44 5001 0517 5407 3249 31", []),
        ("Das Modell DE 123 456 789 ist ausverkauft.", []),
    ],
)
def test_table(recognizer: VatIdRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == VAT_ID and text[f.start : f.end] == f.text for f in findings)


def test_label_raises_the_score(recognizer: VatIdRecognizer) -> None:
    bare = recognizer.analyze("DE136695976")[0]
    labelled = recognizer.analyze("USt-IdNr. DE136695976")[0]
    assert bare.validated and labelled.score > bare.score
