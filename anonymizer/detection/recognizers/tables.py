"""Columns of plain-text tables: which cells stand below which header.

Lists exported from Excel, forms and registers put a value in a column whose header says what it is
("PLZ", "Straße", "Kunden-Nr.") while the cell itself carries no label ("48653", "Sonnenhang 14",
"318D104471"). Recognizers that know their header words ask for the cells below them here.

A table is a header line split by a tab, "|" or ";" into at least two cells, followed by at least one
line with the same separator; it ends at the first line without it. Markdown rule rows ("|---|---|")
are skipped. The parse is cached for the last few texts, so that the address and reference
recognizers share one pass over a long document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from anonymizer.detection.layout import TABLE_SEPARATORS

_RULE_CELL = re.compile(r"[ \t:-]*")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its header text and the spans of its non-empty cells (spaces stripped)."""

    header: str
    cells: tuple[tuple[int, int], ...]


def _cells(line: str, line_start: int, separator: str) -> list[tuple[int, int]]:
    """The spans of the cells of ``line`` (spaces stripped; an empty cell gives an empty span)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for cell in line.split(separator):
        stripped = cell.strip()
        start = line_start + position + (cell.find(stripped) if stripped else 0)
        spans.append((start, start + len(stripped)))
        position += len(cell) + len(separator)
    return spans


def _is_rule(text: str, cells: list[tuple[int, int]]) -> bool:
    return all(_RULE_CELL.fullmatch(text[start:end]) for start, end in cells)


@lru_cache(maxsize=4)
def table_columns(text: str) -> tuple[Column, ...]:
    """Every column of every table in ``text``, in text order."""
    if "\t" not in text and "|" not in text and ";" not in text:
        return ()
    columns: list[Column] = []
    separator = ""
    header: list[tuple[int, int]] = []
    rows: list[list[tuple[int, int]]] = []

    def close() -> None:
        for index, (start, end) in enumerate(header):
            cells = tuple(row[index] for row in rows if index < len(row) and row[index][0] < row[index][1])
            if cells:
                columns.append(Column(text[start:end], cells))

    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.rstrip("\r\n")
        if separator and separator in body:
            cells = _cells(body, line_start, separator)
            if not _is_rule(text, cells):
                rows.append(cells)
            continue
        if separator and rows:
            close()
        separator, header, rows = "", [], []
        for candidate in TABLE_SEPARATORS:
            if candidate in body:
                cells = _cells(body, line_start, candidate)
                if sum(1 for start, end in cells if start < end) >= 2:
                    separator, header = candidate, cells
                    break
    if separator and rows:
        close()
    return tuple(columns)


def cells_below(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of the cells in every column whose whole header matches ``header``."""
    for column in table_columns(text):
        if header.fullmatch(column.header):
            yield from column.cells
