"""Document readers: one loader that turns a file into plain text, chosen by extension.

The command line and the GUI's open dialog and drop handler all go through :func:`load_document`.
Supported: text files (any other extension is read as text), Word ``.docx``, ``.pdf`` (text layer),
e-mails ``.eml`` and Outlook ``.msg``, OpenDocument ``.odt`` (read only). Old ``.doc`` and macro
``.docm`` files are refused with a German message; so is anything too big, corrupt,
password-protected or not what its name says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from anonymizer.detection.normalize import surrogate_safe
from anonymizer.documents.files import OLE_SIGNATURE, ZIP_SIGNATURE
from anonymizer.documents.text import read_text_file
from anonymizer.errors import InputFileError

#: Extensions and the ``kind`` recorded for them (audit log, writers, the GUI's file filter).
DOCUMENT_KINDS = {".docx": "docx", ".pdf": "pdf", ".eml": "eml", ".msg": "msg", ".odt": "odt"}
#: Extensions refused with a message that says what to do instead.
REFUSED_KINDS = {".doc": "doc", ".docm": "docm", ".dotm": "docm"}


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """The plain text of a file plus what kind of input it was (for the audit log and writers).

    ``notes`` are German remarks for the user, e.g. that a Word file holds images the app cannot check.
    """

    path: Path
    text: str
    kind: str
    notes: tuple[str, ...] = field(default=())


def _load_docx(path: Path) -> LoadedDocument:
    from anonymizer.documents.docx_reader import read_docx

    content = read_docx(path)
    return LoadedDocument(path, content.text, "docx", tuple(content.notes))


def _load_pdf(path: Path) -> LoadedDocument:
    from anonymizer.documents.pdf_reader import read_pdf

    text, notes = read_pdf(path)
    return LoadedDocument(path, text, "pdf", tuple(notes))


def _load_eml(path: Path) -> LoadedDocument:
    from anonymizer.documents.eml_reader import read_eml

    return LoadedDocument(path, read_eml(path), "eml")


def _load_msg(path: Path) -> LoadedDocument:
    from anonymizer.documents.msg_reader import read_msg

    return LoadedDocument(path, read_msg(path), "msg")


def _load_odt(path: Path) -> LoadedDocument:
    from anonymizer.documents.odt_reader import read_odt

    return LoadedDocument(path, read_odt(path), "odt")


_LOADERS: dict[str, Callable[[Path], LoadedDocument]] = {
    "docx": _load_docx,
    "pdf": _load_pdf,
    "eml": _load_eml,
    "msg": _load_msg,
    "odt": _load_odt,
}


def _refuse(path: Path, kind: str) -> InputFileError:
    if kind == "doc":
        return InputFileError(
            f"Die Datei „{path.name}“ ist ein altes Word-Dokument (.doc); "
            "bitte in Word als .docx speichern und erneut öffnen."
        )
    return InputFileError(
        f"Die Datei „{path.name}“ enthält Makros (.docm) und wird nicht verarbeitet; "
        "bitte in Word als .docx ohne Makros speichern."
    )


def document_kind(path: Path) -> str:
    """The kind a file is read as, by its extension (``txt`` for everything not listed)."""
    return DOCUMENT_KINDS.get(path.suffix.lower(), "txt")


def load_document(path: Path) -> LoadedDocument:
    """Read ``path`` into plain text; raises :class:`InputFileError` with a German message."""
    suffix = path.suffix.lower()
    if suffix in REFUSED_KINDS:
        raise _refuse(path, REFUSED_KINDS[suffix])
    kind = document_kind(path)
    if kind in _LOADERS:
        document = _LOADERS[kind](path)
    else:
        _refuse_office_file_as_text(path)
        document = LoadedDocument(path, read_text_file(path), "txt")
    # A reader can hand over lone surrogates (a PDF's broken ToUnicode map); nothing downstream could
    # encode them, so they become U+FFFD here, once, for every format (same length: offsets hold).
    safe = surrogate_safe(document.text)
    return document if safe is document.text else replace(document, text=safe)


def _refuse_office_file_as_text(path: Path) -> None:
    """A Word file renamed to ``.txt`` gets a clearer message than "keine Textdatei"."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError:
        return  # read_text_file reports missing or unreadable files with the right message
    if head.startswith(OLE_SIGNATURE) or head.startswith(ZIP_SIGNATURE):
        raise InputFileError(f"Die Datei „{path.name}“ ist keine Textdatei, sondern ein Office- oder ZIP-Dokument.")
