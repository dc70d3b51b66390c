"""The Krankenversichertennummer (KVNR, the unchangeable part printed on the eGK).

Layout: one capital letter and nine digits, the last a check digit: "A123456780". The rule
(GKV-Spitzenverband, "Krankenversichertennummer" specification) replaces the letter by its
position in the alphabet as two digits, weights the resulting ten digits alternately 1 and 2,
adds the digit sums of the products and takes the sum modulo 10. python-stdnum has no
module for it, so :func:`check_digit` implements it. A letter and nine digits also make
customer and order numbers, but only one in ten of them has a fitting check digit: a number whose
check digit validates stands on its own (at a lower score), any other needs a context word.
"""

from __future__ import annotations

import re

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import HEALTH_INSURANCE

_PATTERN = r"(?<![\w.,/-])(?P<value>[A-Z] ?\d{9})(?![\w]|[.,/-]\d)"


def check_digit(number: str) -> int:
    """The check digit for the first nine characters of a compact KVNR ("A12345678")."""
    digits = f"{ord(number[0]) - ord('A') + 1:02d}" + number[1:9]
    return sum(sum(divmod(int(d) * (1 if i % 2 == 0 else 2), 10)) for i, d in enumerate(digits)) % 10


def is_valid(number: str) -> bool:
    number = number.replace(" ", "")
    if len(number) != 10 or not ("A" <= number[0] <= "Z") or not number[1:].isdigit():
        return False
    return check_digit(number) == int(number[9])


class HealthInsuranceRecognizer(PatternRecognizer):
    """Finds Krankenversichertennummern such as ``A123456780`` next to a health-insurance word."""

    name = "HealthInsuranceRecognizer"
    entity_type = HEALTH_INSURANCE
    patterns = (Pattern("kvnr", _PATTERN, 0.5, re.IGNORECASE),)
    context = (
        "Versichertennummer", "Versicherten-Nr", "Versichertennr", "Krankenversichertennummer", "KVNR", "KV-Nr",
        "KV-Nummer", "Krankenkasse", "Krankenversicherung", "eGK", "Gesundheitskarte", "Versichertenkarte",
        "AOK", "Barmer", "DAK", "Techniker", "TK", "IKK", "BKK", "KKH", "HEK", "hkk", "Knappschaft",
    )
    requires_context_unless_valid = True

    def bare_ok(self, text: str, start: int, end: int) -> bool:
        """A bare number stands alone only compact: "Anlage B 123456789" is a letter and a number."""
        return " " not in text[start:end]

    def validate(self, candidate: str) -> bool | None:
        return is_valid(candidate.upper())  # chat style writes "a123456780"
