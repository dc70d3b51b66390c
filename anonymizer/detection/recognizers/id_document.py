"""Numbers of identity documents: Personalausweis, Reisepass, Aufenthaltstitel (eAT).

Since 2010 (ID card) and 2017 (passport) the document number has nine characters from
the alphabet ``0-9 C F G H J K L M N P R T V W X Y Z`` (no vowels, no easily confused
letters) and starts with a letter: "L01X00T47" (ID card), "C01X00T47" (passport). The
machine-readable zone adds a check digit after the nine characters (ICAO 9303: weights
7-3-1, letters count 10-35); where a number is written with it ("L01X00T471") it is checked.
Older ID cards and passports have nine characters (digits, or "T" and eight digits) plus the same
check digit. Nine characters alone look like any product code and carry no check digit, so they need
a context word; a ten-character number whose check digit validates stands on its own.

Foreign passports (a refugee's, a seasonal worker's) follow their own country's rules: two letters
and six digits (Ukraine), a letter and eight digits (Türkei, Syrien), nine digits (Russland). What
they share is the label right before them ("Reisepass-Nr. (Ukraine): FX123456", "Passport No.
N012345678"), so for them the label must stand directly before the number.
"""

from __future__ import annotations

import re

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import ID_DOCUMENT

_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ"
_FIRST = "CFGHJKLMNPRTVWXYZ"
_BEFORE = r"(?<![\w.,/-])"
_AFTER = r"(?![\w]|[.,/-]\d)"
_NEW = rf"{_BEFORE}(?P<value>[{_FIRST}](?=[{_ALPHABET}]{{0,7}}\d)[{_ALPHABET}]{{8}}\d?){_AFTER}"
_OLD = rf"{_BEFORE}(?P<value>\d{{9}}\d?){_AFTER}"
#: "Reisepass-Nr. (Ukraine): FX123456", "Passport No. N012345678", "Nationalpass Nr. 721234567":
#: a passport label, an optional country in brackets, an optional "Nr."/"No.", then the number
#: (six to ten letters and digits, at least five of them digits).
_PASSPORT_LABEL = (
    r"(?:(?:Reise|National)?[Pp]ass(?:port)?(?:[- ]?(?:[Nn]ummer|[Nn]r\.?|[Nn]o\.?|[Nn]umber))?"
    r"|passport|PASSPORT|PASS(?:-?NR\.?)?|REISEPASS(?:-?NR\.?)?)"
)
_FOREIGN_PASSPORT = (
    rf"(?<![\w-]){_PASSPORT_LABEL}(?:[ ]?\([^()\n]{{2,30}}\))?(?:[ ]?(?:[Nn]r\.?|[Nn]o\.?|[Nn]ummer))?[ ]?:?[ ]?"
    rf"(?P<value>(?=(?:[A-Z]*\d){{5}})[A-Z0-9]{{6,10}}){_AFTER}"
)


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
    patterns = (
        Pattern("document", _NEW, 0.5, re.IGNORECASE),
        Pattern("old-document", _OLD, 0.3),
        Pattern("foreign-passport", _FOREIGN_PASSPORT, 0.5),
    )
    context = (
        "Personalausweis", "Personalausweisnummer", "Ausweis", "Ausweisnummer", "Ausweis-Nr", "Reisepass",
        "Reisepassnummer", "Kinderreisepass", "Passnummer", "Pass-Nr", "Pass-Nummer", "Aufenthaltstitel",
        "Aufenthaltserlaubnis", "Niederlassungserlaubnis", "eAT", "Dokumentennummer", "Dokumentnummer",
        "Seriennummer des Ausweises", "Ausweisdokument", "Passersatz", "Passport", "Nationalpass", "Pass ",
        "Pass:", "Passnr", "Pass No", "ID card", "ID-Karte", "Identitätskarte",
    )
    requires_context_unless_valid = True
    #: "Ausweisnummer L01X00T472": a labelled number whose check digit fails is a typo or a foreign
    #: number (other rules), still the holder's.
    keeps_refuted_with_context = True

    def bare_ok(self, text: str, start: int, end: int) -> bool:
        """Without a context word only the new form in capitals may stand ("L01X00T471").

        Ten digits with a fitting check digit are too often a phone, account or customer number.
        """
        candidate = text[start:end]
        return not candidate.isdigit() and candidate.isupper()

    def validate(self, candidate: str) -> bool | None:
        """A ten-character German number carries its check digit; nine characters cannot be checked."""
        candidate = candidate.upper()
        if len(candidate) == 10 and candidate[9].isdigit() and all(c in _ALPHABET for c in candidate):
            return icao_check_digit(candidate[:9]) == int(candidate[9])
        if len(candidate) == 9 and candidate.isdigit():
            # Old nine-digit numbers were always printed with their check digit.
            return False
        return None
