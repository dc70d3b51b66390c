"""The working copy is clean, and every span maps back onto the text exactly as given."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonymizer.detection.normalize import build_working_copy, normalize


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


_ALPHABET = "aäoöuüßAÄ -\n\t\r.,0" + "\u00a0\u00ad\u200b\u2013\u0308\u212b\u00e9" + "ęşİ"


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_fast_path_gives_the_same_working_copy_as_the_full_loop(text: str) -> None:
    assert normalize(text) == build_working_copy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Frau Kortmann, Grüße aus Münster.",  # non-ASCII, nothing to change
        "Schulze-Pellengahr - Antrag",  # hyphens without line break
    ],
)
def test_text_that_needs_no_change_maps_onto_itself(text: str) -> None:
    working = normalize(text)
    assert working.is_identity and working.to_original(0, len(text)) == (0, len(text))
