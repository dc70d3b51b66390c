"""Puts the capital letters back into all-lower-case or all-capitals lines before the NER model reads them.

Why: in German every noun and every name starts with a capital letter, and the model learnt names
from edited text, where that capital is strong evidence.  Chat-style notes ("hab mit fatma yilmaz
gesprochen") or shouted lines ("ANTRAG VON KLAUS MEIER") lack it.  The model also learnt from a few
lower- and upper-cased copies of its sentences, but more of them cost accuracy on normal text
(docs/ner-model.md); restoring the case first lifts shouted text most (GermEval test upper-cased: PER
F1 0.650 -> 0.715) and leaves normal text alone.  Only the model's copy of the text changes, never its
length, so every offset the model reports still points into the user's text.

A word is capitalised when a casing table built from 20 M words of edited German
(``training/ner/truecase.py``: federal law, the GermEval train text, old newspapers) has seen it
capitalised more often than not; words the table has not seen at least twice are capitalised when
the model's own word lists know them as a noun, first name, surname or place.  The first word of a
line or sentence is capitalised, as in the text the model learnt from.

In a line written normally, only a name typed in lower case gets its capital ("Ich habe mit anna
nowak gesprochen"): a lower-case word that the word lists know as a first name, or as a surname but
not as a common noun, and that the edited text never (or once) writes in lower case ("will", "ernst",
"mal" stay).  Model 2.1 learnt from no plain lower-case copies, so without this it reads such a name
as an ordinary word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy
from numpy.typing import NDArray

from anonymizer.detection.ner import sorted_keys

if TYPE_CHECKING:
    from spacy.language import Language

#: File in the model directory that holds the casing table (two sorted arrays of word hashes).
CASING_FILE = "truecase.npz"
#: A line is all-lower-case when at most this share of its words starts with a capital letter.
LOWER_SHARE = 0.1
#: A line is shouted when at least this share of its words is written in capitals.
CAPS_SHARE = 0.6
#: Lines with fewer words are left alone: "ok", "ABC" say nothing about the writer's habits.
MIN_WORDS = 2

_TOKEN = re.compile(r"\S+")
_WORD_START = re.compile(r"(?<![^\W_])[^\W\d_]")
_LETTER_RUN = re.compile(r"(?<![^\W_])[^\W\d_]{2,}(?![^\W_])")
#: A word of two or more letters that is not part of an e-mail or web address, a hyphenated word, a
#: word with an apostrophe ("Ra’zac"), a formula ("P(tief)max") or an abbreviation ("max. 30 Grad").
_PLAIN_WORD = re.compile(r"(?<![\w@./'’)-])[^\W\d_]{2,}(?![\w@/'’-])(?!\.\w)(?!\.\s*[^\W_A-ZÄÖÜ])")
#: Punctuation around a word ("(Kortmann)," „Antrag“); what is left must be letters and hyphens.
_AROUND = "\"'()[]{}<>„“”‚‘’«»›‹,;.!?:…–—*"
_SENTENCE_END = frozenset(".!?:")


@dataclass(frozen=True)
class _Word:
    start: int
    text: str
    sentence_start: bool


def _words(line: str) -> list[_Word]:
    """The plain words of ``line``; e-mail addresses, web addresses, numbers and codes are not words
    here ("max.mustermann@example.org" stays as written), the parts of "müller-lüdenscheid" are."""
    words: list[_Word] = []
    sentence_start = True
    for token in _TOKEN.finditer(line):
        text = token.group()
        core = text.strip(_AROUND)
        parts = core.split("-")
        if not core:  # a dash, a quotation mark, a full stop on its own
            sentence_start = sentence_start or any(char in _SENTENCE_END for char in text)
            continue
        if all(part.isalpha() for part in parts):
            position = token.start() + text.index(core)
            for index, part in enumerate(parts):
                words.append(_Word(position, part, sentence_start and index == 0))
                position += len(part) + 1
        sentence_start = text.rstrip("\"'“”»«)’")[-1:] in _SENTENCE_END
    return words


#: Per word hash: do the model's word lists know the word as a noun or a name (written with a capital)?
WordListLookup = Callable[[NDArray[Any]], NDArray[Any]]


@functools.cache
def _hash_string() -> Callable[[str], int]:
    """spaCy's string hash, imported on first use (this module does not import spaCy itself) and then
    kept: the truecaser hashes every lower-case word of every line."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # Cython function, no stub

    return cast(Callable[[str], int], hash_string)


