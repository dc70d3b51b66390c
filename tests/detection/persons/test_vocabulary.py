"""The person rules' closed word classes as data (resources/data/persons/vocabulary.toml): complete, in the
form the rules look them up in, and a broken file stops with a German message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from anonymizer.detection.persons import vocabulary
from anonymizer.detection.persons.tokens import is_rank
from anonymizer.errors import ModelError

#: Classes the rules compare with the text as written, not lower-cased.
CASE_SENSITIVE = {"ranks", "initial_abbreviations", "english_address", "fiction_characters"}
ENDINGS = {"office_endings", "institution_endings", "record_place_endings", "surname_endings"}


def test_every_class_is_a_non_empty_list_without_duplicates() -> None:
    classes = vocabulary.word_classes()
    assert len(classes) >= 30
    for name, words in classes.items():
        assert words, name
        assert len(set(words)) == len(words), name


def test_lookup_classes_are_lower_case_as_the_rules_compare_them() -> None:
    for name, words in vocabulary.word_classes().items():
        if name not in CASE_SENSITIVE:
            assert [w for w in words if w != w.lower()] == [], name


def test_endings_are_plain_letters_and_caller_phrases_two_words() -> None:
    classes = vocabulary.word_classes()
    for name in ENDINGS:
        assert all(re.fullmatch(r"[^\W\d_]+", ending) for ending in classes[name]), name
    assert all(len(phrase.split()) == 2 for phrase in classes["caller_phrases"])


@pytest.mark.parametrize(
    ("pattern", "word", "ends"),
    [
        (vocabulary.ORG_WORD, "Straßenverkehrsamt", True),
        (vocabulary.ORG_WORD, "JUGENDAMT", True),
        (vocabulary.ORG_WORD, "Brüggenkamp", False),
        (vocabulary.INSTITUTION_WORD, "Marienschule", True),
        (vocabulary.RECORD_PLACE_WORD, "Hausarztpraxis", True),
        (vocabulary.RECORD_PLACE_WORD, "Kortmann", False),
        (vocabulary.SURNAME_ENDING, "brüggenkamp", True),
        (vocabulary.SURNAME_ENDING, "sagt", False),
    ],
)
def test_endings_match_the_end_of_a_word(pattern: re.Pattern[str], word: str, ends: bool) -> None:
    assert bool(pattern.search(word)) is ends


def test_ranks_keep_their_case_and_female_forms() -> None:
    assert is_rank("PHK") and is_rank("KOK'in") and is_rank("RAin")
    assert not is_rank("phk") and not is_rank("Phk")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "fehlt oder ist nicht lesbar"),
        ("particles = [", "fehlt oder ist nicht lesbar"),
        ('particles = "von"', "ist beschädigt"),
        ("particles = [1, 2]", "ist beschädigt"),
    ],
)
def test_a_missing_or_broken_file_stops_with_a_german_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "vocabulary.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(vocabulary, "resource_path", lambda *_parts: path)
    with pytest.raises(ModelError, match=message):
        vocabulary.word_classes.__wrapped__()


def test_a_missing_class_is_named() -> None:
    with pytest.raises(ModelError, match="„no_such_class“ fehlt"):
        vocabulary.word_class("no_such_class")
