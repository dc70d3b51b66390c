"""The bundled name lists: gender for surrogates later, everyday words, licences."""

from __future__ import annotations

import pytest

from anonymizer.detection.persons import load_lexicon
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
        ("Ayşe", "f"),
        ("Ayse", "f"),
        ("İlknur", "f"),
        ("ilknur", "f"),
        ("Hüseyin", "m"),
        ("Blerta", "f"),
        ("Arben", "m"),
        ("Rojin", "f"),
    ],
)
def test_first_names_carry_gender(name: str, gender: str) -> None:
    assert load_lexicon().gender(name) == gender


@pytest.mark.parametrize("word", ["Antrag", "Bescheid", "Koch", "Richter", "Winter", "Montag", "Mai", "max"])
def test_everyday_words_need_context(word: str) -> None:
    assert load_lexicon().is_common(word)


@pytest.mark.parametrize(
    "word", ["Kortmann", "Pohlmann", "Yılmaz", "Nowak", "Schmidt", "Müller", "Max", "Robert", "Johann"]
)
def test_names_are_not_everyday_words(word: str) -> None:
    assert not load_lexicon().is_common(word)


@pytest.mark.parametrize("word", ["Kemper", "Schmitz", "Hagedorn", "Kaya", "Öztürk", "Krasniqi", "YILMAZ", "yilmaz"])
def test_supplementary_surnames_are_known(word: str) -> None:
    assert load_lexicon().is_surname(word)


@pytest.mark.parametrize(
    "word", ["Kowalski", "Kowalska", "Wiśniewski", "Wisniewska", "Lewandowska", "Wawrzynkiewicz", "Nowicka"]
)
def test_polish_surnames_and_their_feminine_forms_are_known(word: str) -> None:
    """Faker keeps Polish surnames outside ``last_names``; the feminine "-ska/-cka" forms are derived."""
    assert load_lexicon().is_surname(word)


@pytest.mark.parametrize("word", ["Job", "Kinder", "Grund", "Wiese", "Obst", "Bus", "Wodka"])
def test_everyday_words_of_the_polish_surname_list_stay_words(word: str) -> None:
    assert not load_lexicon().is_surname(word)


@pytest.mark.parametrize("extra", ["first_names_extra.tsv", "surnames_extra.txt"])
def test_supplementary_lists_hold_no_everyday_words(extra: str) -> None:
    """A hand-written list must not turn a frequent German word into a name."""
    lexicon = load_lexicon()
    text = resource_path("data", "names", extra).read_text(encoding="utf-8")
    names = [line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")]
    assert len(names) > 50
    assert [name for name in names if lexicon.is_common(name)] == []


def test_hyphenated_first_names() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_first_name("Lea-Marie")
    assert not lexicon.is_first_name("Lea-Antrag")


def test_name_lists_name_their_sources_and_licences() -> None:
    text = resource_path("data", "names", "ATTRIBUTION").read_text(encoding="utf-8")
    assert "Faker" in text and "MIT" in text and "bundestag/gesetze" in text
    assert "names-dataset" not in text
    assert "first_names_extra.tsv" in text and "surnames_extra.txt" in text
    for extra in ("first_names_extra.tsv", "surnames_extra.txt"):
        header = resource_path("data", "names", extra).read_text(encoding="utf-8").split("\n", 5)
        assert any("compiled by the Anonymisierungshelfer project" in line for line in header)
        assert any("no dataset was copied" in line for line in header)
