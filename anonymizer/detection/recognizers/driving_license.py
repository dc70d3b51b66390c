"""The Führerscheinnummer of the EU card licence (field 5 of the card, since 1999).

Eleven characters: four for the issuing authority ("B072"), five for its serial number, a check
character and a counter of the licences issued to the holder ("B072RRE2I55" on the specimen card).
The check character weights the first nine characters 9, 8, … 1 (digits as themselves, letters
A = 10 … Z = 35) and takes the sum modulo 11, "X" standing for 10 (:func:`check_character`).
python-stdnum has no module for it.

A number whose check character fits stands on its own in capitals, provided it mixes letters and
digits (so neither a word nor a Steuer-ID) and is not shaped like a VAT ID ("DE136695976") or a
BIC ("WELADED1COE", six letters first). Any
other eleven-character code counts only next to a context word ("Führerscheinnummer",
"Fahrerlaubnis"), where it is kept even when the check fails: foreign licences and old paper ones
follow other rules and are the holder's just the same.
"""

from __future__ import annotations

import re
import string

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import DRIVING_LICENSE

_CHARACTERS = string.digits + string.ascii_uppercase
#: Eleven letters and digits with at least one of each, as one token.
_PATTERN = r"(?<![\w.,/-])(?P<value>(?=[A-Za-z]{0,10}\d)(?=\d{0,10}[A-Za-z])[A-Za-z0-9]{11})(?![\w]|[.,/-]\d)"
#: Two letters and nine digits (a VAT ID) or six letters first (a BIC): no licence without context.
_OTHER_SHAPES = re.compile(r"[A-Z]{2}\d{9}|[A-Z]{6}[A-Z0-9]{5}")


def check_character(number: str) -> str:
    """The check character (position 10) for the first nine characters of a licence number."""
    weighted = zip(number[:9].upper(), range(9, 0, -1), strict=True)
    total = sum(_CHARACTERS.index(char) * weight for char, weight in weighted)
    return "0123456789X"[total % 11]


def is_valid(number: str) -> bool:
    number = number.upper()
    if len(number) != 11 or any(char not in _CHARACTERS for char in number):
        return False
    return check_character(number) == number[9]


class DrivingLicenseRecognizer(PatternRecognizer):
    """Finds licence numbers such as ``B072RRE2I55``."""

    name = "DrivingLicenseRecognizer"
    entity_type = DRIVING_LICENSE
    patterns = (Pattern("license", _PATTERN, 0.4),)
    context = (
        "Führerschein", "Führerscheinnummer", "Führerschein-Nr", "Führerscheinkarte", "Kartenführerschein",
        "Fahrerlaubnis", "Fahrerlaubnisnummer", "FS-Nr", "FE-Nr", "driving licence", "driving license",
        "driver's license", "Permis de conduire",
    )  # fmt: skip
    requires_context_unless_valid = True
    keeps_refuted_with_context = True

    def bare_ok(self, text: str, start: int, end: int) -> bool:
        """Bare, only in capitals and not shaped like a VAT ID or a BIC."""
        candidate = text[start:end]
        return candidate.isupper() and not _OTHER_SHAPES.fullmatch(candidate)

    def validate(self, candidate: str) -> bool | None:
        return is_valid(candidate)
