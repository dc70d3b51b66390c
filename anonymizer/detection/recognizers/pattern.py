"""The recognizer most identifier families are: regular expressions, context words and a check digit.

Most identifier families are a :class:`PatternRecognizer`: a few regular expressions with a base
score, optional context words that raise the score when they stand near the match, and an
optional ``validate`` hook that checks the check digit (python-stdnum, phonenumbers). A validator
that says "no" drops the candidate; one that says "yes" marks it validated so that it wins overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from anonymizer.detection.base import Recognizer
from anonymizer.entities import Finding

#: How far (in characters) before a match the recognizers look for context words.
CONTEXT_WINDOW_BEFORE = 60
#: How far after a match context words still count (e.g. "… (Steuer-ID)").
CONTEXT_WINDOW_AFTER = 25
#: Score added when a context word is near the match.
CONTEXT_BOOST = 0.35
#: The label of some other number right before a value ("Bestellnummer A123456780", "Kassenzeichen:",
#: "Artikel", "Produktcode"): a value that is only taken for its check digit is then that other number.
OTHER_LABEL_BEFORE = re.compile(
    r"(?:nummer|nr\.?|zeichen|kennung|code|-id|no\.?|artikel|art\.|modell|typ|charge|auftrag|bestellung)[ ]?:?[ ]?$",
    re.IGNORECASE,
)
#: A unit or currency right after a value ("123456601 Euro", "… Stück"): a quantity, not an identifier.
UNIT_AFTER = re.compile(r"[ ]?(?:€|EUR\b|Euro\b|Cent\b|Stück\b|%|mm\b|cm\b|km\b|kg\b|m²|qm\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regular expression with the score a bare match deserves."""

    name: str
    regex: str
    score: float
    flags: int = 0

    def compile(self) -> re.Pattern[str]:
        return re.compile(self.regex, self.flags)


class ContextWords:
    """Case-insensitive lookup of context words in a window around a match.

    Words match at a word start, so "Tel" matches "Tel.", "Telefon" and "Telefonnummer",
    while "IBAN" does not match inside "LIBANON".
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = sorted({w.lower() for w in words}, key=len, reverse=True)
        self._regex = (
            re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)
            if words
            else None
        )

    def __bool__(self) -> bool:
        return self._regex is not None

    def near(
        self,
        text: str,
        start: int,
        end: int,
        before: int = CONTEXT_WINDOW_BEFORE,
        after: int = CONTEXT_WINDOW_AFTER,
    ) -> bool:
        if self._regex is None:
            return False
        window_start = max(0, start - before)
        if self._regex.search(text, window_start, start):
            return True
        return bool(after and self._regex.search(text, end, min(len(text), end + after)))

    def distance_before(self, text: str, start: int, before: int = CONTEXT_WINDOW_BEFORE) -> int | None:
        """Characters between the nearest context word before ``start`` and ``start``, or None.

        Lets two families that share a shape (nine digits of a LANR and of a BSNR) ask which of
        their labels stands closer to a number.
        """
        if self._regex is None:
            return None
        last = None
        for match in self._regex.finditer(text, max(0, start - before), start):
            last = match
        return None if last is None else start - last.end()


class PatternRecognizer(Recognizer):
    """A recognizer made of regular expressions, context words and a validator.

    Subclasses set the class attributes and override :meth:`validate` (check digits),
    :meth:`adjust` (trim or widen a match) or :meth:`bare_ok` (which shapes need a context word) where
    their identifier needs it.
    """

    entity_type: str = ""
    patterns: Sequence[Pattern] = ()
    context: Sequence[str] = ()
    #: Drop matches that have no context word nearby (for identifiers that look like any number).
    requires_context: bool = False
    #: Drop matches that have neither a context word nor a check digit that validates: a bare value
    #: stands alone only when its check digit confirms it, no other number's label precedes it and no
    #: unit follows it.
    requires_context_unless_valid: bool = False
    #: Keep a match whose check digit fails when a context word stands next to it: a labelled number
    #: with a typo still identifies its holder.
    keeps_refuted_with_context: bool = False
    #: Candidates below this score are dropped even when no check failed.
    min_score: float = 0.4

    def __init__(self) -> None:
        self.entity_types = (self.entity_type,)
        self._compiled = [(p, p.compile()) for p in self.patterns]
        self._context = ContextWords(self.context)

    def validate(self, candidate: str) -> bool | None:
        """True if a check digit confirms ``candidate``, False if it refutes it, None if unknown."""
        return None

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Hook to trim a raw match; return None to drop it."""
        return start, end

    def bare_ok(self, text: str, start: int, end: int) -> bool:
        """Hook: whether the match may stand without a context word near it; False drops it there."""
        return True

    def analyze(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        for pattern, regex in self._compiled:
            for match in regex.finditer(text):
                group = "value" if "value" in regex.groupindex else 0
                span = self.adjust(text, match.start(group), match.end(group))
                if span is None or span in seen or span[0] >= span[1]:
                    continue
                start, end = span
                value = text[start:end]
                verdict = self.validate(value)
                if verdict is False and not self.keeps_refuted_with_context:
                    continue
                has_context = self._context.near(text, start, end)
                if not has_context and (
                    self.requires_context
                    or verdict is False
                    or not self.bare_ok(text, start, end)
                    or (
                        self.requires_context_unless_valid
                        and (
                            not verdict
                            or OTHER_LABEL_BEFORE.search(text, max(0, start - 20), start)
                            or UNIT_AFTER.match(text, end)
                        )
                    )
                ):
                    continue
                score = pattern.score
                if verdict:
                    score = max(score, 0.95)
                if has_context:
                    score = min(1.0, score + CONTEXT_BOOST)
                if score < self.min_score:
                    continue
                seen.add(span)
                findings.append(
                    Finding(start, end, self.entity_type, value, score, self.name, bool(verdict))
                )
        return findings
