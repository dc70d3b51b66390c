"""Saving the cleaned document: an unedited Word file stays Word (leak-free writer), everything else is text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from gui_fakes import SAMPLE, load_text


def _word_file(path: Path) -> Path:
    document = docx.Document()
    for line in SAMPLE.rstrip("\n").split("\n"):
        document.add_paragraph(line.replace("Sabine Kortmann", "Sabine\u00a0Kortmann"))
    document.core_properties.author = "Sabine Kortmann"
    document.save(str(path))
    return path


def _open(qtbot, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.files.open_path(path)


def _save(window, monkeypatch, target: Path) -> bool:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    monkeypatch.setattr(window, "choose_save_path", lambda suggestion, filters: asked.append(filters) or target)
    result = window.release.save_cleaned()
    window._asked = asked
    return bool(result)


def test_unedited_word_file_is_saved_as_word_without_leaks(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = _word_file(tmp_path / "brief.docx")
    _open(qtbot, window, source)
    assert "Kortmann" not in window.preview.toPlainText()
    target = tmp_path / "brief-bereinigt.docx"
    assert _save(window, monkeypatch, target)
    assert window._asked == ["Word-Dokument (*.docx)"]
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "[PERSON_1]" in text and "[IBAN_1]" in text
    with zipfile.ZipFile(target) as package:
        for name in package.namelist():
            data = package.read(name)
            assert b"Kortmann" not in data and b"DE44 5001" not in data, name
    # the saved text's placeholders can be restored like a copied one
    window.restore_page.answer.setPlainText("Antwort an [PERSON_1].")
    assert window.restore_page.result.toPlainText() == "Antwort an Sabine Kortmann."


@pytest.mark.parametrize("edit", [True, False])
def test_other_texts_are_saved_as_text(qtbot, window, monkeypatch, tmp_path, edit: bool) -> None:  # type: ignore[no-untyped-def]
    if edit:  # an edited Word file no longer maps onto its package: it becomes a text file
        _open(qtbot, window, _word_file(tmp_path / "brief.docx"))
        with qtbot.waitSignal(window.findings_updated, timeout=10_000):
            window.editor.appendPlainText("Nachtrag für Jens Terhorst.")
    else:
        load_text(qtbot, window)
    target = tmp_path / "bereinigt"
    assert _save(window, monkeypatch, target)
    assert window._asked == ["Textdatei (*.txt)"]
    saved = target.with_name("bereinigt.txt").read_text(encoding="utf-8")
    assert saved == window.preview.toPlainText()
    assert "Kortmann" not in saved and "Terhorst" not in saved
    assert ("bearbeitet" in window.message_bar.text) is edit


def test_nothing_is_saved_when_the_dialog_is_cancelled(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    monkeypatch.setattr(window, "choose_save_path", lambda suggestion, filters: None)
    assert not window.release.save_cleaned()
    assert list(tmp_path.iterdir()) == []
