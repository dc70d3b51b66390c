"""The report of a folder run: one row per file, never a value (issue 21.1).

A CSV file for Excel: UTF-8 with a byte-order mark (or Excel reads "Müller" as "MÃ¼ller"), ``;`` as
the separator (what German Excel expects; with "," it shows everything in one column). Columns: the
file (masked, see :mod:`anonymizer.batch.names`), the output, the status, the German message, the
number of findings, then one column per category that occurred, in the catalogue's order.

A file name can start with ``=`` or ``@``; Excel would run it as a formula. Such a cell is written with
a leading apostrophe, as OWASP recommends against CSV injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from anonymizer.documents.atomic import write_bytes_atomically
from anonymizer.entities import ALL_TYPES

OK = "ok"
SKIPPED = "übersprungen"
UNSUPPORTED = "nicht unterstützt"
FAILED = "Fehler"
#: The statuses in the order the summary names them.
STATUSES = (OK, SKIPPED, UNSUPPORTED, FAILED)
HEADER = ("Datei", "Ausgabe", "Status", "Meldung", "Fundstellen")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One file of the run. ``file`` and ``output`` are masked relative paths (``/`` separated)."""

    file: str
    status: str
    message: str = ""
    output: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def report_csv(rows: Sequence[ReportRow]) -> bytes:
    """The report as the bytes of a CSV file (UTF-8 with BOM, ``;``-separated, CRLF line ends)."""
    types = [t for t in ALL_TYPES if any(row.counts.get(t) for row in rows)]
    types += sorted({t for row in rows for t in row.counts if row.counts[t] and t not in ALL_TYPES})
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([*HEADER, *types])
    for row in rows:
        writer.writerow(
            [
                _cell(row.file),
                _cell(row.output),
                row.status,
                _cell(row.message),
                row.total,
                *(row.counts.get(t, 0) for t in types),
            ]
        )
    # "replace": the odd Linux file name that is no UTF-8 shows a "?" instead of stopping the report
    return ("\ufeff" + buffer.getvalue()).encode("utf-8", "replace")


def write_report(target: Path, rows: Sequence[ReportRow]) -> None:
    """Write the report atomically (a half-written report is never left behind)."""
    write_bytes_atomically(target, report_csv(rows))


def summary(rows: Sequence[ReportRow]) -> str:
    """One German line: how many files ended how."""
    counts = {status: sum(1 for row in rows if row.status == status) for status in STATUSES}
    parts = [f"{counts[OK]} bereinigt", f"{counts[SKIPPED]} übersprungen (schon fertig)"]
    if counts[UNSUPPORTED]:
        parts.append(f"{counts[UNSUPPORTED]} nicht unterstützt")
    parts.append(f"{counts[FAILED]} mit Fehler")
    files = "1 Datei" if len(rows) == 1 else f"{len(rows)} Dateien"
    return f"{files}: " + ", ".join(parts) + "."
