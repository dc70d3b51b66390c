"""Numbers the Kassenärztliche Bundesvereinigung gives doctors and practices (§ 75 Abs. 7 SGB V).

- LANR, lebenslange Arztnummer (one doctor, for life): nine digits, six for the doctor, a check
  digit, two for the specialty (Fachgruppe). The check digit weights the six digits 4, 9, 4, 9, 4, 9
  and is the difference of the sum to the next multiple of ten (KBV-Richtlinie nach § 75 Abs. 7
  SGB V, "123456601"). A LANR whose check digit fits stands on its own; one that fails only next
  to its label, as a doctor's number with a typo.
- BSNR, Betriebsstättennummer (one practice site): nine digits, two for the regional KV and seven
  without a check digit, so it always needs its label ("BSNR", "Betriebsstättennummer").

Both are nine digits, and a letterhead often carries both ("LANR 123456601, BSNR 021234568"): the
label that stands nearer before a number decides which of the two it is. Nine digits are also the
subscriber part of many phone numbers ("+49(0) 407372311", "Tel. 0254112345"), so a bare LANR is
refused after a dialling prefix or near a phone word.
"""

from __future__ import annotations

import re

from anonymizer.detection.recognizers.pattern import ContextWords, Pattern, PatternRecognizer
from anonymizer.entities import PHYSICIAN_NUMBER, PRACTICE_NUMBER

_NINE_DIGITS = r"(?<![\w.,/-])(?P<value>\d{9})(?![\w]|[.,/-]\d)"

LANR_WORDS = (
    "LANR", "Arztnummer", "Arzt-Nr", "Arztnr", "lebenslange Arztnummer", "Arzt-Nummer", "Zahnarztnummer",
)  # fmt: skip
PHONE_WORDS = ("Tel", "Telefon", "Fax", "Handy", "Mobil", "Rufnummer", "erreichbar", "anrufen", "Rückruf", "unter")
#: A dialling prefix or more digits right before the nine digits: "+49(0) 407372311", "(02541) 123456789".
_DIALLING_BEFORE = re.compile(r"(?:\+\d{1,3}|\(0\)|\(0\d{2,5}\)|\d)[ ()/-]*$")
BSNR_WORDS = (
    "BSNR", "NBSNR", "Betriebsstättennummer", "Betriebsstätten-Nr", "Betriebsstätte", "BS-Nr", "Praxisnummer",
)  # fmt: skip


def lanr_check_digit(number: str) -> int:
    """The check digit (position 7) for the six-digit doctor number at the start of a LANR."""
    total = sum(int(digit) * weight for digit, weight in zip(number[:6], (4, 9, 4, 9, 4, 9), strict=True))
    return (10 - total % 10) % 10


def is_valid_lanr(number: str) -> bool:
    if len(number) != 9 or not number.isdigit() or len(set(number)) == 1:
        return False
    return lanr_check_digit(number) == int(number[6])


def _nearer(text: str, start: int, own: ContextWords, other: ContextWords) -> bool:
    """True unless the other family's label stands nearer before ``start`` than this family's."""
    theirs = other.distance_before(text, start)
    if theirs is None:
        return True
    ours = own.distance_before(text, start)
    return ours is not None and ours <= theirs


class PhysicianNumberRecognizer(PatternRecognizer):
    """Finds lebenslange Arztnummern such as ``123456601``."""

    name = "PhysicianNumberRecognizer"
    entity_type = PHYSICIAN_NUMBER
    patterns = (Pattern("lanr", _NINE_DIGITS, 0.4),)
    context = LANR_WORDS
    requires_context_unless_valid = True
    keeps_refuted_with_context = True

    def __init__(self) -> None:
        super().__init__()
        self._practice_words = ContextWords(BSNR_WORDS)
        self._phone_words = ContextWords(PHONE_WORDS)

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Leave a number under a BSNR label to the practice number."""
        return (start, end) if _nearer(text, start, self._context, self._practice_words) else None

    def bare_ok(self, text: str, start: int, end: int) -> bool:
        """Leave an unlabelled number after a dialling prefix or near a phone word to the phone."""
        return not (
            _DIALLING_BEFORE.search(text, max(0, start - 12), start) or self._phone_words.near(text, start, end, 30, 0)
        )

    def validate(self, candidate: str) -> bool | None:
        return is_valid_lanr(candidate)


class PracticeNumberRecognizer(PatternRecognizer):
    """Finds Betriebsstättennummern such as ``021234568`` after "BSNR"."""

    name = "PracticeNumberRecognizer"
    entity_type = PRACTICE_NUMBER
    patterns = (Pattern("bsnr", _NINE_DIGITS, 0.4),)
    context = BSNR_WORDS
    requires_context = True

    def __init__(self) -> None:
        super().__init__()
        self._physician_words = ContextWords(LANR_WORDS)

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Leave a number under a LANR label to the doctor's number."""
        return (start, end) if _nearer(text, start, self._context, self._physician_words) else None

    def validate(self, candidate: str) -> bool | None:
        return False if len(set(candidate)) == 1 else None
