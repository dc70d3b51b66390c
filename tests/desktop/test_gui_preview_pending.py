"""Issue 19, point 2: the preview never shows raw text, also after Ctrl+N and a paste.

Detection is held back by the fake engine's gate, so each test sees the window *while* detection
runs; a timer samples the preview on every turn of the event loop meanwhile.
"""

from __future__ import annotations

import threading

import pytest
from gui_fakes import SAMPLE, FakeEngine, load_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

#: Every value the fake engine finds in SAMPLE and the default policy masks.
FOUND = ("Sabine Kortmann", "DE44 5001 0517 5407 3249 31", "s.kortmann@example.org", "Jens Terhorst")


class PreviewSampler:
    """Records the preview's text on every turn of the event loop."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        self.samples: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self.samples.append(window.preview.toPlainText()))
        self._timer.start()

    def stop(self) -> list[str]:
        self._timer.stop()
        return self.samples


def _leaks(samples: list[str]) -> list[str]:
    return [value for value in FOUND if any(value in sample for sample in samples)]


@pytest.fixture
def gate() -> threading.Event:
    return threading.Event()


@pytest.fixture
def gated(make_window, gate):  # type: ignore[no-untyped-def]
    window = make_window(FakeEngine(gate=gate))
    yield window
    gate.set()


def test_paste_shows_nothing_until_its_findings_are_in(qtbot, gated, gate) -> None:  # type: ignore[no-untyped-def]
    window = gated
    sampler = PreviewSampler(window)
    QGuiApplication.clipboard().setText(SAMPLE)
    window.menus.paste_action.trigger()
    qtbot.wait(300)  # detection is running (blocked) meanwhile
    assert window.runner.busy
    assert window.preview.toPlainText() == ""
    assert window.preview.placeholderText().startswith("Wird geprüft …")
    assert not window.copy_button.isEnabled()
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        gate.set()
    samples = sampler.stop()
    assert _leaks(samples) == []
    assert "[PERSON_1]" in window.preview.toPlainText()
    assert window.copy_button.isEnabled()


def test_after_ctrl_n_a_paste_into_the_editor_is_not_shown_raw(qtbot, gated, gate, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The reported case: the empty text's "analysed" flag stayed true, so the pasted letter showed raw."""
    window = gated
    monkeypatch.setattr(window, "confirm_discard", lambda question: True)
    gate.set()
    load_text(qtbot, window, "Erster Brief an Jens Terhorst.")
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.menus.new_action.trigger()  # Ctrl+N: the empty text is detected at once
    assert window.editor.toPlainText() == ""
    gate.clear()
    sampler = PreviewSampler(window)
    QGuiApplication.clipboard().setText(SAMPLE)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # pasted at the cursor
    assert window.editor.toPlainText() == SAMPLE
    qtbot.wait(300)
    # Ctrl+A, Ctrl+C in the preview while detection runs: nothing to select, nothing copied
    QGuiApplication.clipboard().setText("vorher")
    window.preview.setFocus()
    qtbot.keyClick(window.preview, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.preview, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "vorher"
    assert "Erkennung läuft noch" in window.message_bar.text
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        gate.set()
    assert _leaks(sampler.stop()) == []
    assert "[IBAN_1]" in window.preview.toPlainText()


def test_typing_a_name_never_shows_it_in_the_preview(qtbot, gated, gate) -> None:  # type: ignore[no-untyped-def]
    window = gated
    gate.set()
    load_text(qtbot, window, "Sehr geehrte Damen und Herren,\n")
    assert window.preview.toPlainText() == "Sehr geehrte Damen und Herren,\n"
    gate.clear()
    sampler = PreviewSampler(window)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "bitte an Jens Terhorst.")
    qtbot.wait(200)
    assert window.preview.toPlainText() == ""
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        gate.set()
    assert _leaks(sampler.stop()) == []
    assert window.preview.toPlainText().endswith("bitte an [PERSON_1].")


def test_copy_from_the_preview_goes_through_the_review_duty(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    assert not window.preview.createMimeDataFromSelection().hasText()  # no drag, no Qt copy of its own
    asked: list[object] = []
    monkeypatch.setattr(window, "confirm_review", lambda summary: asked.append(summary) or False)
    QGuiApplication.clipboard().setText("vorher")
    window.preview.selectAll()
    window.preview.setFocus()
    qtbot.keyClick(window.preview, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert QGuiApplication.clipboard().text() == "vorher"  # the clerk did not confirm
    monkeypatch.setattr(window, "confirm_review", lambda summary: True)
    cursor = window.preview.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Sehr geehrte Frau [PERSON_1]"), cursor.MoveMode.KeepAnchor)
    window.preview.setTextCursor(cursor)
    qtbot.keyClick(window.preview, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Sehr geehrte Frau [PERSON_1]"  # the selected part
    menu = window.preview.create_menu()
    assert [action.isEnabled() for action in menu.actions() if action.text()] == [True, True]


def test_an_empty_window_says_where_the_cleaned_text_appears(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.preview.toPlainText() == ""
    assert window.preview.placeholderText() == "Hier erscheint der bereinigte Text."
    window.set_language("en")
    assert window.preview.placeholderText() == "The cleaned text appears here."
    window.set_language("de")
