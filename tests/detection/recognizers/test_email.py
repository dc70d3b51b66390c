"""EmailRecognizer: addresses in letters and chat text, not file names or bare words."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.email import EmailRecognizer
from anonymizer.entities import EMAIL


@pytest.fixture(scope="module")
def recognizer() -> EmailRecognizer:
    return EmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rückfragen gern an r.eling@posteo.de oder telefonisch.", ["r.eling@posteo.de"]),
        ("E-Mail: Sabine.Kortmann@kreis-coesfeld.de.", ["Sabine.Kortmann@kreis-coesfeld.de"]),
        ("mail an jana_k+bafoeg@web.de bitte", ["jana_k+bafoeg@web.de"]),
        ("Anschrift: müller@gemeinde-nottuln.de", ["müller@gemeinde-nottuln.de"]),
        ("<info@buergerbuero.nrw>", ["info@buergerbuero.nrw"]),
        ("zwei Adressen: a@b.de, c.d@e-f.com", ["a@b.de", "c.d@e-f.com"]),
        ("Kontakt: r.eling(at)posteo.de", ["r.eling(at)posteo.de"]),
        ("schreiben Sie an buergerbuero [at] kreis-coesfeld [dot] de.", ["buergerbuero [at] kreis-coesfeld [dot] de"]),
        ("Das Bild logo@2x.png liegt im Anhang.", []),
        ("Wir sind (at) home", []),
        ("Info (at) Kreis", []),
        ("Treffen @ Kreishaus um 10 Uhr", []),
        ("user@localhost ist keine Adresse", []),
        ("Bitte antworten Sie per E-Mail.", []),
        ("Preis 12,50 € @ Stück", []),
    ],
)
def test_table(recognizer: EmailRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == EMAIL and text[f.start : f.end] == f.text for f in findings)