def word_hash(word: str) -> int:
    """The hash spaCy gives the string (the key of the model's word lists)."""
    return int(_hash_string()(word))


def word_hashes(words: Sequence[str]) -> NDArray[Any]:
    """The hashes of ``words`` as one uint64 array, for a lookup of all of them at once."""
    hash_string = _hash_string()
    return numpy.fromiter((hash_string(w) for w in words), dtype="uint64", count=len(words))


@dataclass(frozen=True)
class CasingTable:
    """Lower-cased words whose usual form is capitalised, those whose usual form is lower-case, and the
    capitalised ones that edited text also writes in lower case now and then ("Ernst"/"ernst",
    "Mal"/"mal"): such a word in lower case is an ordinary word, not a name someone typed in a hurry."""

    capitalised: NDArray[Any]
    lowercase: NDArray[Any]
    also_lowercase: NDArray[Any] = field(default_factory=lambda: numpy.zeros(0, dtype="uint64"))

    @classmethod
    def from_words(
        cls, capitalised: list[str], lowercase: list[str], also_lowercase: list[str] | None = None
    ) -> CasingTable:
        def hashes(words: list[str]) -> NDArray[Any]:
            return numpy.unique(word_hashes(words))

        return cls(hashes(capitalised), hashes(lowercase), hashes(also_lowercase or []))

    @classmethod
    def load(cls, path: Path) -> CasingTable | None:
        """The table at ``path``; None when the model ships none (then lines stay as they are)."""
        if not path.is_file():
            return None
        with numpy.load(path) as arrays:
            also = arrays["also_lowercase"] if "also_lowercase" in arrays.files else numpy.zeros(0)
            return cls(
                arrays["capitalised"].astype("uint64"), arrays["lowercase"].astype("uint64"), also.astype("uint64")
            )

    def save(self, path: Path) -> None:
        with path.open("wb") as file:
            numpy.savez_compressed(
                file, capitalised=self.capitalised, lowercase=self.lowercase, also_lowercase=self.also_lowercase
            )


def _needs_restoring(line: str) -> bool:
    """Is ``line`` written all in lower case or all in capitals?  Decided with C-speed regular
    expressions on the first letters of its words, because every line of every text asks."""
    starts = "".join(_WORD_START.findall(line))
    if len(starts) < MIN_WORDS:
        return False
    capitals = sum(map(str.isupper, starts))
    if capitals <= LOWER_SHARE * len(starts):
        return True
    if capitals < CAPS_SHARE * len(starts):  # a shouted word starts with a capital, too
        return False
    return sum(map(str.isupper, _LETTER_RUN.findall(line))) >= CAPS_SHARE * len(starts)


def _capitalise(word: str) -> str:
    """``word`` with a capital first letter, only where that keeps its length ("ß" stays) and is the same
    letter again in lower case (the micro sign "µ" stays: its capital is the Greek "Μ", whose lower case is "μ")."""
    first = word[0].upper()
    return first + word[1:] if len(first) == 1 and first.lower() == word[0].lower() else word


def _lower(word: str) -> str:
    """``word`` in lower case, letter by letter where one letter would become two ("İ")."""
    lowered = word.lower()
    if len(lowered) == len(word):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


