"""Payment card numbers: 13 to 19 digits, written compact or in groups, with a Luhn check.

Only the groupings printed on real cards are accepted (4-4-4-4[-3], Amex 4-6-5, Diners
4-6-4, or compact), so a run of unrelated numbers separated by spaces is not glued into one
candidate, and the number must start with a prefix a card scheme uses. A candidate must not
continue a run of short groups: the digits inside an IBAN ("DE44 5001 0517 …") and a window of a
longer row of four-digit groups are refused, while card numbers listed one after another
("4012888888881881 4012-8888-8888-1881") are each found.
"""

from __future__ import annotations

import re

from stdnum import luhn

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import CREDIT_CARD

_BEFORE = r"(?<![\w.,/-])"
_AFTER = r"(?![\w]|-\d|[.,]\d)"
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
    r"|1(?=\d{14}$)"  # UATP (airline cards): always 15 digits
)
#: A group of one to four letters or digits with a digit: a piece of an IBAN or of a row of groups.
_SHORT_GROUP = re.compile(r"(?=[A-Za-z]*\d)[A-Za-z0-9]{1,4}")
#: The next word is a short group that starts with a digit, maybe followed by punctuation ("… 0517 31.").
_SHORT_GROUP_AFTER = re.compile(rf"(?=[0-9]){_SHORT_GROUP.pattern}[.,;:]*(?!\S)")


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

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Refuse a candidate that is one window of a longer row of groups ("DE44 5001 0517 …").

        Hyphenated groups ("4012-8888-8888-1881") delimit themselves; a space or nothing does not.
        """
        if "-" in text[start:end]:
            return start, end
        if start >= 2 and text[start - 1] == " ":
            # Only the word before counts and a short group has at most four characters: walk back
            # over the whitespace and at most five characters instead of copying the text before.
            word_end = start - 1
            while word_end > 0 and text[word_end - 1].isspace():
                word_end -= 1
            word_start = word_end
            while word_start > max(0, word_end - 5) and not text[word_start - 1].isspace():
                word_start -= 1
            if _SHORT_GROUP.fullmatch(text, word_start, word_end):
                return None
        if end + 1 < len(text) and text[end] == " " and _SHORT_GROUP_AFTER.match(text, end + 1):
            return None
        return start, end

    def validate(self, candidate: str) -> bool | None:
        number = digits_of(candidate)
        if not 13 <= len(number) <= 19 or not _PREFIX.match(number):
            return False
        return luhn.is_valid(number)
