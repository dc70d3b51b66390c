"""The Steuernummer (St.-Nr.) in every Land's written form and the 13-digit federal form.

A Steuernummer looks like many other numbers (dates with slashes, Aktenzeichen, order
numbers), so it is only reported next to a context word, bare forms such as "123/456/78901" never
(their check digit follows eleven Länder procedures that no library checks). :mod:`stdnum.de.stnr`
checks that the digits fit one of the Länder layouts (Finanzamt, district, serial); a labelled
number that fits none ("Steuernummer: 0981508150999") is still kept, as the label says what it is.
Examples: "133/8150/8159" (NRW), "93815/08152" (Baden-Württemberg), "21/815/08150"
(Niedersachsen and others), "181/815/08155" (Bayern), "013 815 08153" (Hessen),
"2893081508152" (federal form).
"""

from __future__ import annotations

from stdnum.de import stnr

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import TAX_NUMBER

_BEFORE = r"(?<![\w.,/-])"
_AFTER = r"(?![\w]|[ /.,-]\d)"
_THREE_PARTS = r"\d{2,3}(?P<sep>[/ ])\d{3,4}(?P=sep)\d{4,5}"
_TWO_PARTS = r"\d{5}/\d{5}"
_COMPACT = r"\d{10,13}"


class TaxNumberRecognizer(PatternRecognizer):
    """Finds Steuernummern such as ``133/8150/8159`` after "Steuernummer" or "St.-Nr.\u00a0"."""

    name = "TaxNumberRecognizer"
    entity_type = TAX_NUMBER
    patterns = (
        # Three parts ("133/8150/8159", "013 815 08153"), two parts ("93815/08152") or compact.
        Pattern("stnr", rf"{_BEFORE}(?P<value>{_THREE_PARTS}|{_TWO_PARTS}|{_COMPACT}){_AFTER}", 0.5),
    )
    context = (
        "Steuernummer", "Steuer-Nummer", "Steuer-Nr", "Steuernr", "St.-Nr", "St.Nr", "St. Nr", "StNr",
        "Finanzamt", "FA-Nr",
    )
    requires_context = True
    keeps_refuted_with_context = True

    def validate(self, candidate: str) -> bool | None:
        return stnr.is_valid(candidate)