class Truecaser:
    """Restores the case of all-lower-case and all-capitals lines, and of lower-case names in other lines."""

    def __init__(
        self, table: CasingTable, listed_word: WordListLookup | None = None, person_name: WordListLookup | None = None
    ) -> None:
        self.table = table
        self.listed_word = listed_word
        self.person_name = person_name

    def restore(self, text: str) -> str:
        """``text`` with restored capitals in its lower-case and shouted lines; same length as ``text``."""
        lines = text.split("\n")
        restored = [self._restore_line(line) for line in lines]
        return "\n".join(restored)

    def _restore_line(self, line: str) -> str:
        if not _needs_restoring(line):
            return self._restore_names(line)
        words = _words(line)
        lowered = [_lower(word.text) for word in words]
        capitalise = self._capitalised(lowered)
        chars = list(line)
        for word, lower, capital in zip(words, lowered, capitalise, strict=True):
            new = _capitalise(lower) if capital or word.sentence_start else lower
            if len(new) == len(word.text):
                chars[word.start : word.start + len(new)] = new
        return "".join(chars)

    def _restore_names(self, line: str) -> str:
        """``line`` with a capital for each lower-case first name or surname that the casing table
        does not know as a word written in lower case."""
        if self.person_name is None:
            return line
        candidates = [match for match in _PLAIN_WORD.finditer(line) if match.group().islower()]
        if not candidates:
            return line
        hashes = word_hashes([match.group() for match in candidates])
        _, lowercase = sorted_keys.find(self.table.lowercase, hashes)
        _, also_lowercase = sorted_keys.find(self.table.also_lowercase, hashes)
        names = self.person_name(hashes) & ~lowercase & ~also_lowercase
        if not names.any():
            return line
        chars = list(line)
        for match, name in zip(candidates, names, strict=True):
            new = _capitalise(match.group())
            if name and len(new) == len(match.group()):
                chars[match.start() : match.end()] = new
        return "".join(chars)

    def _capitalised(self, words: list[str]) -> list[bool]:
        """Per lower-cased word: is its usual form capitalised?"""
        hashes = word_hashes(words)
        _, capitalised = sorted_keys.find(self.table.capitalised, hashes)
        _, lowercase = sorted_keys.find(self.table.lowercase, hashes)
        if self.listed_word is not None:
            capitalised |= ~(capitalised | lowercase) & self.listed_word(hashes)
        single_letters = numpy.fromiter((len(w) < 2 for w in words), dtype=bool, count=len(words))
        return list(capitalised & ~single_letters)


def person_names_only(codes: NDArray[Any]) -> NDArray[Any]:
    """Per word-list code: a first name, or a surname that is not also a common noun ("koch",
    "schulze" are left to the person rules, which look at the context)."""
    from anonymizer.detection.ner.lexicon_features import COMMON_NOUN, FIRST_NAME, SURNAME

    first_name: NDArray[Any] = (codes & FIRST_NAME) != 0
    plain_surname: NDArray[Any] = ((codes & SURNAME) != 0) & ((codes & COMMON_NOUN) == 0)
    either: NDArray[Any] = first_name | plain_surname
    return either


def model_truecaser(nlp: Language, table_path: Path) -> Truecaser | None:
    """A truecaser with the casing table at ``table_path`` (None where there is none) and the word
    lists of the loaded model ``nlp``, which it asks about words the table has not seen."""
    from anonymizer.detection.ner.lexicon_features import EXTRACTOR_NAME, lookup_codes

    table = CasingTable.load(table_path)
    if table is None:
        return None
    tok2vec: Any = nlp.get_pipe("tok2vec")
    extractor = next((node for node in tok2vec.model.walk() if node.name == EXTRACTOR_NAME), None)
    if extractor is None:
        return Truecaser(table)
    return word_list_truecaser(table, lambda hashes: lookup_codes(extractor, hashes))


def word_list_truecaser(table: CasingTable, codes_of: Callable[[NDArray[Any]], NDArray[Any]]) -> Truecaser:
    """A truecaser that asks word lists (``codes_of``: word hashes -> lexicon codes) which words are
    nouns or names and which are person names: the app passes the loaded model's table, the training
    recipe the table it is about to train with, so both truecase alike."""
    from anonymizer.detection.ner.lexicon_features import NAME_BITS

    return Truecaser(
        table,
        lambda hashes: (codes_of(hashes) & NAME_BITS) != 0,
        lambda hashes: person_names_only(codes_of(hashes)),
    )
