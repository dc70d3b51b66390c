"""*Datei → Ordner bereinigen …* (issue 21.3): folders, progress with cancel, the report, the session after."""

from __future__ import annotations

import threading
from pathlib import Path

from gui_fakes import FakeEngine
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from anonymizer.batch import RECORD_NAME
from desktop.widgets.folder_dialog import FolderDialog

LETTER = "Sehr geehrte Frau Sabine Kortmann,\nbitte überweisen Sie an DE44 5001 0517 5407 3249 31.\n"
NOTE = "Frau Kortmann rief an; Rückfragen an s.kortmann@example.org, Kopie an Jens Terhorst.\n"


def case_folder(root: Path, letters: int = 1) -> Path:
    folder = root / "Akte Kortmann"
    folder.mkdir()
    for number in range(letters):
        (folder / f"Brief_{number}.txt").write_text(LETTER, encoding="utf-8")
    (folder / "Notizen").mkdir()
    (folder / "Notizen" / "Telefonat_Kortmann.txt").write_text(NOTE, encoding="utf-8")
    (folder / "Foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 kein Text")
    return folder


def open_dialog(window) -> FolderDialog:  # type: ignore[no-untyped-def]
    window.menus.folder_action.trigger()
    dialog = window.sessions.folder_dialog
    assert isinstance(dialog, FolderDialog) and dialog.isVisible() and dialog.isModal()
    return dialog


def test_a_folder_is_cleaned_and_its_session_becomes_the_apps(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = case_folder(tmp_path)
    dialog = open_dialog(window)
    dialog.source.setText(str(source))
    assert dialog.target.text() == str(tmp_path / "Akte Kortmann-bereinigt")  # suggested beside the input
    with qtbot.waitSignal(window.folder_cleaner.finished, timeout=10_000):
        dialog.start_button.click()
    assert dialog.pages.currentWidget() is dialog.report_page
    rows = [[dialog.table.item(row, column).text() for column in range(5)] for row in range(dialog.table.rowCount())]
    assert [row[:4] for row in rows] == [
        ["Brief_0.txt", "bereinigt", "2", "Brief_0.txt"],
        ["Foto.jpg", "nicht unterstützt", "", ""],
        # on screen the clerk's own file names, and where their cleaned copy went
        ["Notizen/Telefonat_Kortmann.txt", "bereinigt", "3", "Notizen/Telefonat_[PERSON_1].txt"],
    ]
    assert dialog.summary.text().startswith("3 Dateien: 2 bereinigt, 0 übersprungen")
    target = tmp_path / "Akte Kortmann-bereinigt"
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == [
        RECORD_NAME,
        "Brief_0.txt",
        "Notizen/Telefonat_[PERSON_1].txt",
    ]
    assert (target / "Notizen/Telefonat_[PERSON_1].txt").read_text(encoding="utf-8").startswith("Frau [PERSON_1] rief")
    outcome = window.facade.restore("Antwort an [PERSON_1] zu [IBAN_1]")
    assert outcome.text.startswith("Antwort an ") and outcome.text.endswith("Kortmann zu DE44 5001 0517 5407 3249 31")
    dialog.done_button.click()
    assert window.sessions.folder_dialog is None


def test_cancel_stops_the_run_and_shows_what_is_done(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    window = make_window(engine)
    source = case_folder(tmp_path, letters=4)
    dialog = open_dialog(window)
    dialog.source.setText(str(source))
    dialog.start_button.click()
    assert dialog.pages.currentWidget() is dialog.run_page
    qtbot.waitUntil(lambda: engine.entered.is_set(), timeout=5_000)
    with qtbot.waitSignal(window.folder_cleaner.finished, timeout=10_000):
        dialog.reject()  # Esc during the run cancels instead of closing
        assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
        gate.set()
    assert dialog.folder_result is not None and dialog.folder_result.cancelled
    assert dialog.summary.text().startswith("Abgebrochen; ein erneuter Start setzt fort.")
    assert dialog.table.rowCount() < 6


def test_closing_the_window_during_the_run_cancels_and_keeps_it_open(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    window = make_window(engine)
    source = case_folder(tmp_path, letters=4)
    dialog = open_dialog(window)
    dialog.source.setText(str(source))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: engine.entered.is_set(), timeout=5_000)
    with qtbot.waitSignal(window.folder_cleaner.finished, timeout=10_000):
        assert not dialog.close()  # the window's close button: QDialog.closeEvent goes through reject()
        assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
        gate.set()
    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.report_page
    assert dialog.folder_result is not None and dialog.folder_result.cancelled


def test_the_saved_report_holds_no_value(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = case_folder(tmp_path)
    dialog = open_dialog(window)
    dialog.source.setText(str(source))
    with qtbot.waitSignal(window.folder_cleaner.finished, timeout=10_000):
        dialog.start_button.click()
    report = tmp_path / "bericht.csv"
    dialog.choose_report_path = lambda suggestion: str(report)  # type: ignore[method-assign]
    dialog.save_button.click()
    text = report.read_text(encoding="utf-8-sig")
    assert "Notizen/Telefonat_[PERSON_1].txt" in text
    for value in ("Kortmann", "Sabine", "Terhorst", "DE44", "example.org"):
        assert value not in text


def test_folders_that_do_not_fit_are_refused_in_the_dialog(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = case_folder(tmp_path)
    dialog = open_dialog(window)
    dialog.start_button.click()
    assert dialog.error.text() == "Bitte einen Eingabe- und einen Ausgabeordner angeben."
    dialog.choose_directory = lambda title, start: str(source)  # type: ignore[method-assign]
    dialog.source_button.click()
    dialog.target_button.click()
    dialog.start_button.click()
    assert dialog.pages.currentWidget() is dialog.choose_page
    assert dialog.error.text() == "Der Ausgabeordner darf nicht der Eingabeordner sein."
    other = tmp_path / "Eigene Dateien"
    other.mkdir()
    (other / "Liste.txt").write_text("nicht überschreiben\n", encoding="utf-8")
    dialog.target.setText(str(other))
    with qtbot.waitSignal(window.folder_cleaner.failed, timeout=10_000):
        dialog.start_button.click()
    assert dialog.pages.currentWidget() is dialog.choose_page and "ist nicht leer" in dialog.error.text()
    assert sorted(p.name for p in other.iterdir()) == ["Liste.txt"]
    dialog.close_button.click()
    assert window.sessions.folder_dialog is None


def test_the_dialog_speaks_english_and_every_control_is_named(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_language("en")
    assert window.menus.folder_action.text() == "Clean a &folder …"
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Clean a folder" and dialog.start_button.text() == "&Start cleaning"
    unnamed = [
        type(widget).__name__
        for widget in dialog.findChildren(QWidget)
        if widget.isVisibleTo(dialog)
        and widget.focusPolicy() != widget.focusPolicy().NoFocus
        and not isinstance(widget.parentWidget(), QAbstractScrollArea)
        and not (widget.accessibleName() and widget.accessibleDescription())
    ]
    assert unnamed == []
    dialog.close_button.click()
    window.set_language("de")
