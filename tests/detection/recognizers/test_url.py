"""UrlRecognizer: web addresses with scheme, www. or a known top-level domain."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.url import UrlRecognizer
from anonymizer.entities import URL


@pytest.fixture(scope="module")
def recognizer() -> UrlRecognizer:
    return UrlRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infos unter https://www.kreis-coesfeld.de/bauen?id=12.", ["https://www.kreis-coesfeld.de/bauen?id=12"]),
        ("Siehe www.kreis-coesfeld.de, Rubrik Soziales.", ["www.kreis-coesfeld.de"]),
        ("Das Formular finden Sie auf bafoeg-digital.de.", ["bafoeg-digital.de"]),
        ("(http://example.org/a_(b))", ["http://example.org/a_(b)"]),
        ("Portal: service.nrw/antrag", ["service.nrw/antrag"]),
        ("Rückfragen an r.eling@posteo.de", []),
        ("z.B. im Anhang antrag.pdf", []),
        ("gemäß Abs.2 und Nr.3", []),
        ("Der Betrag von 1.234,56 € ist fällig.", []),
        ("Er wohnt in Münster.Das ist neu.", []),
        ("war gut.es geht weiter", []),
        ("Punkt a.de ist erledigt", []),
    ],
)
def test_table(recognizer: UrlRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == URL and text[f.start : f.end] == f.text for f in findings)
