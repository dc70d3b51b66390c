"""Term list files: read the DSB's big lists, write a clerk's proposal list.

A term list is one term a line (UTF-8, with or without BOM, or Latin-1 as old Windows exports
are), or a CSV file with a header row from which one column is taken. Lines starting with ``#``
are comments. Files are read once per change (cached on path, size and modification time), so
rebuilding an engine in the GUI does not re-read a 50,000-line street directory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from anonymizer.errors import OutputFileError, PolicyError

#: Shorter terms are skipped: a one-letter "term" would mask every such letter in a text.
MIN_TERM_LENGTH = 2


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _csv_terms(text: str, column: str | int | None, path: Path) -> list[str]:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    header = next(rows, [])
    if column is None:
        index = 0
    elif isinstance(column, int):
        index = column - 1
    else:
        names = [name.strip().casefold() for name in header]
        if column.strip().casefold() not in names:
            raise PolicyError(f"Die Begriffsliste „{path.name}“ hat keine Spalte „{column}“.")
        index = names.index(column.strip().casefold())
    return [row[index] for row in rows if len(row) > index]


@lru_cache(maxsize=32)
def _cached_terms(path: Path, column: str | int | None, _size: int, _mtime_ns: int) -> tuple[str, ...]:
    try:
        text = _decode(path.read_bytes())
    except OSError:
        raise PolicyError(f"Die Begriffsliste „{path}“ kann nicht gelesen werden.") from None
    if path.suffix.casefold() == ".csv":
        raw_terms: Iterable[str] = _csv_terms(text, column, path)
    else:
        raw_terms = text.splitlines()
    terms: list[str] = []
    for raw in raw_terms:
        term = " ".join(raw.split())
        if len(term) >= MIN_TERM_LENGTH and not term.startswith("#"):
            terms.append(term)
    return tuple(terms)


def load_term_list(path: Path, column: str | int | None = None) -> tuple[str, ...]:
    """The terms in the list file at ``path`` (whitespace collapsed, comments and blanks dropped)."""
    try:
        stat = path.stat()
    except OSError:
        raise PolicyError(f"Die Begriffsliste „{path}“ existiert nicht.") from None
    return _cached_terms(path, column, stat.st_size, stat.st_mtime_ns)


def export_term_proposal(terms: Iterable[str], path: Path) -> int:
    """Write the clerk's "Immer maskieren" words as a UTF-8 term list for the DSB to review.

    Nothing is learnt automatically: the file is a proposal the DSB may import as a
    ``[[term_lists]]`` entry. Returns the number of terms written (duplicates ignoring case removed).
    """
    seen: set[str] = set()
    unique: list[str] = []
    for raw in terms:
        term = " ".join(raw.split())
        if len(term) >= MIN_TERM_LENGTH and term.casefold() not in seen:
            seen.add(term.casefold())
            unique.append(term)
    header = "# Vorschlag für eine Begriffsliste (Anonymisierungshelfer): ein Begriff je Zeile, UTF-8.\n"
    try:
        path.write_text(header + "".join(f"{term}\n" for term in unique), encoding="utf-8")
    except OSError:
        raise OutputFileError(f"Die Begriffsliste „{path.name}“ kann nicht geschrieben werden.") from None
    return len(unique)
