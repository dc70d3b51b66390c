"""Restore by mention: which original a placeholder or surrogate stood for *at this place*.

One entity is written in many ways — "Frau Lindner", "Petra Lindner", "Lindner Immobilien",
"Sommer, Gerd" — and a placeholder says only *who*, not *how*. So masking remembers every
occurrence: the exact text it replaced and the text around it, with every placeholder and
surrogate of the masked text written as one character of its own (the *skeleton*: a chatbot that
writes "PERSON 1" for "[PERSON_1]" next door does not change the context, and two form letters that
differ only in their values still differ). Restoring looks for the occurrence whose surroundings fit
the answer best, and where several fit alike takes the one masked next after the occurrence restored
last; an answer that repeats the masked texts (or a part of them) then gets back exactly what was
there. Where the chatbot wrote something new, no occurrence fits and the caller picks the form that
suits the new context.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

#: Characters of context kept on each side of an occurrence (after whitespace runs became one space).
CONTEXT = 32
#: How much context must agree before an occurrence counts as "this very place".
MIN_FIT = 8
#: Stands for a placeholder or surrogate in a skeleton where nothing says which (never in real text: NUL).
MARK = "\x00"
#: Each placeholder label and surrogate stands for itself in a skeleton, as one character of the
#: supplementary private use area: two form letters that differ only in their values then still
#: differ in their contexts ("… die IBAN [IBAN_2]. **Wichtig:** [PERSON_9]s Antrag …").
_MARKS_FROM, _MARK_COUNT = 0xF0000, 0xFFFD
_MARK_CHARACTERS = re.compile(f"[\x00{chr(_MARKS_FROM)}-{chr(_MARKS_FROM + _MARK_COUNT)}]")
_SPACES = re.compile(r"\s+")
_GENITIVE_END = re.compile(r"(?:['’]?s|['’])$")


def mark_for(key: str) -> str:
    """The character that stands for a placeholder label or a surrogate in a skeleton."""
    return chr(_MARKS_FROM + zlib.crc32(key.encode("utf-8")) % _MARK_COUNT)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence: ``original`` was replaced by ``surface`` + ``suffix`` (a genitive ending
    written after the placeholder or surrogate, "[PERSON_1]s"), between ``left`` and ``right``."""

    original: str
    surface: str
    suffix: str
    left: str
    right: str
    seq: int = field(default=0, compare=False)  # when it was masked: ties go to the next in this order

    @property
    def stem(self) -> str:
        """The original without its genitive ending (which may differ from the surrogate's: "Lutz'", "Vogts")."""
        return _GENITIVE_END.sub("", self.original) if self.suffix else self.original

    def to_json(self) -> list[str | int]:
        return [self.original, self.surface, self.suffix, self.left, self.right, self.seq]

    @classmethod
    def from_json(cls, data: Sequence[str | int]) -> Mention:
        original, surface, suffix, left, right = (str(item) for item in data[:5])
        return cls(original, surface, suffix, left, right, int(data[5]) if len(data) > 5 else 0)


#: Brackets and Markdown escapes right next to a *neighbouring* placeholder are left out of a context:
#: a chatbot that drops or changes them ("[IBAN_1" for "[IBAN_1]", "(PHONE_1)") must not change the
#: context of the placeholders around it. Next to the placeholder itself they stay: they decide
#: whether "(BOR-K 12)" keeps its brackets.
_BRACKETS = "[](){}<>\\"


