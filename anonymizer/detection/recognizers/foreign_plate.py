"""Polish licence plates ("PO 12345", "WX 1234A", "KR 2AB34", "DW-1234A"), next to a context word.

Seasonal workers and commuters from Poland drive cars with Polish plates through every German
county, so they turn up in Ordnungsamt and Bußgeld texts. A Polish plate is a district code of two
or three letters whose first letter names the voivodeship (B, C, D, E, F, G, K, L, N, O, P, R, S,
T, W, Z), a space, and four or five letters and digits. That shape is also the shape of norms and
product codes ("ISO 9001", "DIN 12345"), so a plate is only taken next to a context word
("Kennzeichen", "Fahrzeug", "polnisch"), and never when its code is a norm, an authority or a car
maker that vehicle texts name with a number ("DIN 70020", "KBA 12345", "BMW 520D").
"""

from __future__ import annotations

import re

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import LICENSE_PLATE

#: First letters of the 16 voivodeships (W mazowieckie, K małopolskie, P wielkopolskie, …).
_VOIVODESHIPS = "BCDEFGKLNOPRSTWZ"
_CODE = rf"[{_VOIVODESHIPS}][A-Z]{{1,2}}"
#: Four or five characters with at least one digit, never a run of letters only.
_NUMBER = r"(?=[A-Z]{0,4}\d)[0-9A-Z]{4,5}"
_PATTERN = rf"(?<![\w/.-])(?P<value>{_CODE}[ -]{_NUMBER})(?![\w-]|[.,/]\d)"
#: Abbreviations with a number in vehicle texts that are no Polish district.
_NOT_CODES = frozenset({"BMW", "DAF", "KIA", "DIN", "EN", "EG", "EU", "ECE", "KBA", "GKV", "SGB", "ZPO"})


class PolishLicensePlateRecognizer(PatternRecognizer):
    """Finds Polish plates such as ``PO 12345`` after "Kennzeichen" or "Fahrzeug"."""

    name = "PolishLicensePlateRecognizer"
    entity_type = LICENSE_PLATE
    patterns = (Pattern("plate_pl", _PATTERN, 0.3),)
    context = (
        "Kennzeichen", "amtliches Kennzeichen", "Kfz", "Fahrzeug", "Pkw", "Lkw", "Transporter", "Kleinbus",
        "Nummernschild", "polnisch", "Polen", "PL-Kennzeichen", "zugelassen", "Halter",
    )  # fmt: skip
    requires_context = True

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        code = re.split(r"[ -]", text[start:end], maxsplit=1)[0]
        return None if code in _NOT_CODES else (start, end)
