"""Smaller behaviours: Ctrl+V targets, context menu, help text from the policy, excepthook, session end."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest
from gui_fakes import SAMPLE, FakeEngine, load_text
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from anonymizer.entities import PERSON
from anonymizer.policy import load_default_policy
from desktop import i18n
from desktop.excepthook import install_excepthook


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        ("findings", "Brief an Jens Terhorst"),  # outside a text field: the clipboard becomes the text
        ("editor", "Alt: Brief an Jens Terhorst"),  # inside the editor: an ordinary paste at the cursor
        ("preview", "Brief an Jens Terhorst"),  # the read-only preview does not swallow Ctrl+V
        ("copy_button", "Brief an Jens Terhorst"),
    ],
)
def test_ctrl_v_anywhere(qtbot, window, monkeypatch, focus: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm_discard", lambda question: asked.append(question) or True)
    window.editor.setPlainText("Alt: ")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText("Brief an Jens Terhorst")
    widget = getattr(window, focus)
    widget.setFocus()
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == expected
    assert "Jens Terhorst" not in window.preview.toPlainText()
    # replacing the typed "Alt: " is asked first; pasting into the editor replaces nothing
    assert asked == ([] if focus == "editor" else ["Den aktuellen Text durch den Inhalt der Zwischenablage ersetzen?"])


def test_context_menu_offers_review_actions(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    position = SAMPLE.index("Kortmann")
    menu = QMenu()
    window.editor.add_review_actions(menu, position)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == [
        "Fundstelle &sichtbar lassen",
        "A&lle „Person“ maskieren",
        "Alle „Person“ sich&tbar lassen",
        "&Maskieren …",
        "&Immer maskieren",
        "&Nie maskieren",
    ]
    standard = [a.text() for a in window.editor.createStandardContextMenu().actions() if "&" in a.text()]
    keys = [text.split("&")[1][0].lower() for text in texts + standard]
    assert len(keys) == len(set(keys))  # one mnemonic each, none taken from Qt's own entries
    by_text = {action.text(): action for action in menu.actions()}
    assert not by_text["&Maskieren …"].isEnabled()  # "Maskieren" needs a selection
    by_text["Fundstelle &sichtbar lassen"].trigger()  # keep "Sabine Kortmann" visible
    assert "Sabine Kortmann" in window.preview.toPlainText()
    menu = QMenu()
    window.editor.add_review_actions(menu, position)
    assert next(a.text() for a in menu.actions() if a.text()) == "&Fundstelle maskieren"
    never = next(a for a in menu.actions() if a.text() == "&Nie maskieren")
    never.trigger()
    load_text(qtbot, window, "Noch einmal Sabine Kortmann.")
    assert "Sabine Kortmann" in window.preview.toPlainText()


def test_help_shows_the_policy_guideline(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    policy = replace(load_default_policy(), guideline="Regel 1: Nur maskierte Texte in den Chatbot.")
    window = make_window(FakeEngine(policy=policy))
    assert "Regel 1: Nur maskierte Texte in den Chatbot." in window.help_page.browser.toPlainText()


def test_end_session_forgets_the_restore_table(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    window.release.copy_cleaned()
    window.restore_page.answer.setPlainText("An [PERSON_1].")
    assert window.restore_page.result.toPlainText() == "An Sabine Kortmann."
    monkeypatch.setattr(window, "confirm_end_session", lambda: False)
    window.menus.end_session_action.trigger()  # "Abbrechen": the mapping stays
    window.restore_page.answer.setPlainText("An [PERSON_1]. ")
    assert window.restore_page.result.toPlainText() == "An Sabine Kortmann. "
    monkeypatch.setattr(window, "confirm_end_session", lambda: True)
    window.menus.end_session_action.trigger()
    assert window.restore_page.result.toPlainText() == "An [PERSON_1]. "


def test_second_text_keeps_the_numbering_of_the_session(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    load_text(qtbot, window, "Brief an Jens Terhorst.")
    window.release.copy_cleaned()
    load_text(qtbot, window, "Sabine Kortmann und Jens Terhorst.")
    assert window.preview.toPlainText() == "[PERSON_2] und [PERSON_1]."
    window.release.copy_cleaned()
    window.restore_page.answer.setPlainText("[PERSON_1] schreibt an [PERSON_2].")
    assert window.restore_page.result.toPlainText() == "Jens Terhorst schreibt an Sabine Kortmann."


def test_excepthook_shows_a_dialog_without_document_text(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: window)
    try:
        raise KeyError("Sabine Kortmann")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert shown[0].windowTitle() == "Unerwarteter Fehler"
    assert "KeyError" in shown[0].detailedText()
    assert "Kortmann" not in shown[0].detailedText() + shown[0].text()


@pytest.mark.parametrize(("system", "expected"), [("en_GB", "en"), ("en_US", "en"), ("de_DE", "de"), ("fr_FR", "de")])
def test_system_locale_chooses_the_language(monkeypatch, system: str, expected: str) -> None:
    class FakeLocale:
        @staticmethod
        def system() -> QLocale:
            return QLocale(system)

    monkeypatch.setattr(i18n, "QLocale", FakeLocale)
    assert i18n.effective_language("") == expected
    assert i18n.effective_language("de") == "de"


def test_manual_mask_needs_a_selection(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    monkeypatch.setattr(window, "choose_category", lambda text: pytest.fail("asked without a selection"))
    window.menus.mask_action.trigger()
    assert window.message_bar.text == "Bitte zuerst den Text markieren, der maskiert werden soll."
    assert PERSON in {item.finding.type for item in window.model.items}


def test_policy_editor_starts_as_its_own_process(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from PySide6.QtCore import QProcess

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or (True, 1))
    window.menus.policy_action.trigger()
    assert started == [(sys.executable, [str(Path(__file__).resolve().parents[2] / "main.py"), "policy-editor"])]
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: (False, 0))
    window.engine_controller.open_policy_editor()
    assert window.message_bar.text == "Der Richtlinien-Editor kann nicht gestartet werden."


def test_app_icon_is_bundled() -> None:
    from PySide6.QtGui import QIcon

    from anonymizer.resources import resource_path

    icon = QIcon(str(resource_path("icons", "anonymisierungshelfer.svg")))
    assert not icon.pixmap(32, 32).isNull()
