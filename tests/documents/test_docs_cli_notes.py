"""The command line tells the clerk what it could not check (images), once, in German, on stderr."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from documents_helpers import tiny_png

from anonymizer.cli import main


@pytest.fixture
def letter_with_picture(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Bitte überweisen Sie an DE44 5001 0517 5407 3249 31.")
    document.add_picture(io.BytesIO(tiny_png()))
    path = tmp_path / "brief.docx"
    document.save(str(path))
    return path


def test_anonymize_reports_the_picture_once(
    letter_with_picture: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["anonymize", str(letter_with_picture), "-o", str(tmp_path / "out.docx")]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Hinweis:")]
    assert notes == ["Hinweis: Das Dokument enthält 1 Bild, das nicht geprüft werden kann."]


def test_detect_reports_the_picture_on_stderr_and_keeps_json_clean(
    letter_with_picture: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["detect", "--json", str(letter_with_picture)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith('{"file"')
    assert "Hinweis: Das Dokument enthält 1 Bild" in captured.err
