"""Name columns of tables: the cells under a "Name"/"Vorname"/"Teilnehmer" header in tab, pipe or
semicolon tables."""

from __future__ import annotations

import re

from anonymizer.detection.layout import column_cells
from anonymizer.detection.persons.rules.base import STRONG_SCORE, PersonRule, PersonText, Span

#: Table header cells that mark a column of person names.
NAME_HEADER = re.compile(
    r"(?i)^\s*(?:vor-?\s*und\s+nachname|name(?:,\s*vorname)?|nachname|vorname|familienname|"
    r"teilnehmer(?:/?in|innen)?|ansprechpartner(?:/?in)?|sachbearbeiter(?:/?in)?|mitarbeiter(?:/?in)?|"
    r"schüler(?:/?in)?|kind|antragsteller(?:/?in)?|person|erziehungsberechtigte[r]?|bearbeiter(?:/?in)?)\s*$"
)
#: A cell that holds a name: up to five words, no digits.
_NAME_CELL = re.compile(r"^[^\W\d_][\w'’.-]*(?:,?\s+[^\W\d_][\w'’.-]*){0,4}$")


class TableColumnRule(PersonRule):
    """Every name-shaped cell of a name column (not an empty "-" or "…")."""

    def spans(self, page: PersonText) -> list[Span]:
        text = page.text
        return [
            (start, end, STRONG_SCORE)
            for start, end in column_cells(text, lambda cell: bool(NAME_HEADER.match(cell)), page.lines)
            if _NAME_CELL.match(text[start:end]) and not set(text[start:end]) <= set("-. ")
        ]
