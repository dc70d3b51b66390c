"""IBANs of any country, compact or in groups of four, validated with :mod:`stdnum.iban`.

The pattern is generous (it may swallow a following word of four capitals or digits); the
:meth:`IbanRecognizer.adjust` hook then drops trailing groups until the check digits and the
country's length agree, so "DE44 5001 0517 5407 3249 31 WELA…" still yields the IBAN alone.
A wrong check digit rejects the candidate.
"""

from __future__ import annotations

import re

from stdnum import iban

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import IBAN

#: Shortest IBAN (Norway) and longest (Saint Lucia / Russia) in characters, without spaces.
MIN_LENGTH = 15
MAX_LENGTH = 34

_PATTERN = r"(?<![\w])(?P<value>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)(?![\w])"


def _compact(value: str) -> str:
    return value.replace(" ", "")


class IbanRecognizer(PatternRecognizer):
    """Finds IBANs such as ``DE44 5001 0517 5407 3249 31``."""

    name = "IbanRecognizer"
    entity_type = IBAN
    patterns = (Pattern("iban", _PATTERN, 0.5, re.IGNORECASE),)
    context = ("IBAN", "Konto", "Kontonummer", "Bankverbindung", "überweisen", "Erstattung")

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Shorten a candidate group by group from the right until it is a valid IBAN."""
        while end > start:
            if iban.is_valid(_compact(text[start:end])):
                return start, end
            cut = text.rfind(" ", start, end)
            if cut < 0 or len(_compact(text[start:cut])) < MIN_LENGTH:
                return None
            end = cut
        return None

    def validate(self, candidate: str) -> bool | None:
        compact = _compact(candidate)
        if not MIN_LENGTH <= len(compact) <= MAX_LENGTH:
            return False
        return iban.is_valid(compact)
