"""Folders of real documents for the folder-run tests, and a fast engine to clean them with.

The engine is the rule engine plus the policy's deny term "Kortmann" (a PERSON): it finds the
letters' names, IBANs, phones and e-mails in milliseconds, so most tests run in this process without
the model. The tests that need the model or worker processes say so.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from anonymizer.batch import FolderJob, FolderResult, InProcessDetector, run_folder
from anonymizer.engine import AnalyzerEngine
from anonymizer.factory import build_engine
from anonymizer.policy import DenyTerm, Policy, load_default_policy
from anonymizer.sessions import MemorySessionStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from pdf_builder import build_text_pdf

IBAN = "DE44 5001 0517 5407 3249 31"
PHONE = "02541 / 18-1234"
EMAIL = "s.kortmann@example.org"
#: Every personal value of the folder below: none may appear in a report or a progress record.
VALUES = ("Kortmann", "Sabine", IBAN, "DE44500105175407324931", PHONE, EMAIL, "Terhorst")


@pytest.fixture(scope="session")
def policy() -> Policy:
    return dataclasses.replace(
        load_default_policy(),
        deny_terms=(
            DenyTerm("Sabine Kortmann", "PERSON"),
            DenyTerm("Kortmann", "PERSON"),
            DenyTerm("Terhorst", "PERSON"),
        ),
    )


@pytest.fixture(scope="session")
def engine(policy: Policy) -> AnalyzerEngine:
    return build_engine(policy, with_model=False)


@pytest.fixture
def store() -> MemorySessionStore:
    return MemorySessionStore()


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


RunFolder = Callable[..., FolderResult]


@pytest.fixture
def clean(engine: AnalyzerEngine, policy: Policy, store: MemorySessionStore) -> RunFolder:
    """Run a folder in this process with the fast engine: ``clean(source, target, **job_fields)``."""

    def run(source: Path, target: Path, progress: object = None, **fields: object) -> FolderResult:
        job = FolderJob(source, target, policy, **fields)  # type: ignore[arg-type]
        return run_folder(job, store, InProcessDetector(lambda: engine), progress)  # type: ignore[arg-type]

    return run
