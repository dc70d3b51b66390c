"""The Umsatzsteuer-Identifikationsnummer (USt-IdNr., VAT ID) of Germany and the other EU states.

German: "DE" and nine digits, the last a check digit (ISO 7064 MOD 11,10, which
:mod:`stdnum.de.vat` checks), written compact or grouped 3-3-3 with spaces, dots or hyphens as on
invoices and letterheads ("DE 136 695 976"). Other EU states' numbers ("ATU13585627",
"NL004495445B01") are checked with :mod:`stdnum.eu.vat`. The country prefix already makes the
shape specific, so a number whose check digit validates stands without context; one whose check
digit fails is only kept next to a context word ("USt-IdNr.: DE123456789"), where it is the
holder's number with a typo rather than some other code.

A company's USt-IdNr. is no personal data, a sole trader's is, and the app cannot tell them apart,
so the default policy masks the type (docs/detection.md, "Entity catalogue").
"""

from __future__ import annotations

import re

from stdnum.de import vat as de_vat
from stdnum.eu import vat as eu_vat

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import VAT_ID

_BEFORE = r"(?<![\w.-])"
_AFTER = r"(?![\w]|[ .,/-]\d)"
_GERMAN = r"DE[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{3}"
#: The other EU member states' prefixes (Greece writes EL, Northern Ireland XI).
_EU_PREFIXES = "AT|BE|BG|CY|CZ|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI"
#: Eight to twelve letters and digits, at least six of them digits ("ATU13585627", "NL004495445B01").
_EU = rf"(?:{_EU_PREFIXES}) ?(?=(?:[A-Z]*\d){{6}})[0-9A-Z]{{8,12}}"


class VatIdRecognizer(PatternRecognizer):
    """Finds VAT IDs such as ``DE136695976`` or ``DE 136 695 976``."""

    name = "VatIdRecognizer"
    entity_type = VAT_ID
    patterns = (
        # "de136695976" in chat style too; the prefix and the nine digits make it no word.
        Pattern("vat_de", rf"{_BEFORE}(?P<value>{_GERMAN}){_AFTER}", 0.4, re.IGNORECASE),
        Pattern("vat_eu", rf"{_BEFORE}(?P<value>{_EU}){_AFTER}", 0.4),
    )
    context = (
        "USt-IdNr", "USt-Id", "USt.-IdNr", "UStIdNr", "USt-ID-Nr", "Ust-Id-Nr", "USt-Identifikationsnummer",
        "Umsatzsteuer-Identifikationsnummer", "Umsatzsteueridentifikationsnummer", "Umsatzsteuer-ID",
        "Umsatzsteuer-IdNr", "Umsatzsteuernummer", "VAT", "VAT ID", "VAT No", "VAT number", "TVA", "BTW",
    )  # fmt: skip
    requires_context_unless_valid = True
    keeps_refuted_with_context = True

    def validate(self, candidate: str) -> bool | None:
        compact = re.sub(r"[ .-]", "", candidate).upper()
        if compact.startswith("DE"):
            return de_vat.is_valid(compact)
        return eu_vat.is_valid(compact)