def contexts(text: str, spans: Sequence[tuple[int, int]], marks: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """(left, right) skeleton context of each span of ``text`` (spans sorted, not overlapping); each
    span stands in the skeleton as its character of ``marks`` (:func:`mark_for`), else as :data:`MARK`."""
    if _MARK_CHARACTERS.search(text):  # such a character of the text itself would read as a mark
        text = _MARK_CHARACTERS.sub(" ", text)
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    last = len(pieces) - 1

    collapsed = [_SPACES.sub(" ", piece) for piece in pieces]  # stripping brackets first would give the same
    # piece i lies between mark i - 1 and mark i; seen from mark i, only its far end touches a neighbour
    lead = [piece.lstrip(_BRACKETS) if i else piece for i, piece in enumerate(collapsed)]
    trail = [piece.rstrip(_BRACKETS) if i < last else piece for i, piece in enumerate(collapsed)]
    both = [piece.rstrip(_BRACKETS) if i < last else piece for i, piece in enumerate(lead)]
    tokens = list(marks) if marks is not None else [MARK] * len(spans)
    joined = "".join(piece + (tokens[i] if i < last else "") for i, piece in enumerate(both))
    starts: list[int] = []
    offset = 0
    for piece in both:
        starts.append(offset)
        offset += len(piece) + 1
    found: list[tuple[str, str]] = []
    for mark in range(last):  # mark i stands between pieces i and i + 1
        before = joined[max(0, starts[mark] - CONTEXT) : starts[mark]] + lead[mark]
        after_start = starts[mark + 1] + len(both[mark + 1])
        after = trail[mark + 1] + joined[after_start : after_start + CONTEXT]
        found.append((before[-CONTEXT:], after[:CONTEXT]))
    return found


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of ``a`` and ``b`` (a binary search over slices: fast in CPython)."""
    low, high = 0, min(len(a), len(b))
    if a[:high] == b[:high]:
        return high
    while low < high:  # a[:low] == b[:low] and a[:high] != b[:high]
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    """Length of the common end of ``a`` and ``b``."""
    low, high = 0, min(len(a), len(b))
    if a[len(a) - high :] == b[len(b) - high :]:
        return high
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def fit(mention: Mention, left: str, right: str) -> int:
    """How well an occurrence fits a place: below :data:`MIN_FIT` when its context does not tell
    (too little agrees), else ``MIN_FIT`` plus the characters that agree plus a full context for
    each side that agrees completely — also where the occurrence's side stopped at the start or
    end of its text, as an answer may join several texts."""
    same_left = _common_suffix(mention.left, left)
    same_right = _common_prefix(mention.right, right)
    agreed = same_left + same_right
    if agreed < MIN_FIT and (mention.left != left or mention.right != right):
        return agreed
    complete = (same_left == len(mention.left)) + (same_right == len(mention.right))
    return MIN_FIT + agreed + CONTEXT * complete


#: Extra weight for the occurrence that follows the one taken last: an answer that repeats the masked
#: texts meets their occurrences in order, which decides where the contexts alone cannot (a text of
#: repeated sentences).
ORDER_BONUS = CONTEXT


def best_mention(
    candidates: Sequence[Mention], left: str, right: str, previous: int = -1
) -> tuple[Mention | None, int]:
    """The candidate that fits best, and its :func:`fit` (at least :data:`MIN_FIT` when it fits).

    The candidate masked next after ``previous`` (a :attr:`Mention.seq`) gets :data:`ORDER_BONUS`
    when it fits; remaining ties go to the earliest masked."""
    if not candidates:
        return None, 0
    ordered = sorted(candidates, key=lambda mention: mention.seq)
    following = next((mention for mention in ordered if mention.seq > previous), ordered[0])
    best: Mention | None = None
    best_rank = best_fit = -1
    for mention in ordered:
        score = fit(mention, left, right)
        rank = score + (ORDER_BONUS if mention is following and score >= MIN_FIT else 0)
        if rank > best_rank:
            best, best_rank, best_fit = mention, rank, score
    return best, best_fit


def neighbour_words(left: str, right: str) -> tuple[str, str]:
    """The word right before and right after a place (casefolded; "" where there is none)."""
    before = re.findall(r"\w+", left)
    after = re.findall(r"\w+", right)
    return (before[-1].casefold() if before else "", after[0].casefold() if after else "")
