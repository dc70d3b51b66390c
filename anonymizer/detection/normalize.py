"""A normalised working copy of a text that remembers where every character came from.

Recognizers match on clean text (NFC, plain spaces, no soft hyphens or zero-width characters,
words re-joined across hyphenated line breaks); clerks see the text as they pasted it. Every
span found on the working copy is mapped back to code-point offsets of the original here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

#: Characters that are invisible or only hint at a possible break: dropped from the working copy.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
#: Space characters that are written as a plain space in the working copy.
SPACES = frozenset("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000")
#: Dash characters that read like a hyphen-minus inside numbers and names.
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2212")
_SPECIAL = INVISIBLE | SPACES | DASHES
#: A hyphen before a line break: the only place where a plain "-" can change the working copy.
_HYPHEN_BEFORE_BREAK = re.compile(r"-[ \t]*\r?\n")
#: Half of a UTF-16 pair on its own (a broken PDF ToUnicode map yields them): not encodable as UTF-8,
#: so the model's tokenizer, the JSON output and every file writer would fail on it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


def surrogate_safe(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD — same length, so offsets stay valid."""
    if text.isascii() or _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub(REPLACEMENT_CHARACTER, text)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The working copy plus, for each of its characters, the original span it stands for.

    When nothing changed, ``starts`` and ``ends`` are ranges: two tuples of ints cost about 70 bytes
    per character, 1.4 GB for a 20 MB text (issue 21), a range costs nothing.
    """

    original: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the working copy to the span of the original text that covers it."""
        if start >= end:
            raise ValueError("empty span")
        return self.starts[start], self.ends[end - 1]

    @property
    def is_identity(self) -> bool:
        return self.text is self.original or self.text == self.original


def _is_hyphen_break(text: str, index: int) -> int:
    """Length of a hyphenated line break ("Kort-\\nmann") starting at ``index``, or 0.

    Only a hyphen between a letter and a line break followed by a lower-case letter counts, so
    that "Schulze-\\nPellengahr" (a double name) and list dashes keep their hyphen.
    """
    if text[index] not in "-\u00ad" or index == 0 or not text[index - 1].isalpha():
        return 0
    pos = index + 1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos < len(text) and text[pos] == "\r":
        pos += 1
    if pos >= len(text) or text[pos] != "\n":
        return 0
    pos += 1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos < len(text) and text[pos].islower():
        return pos - index
    return 0


def _needs_no_change(text: str) -> bool:
    """True for the usual pasted letter: NFC already, no special space, dash, invisible or
    combining character and no hyphenated line break.  Checked with C-speed set and regex
    operations, so a long document skips the character-by-character loop."""
    if text.isascii():
        return _HYPHEN_BEFORE_BREAK.search(text) is None
    characters = set(text)
    return (
        not characters & _SPECIAL
        and not any("\ud800" <= char <= "\udfff" for char in characters)
        and not any(unicodedata.combining(char) for char in characters)
        and unicodedata.is_normalized("NFC", text)
        and _HYPHEN_BEFORE_BREAK.search(text) is None
    )


def normalize(text: str) -> NormalizedText:
    """Build the working copy of ``text``; cheap when the text needs no change."""
    if _needs_no_change(text):
        return _identity(text)
    return build_working_copy(text)


def _identity(text: str) -> NormalizedText:
    return NormalizedText(text, text, range(len(text)), range(1, len(text) + 1))


def build_working_copy(text: str) -> NormalizedText:
    """The working copy, character by character (what :func:`normalize` does when it must)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        skip = _is_hyphen_break(text, index) if char in "-\u00ad" else 0
        if skip:
            index += skip
            continue
        if char in INVISIBLE:
            index += 1
            continue
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        if char in SPACES:
            piece = " "
        elif "\ud800" <= char <= "\udfff":
            piece = REPLACEMENT_CHARACTER
        elif char in DASHES:
            piece = "-"
        elif end > index + 1 or not char.isascii():
            piece = unicodedata.normalize("NFC", text[index:end])
        else:
            piece = char
        for out in piece:
            chars.append(out)
            starts.append(index)
            ends.append(end)
        index = end
    working = "".join(chars)
    if working == text and starts == list(range(len(text))) and ends == list(range(1, len(text) + 1)):
        return _identity(text)
    return NormalizedText(text, working, tuple(starts), tuple(ends))
