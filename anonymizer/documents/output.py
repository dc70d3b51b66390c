"""Saving a masked result in the format of its input: a Word file stays a Word file, the rest is text.

The command line and the GUI's "Bereinigtes Dokument speichern" both call :func:`write_masked_file`,
so the choice of writer lives in one place. A ``.docx`` target needs a ``.docx`` source (the writer
edits the original package); other sources are saved as UTF-8 text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from anonymizer.documents.docx_writer import Replacement, write_masked_docx
from anonymizer.errors import OutputFileError


def write_masked_file(
    source: Path,
    kind: str,
    target: Path,
    masked_text: str,
    replacements: Sequence[Replacement],
    *,
    remove_images: bool = False,
) -> list[str]:
    """Write the masked document to ``target`` atomically; returns German notes (e.g. on images)."""
    from anonymizer.cli.common import write_text_atomically  # the shared atomic writer; cli imports us

    if target.suffix.lower() in (".docx", ".docm", ".doc"):
        if kind != "docx" or target.suffix.lower() != ".docx":
            raise OutputFileError(
                "Als Word-Dokument (.docx) kann nur ein Word-Dokument gespeichert werden; bitte eine .txt-Datei wählen."
            )
        return write_masked_docx(source, target, replacements, remove_images=remove_images).notes
    write_text_atomically(target, masked_text, source)
    return []
