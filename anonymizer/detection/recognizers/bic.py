"""BICs (SWIFT codes): eight or eleven capitals and digits, only next to a bank context word.

Eight capitals are also an ordinary German word in capitals ("KONTAKTE", "BAFOEG" in a
heading), so a BIC is only reported with a context word such as "BIC" or "SWIFT" nearby;
:mod:`stdnum.bic` then checks its structure and the country code.
"""

from __future__ import annotations

from stdnum import bic

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import BIC

_PATTERN = r"(?<![\w-])(?P<value>[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\w-])"


class BicRecognizer(PatternRecognizer):
    """Finds BICs such as ``WELADED1COE`` after "BIC:" or "SWIFT"."""

    name = "BicRecognizer"
    entity_type = BIC
    patterns = (Pattern("bic", _PATTERN, 0.5),)
    context = ("BIC", "SWIFT", "BIC-Code", "SWIFT-Code", "Bankleitzahl", "Bank Identifier")
    requires_context = True

    def validate(self, candidate: str) -> bool | None:
        return bic.is_valid(candidate)
