"""The scrub pass: after the exact replacements, hunt every masked value down in every XML part.

Detection ran on the visible text; a value can also sit where no reader looks — a ``mailto:`` link
target, a field code, the fallback copy of a text box, a document property, a custom XML part, a
second mention detection did not flag. Every original value becomes a pattern that ignores case,
tolerates different or missing whitespace (and, for numbers, separators) and invisible characters,
and never matches inside a longer word. The same patterns then check the finished package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from lxml import etree

from anonymizer.documents.docx_reader import ATTRIBUTE, BREAK, TEXT, Segment, text_units

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INSIDE_WORD = f"[{_INVISIBLE}]*"
_BETWEEN_WORDS = f"[\\s\u00a0\u202f\u2007{_INVISIBLE}]*"
_BETWEEN_DIGITS = f"[\\s\u00a0\u202f\u2007{_INVISIBLE}./()\\-]*"
#: Values shorter than this (without spaces) are too short to hunt for without damaging other text.
MIN_SCRUB_LENGTH = 2


def value_pattern(value: str) -> str | None:
    """A regular expression that finds ``value`` and its spelling variants, or None if too short."""
    cleaned = "".join(ch for ch in value if ch not in _INVISIBLE)
    tokens = cleaned.split()
    compact = "".join(tokens)
    if len(compact) < MIN_SCRUB_LENGTH:
        return None
    if sum(ch.isdigit() for ch in compact) >= 3:
        characters = [ch for ch in compact if ch.isalnum()]
        body = _BETWEEN_DIGITS.join(re.escape(ch) for ch in characters)
    else:
        body = _BETWEEN_WORDS.join(_INSIDE_WORD.join(re.escape(ch) for ch in token) for token in tokens)
    return rf"(?<!\w){body}(?!\w)"


@dataclass
class Scrubber:
    """Finds and replaces a set of original values (each with its replacement) in any text."""

    pattern: re.Pattern[str] | None
    replacements: list[str]

    @classmethod
    def for_values(cls, pairs: Iterable[tuple[str, str]]) -> Scrubber:
        """Build from (original, replacement) pairs; longer originals win where they overlap."""
        chosen: dict[str, tuple[str, str]] = {}
        for original, replacement in pairs:
            pattern = value_pattern(original)
            if pattern is not None and original != replacement and pattern not in chosen:
                chosen[pattern] = (original, replacement)
        ordered = sorted(chosen.items(), key=lambda item: -len(item[1][0]))
        if not ordered:
            return cls(None, [])
        combined = "|".join(f"({pattern})" for pattern, _pair in ordered)
        return cls(re.compile(combined, re.IGNORECASE), [pair[1] for _pattern, pair in ordered])

    def replacement_for(self, match: re.Match[str]) -> str:
        index = match.lastindex
        return self.replacements[index - 1] if index else ""

    def matches(self, text: str) -> list[re.Match[str]]:
        if self.pattern is None or not text:
            return []
        return list(self.pattern.finditer(text))

    def sub(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(self.replacement_for, text)


def _set_segment(segment: Segment, value: str) -> None:
    segment.value = value
    element = segment.element
    if element is None:
        return
    if segment.kind == ATTRIBUTE:
        element.set(segment.attribute, value)
        return
    element.text = value
    if value != value.strip() and element.tag.endswith("}t"):
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def apply_edits(segments: Sequence[Segment], edits: Iterable[tuple[int, int, str]]) -> None:
    """Replace plain-text spans by new text inside the segments they cover.

    The replacement goes into the first text segment of the span (keeping that run's formatting);
    the rest of the span is cut out of the following segments, and tabs or line breaks inside the
    span are removed. Edits must not overlap; they are applied from the end so that offsets inside
    a segment stay valid.
    """
    starts = [segment.start for segment in segments]
    for start, end, replacement in sorted(edits, key=lambda edit: edit[0], reverse=True):
        index = max(0, _bisect_right(starts, start) - 1)
        placed = False
        while index < len(segments) and segments[index].start < end:
            segment = segments[index]
            index += 1
            if segment.end <= start:
                continue
            if segment.kind in (TEXT, ATTRIBUTE):
                cut_from = max(start - segment.start, 0)
                cut_to = min(end - segment.start, segment.length)
                inserted = "" if placed else replacement
                _set_segment(segment, segment.value[:cut_from] + inserted + segment.value[cut_to:])
                placed = True
            elif segment.kind != BREAK and segment.element is not None:
                parent = segment.element.getparent()
                if parent is not None:
                    parent.remove(segment.element)
                segment.element = None
                segment.value = ""


def _bisect_right(values: list[int], value: int) -> int:
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if value < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def part_segments(root: etree._Element, part: str) -> tuple[str, list[Segment]]:
    """The whole text of a WordprocessingML part (field codes and fallback copies too) as segments."""
    segments: list[Segment] = []
    pieces: list[str] = []
    offset = 0
    for number, unit in enumerate(text_units(root, everything=True)):
        segments.append(Segment(offset, 1, "\n", BREAK, part, number, None))
        pieces.append("\n")
        offset += 1
        for element, kind, value, attribute in unit:
            segments.append(Segment(offset, len(value), value, kind, part, number, element, attribute))
            pieces.append(value)
            offset += len(value)
    return "".join(pieces), segments


def scrub_wordprocessing_part(root: etree._Element, part: str, scrubber: Scrubber) -> int:
    """Replace every remaining value in a part's text, across runs; returns the number of hits."""
    text, segments = part_segments(root, part)
    hits = scrubber.matches(text)
    apply_edits(segments, [(match.start(), match.end(), scrubber.replacement_for(match)) for match in hits])
    return len(hits)


def scrub_element_tree(root: etree._Element, scrubber: Scrubber) -> None:
    """Replace remaining values in every element text, tail and attribute value (URL-decoded too)."""
    for element in root.iter():
        if isinstance(element.tag, str):
            if element.text:
                element.text = scrubber.sub(element.text)
            for name, value in element.attrib.items():
                decoded = unquote(value)
                if scrubber.matches(decoded):
                    cleaned = scrubber.sub(decoded)
                    element.set(name, quote(cleaned, safe=":/?#@!$&'()*+,;=~%") if decoded != value else cleaned)
        if element.tail:
            element.tail = scrubber.sub(element.tail)


def xml_texts(root: etree._Element) -> str:
    """All text, tails and attribute values of a part (URL-decoded too), one per line, for the leak check."""
    lines: list[str] = []
    for element in root.iter():
        if isinstance(element.tag, str):
            lines.append(element.text or "")
            for value in element.attrib.values():
                lines.append(value)
                decoded = unquote(value)
                if decoded != value:
                    lines.append(decoded)
        lines.append(element.tail or "")
    return "\n".join(lines)
