"""Saving a masked result in the format of its input: a Word file stays a Word file, the rest is text.

The command line and the GUI's "Bereinigtes Dokument speichern" both call :func:`write_masked_file`,
so the choice of writer lives in one place. A ``.docx`` target needs a ``.docx`` source (the writer
edits the original package); other sources are saved as UTF-8 text. Whether images and embedded
objects are removed from a saved Word file is the policy's decision (``[documents] remove_embedded``);
the caller passes it as ``remove_images``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from pathlib import Path

from anonymizer.documents.atomic import write_text_atomically
from anonymizer.documents.docx_reader import read_docx
from anonymizer.documents.docx_writer import Replacement, write_masked_docx
from anonymizer.documents.package import Package
from anonymizer.errors import OutputFileError


def _count_parts(package: Package, folder: str) -> int:
    return sum(1 for name in package.parts if posixpath.basename(posixpath.dirname(name)) == folder)


def removal_note(images: int, objects: int) -> str | None:
    """The German sentence that tells the clerk what the policy removed (None when nothing was)."""
    things = []
    if images:
        things.append("1 Bild" if images == 1 else f"{images} Bilder")
    if objects:
        things.append("1 eingebettetes Objekt" if objects == 1 else f"{objects} eingebettete Objekte")
    if not things:
        return None
    verb = "wurde" if images + objects == 1 else "wurden"
    return f"Laut Richtlinie {verb} {' und '.join(things)} aus dem gespeicherten Dokument entfernt."


def write_masked_file(
    source: Path,
    kind: str,
    target: Path,
    masked_text: str,
    replacements: Sequence[Replacement],
    *,
    remove_images: bool = False,
) -> list[str]:
    """Write the masked document to ``target`` atomically; returns German notes (e.g. on images).

    For a Word target the notes describe the saved file: what it still holds that cannot be
    checked, or — with ``remove_images`` — what was removed.
    """
    if target.suffix.lower() in (".docx", ".docm", ".doc"):
        if kind != "docx" or target.suffix.lower() != ".docx":
            raise OutputFileError(
                "Als Word-Dokument (.docx) kann nur ein Word-Dokument gespeichert werden; bitte eine .txt-Datei wählen."
            )
        if not remove_images:
            return write_masked_docx(source, target, replacements).notes
        content = read_docx(source)
        images, objects = _count_parts(content.package, "media"), _count_parts(content.package, "embeddings")
        notes = write_masked_docx(source, target, replacements, remove_images=True, content=content).notes
        removed = removal_note(images, objects)
        return [removed, *notes] if removed else notes
    write_text_atomically(target, masked_text, source)
    return []
