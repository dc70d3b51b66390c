"""A tiny word tokenizer with offsets, and the position tests the person rules share.

Why not the spaCy tokenizer: the rules must also run when the model is not loaded (tests,
``with_model=False``), and they only need words, line breaks and punctuation with offsets.
The closed word classes (salutations, titles, particles …) are data, loaded by
:mod:`anonymizer.detection.persons.vocabulary`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anonymizer.detection.persons.lexicon import fold
from anonymizer.detection.persons.vocabulary import (
    INITIAL_ABBREVIATIONS,
    NAME_END_WORDS,
    RANKS,
)

#: A letter followed by letters or combining marks: lower-cased Turkish "İ" is "i" + U+0307, and
#: decomposed accents must not split a name ("i̇lknur", "Ayşe" typed as "s" + cedilla).
WORD = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*"
_TOKEN = re.compile(rf"{WORD}(?:['’]{WORD})*(?:-{WORD})*|\n|\d+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    #: Lower-cased for lookups ("İlknur" -> "ilknur", see ``lexicon.fold``); computed once, since the
    #: rules look a token up a dozen times.
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter (a name candidate in normal German text)."""
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    low = text.replace("İ", "I").lower()  # "İ" lower-cases to two characters; ``fold`` reads it as "i"
    if len(low) != len(text):
        return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]
    if "\u0307" in low:  # a typed combining dot ("i̇lknur"): fold the tokens that hold one
        return [
            Token(s, e, m.group(), fold(m.group()) if "\u0307" in low[s:e] else low[s:e])
            for m in _TOKEN.finditer(text)
            for s, e in (m.span(),)
        ]
    return [Token(m.start(), m.end(), m.group(), low[m.start() : m.end()]) for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    return [word for word in _TOKEN.findall(text) if word[0].isalpha()]


# ------------------------------------------------------------------------------------------- positions
def same_line(tokens: list[Token], i: int, j: int) -> bool:
    """No line break among ``tokens[i]`` … ``tokens[j]``."""
    return all(tokens[k].text != "\n" for k in range(i, min(j + 1, len(tokens))))


def close(tokens: list[Token], i: int, k: int) -> bool:
    """Tokens ``i`` to ``k`` stand on one line with at most two blanks between neighbours (not in two
    table cells: "Chefarzt⇥⇥Oberärztin")."""
    return all(
        tokens[m + 1].start - tokens[m].end <= 2 and tokens[m].text != "\n" for m in range(i, min(k, len(tokens) - 1))
    )


def starts_line(tokens: list[Token], i: int) -> bool:
    """Only a list bullet ("-", "*", "•", "1.") stands between the line start and ``tokens[i]``."""
    k = i - 1
    while k >= 0 and tokens[k].text in {"-", "*", "•", ".", ")"} | (
        {tokens[k].text} if tokens[k].text.isdigit() else set()
    ):
        k -= 1
    return k < 0 or tokens[k].text == "\n"


def followed_by_number(tokens: list[Token], end: int) -> bool:
    """A house number after the words means a street ("Am Bach 2"), not a person."""
    return end < len(tokens) and tokens[end].text.isdigit() and len(tokens[end].text) <= 4


def ends_phrase(tokens: list[Token], k: int) -> bool:
    """No lower-case word follows at ``k`` ("Burkhard zur Hausen⏎", but "Elena zur Welt kam")."""
    return k >= len(tokens) or not (tokens[k].is_word and tokens[k].text.islower())


def is_initial(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is an initial: one capital letter (or "Ch", "Th" …) with a dot right after it."""
    if i + 1 >= len(tokens) or tokens[i + 1].text != "." or tokens[i + 1].start != tokens[i].end:
        return False
    word = tokens[i].text
    if i >= 2 and tokens[i - 1].text == "." and len(tokens[i - 2].text) <= 2 and tokens[i - 2].text.islower():
        return False  # "z.B.", "z. B.", "u. A.": an abbreviation, not an initial
    return (len(word) == 1 and word.isupper()) or word in INITIAL_ABBREVIATIONS


def skip_initials(tokens: list[Token], i: int) -> int:
    """Index after the initials starting at ``i`` ("H.-J.", "A. B.")."""
    while is_initial(tokens, i):
        i += 2
        if i + 1 < len(tokens) and tokens[i].text == "-" and is_initial(tokens, i + 1):
            i += 1
    return i


def closes_name(tokens: list[Token], k: int) -> bool:
    """Nothing that continues a sentence follows position ``k``: a trailing initial ends the name
    ("Kemperdick K. MBA", "Osterfeld O. Dr.")."""
    if k >= len(tokens):
        return True
    token = tokens[k]
    return token.text in {"\n", ",", ";", ")", "/", "|", "(", "\t"} or token.lower in NAME_END_WORDS


#: Every written form of the ranks, female forms included.
_RANK_FORMS = RANKS | {rank + suffix for rank in RANKS if rank.isupper() for suffix in ("'in", "’in", "in", "In")}


def is_rank(word: str) -> bool:
    """A service rank or job abbreviation, also in its female form ("KOK'in", "POKin", "RAin")."""
    return word in _RANK_FORMS
