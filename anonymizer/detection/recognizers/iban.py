"""IBANs of any country, compact or in groups of four, validated with :mod:`stdnum.iban`.

The pattern is generous (it may swallow a following word of four capitals or digits); the
:meth:`IbanRecognizer.adjust` hook then drops trailing groups until the check digits and the
country's length agree, so "DE44 5001 0517 5407 3249 31 WELA…" still yields the IBAN alone.
A wrong check digit rejects a bare candidate; next to its label ("IBAN:", "Konto") it is kept all
the same — a clerk's typo in an IBAN still identifies the account holder, and a privacy tool must fail
closed there (a German IBAN is then cut to its 22 characters).
"""

from __future__ import annotations

import re

from stdnum import iban

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import IBAN

#: Shortest IBAN (Norway) and longest (Saint Lucia / Russia) in characters, without spaces.
MIN_LENGTH = 15
MAX_LENGTH = 34
#: The length of a German IBAN: a refuted candidate that starts with DE is cut to it.
GERMAN_LENGTH = 22

_PATTERN = r"(?<![\w])(?P<value>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)(?![\w])"


def _compact(value: str) -> str:
    return value.replace(" ", "")


class IbanRecognizer(PatternRecognizer):
    """Finds IBANs such as ``DE44 5001 0517 5407 3249 31``."""

    name = "IbanRecognizer"
    entity_type = IBAN
    patterns = (Pattern("iban", _PATTERN, 0.5, re.IGNORECASE),)
    context = ("IBAN", "Konto", "Kontonummer", "Bankverbindung", "überweisen", "Erstattung")
    keeps_refuted_with_context = True

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Shorten a candidate group by group from the right until it is a valid IBAN; a candidate
        that never validates is returned whole (a German one cut to 22 characters) for
        :meth:`validate` to refute, so that only a labelled one is kept."""
        whole = end
        while end > start:
            if iban.is_valid(_compact(text[start:end])):
                return start, end
            cut = text.rfind(" ", start, end)
            if cut < 0 or len(_compact(text[start:cut])) < MIN_LENGTH:
                break
            end = cut
        end = whole
        if text[start : start + 2].upper() == "DE":
            while len(_compact(text[start:end])) > GERMAN_LENGTH and " " in text[start:end]:
                end = text.rfind(" ", start, end)
        return start, end

    def validate(self, candidate: str) -> bool | None:
        compact = _compact(candidate)
        if not MIN_LENGTH <= len(compact) <= MAX_LENGTH:
            return False
        return iban.is_valid(compact)
