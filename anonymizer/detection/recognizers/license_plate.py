"""German Kfz-Kennzeichen ("COE-AB 123", "MS XY 4567", "B-AB-1234", "BOR AB 1234", "MS-E 12 E").

A plate is a district code (Unterscheidungszeichen, 1-3 letters), one or two letters and one to
four digits, optionally followed by E (electric) or H (historic), also after a space as printed
("MS-E 12 E"). Upper-case abbreviations followed by numbers are common in administrative German
("DIN A 4", "SGB II 12"), so the district code must be one of the real codes listed in
``resources/data/license_plate_codes.txt``. The written forms a clerk types ("COE-AB 123",
"COE AB 123", "B-AB-1234") are accepted on their own; run-together forms such as "COE-AB123" or
"COE AB-123" only count next to a context word like "Kennzeichen". FZV § 8 allows eight characters
at most, but a nine-character plate ("BOR AB 1234", "MIL EF 1234E") is still what the writer meant
as a plate (a typo or an invented example), so it is masked too.

Lower case is only taken next to a context word: in prose "es ab 2024" or "so ab 100" have the
shape of a plate (ES, SO are district codes) and a bare lower-case match would mask ordinary words.
The hyphen-hyphen form with a year as its number ("FB-IT-2024", "AZ-SB-2023") is how many file
references are written, so that form also needs a context word when its number reads as a year.
"""

from __future__ import annotations

import re
from functools import cache

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import LICENSE_PLATE
from anonymizer.resources import data_lines, resource_path

#: The data file with one district code per line (code, tab, district).
CODES_FILE = ("data", "license_plate_codes.txt")

_CODE = r"(?P<code>[A-ZÄÖÜ]{1,3})"
_LETTERS = r"(?P<letters>[A-Z]{1,2})"
_DIGITS = r"(?P<digits>[1-9]\d{0,3})"
_SUFFIX = r"(?P<suffix> ?[EH])?"
#: Not glued to a word before; after the digits no further word character, no "/25" or ".5".
_BEFORE = r"(?<![\w\-/.])"
_AFTER = r"(?![\w\-/]|[.,]\d)"

#: Letters that read as a Roman numeral ("B I 2", "R II 2" in outline numbering).
_ROMAN = re.compile(r"[IVX]{1,2}")
#: Words right before a code that make the match a citation ("ABl. EG L 175", "BGBl. I …").
_CITATION_BEFORE = re.compile(r"\b(?:ABl|BGBl|GVBl|BAnz|Nr)\.?[ ]$")
#: A four-digit number from 1900 to 2099 reads as a year in file references ("FB-IT-2024").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Codes that also start standards and paper sizes ("DIN EN 872", "DIN A 4"): as plates only with a
#: hyphen ("DIN-AB 12") or a context word.
_AMBIGUOUS_CODES = frozenset({"DIN"})


@cache
def district_codes() -> frozenset[str]:
    """The set of valid Unterscheidungszeichen, read once from the bundled data file."""
    return frozenset(line.split("\t", 1)[0].strip() for line in data_lines(resource_path(*CODES_FILE)))


class LicensePlateRecognizer(PatternRecognizer):
    """Finds German licence plates whose district code really exists."""

    name = "license_plate"
    entity_type = LICENSE_PLATE
    patterns = (
        # "COE-AB 123", "COE AB 123", "MS XY 4567", "B-A 1", "COE-AB 123E"
        Pattern("plate_written", _BEFORE + _CODE + r"[- ]" + _LETTERS + r" " + _DIGITS + _SUFFIX + _AFTER, 0.6),
        # "B-AB-1234", "HH-AB-1234", "M-XY-999": the hyphenated form of many registration papers
        Pattern("plate_hyphens", _BEFORE + _CODE + r"-" + _LETTERS + r"-" + _DIGITS + _SUFFIX + _AFTER, 0.5),
        # "COE-AB123", "COE AB-123": only with a context word nearby
        Pattern("plate_loose", _BEFORE + _CODE + r"[- ]" + _LETTERS + r"-?" + _DIGITS + _SUFFIX + _AFTER, 0.2),
        # chat style "kennzeichen coe-mp 311", "b ab 1234": lower case, only with a context word nearby
        Pattern(
            "plate_lower_case",
            _BEFORE
            + r"(?P<code>[a-zäöü]{1,3})[- ](?P<letters>[a-z]{1,2})[ -]?"
            + _DIGITS
            + r"(?P<suffix> ?[eh])?"
            + _AFTER,
            0.2,
        ),
    )
    context = (
        "Kennzeichen",
        "amtliches Kennzeichen",
        "amtl. Kennzeichen",
        "Kfz",
        "Fahrzeug",
        "Pkw",
        "Lkw",
        "Krad",
        "Motorrad",
        "Anhänger",
        "Wohnmobil",
        "zugelassen",
        "Zulassung",
        "Halter",
        "Nummernschild",
        "geparkt",
        "Parkverstoß",
        "Verwarnung",
    )

    def __init__(self) -> None:
        super().__init__()
        self._codes = district_codes()

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop matches whose code is no district or that read as "DIN EN 872", "FB-IT-2024"."""
        candidate = text[start:end]
        code, rest = re.split(r"[- ]", candidate.upper(), maxsplit=1)
        if code not in self._codes:
            return None
        if self._context.near(text, start, end):
            return start, end
        letters = rest.rstrip("EH ").rstrip("0123456789").rstrip("- ")
        if _ROMAN.fullmatch(letters) or _CITATION_BEFORE.search(text, max(0, start - 8), start):
            return None  # "zu B I 2 der Gründe", "ABl. EG L 175": outline numbers and citations
        if code in _AMBIGUOUS_CODES and (candidate[len(code)] != "-" or candidate.count("-") == 2):
            return None  # "DIN A 4", "DIN-EN-1090"; a plate "DIN-AB 12" is written with one hyphen
        if candidate.count("-") == 2 and _YEAR.fullmatch(rest.rstrip("EH ").rsplit("-", 1)[-1]):
            return None  # "FB-IT-2024": a file reference with its year
        return start, end
