"""The working copy is clean, and every span maps back onto the text exactly as given."""

from __future__ import annotations

import pytest

from anonymizer.normalize import normalize


@pytest.mark.parametrize(
    ("original", "working"),
    [
        ("Frau Kortmann", "Frau Kortmann"),
        ("Frau\u00a0Kortmann", "Frau Kortmann"),  # NBSP
        ("Kort\u00admann", "Kortmann"),  # soft hyphen
        ("Kort\u200bmann\u200d", "Kortmann"),  # zero-width space / joiner
        ("\ufeffHallo", "Hallo"),  # BOM in the middle of pasted text
        ("Mu\u0308ller", "Müller"),  # decomposed umlaut
        ("Kort-\nmann", "Kortmann"),  # hyphenated line break
        ("Kort- \r\n  mann", "Kortmann"),
        ("Schulze-\nPellengahr", "Schulze-\nPellengahr"),  # double name keeps its hyphen
        ("0171\u20131234567", "0171-1234567"),  # en dash
        ("- Punkt\n- zweiter", "- Punkt\n- zweiter"),  # list dashes stay
    ],
)
def test_working_copy(original: str, working: str) -> None:
    assert normalize(original).text == working


@pytest.mark.parametrize(
    ("original", "needle", "expected"),
    [
        ("Frau Kort\u00admann kommt", "Kortmann", "Kort\u00admann"),
        ("Herr Mu\u0308ller ist da", "Müller", "Mu\u0308ller"),
        ("Name: Kort-\nmann, Sabine", "Kortmann", "Kort-\nmann"),
        ("IBAN DE44\u00a05001\u00a00517", "DE44 5001 0517", "DE44\u00a05001\u00a00517"),
        ("\u200bA\u200bB\u200b", "AB", "A\u200bB"),
    ],
)
def test_span_maps_back_to_original(original: str, needle: str, expected: str) -> None:
    working = normalize(original)
    start = working.text.index(needle)
    begin, end = working.to_original(start, start + len(needle))
    assert original[begin:end] == expected


def test_plain_ascii_is_identity() -> None:
    working = normalize("Hallo Welt 123")
    assert working.is_identity
    assert working.to_original(6, 10) == (6, 10)


def test_empty_span_is_rejected() -> None:
    with pytest.raises(ValueError):
        normalize("abc").to_original(1, 1)
