"""The Steuerliche Identifikationsnummer (Steuer-IdNr): eleven digits with a check digit.

Written compact ("28365461076") or as on tax letters in groups 2-3-3-3 ("28 365 461 076").
:mod:`stdnum.de.idnr` checks the digit-repetition rule and the check digit, which is what
separates a Steuer-ID from any other eleven-digit number; the first digit is never 0, so
phone numbers do not qualify.
"""

from __future__ import annotations

from stdnum.de import idnr

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import TAX_ID

_BEFORE = r"(?<![\w.,/-])(?<!\d )"
_AFTER = r"(?![\w]|[ /-]\d|[.,]\d)"
_IDNR = r"[1-9]\d(?P<sep>[ /]?)\d{3}(?P=sep)\d{3}(?P=sep)\d{3}"


class TaxIdRecognizer(PatternRecognizer):
    """Finds Steuer-IDs such as ``28 365 461 076``."""

    name = "TaxIdRecognizer"
    entity_type = TAX_ID
    patterns = (
        # Compact, spaced 2-3-3-3 or slashed, in one pass over the text.
        Pattern("idnr", rf"{_BEFORE}(?P<value>{_IDNR}){_AFTER}", 0.4),
    )
    context = (
        "Steuer-ID", "Steuer-IdNr", "Steuer-Identifikationsnummer", "Identifikationsnummer", "IdNr",
        "Steueridentifikationsnummer", "Steuer ID", "TIN", "Steuer-Ident",
    )

    def validate(self, candidate: str) -> bool | None:
        return idnr.is_valid(candidate.replace(" ", "").replace("/", ""))
