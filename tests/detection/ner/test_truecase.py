"""The truecaser: lower-case and shouted lines reach the model with their capitals back, other lines untouched."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from numpy.typing import NDArray
from spacy.language import Language

from anonymizer.detection.ner import NerRecognizer
from anonymizer.detection.ner.model import model_dir
from anonymizer.detection.ner.truecase import CASING_FILE, CasingTable, Truecaser, model_truecaser, word_hash

KNOWN_SURNAMES = {word_hash("kortmann"), word_hash("yilmaz")}


def listed_surnames(hashes: NDArray[numpy.uint64]) -> NDArray[numpy.bool_]:
    """A stand-in for the model's word lists: two surnames and nothing else."""
    return numpy.array([int(h) in KNOWN_SURNAMES for h in hashes], dtype=bool)


SMALL = Truecaser(
    CasingTable.from_words(capitalised=["frau", "antrag", "klaus", "meier"], lowercase=["von", "mit", "hab", "will"]),
    listed_surnames,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chat style: table words and list surnames get their capital, the first word too
        ("hab mit frau kortmann gesprochen", "Hab mit Frau Kortmann gesprochen"),
        # a word the table knows as lower-case keeps it even at position two
        ("frau yilmaz von nebenan", "Frau Yilmaz von nebenan"),
        # shouted lines are lowered first
        ("ANTRAG VON KLAUS MEIER", "Antrag von Klaus Meier"),
        # a new sentence inside the line starts with a capital
        ("ok. hab mit frau kortmann gesprochen", "Ok. Hab mit Frau Kortmann gesprochen"),
        # normal German text is left exactly as written, acronyms included
        ("Frau kortmann hat den Antrag gestellt.", "Frau kortmann hat den Antrag gestellt."),
        ("Die IBAN und die BIC fehlen noch", "Die IBAN und die BIC fehlen noch"),
        # one word says nothing about the writer's habits
        ("kortmann", "kortmann"),
        ("MEIER", "MEIER"),
        # each line is judged on its own
        ("Betreff: Antrag\nhab mit frau kortmann gesprochen", "Betreff: Antrag\nHab mit Frau Kortmann gesprochen"),
        # addresses, numbers and codes stay as written; hyphenated names get a capital per part
        (
            "bitte an max.mustermann@example.org von frau kortmann-yilmaz",
            "Bitte an max.mustermann@example.org von Frau Kortmann-Yilmaz",
        ),
        ("siehe www.kreis-beispiel.de und az 12-abc", "Siehe www.kreis-beispiel.de und az 12-abc"),
        # punctuation around a word and sentence ends before quotes and brackets
        ("(frau kortmann) sagt: „antrag kommt.“ hab ich", "(Frau Kortmann) sagt: „Antrag kommt.“ Hab ich"),
        # tokens as GermEval writes them: a full stop and a quotation mark on their own
        ('ok . " antrag von frau kortmann', 'Ok . " Antrag von Frau Kortmann'),
        # a capital that would change the length ("ß" -> "SS") is not written
        ("ßaß mit frau kortmann", "ßaß mit Frau Kortmann"),
    ],
)
def test_restore(text: str, expected: str) -> None:
    assert SMALL.restore(text) == expected


KNOWN_FIRST_NAMES = {word_hash("anna"), word_hash("will"), word_hash("ernst")}


def listed_person_names(hashes: NDArray[numpy.uint64]) -> NDArray[numpy.bool_]:
    """A stand-in for the model's first names and (non-noun) surnames."""
    return numpy.array([int(h) in KNOWN_SURNAMES | KNOWN_FIRST_NAMES for h in hashes], dtype=bool)


