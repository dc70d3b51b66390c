"""Reading a person mention ("Frau Dr. Sabine Kortmann", "S. Kortmann", "Kortmanns") into its parts.

Masking must give "Sabine Kortmann", "Frau Kortmann" and "Kortmanns" one placeholder, and surrogates
must keep the shape of each mention ("Frau Vogt", "P. Vogt"). Both need the same small parse: the
salutation and titles in front, the first names or initials, the surname, and a genitive "s".

It lives with person detection, not with masking, because it reads a name with the same vocabulary as
the person rules (titles, particles, salutations in ``resources/data/persons/vocabulary.toml``): what
counts as a title when a name is found must count as one when it is split. Masking sits above detection
and imports it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anonymizer.detection.persons.lexicon import spelling_key
from anonymizer.detection.persons.vocabulary import PARTICLES, SALUTATION_GENDERS, TITLES, WRITTEN_OUT_TITLES

_TITLE_PARTS = re.compile(r"[.\-]")


def is_title(word: str) -> bool:
    """An academic or professional title, as person detection knows them ("Dr.", "Dipl.-Ing.",
    "Prof. Dr. h.c.", "Doktor"): kept as written, it says nothing about identity."""
    folded = word.casefold()
    if folded in WRITTEN_OUT_TITLES or folded == "h.c.":
        return True
    parts = [part for part in _TITLE_PARTS.split(folded) if part]
    return "." in folded and bool(parts) and all(part in TITLES for part in parts)


_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")

#: A salutation (with titles) right before a position: used to read the context of a mention.
SALUTATION_BEFORE = re.compile(
    r"(?:\b(?:Frau|Herrn?|Fr\.|Hr\.|Familie|Eheleute)|\b(?:Dr|Prof)\.)(?:\s+(?:Dr\.|Prof\.))*\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PersonName:
    """The parts of one person mention.

    ``prefix`` is the salutation/title words as written (kept verbatim by surrogates), ``given`` the
    first names (or initials such as "S.") as written, ``surname`` the family name without a
    genitive "s", and ``suffix`` that genitive ending ("s", "'", "’s") when there was one.
    """

    prefix: tuple[str, ...]
    given: tuple[str, ...]
    surname: str
    suffix: str = ""
    gender: str | None = None

    @property
    def first(self) -> str | None:
        """The first full given name, or None when only initials or nothing was written."""
        for name in self.given:
            if not _INITIAL.match(name):
                return name
        return None

    @property
    def initial(self) -> str | None:
        return self.given[0][0].upper() if self.given else None

    def stem(self) -> str:
        """The mention without its genitive ending, as written."""
        return " ".join((*self.prefix, *self.given, self.surname))


_LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\r?\n\s*(?=\w)")


def _join_broken_word(match: re.Match[str]) -> str:
    following = match.string[match.end()]
    return "-" if following.isupper() else ""


def parse_person(text: str, known_surnames: frozenset[str] = frozenset()) -> PersonName | None:
    """Split a person mention into parts; None when nothing name-like is left (e.g. only "Frau").

    A trailing "s" is read as genitive only when the surname without it is known from elsewhere in
    the session ("Kortmanns" next to "Kortmann"), so surnames such as "Hans" or "Jacobs" stay whole.
    ``known_surnames`` holds :func:`spelling_key` forms, as the session files its surnames by them
    ("Krögers" next to "Kröger" or "Kroeger").
    A name broken by a hyphenated line end is read whole: "Ma-⏎rianne" as "Marianne", "Müller-⏎Lüdenscheidt"
    (a capital after the break: the hyphen is the name's) as "Müller-Lüdenscheidt".
    """
    words = _LINE_BREAK_HYPHEN.sub(_join_broken_word, text).split()
    if "," in text and len(words) >= 2 and words[0].endswith(","):
        # "Kortmann, Sabine" as in lists and forms
        words = [*words[1:], words[0].rstrip(",")]
    prefix: list[str] = []
    gender: str | None = None
    while words and (words[0].casefold() in SALUTATION_GENDERS or is_title(words[0])):
        word = words.pop(0)
        gender = SALUTATION_GENDERS.get(word.casefold(), gender)
        prefix.append(word)
    if not words:
        return None
    surname_words = [words.pop()]
    while words and words[-1] in PARTICLES:
        surname_words.insert(0, words.pop())
    surname = " ".join(surname_words)
    suffix = ""
    for ending in ("’s", "'s", "s", "'", "’"):
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            base = surname[: -len(ending)]
            if spelling_key(base) in known_surnames or ending in ("'", "’"):
                surname, suffix = base, ending
                break
    return PersonName(tuple(prefix), tuple(words), surname, suffix, gender)
