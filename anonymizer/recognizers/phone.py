"""Telephone and fax numbers: German landline and mobile numbers in all their written forms,
international numbers, and extensions.

Candidates are found by a pattern that only starts at a trunk prefix ("0…", "(0…"), an
international prefix ("+…", "00…") or right after a phone label ("Tel. 8 93 47"), and the
digits are checked with ``phonenumbers`` (region DE), which knows the numbering plans.
Starting only at a prefix is what keeps amounts, years, postal codes, Steuer-IDs and
paragraph numbers out: a German number is always written with its leading 0 or +.
The pattern also refuses to start inside a run of digit groups ("DE44 5001 0517 …") or
after a dot or slash (dates, Aktenzeichen, Steuernummern).

Extensions stay part of the finding: "02541 / 18-1234", "0251 123456, Durchwahl 12".
``phonenumbers`` judges the German plan generously, so a valid number is not marked as
*validated* (that flag lets a finding win overlaps, and is kept for check digits such as
an IBAN's); it gets a high score instead.
"""

from __future__ import annotations

import re

import phonenumbers

from anonymizer.entities import PHONE
from anonymizer.recognizers.base import Pattern, PatternRecognizer

_SPACE = r"[ \t]"
_BEFORE = rf"(?<![\w+/.,@-])(?<!\d{_SPACE})"
_AFTER = r"(?![\w@]|[.,/]\d)"
_START = rf"(?:\+{_SPACE}?[1-9]|00{_SPACE}?[1-9]|\({_SPACE}?(?:\+|00|0){_SPACE}?\d|0)"
_STEP = rf"{_SPACE}?(?:[-/)]|\(0\))?{_SPACE}?\d"
_EXTENSION_LABEL = r"(?:Durchwahl|Dw\.|Apparat|App\.|Nebenstelle|Nst\.|Ext\.)"
_EXTENSION = rf"(?:,?{_SPACE}?{_EXTENSION_LABEL}{_SPACE}?:?{_SPACE}?-?{_SPACE}?\d{{1,5}}(?!\d))"
_LABEL = r"(?:Tel(?:efon)?\.?|Fax\.?|Telefax|Mobil|Handy|Rufnummer|Ruf)"

#: Numbers written with the trunk or an international prefix, optionally with an extension.
_PREFIXED = rf"{_BEFORE}(?P<value>{_START}(?:{_STEP}){{4,24}}{_EXTENSION}?){_AFTER}"
#: A local number straight after a phone label: "Tel. 8 93 47", "Fax: 18-1234".
_LOCAL = rf"(?<!\w){_LABEL}{_SPACE}?:?{_SPACE}?(?P<value>[1-9]\d{{0,3}}(?:[ -]?\d{{1,4}}){{1,3}}){_AFTER}"
#: An extension on its own: "Durchwahl -1234".
_BARE_EXTENSION = rf"(?<!\w){_EXTENSION_LABEL}{_SPACE}?:?{_SPACE}?(?P<value>-?{_SPACE}?\d{{1,5}})(?![\w]|[.,/]\d)"

_ENDS_WITH_EXTENSION_LABEL = re.compile(rf"{_EXTENSION_LABEL}{_SPACE}?:?{_SPACE}?$")
_EXTENSION_SPLIT = re.compile(rf",?{_SPACE}?{_EXTENSION_LABEL}")
_DATE_LIKE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}")
_NON_DIGITS = re.compile(r"\D")

#: Fewest digits of a number with area code ("0251 1234" has 8; 6 allows short rural lines).
MIN_PREFIXED_DIGITS = 6
#: Fewest and most digits of a local number written without area code after a label.
MIN_LOCAL_DIGITS, MAX_LOCAL_DIGITS = 5, 10


def main_number(candidate: str) -> str:
    """The candidate without a written-out extension ("Durchwahl 12")."""
    return _EXTENSION_SPLIT.split(candidate, maxsplit=1)[0]


def is_valid_phone(candidate: str) -> bool:
    """True if ``phonenumbers`` accepts the number (German region for numbers without +)."""
    number = main_number(candidate)
    if _DATE_LIKE.fullmatch(number.strip()):
        return False
    if len(_NON_DIGITS.sub("", number)) < MIN_PREFIXED_DIGITS:
        return False
    try:
        parsed = phonenumbers.parse(number, "DE")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


class PhoneRecognizer(PatternRecognizer):
    """Finds phone and fax numbers such as ``02541 / 18-1234`` or ``+49 152 12345678``."""

    name = "PhoneRecognizer"
    entity_type = PHONE
    patterns = (
        Pattern("prefixed", _PREFIXED, 0.7),
        Pattern("labelled-local", _LOCAL, 0.3),
        Pattern("extension", _BARE_EXTENSION, 0.3),
    )
    context = (
        "Tel", "Telefon", "Telefonnummer", "Fax", "Telefax", "Mobil", "Mobilnummer", "Handy", "Handynummer",
        "Rufnummer", "Ruf", "erreichbar", "anrufen", "Anruf", "zurückrufen", "Rückruf", "Nummer", "Durchwahl",
        "Festnetz", "WhatsApp", "Kontakt",
    )

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A local number after a label needs five to ten digits (so "Handy 2025" is no number)."""
        if text[start] in "+0(-" or _ENDS_WITH_EXTENSION_LABEL.search(text, max(0, start - 20), start):
            return start, end
        digits = len(_NON_DIGITS.sub("", text[start:end]))
        return (start, end) if MIN_LOCAL_DIGITS <= digits <= MAX_LOCAL_DIGITS else None

    def validate(self, candidate: str) -> bool | None:
        """Reject numbers ``phonenumbers`` refutes; a valid one is kept but not marked validated."""
        if candidate.startswith(("+", "0", "(")):
            return None if is_valid_phone(candidate) else False
        return None
