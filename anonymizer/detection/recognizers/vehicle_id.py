"""Vehicle identification numbers (FIN/VIN, ISO 3779): 17 characters, digits and capitals without I, O, Q.

A VIN ties a car to its keeper as surely as a plate does. Its ninth character is a check digit in North
America and China and with many importers; European makers may put any character there. So a VIN whose
check digit is right is validated on its own, and one without a valid check digit counts only next to
its label ("FIN", "Fahrgestellnummer", "Fahrzeug-Identifizierungsnummer") — a 17-character code in a
log file or a licence key is no vehicle.
"""

from __future__ import annotations

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import REFERENCE

#: The value of each character in the check-digit sum (ISO 3779 / 49 CFR 565).
_TRANSLITERATION = {
    **{str(digit): digit for digit in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_character(vin: str) -> str:
    """The check character a 17-character VIN must carry at position 9 ("0"-"9" or "X")."""
    remainder = sum(_TRANSLITERATION[char] * weight for char, weight in zip(vin, _WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


class VehicleIdRecognizer(PatternRecognizer):
    """Finds vehicle identification numbers such as ``WVWZZZ1K00W123456``."""

    name = "VehicleIdRecognizer"
    entity_type = REFERENCE
    patterns = (
        # 17 characters standing alone (checked first: fast on lower-case text), at least two digits and
        # two letters ("ABCDEFGHJKLMNPRST" is a word, not a VIN)
        Pattern(
            "vin",
            r"(?=[A-HJ-NPR-Z0-9]{17}(?![\w-]))(?<![\w-])(?=(?:[A-HJ-NPR-Z]*\d){2})(?=(?:\d*[A-HJ-NPR-Z]){2})"
            r"[A-HJ-NPR-Z0-9]{17}",
            0.5,
        ),
    )
    context = (
        "FIN", "VIN", "Fahrgestellnummer", "Fahrgestell-Nr", "Fahrzeug-Identifizierungsnummer",
        "Fahrzeugidentifizierungsnummer", "Fahrzeug-Ident", "Fahrzeugident", "Identifizierungsnummer",
        "Fahrzeug-Identnummer", "Fahrzeugnummer",
    )  # fmt: skip
    #: Without a valid check digit a VIN needs its label: 0.5 + context boost passes, 0.5 alone does not.
    min_score = 0.6

    def validate(self, candidate: str) -> bool | None:
        """True if the check digit at position 9 is right; None otherwise (European VINs carry none)."""
        return True if candidate[8] == vin_check_character(candidate) else None
