"""The Steuernummer (St.-Nr.) in every Land's written form and the 13-digit federal form.

A Steuernummer looks like many other numbers (dates with slashes, Aktenzeichen, order
numbers), so it is only reported next to a context word. :mod:`stdnum.de.stnr` then checks
that the digits fit one of the Länder layouts (Finanzamt, district, serial, check digit).
Examples: "133/8150/8159" (NRW), "93815/08152" (Baden-Württemberg), "21/815/08150"
(Niedersachsen and others), "181/815/08155" (Bayern), "013 815 08153" (Hessen),
"2893081508152" (federal form).
"""

from __future__ import annotations

from stdnum.de import stnr

from anonymizer.entities import TAX_NUMBER
from anonymizer.recognizers.base import Pattern, PatternRecognizer

_BEFORE = r"(?<![\w.,/-])"
_AFTER = r"(?![\w]|[ /.,-]\d)"


class TaxNumberRecognizer(PatternRecognizer):
    """Finds Steuernummern such as ``133/8150/8159`` after "Steuernummer" or "St.-Nr.\u00a0"."""

    name = "TaxNumberRecognizer"
    entity_type = TAX_NUMBER
    patterns = (
        Pattern("three-parts", rf"{_BEFORE}(?P<value>\d{{2,3}}([/ ])\d{{3,4}}\2\d{{4,5}}){_AFTER}", 0.5),
        Pattern("two-parts", rf"{_BEFORE}(?P<value>\d{{5}}/\d{{5}}){_AFTER}", 0.5),
        Pattern("compact", rf"{_BEFORE}(?P<value>\d{{10,13}}){_AFTER}", 0.5),
    )
    context = (
        "Steuernummer", "Steuer-Nummer", "Steuer-Nr", "Steuernr", "St.-Nr", "St.Nr", "St. Nr", "StNr",
        "Finanzamt", "FA-Nr",
    )
    requires_context = True

    def validate(self, candidate: str) -> bool | None:
        return stnr.is_valid(candidate)
