"""Numbers of identity documents: Personalausweis, Reisepass, Aufenthaltstitel (eAT).

Since 2010 (ID card) and 2017 (passport) the document number has nine characters from
the alphabet ``0-9 C F G H J K L M N P R T V W X Y Z`` (no vowels, no easily confused
letters) and starts with a letter: "L01X00T47" (ID card), "C01X00T47" (passport). The
machine-readable zone adds a check digit after the nine characters (ICAO 9303: weights
7-3-1, letters count 10-35); where a number is written with it ("L01X00T471") it is checked.
Older ID cards and passports have nine digits plus the same check digit. The characters
alone look like any product code, so a context word is always required.
"""

from __future__ import annotations

import re

from anonymizer.entities import ID_DOCUMENT
from anonymizer.recognizers.base import Pattern, PatternRecognizer

_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ"
_FIRST = "CFGHJKLMNPRTVWXYZ"
_BEFORE = r"(?<![\w.,/-])"
_AFTER = r"(?![\w]|[.,/-]\d)"
_NEW = rf"{_BEFORE}(?P<value>[{_FIRST}](?=[{_ALPHABET}]{{0,7}}\d)[{_ALPHABET}]{{8}}\d?){_AFTER}"
_OLD = rf"{_BEFORE}(?P<value>\d{{9}}\d?){_AFTER}"


def icao_check_digit(value: str) -> int:
    """ICAO 9303 check digit: digits count as themselves, A-Z as 10-35, weights 7, 3, 1."""
    weights = (7, 3, 1)
    total = 0
    for index, char in enumerate(value.upper()):
        number = int(char) if char.isdigit() else ord(char) - ord("A") + 10
        total += number * weights[index % 3]
    return total % 10


class IdDocumentRecognizer(PatternRecognizer):
    """Finds document numbers such as ``L01X00T47`` after "Personalausweis" or "Passnummer"."""

    name = "IdDocumentRecognizer"
    entity_type = ID_DOCUMENT
    # Case-insensitive for chat style ("meine ausweisnummer ist l01x00t47").
    patterns = (Pattern("document", _NEW, 0.5, re.IGNORECASE), Pattern("old-document", _OLD, 0.3))
    context = (
        "Personalausweis", "Personalausweisnummer", "Ausweis", "Ausweisnummer", "Ausweis-Nr", "Reisepass",
        "Reisepassnummer", "Kinderreisepass", "Passnummer", "Pass-Nr", "Pass-Nummer", "Aufenthaltstitel",
        "Aufenthaltserlaubnis", "Niederlassungserlaubnis", "eAT", "Dokumentennummer", "Dokumentnummer",
        "Seriennummer des Ausweises", "Ausweisdokument", "Passersatz",
    )
    requires_context = True

    def validate(self, candidate: str) -> bool | None:
        """A ten-character number carries its check digit; nine characters cannot be checked."""
        if len(candidate) == 10:
            return icao_check_digit(candidate[:9]) == int(candidate[9])
        if candidate.isdigit():
            # Old nine-digit numbers were always printed with their check digit.
            return False
        return None
