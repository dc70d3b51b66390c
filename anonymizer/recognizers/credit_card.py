"""Payment card numbers: 13 to 19 digits, written compact or in groups, with a Luhn check.

Only the groupings printed on real cards are accepted (4-4-4-4[-3], Amex 4-6-5, Diners
4-6-4, or compact), so a run of unrelated numbers separated by spaces is not glued into one
candidate, and the number must start with a prefix a card scheme uses. The digits inside
an IBAN ("DE44 5001 0517 …") are kept out by refusing a start right after "digit + space".
"""

from __future__ import annotations

import re

from stdnum import luhn

from anonymizer.entities import CREDIT_CARD
from anonymizer.recognizers.base import Pattern, PatternRecognizer

_BEFORE = r"(?<![\w.,/-])(?<!\d )"
_AFTER = r"(?![\w]|[ -]\d|[.,]\d)"
_GROUPED = r"\d{4}(?P<sep>[ -])\d{4}(?P=sep)\d{4}(?P=sep)\d{1,4}(?:(?P=sep)\d{1,3})?"
_AMEX_DINERS = r"3\d{3}[ -]\d{6}[ -]\d{4,5}"
_COMPACT = r"\d{13,19}"

#: Issuer prefixes (IIN ranges) of the schemes in use in Germany.
_PREFIX = re.compile(
    r"4"  # Visa
    r"|5[1-5]|2(?:2[2-9][1-9]|[3-6]\d\d|7[01]\d|720)"  # Mastercard
    r"|3[47]"  # American Express
    r"|3(?:0[0-5]|[68])"  # Diners Club
    r"|35(?:2[89]|[3-8]\d)"  # JCB
    r"|6(?:011|22|4[4-9]|5)"  # Discover, China UnionPay
    r"|5[06-9]|6\d"  # Maestro, girocard co-brands
)


def digits_of(candidate: str) -> str:
    return re.sub(r"[ -]", "", candidate)


class CreditCardRecognizer(PatternRecognizer):
    """Finds card numbers such as ``4111 1111 1111 1111``."""

    name = "CreditCardRecognizer"
    entity_type = CREDIT_CARD
    patterns = (
        # Groups of four, Amex/Diners 4-6-5/4-6-4, or compact, in one pass over the text.
        Pattern("card", rf"{_BEFORE}(?P<value>{_GROUPED}|{_AMEX_DINERS}|{_COMPACT}){_AFTER}", 0.5),
    )
    context = (
        "Kreditkarte", "Kreditkartennummer", "Karte", "Kartennummer", "Visa", "Mastercard", "Amex",
        "American Express", "Zahlungskarte", "Debitkarte", "gültig bis",
    )

    def validate(self, candidate: str) -> bool | None:
        number = digits_of(candidate)
        if not 13 <= len(number) <= 19 or not _PREFIX.match(number):
            return False
        return luhn.is_valid(number)