NAMES = Truecaser(
    CasingTable.from_words(
        capitalised=["frau", "antrag", "klaus", "meier", "ernst"],
        lowercase=["von", "mit", "hab", "will"],
        also_lowercase=["ernst"],
    ),
    listed_surnames,
    listed_person_names,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a normally written line only a lower-case name gets its capital
        ("Frau kortmann hat den Antrag gestellt.", "Frau Kortmann hat den Antrag gestellt."),
        ("Ich habe mit anna kortmann gesprochen.", "Ich habe mit Anna Kortmann gesprochen."),
        # a listed name that the table knows as a lower-case word stays ("er will"), and one that edited
        # text also writes in lower case now and then ("Ernst" / "sehr ernst")
        ("Sie will mit Herrn Meier sprechen.", "Sie will mit Herrn Meier sprechen."),
        ("Wir nehmen das sehr ernst.", "Wir nehmen das sehr ernst."),
        # e-mail and web addresses and hyphenated words stay as written
        ("Mail an anna.kortmann@example.org bitte", "Mail an anna.kortmann@example.org bitte"),
        ("Siehe www.kortmann.de und Haus-kortmann", "Siehe www.kortmann.de und Haus-kortmann"),
        ("Der Ra’kortmann und d'anna", "Der Ra’kortmann und d'anna"),
        # formulas and abbreviations are no names: "max." before a number or a lower-case word
        (
            "Druck P(tief)anna, bis anna. 30 Grad oder anna. zehn",
            "Druck P(tief)anna, bis anna. 30 Grad oder anna. zehn",
        ),
        ("Ich habe mit anna kortmann. Danach", "Ich habe mit Anna Kortmann. Danach"),
        # names already written with a capital and unknown words are left alone
        ("Anna Kortmann und der antrag", "Anna Kortmann und der antrag"),
        # lower-case lines still take the whole-line path (the casing table capitalises "frau")
        ("hab mit frau kortmann gesprochen", "Hab mit Frau Kortmann gesprochen"),
    ],
)
def test_restore_names_in_normal_lines(text: str, expected: str) -> None:
    assert NAMES.restore(text) == expected


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200))
@example("µ a")  # the micro sign's capital is the Greek Mu, which lower-cases to another letter
def test_restoring_names_never_changes_the_length(text: str) -> None:
    restored = NAMES.restore(text)
    assert len(restored) == len(text)
    assert restored.lower() == text.lower() or all(
        new == old or new.lower() == old.lower() for new, old in zip(restored, text, strict=True)
    )


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200))
def test_restore_changes_only_the_case_and_never_the_length(text: str) -> None:
    restored = SMALL.restore(text)
    assert len(restored) == len(text)
    for original, new in zip(text, restored, strict=True):
        assert new == original or new.lower() == original.lower() or new == original.lower()


def test_table_survives_saving(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = CasingTable.from_words(["frau", "ernst"], ["mit"], ["ernst"])
    table.save(tmp_path / CASING_FILE)
    loaded = CasingTable.load(tmp_path / CASING_FILE)
    assert loaded is not None
    assert list(loaded.capitalised) == list(table.capitalised) and list(loaded.lowercase) == list(table.lowercase)
    assert list(loaded.also_lowercase) == [word_hash("ernst")]


def test_table_without_its_third_array_still_loads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Model package 2.1.0's table has two arrays; it loads with no word marked 'also in lower case'."""
    with (tmp_path / CASING_FILE).open("wb") as file:
        numpy.savez_compressed(
            file, capitalised=numpy.array([word_hash("frau")], dtype="uint64"), lowercase=numpy.zeros(0)
        )
    loaded = CasingTable.load(tmp_path / CASING_FILE)
    assert loaded is not None and len(loaded.capitalised) == 1 and len(loaded.also_lowercase) == 0
    assert CasingTable.load(tmp_path / "missing.npz") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hab mit frau kortmann gesprochen", "Hab mit Frau Kortmann gesprochen"),
        ("fatma kommt auch zum termin", "Fatma kommt auch zum Termin"),
        ("BITTE RÜCKRUF AN HERRN BRÜGGEMANN", "Bitte Rückruf an Herrn Brüggemann"),
        ("der bescheid ist gestern rausgegangen", "Der Bescheid ist gestern rausgegangen"),
    ],
)
def test_bundled_truecaser(nlp: Language, text: str, expected: str) -> None:
    truecaser = model_truecaser(nlp, model_dir() / CASING_FILE)
    assert truecaser is not None
    assert truecaser.restore(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hab heute mit frau kortmann gesprochen, sie ruft morgen zurück", "kortmann"),
        ("RÜCKRUF BEI HERRN DETLEF BRÜGGEMANN ERBETEN", "DETLEF BRÜGGEMANN"),
    ],
)
def test_model_finds_names_in_lower_case_and_shouted_lines(ner: NerRecognizer, text: str, name: str) -> None:
    found = [f.text for f in ner.analyze(text)]
    assert any(name in piece for piece in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name typed in lower case in a normal line gets its capital
        (
            "Ich habe mit anna nowak über den Bescheid gesprochen.",
            "Ich habe mit Anna Nowak über den Bescheid gesprochen.",
        ),
        # everyday words that are also first names stay: edited German writes them in lower case too
        ("Wir nehmen Ihre Beschwerde sehr ernst.", "Wir nehmen Ihre Beschwerde sehr ernst."),
        ("Können Sie mal nachsehen, ob es los geht?", "Können Sie mal nachsehen, ob es los geht?"),
        (
            "Die Temperatur (min., max.) steigt auf max. 30 Grad.",
            "Die Temperatur (min., max.) steigt auf max. 30 Grad.",
        ),
    ],
)
def test_bundled_truecaser_restores_names_in_normal_lines(nlp: Language, text: str, expected: str) -> None:
    truecaser = model_truecaser(nlp, model_dir() / CASING_FILE)
    assert truecaser is not None
    assert truecaser.restore(text) == expected
