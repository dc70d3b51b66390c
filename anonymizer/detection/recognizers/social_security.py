"""The Rentenversicherungsnummer (Sozialversicherungsnummer) with its check digit.

Layout: two digits area number, six digits birth date (DDMMYY), the initial of the birth
name, two digits serial, one check digit — "65 170839 J 003" or "65170839J003".
python-stdnum has no module for it, so :func:`check_digit` implements the published rule
(Deutsche Rentenversicherung, VKVV § 2): replace the letter by its position in the alphabet
as two digits, weight the twelve digits 2-1-2-5-7-1-2-1-2-1-2-1, add the digit sums of the
products, and take the sum modulo 10.
"""

from __future__ import annotations

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import SOCIAL_SECURITY

_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
_PATTERN = r"(?<![\w.,/-])(?P<value>\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d)(?![\w]|[.,/-]\d)"


def check_digit(number: str) -> int:
    """The check digit of the first eleven characters of a compact number ("65170839J00")."""
    letter = number[8].upper()
    digits = number[:8] + f"{ord(letter) - ord('A') + 1:02d}" + number[9:11]
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _WEIGHTS, strict=True)) % 10


def is_valid(number: str) -> bool:
    """True for a well-formed number with a plausible birth date and the right check digit."""
    number = number.replace(" ", "")
    if len(number) != 12 or not (number[:8].isdigit() and number[8].isalpha() and number[9:].isdigit()):
        return False
    if not number[8].isascii():
        return False
    day, month = int(number[2:4]), int(number[4:6])
    # 00 stands for an unknown day or month of birth; when the serial numbers of one birth date and
    # initial run out, 50 is added to the day (Ergänzungsmerkmal, VKVV § 2): "38551285K051".
    if not (day <= 31 or 51 <= day <= 81) or month > 12:
        return False
    return check_digit(number) == int(number[11])


class SocialSecurityRecognizer(PatternRecognizer):
    """Finds Rentenversicherungsnummern such as ``65 170839 J 003``."""

    name = "SocialSecurityRecognizer"
    entity_type = SOCIAL_SECURITY
    patterns = (Pattern("rvnr", _PATTERN, 0.4),)
    context = (
        "Rentenversicherungsnummer", "Versicherungsnummer", "Sozialversicherungsnummer", "RV-Nummer", "RVNR",
        "SV-Nummer", "SVNR", "Rentenversicherung", "Sozialversicherungsausweis",
    )

    def validate(self, candidate: str) -> bool | None:
        return is_valid(candidate)
