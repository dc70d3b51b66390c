"""Issue 19, point 6: destructive actions ask first (Ctrl+N, replacing or closing a reviewed text, ending a session)."""

from __future__ import annotations

from gui_fakes import SAMPLE, load_text
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from anonymizer.entities import PERSON
from desktop.widgets.confirm import question_box


def _asking(window, monkeypatch, answer: bool) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm_discard", lambda question: asked.append(question) or answer)
    return asked


def _unmask_kortmann(window) -> None:  # type: ignore[no-untyped-def]
    window.review.toggle_finding(next(item for item in window.model.items if item.finding.text == "Sabine Kortmann"))


def test_ctrl_n_asks_before_discarding_a_reviewed_text(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    _unmask_kortmann(window)
    asked = _asking(window, monkeypatch, False)
    window.menus.new_action.trigger()
    assert asked == ["Einen neuen Text beginnen und den aktuellen verwerfen?"]
    assert window.editor.toPlainText() == SAMPLE  # "Abbrechen": nothing lost
    assert "Sabine Kortmann" in window.preview.toPlainText()
    asked = _asking(window, monkeypatch, True)
    window.menus.new_action.trigger()
    assert window.editor.toPlainText() == ""


def test_no_question_when_nothing_would_be_lost(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = _asking(window, monkeypatch, False)
    load_text(qtbot, window)  # pasted, not worked on: the original is still in the clipboard or file
    window.menus.new_action.trigger()
    assert window.editor.toPlainText() == ""
    load_text(qtbot, window)
    _unmask_kortmann(window)
    monkeypatch.setattr(window, "confirm_review", lambda summary: True)
    assert window.release.copy_cleaned()  # the reviewed text was copied: nothing lost either
    window.menus.new_action.trigger()
    assert window.editor.toPlainText() == ""
    assert asked == []


def test_typing_counts_as_work(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Vermerk zu Herrn Jens Terhorst")
    asked = _asking(window, monkeypatch, False)
    QGuiApplication.clipboard().setText("Etwas anderes")
    window.findings.setFocus()
    window.files.paste_anywhere()  # Ctrl+V outside the editor would replace the typed text
    assert asked == ["Den aktuellen Text durch den Inhalt der Zwischenablage ersetzen?"]
    assert window.editor.toPlainText() == "Vermerk zu Herrn Jens Terhorst"


def test_opening_a_file_and_closing_the_window_ask(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    window.manual_masks.mask_text("Rechnungsstelle", PERSON)
    asked = _asking(window, monkeypatch, False)
    document = tmp_path / "brief.txt"
    document.write_text("Anderer Brief.", encoding="utf-8")
    window.files.open_path(document)
    assert not window.opener.busy  # not even read
    assert not window.close()  # closing is refused as well
    assert window.isVisible()
    assert asked == [
        "„brief.txt“ öffnen und den aktuellen Text verwerfen?",
        "Das Programm beenden und den aktuellen Text verwerfen?",
    ]


def test_ending_the_session_asks_when_there_is_one(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[bool] = []
    monkeypatch.setattr(window, "confirm_end_session", lambda: asked.append(True) or False)
    window.menus.end_session_action.trigger()  # nothing copied yet: nothing to forget, nothing to ask
    assert asked == []
    load_text(qtbot, window)
    monkeypatch.setattr(window, "confirm_review", lambda summary: True)
    window.release.copy_cleaned()
    window.menus.end_session_action.trigger()
    assert asked == [True]
    window.restore_page.answer.setPlainText("An [PERSON_1].")
    assert window.restore_page.result.toPlainText() == "An Sabine Kortmann."  # "Abbrechen" kept the mapping


def test_the_question_defaults_to_the_safe_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    box, yes = question_box(window, "Text verwerfen?", "Frage", "Was verloren geht.", "&Verwerfen", "&Abbrechen")
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Question
    assert box.informativeText() == "Was verloren geht."
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text() == "&Abbrechen"
    assert yes.text() == "&Verwerfen" and yes is not box.defaultButton()
