"""Signatures: the name line under "Mit freundlichen Grüßen" (after an optional "i. A."), and the name on
the closing's own line ("Gruß Anja", "Viele Grüße, Tim Kemper")."""

from __future__ import annotations

import re

from anonymizer.detection.persons.reading import MAX_NAME_WORDS
from anonymizer.detection.persons.rules.base import STRONG_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import tokenize
from anonymizer.detection.persons.vocabulary import ADDRESS_WORDS, DOUBLE_NAME_PREFIXES, ORG_WORD, PARTICLES

#: Closing formulas of letters and e-mails; the next line is usually the sender's name.
CLOSING = re.compile(
    r"(?im)^[ \t]*(?:(?:mit\s+)?(?:freundlich(?:en|e|em)|beste[n]?|viele[n]?|liebe[n]?|herzliche[n]?|"
    r"schöne[n]?|sonnige[n]?|kollegiale[n]?)\s+(?:grüßen|grüße|gruß|grüssen|gruss)|"
    r"gruß|grüße|gruss|hochachtungsvoll|lg|vg|mfg|beste\s+grüße)\b[ \t]*[,.!]?[ \t]*$"
)
#: A closing formula with the name on the same line ("Gruß Anja", "Viele Grüße, Tim").
CLOSING_INLINE = re.compile(
    r"(?i)^[ \t]*(?:(?:viele|liebe|beste|herzliche|freundliche)\s+(?:grüße|grüsse)|gruß|gruss|lg|vg)"
    r"[ \t]*[,:]?[ \t]+"
)


class SignatureRule(PersonRule):
    """A line under a closing (or after it on the same line) that holds nothing but a name; offices that
    sign ("Straßenverkehrsamt") are skipped."""

    def spans(self, page: PersonText) -> list[Span]:
        spans: list[Span] = []
        lines = page.lines
        for index, line in enumerate(lines):
            inline = CLOSING_INLINE.match(line.text)
            if inline and line.text[inline.end() :].strip():
                # "Gruß Anja", "Viele Grüße, Tim Kemper"
                span = self._signature_name(line.text[inline.end() :].rstrip())
                if span is not None:
                    base = line.start + inline.end()
                    spans.append((base + span[0], base + span[1], STRONG_SCORE))
                continue
            if not CLOSING.match(line.text):
                continue
            for following in lines[index + 1 : index + 3]:
                if following.blank:
                    continue
                start, end = following.stripped()
                span = self._signature_name(page.text[start:end])
                if span is not None:
                    spans.append((start + span[0], start + span[1], STRONG_SCORE))
                break
        return spans

    def _signature_name(self, line: str) -> tuple[int, int] | None:
        """Offsets of the name in a signature line, or None if the line is no name."""
        prefix = re.match(r"(?i)(?:i\.\s?a\.|i\.\s?v\.|gez\.)\s*", line)
        skip = prefix.end() if prefix else 0
        tokens = tokenize(line[skip:])
        k = self.reader.skip_titles(tokens, 0)
        if k < len(tokens) and tokens[k].lower in ADDRESS_WORDS:
            return None
        words = tokens[k:]
        if not words or len(words) > MAX_NAME_WORDS or not all(t.is_word or t.text in {"-", "."} for t in words):
            return None
        lex = self.lexicon
        names = [t for t in words if t.is_word and t.lower not in PARTICLES]
        if not names:
            return None
        known = any(lex.is_first_name(t.text) or lex.is_surname(t.text) for t in names)
        if any(ORG_WORD.search(t.text) for t in names):
            return None
        if any(
            lex.is_common(t.text) and not lex.is_first_name(t.text) and t.lower not in DOUBLE_NAME_PREFIXES
            for t in names
        ):
            return None
        if not all(t.is_cap or t.text.islower() for t in names):
            return None
        if not known and not all(t.is_cap for t in names):
            return None
        return skip + words[0].start, skip + words[-1].end
