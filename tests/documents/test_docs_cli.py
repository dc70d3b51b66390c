"""``anonymize IN.docx -o OUT.docx`` end to end: the command line keeps the format and leaks nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from documents_helpers import EMAIL, IBAN, NAME, ORIGINALS, PHONE, SURNAME, package_texts
from pdf_builder import build_text_pdf

from anonymizer.cli import main
from anonymizer.documents.docx_reader import read_docx


@pytest.fixture
def name_policy(tmp_path: Path) -> Path:
    """Names come from the NER model; here a deny list stands in for it, so the test needs no model."""
    path = tmp_path / "richtlinie.toml"
    path.write_text(
        f'[terms]\ndeny = [{{ text = "{NAME}", type = "PERSON" }}, {{ text = "{SURNAME}", type = "PERSON" }}]\n',
        encoding="utf-8",
    )
    return path


def test_docx_in_docx_out_leaks_nothing(
    everything_docx: Path, tmp_path: Path, name_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bereinigt.docx"
    assert main(["anonymize", str(everything_docx), "-o", str(target), "--policy", str(name_policy)]) == 0
    assert "Hinweis: Das Dokument enthält 1 Bild, das nicht geprüft werden kann." in capsys.readouterr().err
    parts = package_texts(target)
    for value in (*ORIGINALS, SURNAME, IBAN.replace(" ", "")):
        assert [part for part, text in parts.items() if value.casefold() in text.casefold()] == [], value
    text = read_docx(target).text
    assert "Sehr geehrter Herr [PERSON_1]," in text
    assert "auf das Konto [IBAN_1]." in text
    assert len(docx.Document(str(target)).paragraphs) == len(docx.Document(str(everything_docx)).paragraphs)


def test_docx_in_text_out_and_stdout(everything_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "bereinigt.txt"
    assert main(["anonymize", str(everything_docx), "-o", str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    assert main(["anonymize", str(everything_docx)]) == 0
    printed = capsys.readouterr().out
    assert written == printed
    for value in (IBAN, EMAIL, PHONE):
        assert value not in written
    assert "Rückfragen an [EMAIL_1] oder telefonisch unter [PHONE_1]." in written
    assert not zipfile.is_zipfile(target)


@pytest.mark.parametrize("target_name", ["aus.docx", "aus.docm"])
def test_a_word_file_cannot_be_made_from_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target_name: str
) -> None:
    source = tmp_path / "antrag.pdf"
    source.write_bytes(build_text_pdf([[f"IBAN {IBAN}"]]))
    assert main(["anonymize", str(source), "-o", str(tmp_path / target_name)]) == 1
    assert "kann nur ein Word-Dokument gespeichert werden" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["antrag.pdf"]
