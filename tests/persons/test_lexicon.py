"""The bundled name lists: gender for surrogates later, everyday words, licences."""

from __future__ import annotations

import pytest

from anonymizer.persons import load_lexicon
from anonymizer.resources import resource_path


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Julia", "f"),
        ("Werner", "m"),
        ("Elif", "f"),
        ("Mehmet", "m"),
        ("Katarzyna", "f"),
        ("Olena", "f"),
        ("Oleksandr", "m"),
    ],
)
def test_first_names_carry_gender(name: str, gender: str) -> None:
    assert load_lexicon().gender(name) == gender


@pytest.mark.parametrize("word", ["Antrag", "Bescheid", "Koch", "Richter", "Winter", "Montag", "Mai"])
def test_everyday_words_need_context(word: str) -> None:
    assert load_lexicon().is_common(word)


@pytest.mark.parametrize("word", ["Kortmann", "Pohlmann", "Yılmaz", "Nowak", "Schmidt", "Müller"])
def test_surnames_are_not_everyday_words(word: str) -> None:
    assert not load_lexicon().is_common(word)


def test_hyphenated_first_names() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_first_name("Lea-Marie")
    assert not lexicon.is_first_name("Lea-Antrag")


def test_name_lists_name_their_sources_and_licences() -> None:
    text = resource_path("data", "names", "ATTRIBUTION").read_text(encoding="utf-8")
    assert "Faker" in text and "MIT" in text and "bundestag/gesetze" in text
    assert "names-dataset" not in text
