"""Text of the input that restore would take for a placeholder or a surrogate.

A form letter may contain "[PERSON_1]" itself, and a later letter of a session may contain, as an
ordinary word, the surrogate an earlier one got. Restore must give both back as they were: literal
placeholders are escaped on masking (``⟦[PERSON_1]⟧``, which restore unescapes), and surrogate-like
words are remembered with their place (restore leaves them where their context fits).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Collection, Mapping, Sequence

from anonymizer.masking.answer_scan import (
    ESCAPE_CLOSE,
    ESCAPE_OPEN,
    FOLLOWING_GENITIVE,
    may_be_placeholder,
    placeholder_regex,
)

_WORD = re.compile(r"\w+")


def overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ``spans``."""
    index = bisect.bisect_right(spans, (start, sys.maxsize))
    return any(a < end and start < b for a, b in spans[max(0, index - 1) : index + 1])


def literal_placeholders(
    text: str, replaced: Sequence[tuple[int, int]], types: Collection[str]
) -> list[tuple[int, int]]:
    """Where ``text`` holds, outside the ``replaced`` spans (sorted), a text restore could read as a
    placeholder: "[PERSON_1]" of a form letter must not come back as a person."""
    ordered = tuple(types)
    return [
        match.span()
        for match in placeholder_regex(ordered).finditer(text)
        if may_be_placeholder(match, ordered) and not overlaps(replaced, *match.span())
    ]


def escaped(text: str, start: int, end: int, literals: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with each of the ``literals`` (sorted spans) in it written as ``⟦…⟧``."""
    first = bisect.bisect_left(literals, (start, -1))
    pieces: list[str] = []
    position = start
    for literal_start, literal_end in literals[first:]:
        if literal_start >= end:
            break
        pieces += (text[position:literal_start], ESCAPE_OPEN, text[literal_start:literal_end], ESCAPE_CLOSE)
        position = literal_end
    if not pieces:
        return text[start:end]
    pieces.append(text[position:end])
    return "".join(pieces)


def first_word(surface: str) -> str | None:
    """The word a surrogate surface is filed under for :func:`surrogate_words`."""
    match = _WORD.match(surface)
    return match.group() if match else None


def surrogate_words(
    masked: str, replaced: Sequence[tuple[int, int]], surfaces: Mapping[str, Sequence[str]]
) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each surrogate that stands in ``masked`` outside the ``replaced``
    spans, i.e. as an ordinary word of the original ("Hellwig" drawn for an earlier text, "Hellwig"
    written in this one). ``surfaces`` maps a first word to the surfaces starting with it, longest
    first — the longest one at a place wins, as in restore."""
    found: list[tuple[int, int, str]] = []
    position = 0
    for word in _WORD.finditer(masked):
        candidates = surfaces.get(word.group())
        if not candidates or word.start() < position or overlaps(replaced, word.start(), word.end()):
            continue
        for surface in candidates:
            pattern = r"\s+".join(re.escape(part) for part in surface.split())
            match = re.compile(pattern).match(masked, word.start())
            if match is None or overlaps(replaced, match.start(), match.end()):
                continue
            end = match.end()
            if genitive := FOLLOWING_GENITIVE.match(masked, end):
                end = genitive.end()
            found.append((word.start(), end, surface))
            position = end
            break
    return found
