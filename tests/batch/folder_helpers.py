"""Folders of real documents for the folder-run tests (Word via python-docx, a PDF, an e-mail, an image).

The tests clean them with the rule engine plus deny terms for the letters' names (conftest.py), which
finds names, IBANs, phones and e-mails in milliseconds; the tests that need the model say so.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import docx

from anonymizer.batch import FolderResult

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from pdf_builder import build_text_pdf

IBAN = "DE44 5001 0517 5407 3249 31"
PHONE = "02541 / 18-1234"
EMAIL = "s.kortmann@example.org"
#: Every personal value of the folder below: none may appear in a report or a progress record.
VALUES = ("Kortmann", "Sabine", IBAN, "DE44500105175407324931", PHONE, EMAIL, "Terhorst")
#: The deny terms that let the rule engine find the folder's names.
NAMES = ("Sabine Kortmann", "Kortmann", "Terhorst")

#: ``clean(source, target, progress=None, **job_fields)``: a folder run in this process (conftest.py).
RunFolder = Callable[..., FolderResult]


def write_docx(path: Path, paragraphs: list[str]) -> None:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def write_eml(path: Path, body: str) -> None:
    message = EmailMessage()
    message["From"] = "Jobcenter <team@kreis-coesfeld.example>"
    message["To"] = "Sabine Kortmann <s.kortmann@example.org>"
    message["Subject"] = "Ihr Antrag"
    message.set_content(body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(message.as_bytes())


def make_case_folder(root: Path) -> Path:
    """A clerk's case folder: a Word letter, a note, an e-mail, a PDF, an image, a hidden folder."""
    folder = root / "Akte"
    write_docx(
        folder / "Kortmann, Sabine" / "Antrag_Kortmann.docx",
        ["Sehr geehrte Frau Sabine Kortmann,", f"die Zahlung geht auf das Konto {IBAN}.", f"Rückfragen: {PHONE}"],
    )
    (folder / "Kortmann, Sabine" / "Notiz.txt").write_text(
        f"Frau Kortmann hat angerufen ({PHONE}); neue Zahlung auf DE44500105175407324931.\n", encoding="utf-8"
    )
    write_eml(folder / "Post" / "Antwort.eml", f"Guten Tag Frau Kortmann,\nbitte rufen Sie {PHONE} an.\n")
    (folder / "Scans").mkdir()
    (folder / "Scans" / "Bescheid.pdf").write_bytes(build_text_pdf([["Bescheid fuer Herrn Terhorst", f"IBAN {IBAN}"]]))
    (folder / "Scans" / "Foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    return folder
