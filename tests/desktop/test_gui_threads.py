"""Detection and model loading never block the GUI thread; stale results are dropped."""

from __future__ import annotations

import threading

from gui_fakes import SAMPLE, BrokenEngine, FakeEngine
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from anonymizer.entities import PERSON
from desktop.window.review_controller import LONG_TEXT
from desktop.workers import UNEXPECTED


def test_event_loop_keeps_running_while_detection_blocks(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    window = make_window(engine)
    try:
        window.review.set_text("Brief an Sabine Kortmann")
        qtbot.waitUntil(engine.entered.is_set, timeout=10_000)
        # the worker is stuck inside analyze(); the GUI thread still runs timers and takes typing
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)
        timer.stop()
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        window.editor.setFocus()
        qtbot.keyClicks(window.editor, " und Jens Terhorst")
        assert window.editor.toPlainText() == "Brief an Sabine Kortmann und Jens Terhorst"
        assert window.runner.busy
        assert not window.copy_button.isEnabled()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    # only the newest text's findings are shown; the result for the first text was discarded
    assert [item.finding.text for item in window.model.items] == ["Sabine Kortmann", "Jens Terhorst"]
    assert engine.calls[0] == "Brief an Sabine Kortmann"
    assert engine.calls[-1] == "Brief an Sabine Kortmann und Jens Terhorst"
    assert engine.max_active == 1  # the engine is never entered from two threads at once


def test_window_is_usable_before_the_model_is_loaded(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = FakeEngine()
    window = make_window(engine, load=False)

    def slow_factory() -> FakeEngine:
        gate.wait(30)
        return engine

    window.facade._engine_factory = slow_factory
    try:
        window.engine_controller.start_engine()
        assert window.isVisible()
        assert window.status_label.text() == "Sprachmodell wird geladen …"
        QGuiApplication.clipboard().setText(SAMPLE)
        window.menus.paste_action.trigger()
        assert window.editor.toPlainText() == SAMPLE
        assert window.preview.toPlainText() == ""  # nothing that looks cleaned before detection ran
        assert "Erkennung" in window.preview.placeholderText()
        assert not window.release.copy_cleaned()
        assert "Sprachmodell" in window.message_bar.text
    finally:
        with qtbot.waitSignal(window.findings_updated, timeout=10_000):
            gate.set()
    assert PERSON in {item.finding.type for item in window.model.items}
    assert window.status_label.text().startswith("Bereit.")


def test_cancel_a_long_document(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    window = make_window(engine)
    long_text = ("Sabine Kortmann wohnt in Coesfeld. " * (LONG_TEXT // 30))[: LONG_TEXT + 100]
    window.review.set_text(long_text)
    qtbot.waitUntil(engine.entered.is_set, timeout=10_000)
    assert window.cancel_button.isVisibleTo(window)
    assert window.progress.isVisibleTo(window)
    with qtbot.waitSignal(window.runner.cancelled, timeout=10_000):
        window.cancel_button.click()
    gate.set()
    assert not window.runner.busy
    assert "abgebrochen" in window.status_label.text()
    assert not window.cancel_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.analysis_pool.activeThreadCount() == 0, timeout=10_000)
    assert window.model.items == []  # nothing from the cancelled run is shown


def test_unexpected_engine_error_is_a_german_message_without_text(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(BrokenEngine())
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.review.set_text("Geheim: Sabine Kortmann")
    assert window.message_bar.text == UNEXPECTED
    assert "Kortmann" not in window.message_bar.text


def test_engine_load_failure_is_shown(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from anonymizer.errors import ModelError

    window = make_window(FakeEngine(), load=False)

    def failing() -> FakeEngine:
        raise ModelError("Das Sprachmodell fehlt in der Installation.")

    window.facade._engine_factory = failing
    with qtbot.waitSignal(window.loader.failed, timeout=10_000):
        window.engine_controller.start_engine()
    assert window.message_bar.text == "Das Sprachmodell fehlt in der Installation."
    assert window.status_label.text() == "Das Sprachmodell fehlt in der Installation."


def test_reading_a_file_runs_in_the_background_and_can_be_cancelled(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from anonymizer.documents import load_document

    gate = threading.Event()
    window = make_window(FakeEngine())

    def slow_loader(path):  # type: ignore[no-untyped-def]
        gate.wait(30)
        return load_document(path)

    window.facade._document_loader = slow_loader
    document = tmp_path / "lang.txt"
    document.write_text(SAMPLE, encoding="utf-8")
    window.files.open_path(document)
    assert window.opener.busy
    assert window.cancel_button.isVisibleTo(window)
    assert window.status_label.text() == "Datei wird gelesen …"
    window.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: window.pool.activeThreadCount() == 0, timeout=10_000)
    assert window.editor.toPlainText() == ""  # the cancelled file never arrives
    assert not window.cancel_button.isVisibleTo(window)


def test_dropping_a_file_opens_it(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    document = tmp_path / "brief.txt"
    document.write_text(SAMPLE, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.editor.dropEvent(event)
    assert window.editor.toPlainText() == SAMPLE
    assert window.model.input_kind == "txt"


def test_no_copy_after_a_cancelled_detection(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    window = make_window(engine)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    window.review.set_text(SAMPLE)
    qtbot.waitUntil(engine.entered.is_set, timeout=10_000)
    window.runner.cancel()
    gate.set()
    QGuiApplication.clipboard().setText("vorher")
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        assert not window.release.copy_cleaned()  # refused, and detection is started again
    assert QGuiApplication.clipboard().text() == "vorher"
    assert window.release.copy_cleaned()
    assert "Sabine Kortmann" not in QGuiApplication.clipboard().text()
