"""Which files of a folder are cleaned, and which are only listed (issue 21.1).

Recursive, in a fixed order (sorted relative paths), so that two runs — and ``--jobs 1`` and
``--jobs 4`` — hand out placeholders in the same order. Cleaned are text files, Word (``.docx``),
PDF, e-mails (``.eml``, ``.msg``) and OpenDocument text (``.odt``); the ones the app cannot write
back in their format (PDF, e-mail, ODT) become text: ``Brief.pdf`` → ``Brief.pdf.txt``, which keeps
the origin visible and never collides with a ``Brief.txt`` beside it.

Everything else is listed as not supported and never copied: a copy of an unchecked file would
carry its personal data into the cleaned folder. Hidden folders (``.git``, ``.Trash``) and symbolic
links to folders are not entered; the output folder is skipped when it lies inside the input folder.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from anonymizer.documents import DOCUMENT_KINDS, REFUSED_KINDS

#: Text files cleaned into a text file of the same name.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".csv", ".tsv", ".md", ".log"})
#: Formats written back in their own format.
SAME_FORMAT = TEXT_SUFFIXES | {".docx"}
#: Formats whose cleaned text is written as ``<name>.txt``.
AS_TEXT = frozenset(suffix for suffix, kind in DOCUMENT_KINDS.items() if kind != "docx")


@dataclass(frozen=True, slots=True)
class FolderEntry:
    """One file (or unreadable folder) found under the input folder.

    ``kind`` is how the file is read (``txt``, ``docx``, ``pdf`` …) or None when it is only listed;
    ``note`` then says why (German). ``failed`` marks an entry that is an error, not a skip (a folder
    that cannot be read).
    """

    relative: PurePosixPath
    path: Path
    kind: str | None
    size: int = 0
    mtime_ns: int = 0
    note: str = ""
    failed: bool = False


def _kind(name: str) -> tuple[str | None, str]:
    """How a file of this name is read, or why it is not."""
    suffix = PurePosixPath(name).suffix.lower()
    if name.startswith("~$"):
        return None, "Sperrdatei eines Office-Programms; nicht bereinigt, nicht kopiert."
    if name.startswith("."):
        return None, "Versteckte Datei; nicht bereinigt, nicht kopiert."
    if suffix in SAME_FORMAT:
        return ("docx" if suffix == ".docx" else "txt"), ""
    if suffix in AS_TEXT:
        return DOCUMENT_KINDS[suffix], ""
    if suffix in REFUSED_KINDS:
        what = "altes Word-Dokument (.doc)" if REFUSED_KINDS[suffix] == "doc" else "Word-Dokument mit Makros"
        return None, f"Nicht unterstützt: {what}; bitte in Word als .docx speichern. Nicht kopiert."
    described = f"Dateityp „{suffix}“" if suffix else "Datei ohne Endung"
    return None, f"Nicht unterstützt: {described}; nicht kopiert."


def _entry(root: Path, path: Path) -> FolderEntry:
    relative = PurePosixPath(path.relative_to(root).as_posix())
    try:
        info = path.stat()  # follows a link to a file
    except OSError:
        return FolderEntry(relative, path, None, note="Die Datei kann nicht gelesen werden.", failed=True)
    if not stat.S_ISREG(info.st_mode):
        return FolderEntry(relative, path, None, note="Keine gewöhnliche Datei (z. B. eine Pipe); nicht kopiert.")
    kind, note = _kind(path.name)
    return FolderEntry(relative, path, kind, info.st_size, info.st_mtime_ns, note)


def scan_folder(root: Path, skip: Path | None = None) -> list[FolderEntry]:
    """Every file under ``root`` (recursive, sorted by relative path); ``skip`` is a folder not to enter."""
    entries: list[FolderEntry] = []
    skipped = skip.resolve() if skip is not None else None

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else root
        relative = PurePosixPath(folder.relative_to(root).as_posix()) if folder != root else PurePosixPath(".")
        entries.append(FolderEntry(relative, folder, None, note="Der Ordner kann nicht gelesen werden.", failed=True))

    for folder, subfolders, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".") and (skipped is None or (here / name).resolve() != skipped)
        )
        entries.extend(_entry(root, here / name) for name in files)
    return sorted(entries, key=lambda entry: entry.relative.parts)
