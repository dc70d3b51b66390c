"""Telephone and fax numbers: German landline and mobile numbers in all their written forms,
international numbers, and extensions.

Candidates are found by a pattern that only starts at a trunk prefix ("0…", "(0…"), an
international prefix ("+…", "00…") or right after a phone label ("Tel. 8 93 47"), and the
digits are checked with ``phonenumbers`` (region DE), which knows the numbering plans.
Starting only at a prefix is what keeps amounts, years, postal codes, Steuer-IDs and
paragraph numbers out: a German number is always written with its leading 0 or +.
The pattern also refuses to start inside a run of digit groups ("DE44 5001 0517 …") or
after a slash or a digit and a dot (dates, Aktenzeichen, Steuernummern); "Tel.0251 …" is fine.

Extensions stay part of the finding: "02541 / 18-1234", "0251 123456, Durchwahl 12".
``phonenumbers`` judges the German plan generously, so a valid number is not marked as
*validated* (that flag lets a finding win overlaps, and is kept for check digits such as
an IBAN's); it gets a high score instead. A number outside the known plan but written like
a phone number ("05794 / 31-9476", invented or newly assigned) is kept with a lower score:
a leaked phone number costs more than a masked Aktenzeichen.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import replace

import phonenumbers

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import PHONE, Finding

_SPACE = r"[ \t]"
_BEFORE = r"(?<![\w+/,@-])(?<!\d[ \t.])"
_AFTER = r"(?![\w@]|[.,/]\d)"
#: A country code with the area code in brackets ("+43 (662) 80-44-1234") is one more way to start.
_START = (
    rf"(?:\+{_SPACE}?[1-9]\d{{0,2}}{_SPACE}?\({_SPACE}?[1-9]\d{{0,4}}{_SPACE}?\)"
    rf"|\+{_SPACE}?[1-9]|00{_SPACE}?[1-9]|\({_SPACE}?(?:\+|00|0){_SPACE}?\d|0)"
)
#: One digit, after at most one separator ("-", "/", ")") and an optional "(0)": "-(0)251".
_STEP = rf"{_SPACE}?(?:[-/)]{_SPACE}?)?(?:\(0\){_SPACE}?)?(?:(?<=\(0\))[-/]{_SPACE}?)?\d"
#: Labels of a short internal number: an extension, a clinic's pager ("Piepser 4711", "Funk 2210").
_EXTENSION_LABEL = r"(?:Durchwahl|Dw\.|Apparat|App\.|Nebenstelle|Nst\.|Ext\.|Piepser|Pieper|Pager|Funk)"
_EXTENSION = rf"(?:,?{_SPACE}?{_EXTENSION_LABEL}{_SPACE}?:?{_SPACE}?-?{_SPACE}?\d{{1,5}}(?!\d))"
_LABEL = r"(?:Tel(?:efon)?\.?|Fax\.?|Telefax|Mobil|Handy|Rufnummer|Ruf)"
#: A second line of the same connection: "0231 555-1200 o. 1201" (the last digits of another extension).
_ALTERNATIVE = rf"(?:{_SPACE}+(?:o\.|oder|bzw\.){_SPACE}*-?\d{{1,5}}(?![\w]|[.,/]\d))"

#: Numbers written with the trunk or an international prefix, optionally with an extension.
_PREFIXED = rf"{_BEFORE}(?P<value>{_START}(?:{_STEP}){{4,24}}{_EXTENSION}?{_ALTERNATIVE}?){_AFTER}"
#: A local number straight after a phone label: "Tel. 8 93 47", "Fax: 18-1234". The labelled patterns
#: start with a look-ahead for the label's first letters (or the literal word itself): the regex engine
#: then skips to them instead of testing the look-behind at every position (twice as fast).
_LOCAL = rf"(?=[TFMHR])(?<!\w){_LABEL}{_SPACE}?:?{_SPACE}?(?P<value>[1-9]\d{{0,3}}(?:[ -]?\d{{1,4}}){{1,3}}){_AFTER}"
#: A number without area code after "unter" ("Terminabsprache unter 4470-2218"): written in two or
#: three groups, and only with a phone word nearby (its low score needs the context boost).
_UNDER = (
    rf"unter(?<!\wunter){_SPACE}+(?:der{_SPACE}+(?:Nummer|Rufnummer|Telefonnummer|Durchwahl){_SPACE}+)?"
    rf"(?P<value>[1-9]\d{{1,4}}(?:{_SPACE}?[-/]{_SPACE}?\d{{2,5}}|{_SPACE}\d{{2,5}}){{1,2}}){_AFTER}"
)
#: An extension on its own: "Durchwahl -1234".
_BARE_EXTENSION = (
    rf"(?=[DANEPF])(?<!\w){_EXTENSION_LABEL}{_SPACE}?:?{_SPACE}?(?P<value>-?{_SPACE}?\d{{1,5}})(?![\w]|[.,/]\d)"
)

_ENDS_WITH_EXTENSION_LABEL = re.compile(rf"{_EXTENSION_LABEL}{_SPACE}?:?{_SPACE}?$")
_EXTENSION_SPLIT = re.compile(rf",?{_SPACE}?{_EXTENSION_LABEL}|{_ALTERNATIVE}")
_ALTERNATIVE_TAIL = re.compile(rf"(?P<last>\d+){_ALTERNATIVE}$")
#: "03/2021 - 09/2021", "05-07/2022": months of a year (a course of treatment), not a phone number.
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])(?:[-/](?:0?[1-9]|1[0-2]))?[/.](?:19|20)\d\d(?!\d)")
#: "2020-2021", "2019/20": a range of years.
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[ ]?[-/][ ]?(?:(?:19|20)?\d\d)")
_DATE_LIKE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}")
_NON_DIGITS = re.compile(r"\D")
#: "…/2025" at the end reads as an Aktenzeichen with its year, not as a phone number.
_YEAR_TAIL = re.compile(r"/(?:19|20)\d\d$")
_SEPARATOR = re.compile(r"\d[ \t/)-]+\d")
#: The area code as written: in brackets "(0 25 91)", or the first digit group "02541".
_AREA = re.compile(r"\([\d \t]+\)|\d+")
_AREA_CODE = re.compile(r"0(?:[2-9]\d{1,4}|1[5-7]\d{1,3})")
#: Score taken off a number that phonenumbers does not know but that looks like a phone number.
UNKNOWN_RANGE_PENALTY = 0.25

#: Fewest digits of a number with area code ("0251 1234" has 8; 6 allows short rural lines).
MIN_PREFIXED_DIGITS = 6
#: Most digits of a prefixed number: 15 (E.164) plus the "00" international prefix.
MAX_PREFIXED_DIGITS = 17
#: Fewest and most digits of a local number written without area code after a label.
MIN_LOCAL_DIGITS, MAX_LOCAL_DIGITS = 5, 10


def main_number(candidate: str) -> str:
    """The candidate without a written-out extension ("Durchwahl 12")."""
    return _EXTENSION_SPLIT.split(candidate, maxsplit=1)[0]


class Verdict(enum.Enum):
    """How sure the number plan makes us that a prefixed candidate is a phone number."""

    VALID = "valid"  # phonenumbers knows the area code / range
    PLAUSIBLE = "plausible"  # unknown range, but written like a phone number ("05794 / 31-9476")
    DOUBTFUL = "doubtful"  # unknown range, no separators or no German area code: only with context
    INVALID = "invalid"


@functools.lru_cache(maxsize=8192)
def classify(candidate: str) -> Verdict:
    """Judge a candidate that starts with a prefix ("0…", "+…", "00…", "(0…").

    ``phonenumbers`` decides first (region DE for numbers without +). Invented numbers in test
    data and new ranges are often not in its plan, so a number it does not know still counts
    as *plausible* when it has the German shape: an area code 0[2-9]x… or a mobile prefix
    015x-017x, 7 to 12 digits, written in groups. Any other number of 6 to 17 digits is
    *doubtful* and needs a context word ("Tel. 03482280873", "Tel. 00334 01878").
    """
    number = main_number(candidate).strip()
    if _DATE_LIKE.fullmatch(number) or _YEAR_TAIL.search(number) or _MONTH_YEAR.match(number):
        return Verdict.INVALID
    digits = _NON_DIGITS.sub("", number)
    if len(digits) < MIN_PREFIXED_DIGITS or digits.startswith("000"):
        return Verdict.INVALID
    if len(digits) > MAX_PREFIXED_DIGITS:
        return Verdict.INVALID
    try:
        parsed = phonenumbers.parse(number, "DE")
    except phonenumbers.NumberParseException:
        return Verdict.DOUBTFUL
    if phonenumbers.is_valid_number(parsed):
        return Verdict.VALID
    if not phonenumbers.is_possible_number(parsed):
        return Verdict.DOUBTFUL
    if number.lstrip("( \t").startswith(("+", "00")):
        shaped = 8 <= len(digits.removeprefix("00")) <= 15
    else:
        area = _AREA.match(number)
        shaped = (
            7 <= len(digits) <= 12
            and area is not None
            and bool(_AREA_CODE.fullmatch(_NON_DIGITS.sub("", area.group(0))))
        )
    return Verdict.PLAUSIBLE if shaped and _SEPARATOR.search(number) else Verdict.DOUBTFUL


def is_valid_phone(candidate: str) -> bool:
    """True if ``phonenumbers`` accepts the number (German region for numbers without +)."""
    return classify(candidate) is Verdict.VALID


class PhoneRecognizer(PatternRecognizer):
    """Finds phone and fax numbers such as ``02541 / 18-1234`` or ``+49 152 12345678``."""

    name = "PhoneRecognizer"
    entity_type = PHONE
    patterns = (
        Pattern("prefixed", _PREFIXED, 0.7),
        Pattern("labelled-local", _LOCAL, 0.3),
        Pattern("extension", _BARE_EXTENSION, 0.3),
        Pattern("local-after-unter", _UNDER, 0.3),
    )
    context = (
        "Tel", "Telefon", "Telefonnummer", "Fax", "Telefax", "Mobil", "Mobilnummer", "Handy", "Handynummer",
        "Rufnummer", "Ruf", "erreichbar", "anrufen", "Anruf", "zurückrufen", "Rückruf", "Nummer", "Durchwahl",
        "Festnetz", "WhatsApp", "Kontakt", "erreichen", "Sprechzeiten", "Terminvereinbarung", "Terminabsprache",
        "Anmeldung", "Vermittlung", "Zentrale", "Piepser", "Pieper", "Pager", "Funk",
    )

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Filter candidates by what the number plan and the written shape say.

        A local number after a label needs five to ten digits (so "Handy 2025" is no number);
        a doubtful prefixed number (unknown to the plan, not in the German shape) needs context.
        """
        if text[start] in "+0(":
            verdict = classify(text[start:end])
            if verdict is Verdict.INVALID:
                return None
            if verdict is Verdict.DOUBTFUL and not self._context.near(text, start, end):
                return None
            return start, self._without_odd_alternative(text, start, end)
        if text[start] == "-" or _ENDS_WITH_EXTENSION_LABEL.search(text, max(0, start - 20), start):
            return start, end
        if _YEAR_RANGE.fullmatch(text, start, end):
            return None
        digits = len(_NON_DIGITS.sub("", text[start:end]))
        return (start, end) if MIN_LOCAL_DIGITS <= digits <= MAX_LOCAL_DIGITS else None

    @staticmethod
    def _without_odd_alternative(text: str, start: int, end: int) -> int:
        """The end of the number without an "o. 12" that is no second extension.

        "555-1200 o. 1201" names two lines; "0251 123456 oder 2" does not (a count follows).
        """
        tail = _ALTERNATIVE_TAIL.search(text, start, end)
        if tail is None:
            return end
        alternative = _NON_DIGITS.sub("", text[tail.end("last") : end])
        if len(alternative) >= 2 and len(alternative) <= len(tail.group("last")):
            return end
        return tail.end("last")

    def analyze(self, text: str) -> list[Finding]:
        """Findings of the base class, with a lower score for numbers outside the known plan."""
        return [
            finding
            if not finding.text.startswith(("+", "0", "(")) or is_valid_phone(finding.text)
            else replace(finding, score=finding.score - UNKNOWN_RANGE_PENALTY)
            for finding in super().analyze(text)
        ]
