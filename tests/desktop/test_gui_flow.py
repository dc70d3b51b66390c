"""The clerk's flow in the real window on a fake engine: paste → highlight → toggle → mask → copy → restore."""

from __future__ import annotations

from gui_fakes import SAMPLE, click_chip, click_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from anonymizer.entities import EMAIL, IBAN, LOCATION, PERSON, REFERENCE
from desktop.main_window import MainWindow


def _paste(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.menus.paste_action.trigger()


def _select(window: MainWindow, start: int, end: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def test_full_cycle(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _paste(qtbot, window, SAMPLE)

    # highlighted and labelled: one extra selection per finding, category labels in margin and list
    assert window.editor.toPlainText() == SAMPLE
    types = [item.finding.type for item in window.model.items]
    assert types == [PERSON, IBAN, LOCATION, EMAIL, PERSON]
    assert len(window.editor.extraSelections()) == 5
    rows = dict(window.findings.findings_rows())
    assert rows["Person (2)"] == ["Sabine Kortmann", "Jens Terhorst"]
    assert "Ort (1)" in rows
    first_line = window.editor.line_labels(0, SAMPLE.index("\n"))
    assert first_line == ["Person"]
    second = SAMPLE.index("\n") + 1
    assert window.editor.line_labels(second, SAMPLE.index("\n", second)) == ["IBAN", "(Ort)"]
    preview = window.preview.toPlainText()
    assert "Sabine Kortmann" not in preview and "[PERSON_1]" in preview and "[IBAN_1]" in preview
    assert "Coesfeld" in preview  # LOCATION is shown, not masked, by default

    # toggle from the list with Space: the person stays visible, then masked again with Del
    assert window.findings.select_value(PERSON, "Jens Terhorst")
    window.findings.setFocus()
    qtbot.keyClick(window.findings, Qt.Key.Key_Space)
    assert "Jens Terhorst" in window.preview.toPlainText()
    qtbot.keyClick(window.findings, Qt.Key.Key_Delete)
    assert "Jens Terhorst" not in window.preview.toPlainText()

    # a plain click into the place only moves the cursor; a click on its label in the margin masks it
    click_text(qtbot, window, SAMPLE.index("Coesfeld") + 2)
    assert "Coesfeld" in window.preview.toPlainText()
    click_chip(qtbot, window, "Coesfeld")
    assert "Coesfeld" not in window.preview.toPlainText()
    assert "[LOCATION_1]" in window.preview.toPlainText()

    # manual mask of a selection with Ctrl+M and a chosen category
    start = SAMPLE.index("Rechnungsstelle")
    _select(window, start, start + len("Rechnungsstelle"))
    monkeypatch.setattr(window, "choose_category", lambda text: REFERENCE)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "Rechnungsstelle" not in window.preview.toPlainText()
    assert "[REFERENCE_1]" in window.preview.toPlainText()

    # copy with Ctrl+Shift+C: the review duty is asked, the clipboard holds exactly the preview
    asked: list[dict[str, int]] = []
    monkeypatch.setattr(window, "confirm_review", lambda summary: asked.append(dict(summary.masked)) or True)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [{PERSON: 2, IBAN: 1, LOCATION: 1, EMAIL: 1, REFERENCE: 1}]
    cleaned = QGuiApplication.clipboard().text()
    assert cleaned == window.preview.toPlainText()
    for value in ("Sabine Kortmann", "DE44 5001 0517 5407 3249 31", "s.kortmann@example.org", "Jens Terhorst"):
        assert value not in cleaned

    # restore: the answer gets the originals back, unknown placeholders are listed
    window.menus.restore_tab_action.trigger()
    answer = "Bitte schreiben Sie [PERSON_1] und [PERSON_2]; die IBAN [IBAN_1] stimmt. [PERSON_9] ist unbekannt."
    window.restore_page.answer.setPlainText(answer)
    restored = window.restore_page.result.toPlainText()
    assert "Sabine Kortmann" in restored and "Jens Terhorst" in restored
    assert "DE44 5001 0517 5407 3249 31" in restored
    unresolved = [window.restore_page.unresolved.item(i).text() for i in range(window.restore_page.unresolved.count())]
    assert unresolved == ["[PERSON_9]"]
    assert window.restore_page.unmentioned.isVisibleTo(window)
    assert "s.kortmann@example.org" in window.restore_page.unmentioned.text()  # the answer dropped the e-mail
    window.restore_page.copy_button.click()
    assert QGuiApplication.clipboard().text() == restored


def test_paste_anywhere_goes_to_the_restore_page_when_it_is_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(1)
    QGuiApplication.clipboard().setText("Antwort an [PERSON_1]")
    window.menus.paste_action.trigger()
    assert window.restore_page.answer.toPlainText() == "Antwort an [PERSON_1]"
    assert window.editor.toPlainText() == ""


def test_always_and_never_mask_hold_for_the_next_text(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _paste(qtbot, window, SAMPLE)
    monkeypatch.setattr(window, "choose_category", lambda text: PERSON)
    monkeypatch.setattr(window, "confirm_discard", lambda question: True)
    window.manual_masks.always_mask_text("Rechnungsstelle")
    window.manual_masks.never_mask_text("Jens Terhorst")
    _paste(qtbot, window, "Neue Rechnungsstelle für Jens Terhorst und Kortmann.")
    preview = window.preview.toPlainText()
    assert "Rechnungsstelle" not in preview
    assert "Jens Terhorst" in preview
    assert "Kortmann" not in preview


def test_typing_shifts_highlights_and_redetects(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _paste(qtbot, window, SAMPLE)
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        qtbot.keyClicks(window.editor, "Hallo ")
    first = window.model.items[0].finding
    assert window.editor.toPlainText()[first.start : first.end] == "Sabine Kortmann"


def test_open_file_and_error_message(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "brief.txt"
    document.write_text(SAMPLE, encoding="utf-8")
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.files.open_path(document)
    assert window.editor.toPlainText() == SAMPLE
    with qtbot.waitSignal(window.opener.failed, timeout=10_000):
        window.files.open_path(tmp_path / "fehlt.txt")
    assert window.message_bar.isVisible()
    assert "fehlt.txt" in window.message_bar.text
    assert window.editor.toPlainText() == SAMPLE  # the old text stays


def test_margin_names_the_categories_of_a_line(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _paste(qtbot, window, SAMPLE)
    third = SAMPLE.index("Rückfragen")
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(third)
    y = window.editor.cursorRect(cursor).center().y()
    assert window.editor.labels_at_height(y) == ["E-Mail", "Person"]
    cursor.setPosition(0)
    assert window.editor.labels_at_height(window.editor.cursorRect(cursor).center().y()) == ["Person"]


def test_windows_line_ends_and_nbsp_are_detected(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    document = tmp_path / "windows.txt"
    document.write_bytes(
        SAMPLE.replace("Sabine Kortmann", "Sabine\u00a0Kortmann").replace("\n", "\r\n").encode("cp1252")
    )
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.files.open_path(document)
    assert "Kortmann" not in window.preview.toPlainText()
    assert window.copy_button.isEnabled()
