"""Dates of birth: a date that the text marks as a birth date, and only such a date.

Ordinary dates ("am 12.12.2025 vereinbart") are not personal data worth masking, so a date is
only a finding when a marker says it is a birth date: before it ("geb.", "geboren am", "*",
"Geburtsdatum:"), after it ("am 11.02.2006 in Coesfeld geboren"), or in the header of its table
column ("Name | Geburtsdatum | Ort"). Only the date itself becomes the finding; the marker stays
so that the chatbot still knows what the placeholder stands for. Dates that do not exist
(31.02.) are not dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from anonymizer.detection.base import Recognizer
from anonymizer.entities import DATE_OF_BIRTH, Finding

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: One date in the written forms German texts use: 14.03.1985, 14.3.85, 1985-03-14, 3. Mai 1990.
DATE = (
    r"(?:(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>\d{4}|\d{2})(?![\d.]\d)"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>\d{4})"
    r"|(?P<d4>\d{1,2})\.?\s(?P<m4>" + _MONTH_NAMES + r")\.?\s(?P<y4>\d{4}))"
    r"(?!\d)"
)
_DATE_ALONE = re.compile(r"(?<![\w.])" + DATE, re.IGNORECASE)

#: Markers before the date. "geb." also means "geborene" before a birth name, but then no date follows.
_MARKER_BEFORE = (
    r"(?:\b(?=[gG])(?:geb(?:\.|(?=[ \t]*:)|(?=[ \t]+\d))|geboren|Geburtsdatum|Geburtstag|Geb\.?[ -]?Datum|Geb\.-?Dat\."
    r"|Geburtsdat\.|Geb\.-?Tag)"
    r"(?:[ \t]*(?:/|und)[ \t]*-?[ \t]*(?:Geburts)?ort)?"
    r"|(?P<star>(?<![\w*])\*))"
)
#: What may stand between marker and date: "am", "den", ":", "(", "des Kindes:", a chat's "ich" or
#: "is der" ("geburtsdatum ich 2.9.1990", "mein geb datum is der 5.6.88"), a form's format hint
#: ("Geburtsdatum (TT.MM.JJJJ)"), a line break after the marker (forms put the value on the next
#: line) — never another word that could start a new statement.
_GAP_WORDS = (
    r"(?:am|den|der|ist|is|war|ich|bin|mein|meins|lautet"
    r"|(?:des|der|von|vom)[ \t]+[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*)?)"
)
_FORMAT_HINT = r"\((?:TT|T|tt|DD|dd)[^()\n]{0,16}\)"
_GAP_BEFORE = (
    r"[ \t]*(?:" + _FORMAT_HINT + r"[ \t]*)?(?:[:(][ \t]*)?(?:\n[ \t]*)?(?:" + _GAP_WORDS + r"[ \t:]+){0,3}"
)
_BEFORE = re.compile(_MARKER_BEFORE + _GAP_BEFORE + r"(?P<date>" + DATE + r")", re.IGNORECASE)

#: "am 11.02.2006 geboren", "am 3. Mai 1990 in Coesfeld geboren": up to three words between.
_AFTER = re.compile(
    r"(?<![\w.])(?P<date>" + DATE + r")(?:[ \t]+[\wäöüß-]+){0,3}?[ \t]+geboren\b",
    re.IGNORECASE,
)

#: The header line of a record: "Petra Beispiel, 14.06.1975, wohnhaft …": a date between a comma and an
#: address marker is the person's birth date.
_BEFORE_RESIDENCE = re.compile(
    r"(?<=,)[ \t]*(?P<date>" + DATE + r")[ \t]*,?[ \t]*(?:wohnhaft|wohnt|whft\.|wh\.)", re.IGNORECASE
)

#: A record's person line: "Patient: Müller, Hans, 12.03.1945", "Name: Anna Muster, * 3.4.59" — the first
#: date after a person label and a name (one or two comma-separated parts without digits).
_PERSON_LINE = re.compile(
    r"^[ \t]*(?:Patient(?:in)?|Pat\.|Name|Versicherte[rn]?|Klient(?:in)?|Bewohner(?:in)?|Kind|Schüler(?:in)?)"
    r"[ \t]*:[ \t]*[^\W\d][^\n,:\d]{1,40},(?:[ \t]*[^\W\d][^\n,:\d]{1,30},)?[ \t]*\*?[ \t]*(?P<date>" + DATE + r")",
    re.IGNORECASE | re.MULTILINE,
)

#: Words before a date that make "… geboren" a rule about a group of people, not one person's birth date.
_CUTOFF = re.compile(r"\b(?:vor|nach|bis|ab|seit|zwischen|und)(?:[ \t]+(?:dem|zum|den))?[ \t]+$", re.IGNORECASE)

#: Table header cells that name a birth-date column.
_HEADER_CELL = re.compile(
    r"^\s*(?:Geburtsdatum|Geburtstag|Geb\.?-?Datum|Geb\.?-?Dat\.?|Geb\.|geboren(?: am)?|Geburtsdat\.?)\s*:?\s*$",
    re.IGNORECASE,
)
#: Cell separators, most specific first; a comma only counts in a line whose header cell matched.
_SEPARATORS = ("\t", "|", ";", ",")

#: Oldest year a living person's birth date plausibly has.
MIN_YEAR = 1880
#: How many years past this one a date after an explicit birth marker ("geb.", "Geburtsdatum") may lie.
FUTURE_YEARS_AFTER_MARKER = 30


def parse_date(match: re.Match[str], latest_year: int | None = None) -> date | None:
    """The calendar date a :data:`DATE` match stands for, or None if it does not exist.

    ``latest_year`` (default: this year) is the latest year accepted.
    """
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        day = match.group(d)
        if day is None:
            continue
        month_text = match.group(m)
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
        year = int(match.group(y))
        if year < 100:
            # Two-digit birth years: "85" is 1985, "16" is 2016 (not in the future).
            year += 2000 if 2000 + year <= date.today().year else 1900
        try:
            value = date(year, month, int(day))
        except ValueError:
            return None
        return value if MIN_YEAR <= value.year <= (latest_year or date.today().year) else None
    return None


def _starts_line(text: str, index: int) -> bool:
    """True if only spaces stand between the previous line break and ``index``."""
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip()


class DateOfBirthRecognizer(Recognizer):
    """Finds dates that the text marks as birth dates (marker before, after, or column header)."""

    name = "date_of_birth"
    entity_types = (DATE_OF_BIRTH,)
    #: A marker right before the date is near-certain; "… geboren" after it and table columns too.
    score = 0.9

    def analyze(self, text: str) -> list[Finding]:
        spans: dict[tuple[int, int], None] = {}
        for regex in (_BEFORE, _AFTER, _BEFORE_RESIDENCE, _PERSON_LINE):
            for match in regex.finditer(text):
                latest = None
                if regex is _BEFORE and match.group("star"):
                    if _starts_line(text, match.start()):
                        continue  # "* 12.07.2025 Sitzung" is a bullet point, not a birth mark
                elif regex is _BEFORE:
                    # "geb. am 11.09.2028": a marker that names the birth leaves no doubt, even where a
                    # document's dates were shifted into the future or the writer mistyped the year
                    latest = date.today().year + FUTURE_YEARS_AFTER_MARKER
                if regex is _AFTER and _CUTOFF.search(text, max(0, match.start() - 20), match.start()):
                    continue  # "wer vor dem 1. Januar 1947 geboren ist": a rule's cut-off, nobody's birthday
                if parse_date(match, latest) is not None:
                    spans[match.span("date")] = None
        for span in self._table_dates(text):
            spans[span] = None
        return [
            Finding(start, end, DATE_OF_BIRTH, text[start:end], self.score, self.name) for start, end in sorted(spans)
        ]

    def _table_dates(self, text: str) -> Iterator[tuple[int, int]]:
        """Dates in the cells of a column whose header names a birth date.

        A table is a run of lines split by the same separator (tab, "|" or ";"); the run ends at
        the first line without that separator.
        """
        column: int | None = None
        separator = ""
        offset = 0
        for line in text.splitlines(keepends=True):
            line_start = offset
            offset += len(line)
            if column is not None and separator in line:
                yield from self._cell_date(line, line_start, separator, column)
                continue
            column = None
            for candidate in _SEPARATORS:
                if candidate not in line:
                    continue
                cells = line.rstrip("\r\n").split(candidate)
                for index, cell in enumerate(cells):
                    if _HEADER_CELL.match(cell):
                        column, separator = index, candidate
                        break
                if column is not None:
                    break

    @staticmethod
    def _cell_date(line: str, line_start: int, separator: str, column: int) -> Iterator[tuple[int, int]]:
        cells = line.rstrip("\r\n").split(separator)
        if column >= len(cells):
            return
        cell_start = line_start + sum(len(cell) + len(separator) for cell in cells[:column])
        match = _DATE_ALONE.search(cells[column])
        if match is not None and parse_date(match) is not None:
            yield cell_start + match.start(), cell_start + match.end()
