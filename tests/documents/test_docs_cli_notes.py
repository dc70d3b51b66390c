"""The command line tells the clerk what it could not check (images), once, in German, on stderr."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from documents_helpers import tiny_png

from anonymizer.cli import main
from anonymizer.documents.output import removal_note


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


def _picture_parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist() if name.startswith("word/media/")]


def _has_drawing(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return b"<w:drawing" in archive.read("word/document.xml")


@pytest.mark.parametrize(("remove_embedded", "removed"), [("true", True), ("false", False)])
def test_policy_decides_whether_the_saved_word_file_keeps_its_pictures(
    letter_with_picture: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], remove_embedded: str, removed: bool
) -> None:
    policy = tmp_path / "richtlinie.toml"
    policy.write_text(f"[documents]\nremove_embedded = {remove_embedded}\n", encoding="utf-8")
    target = tmp_path / "out.docx"
    assert main(["anonymize", str(letter_with_picture), "-o", str(target), "--policy", str(policy)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Hinweis:")]
    assert _picture_parts(letter_with_picture) and _has_drawing(letter_with_picture)
    if removed:
        assert _picture_parts(target) == [] and not _has_drawing(target)
        assert notes == ["Hinweis: Laut Richtlinie wurde 1 Bild aus dem gespeicherten Dokument entfernt."]
    else:
        assert _picture_parts(target) and _has_drawing(target)
        assert notes == ["Hinweis: Das Dokument enthält 1 Bild, das nicht geprüft werden kann."]
    saved = docx.Document(str(target))
    assert saved.paragraphs[0].text == "Bitte überweisen Sie an [IBAN_1]."


def test_a_binding_policy_that_removes_pictures_cannot_be_switched_off_by_the_user(
    letter_with_picture: Path, tmp_path: Path, machine_policy_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    machine_policy_file.write_text("[documents]\nremove_embedded = true\n", encoding="utf-8")
    user = tmp_path / "user.toml"
    user.write_text("[documents]\nremove_embedded = false\n", encoding="utf-8")
    target = tmp_path / "out.docx"
    assert main(["anonymize", str(letter_with_picture), "-o", str(target), "--policy", str(user)]) == 0
    assert _picture_parts(target) == [] and not _has_drawing(target)
    assert "Laut Richtlinie wurde 1 Bild" in capsys.readouterr().err


def test_text_output_is_not_affected_by_the_removal_setting(
    letter_with_picture: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "richtlinie.toml"
    policy.write_text("[documents]\nremove_embedded = true\n", encoding="utf-8")
    target = tmp_path / "out.txt"
    assert main(["anonymize", str(letter_with_picture), "-o", str(target), "--policy", str(policy)]) == 0
    assert target.read_text(encoding="utf-8").startswith("Bitte überweisen Sie an [IBAN_1].")
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Hinweis:")]
    assert notes == ["Hinweis: Das Dokument enthält 1 Bild, das nicht geprüft werden kann."]


@pytest.mark.parametrize(
    ("images", "objects", "expected"),
    [
        (1, 0, "Laut Richtlinie wurde 1 Bild aus dem gespeicherten Dokument entfernt."),
        (3, 0, "Laut Richtlinie wurden 3 Bilder aus dem gespeicherten Dokument entfernt."),
        (0, 1, "Laut Richtlinie wurde 1 eingebettetes Objekt aus dem gespeicherten Dokument entfernt."),
        (2, 1, "Laut Richtlinie wurden 2 Bilder und 1 eingebettetes Objekt aus dem gespeicherten Dokument entfernt."),
        (1, 2, "Laut Richtlinie wurden 1 Bild und 2 eingebettete Objekte aus dem gespeicherten Dokument entfernt."),
        (0, 0, None),
    ],
)
def test_removal_note_in_singular_and_plural(images: int, objects: int, expected: str | None) -> None:
    assert removal_note(images, objects) == expected
