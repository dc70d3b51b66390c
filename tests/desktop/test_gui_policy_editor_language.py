"""The DSB's policy editor speaks the clerk's language: German by default, English on request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anonymizer.detection.factory import build_engine
from anonymizer.policy import Policy
from desktop import i18n
from desktop.i18n import LanguageManager
from desktop.policy_editor import PolicyEditorWindow, run_policy_editor
from desktop.settings import AppSettings


def rule_engine(policy: Policy, with_model: bool):  # type: ignore[no-untyped-def]
    return build_engine(policy, with_model=False)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    assert manager.apply("en") == "en"
    yield manager
    manager.remove()


def _tab_titles(editor: PolicyEditorWindow) -> list[str]:
    return [editor.tabs.tabText(index) for index in range(editor.tabs.count())]


def test_policy_editor_window_in_english(qtbot: QtBot, english: LanguageManager) -> None:
    editor = PolicyEditorWindow(engine_factory=rule_engine)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.windowTitle().startswith("Policy editor")
    assert _tab_titles(editor) == [
        "&Categories",
        "&Terms",
        "&Patterns",
        "Term l&ists",
        "&Review and retention",
        "&Guideline",
    ]
    assert editor.menuBar().actions()[0].text() == "&File"
    assert editor.review.remove_embedded.text() == "Remove images and embedded objects from saved Word files"
    assert editor.status.text().startswith("The policy is valid")


def test_policy_editor_window_in_german_by_default(qtbot: QtBot, qapp: QApplication) -> None:
    manager = LanguageManager(qapp)
    manager.apply("de")
    try:
        editor = PolicyEditorWindow(engine_factory=rule_engine)
        qtbot.addWidget(editor)
        assert _tab_titles(editor)[0] == "&Kategorien"
        assert editor.menuBar().actions()[0].text() == "&Datei"
    finally:
        manager.remove()


def test_run_policy_editor_installs_the_settings_language(
    qtbot: QtBot, qapp: QApplication, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``main.py policy-editor`` is its own process: it applies the clerk's language like the app."""
    settings.language = "en"
    monkeypatch.setattr("desktop.settings.AppSettings", lambda: settings)
    managers: list[LanguageManager] = []

    class RecordingManager(LanguageManager):
        def apply(self, choice: str) -> str:
            managers.append(self)
            return super().apply(choice)

    monkeypatch.setattr(i18n, "LanguageManager", RecordingManager)
    shown: list[PolicyEditorWindow] = []
    monkeypatch.setattr(PolicyEditorWindow, "show", lambda window: shown.append(window))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    names = (qapp.organizationName(), qapp.applicationName())
    try:
        assert run_policy_editor([]) == 0
        assert [manager.language for manager in managers] == ["en"]
        (editor,) = shown
        qtbot.addWidget(editor)
        assert _tab_titles(editor)[0] == "&Categories"
    finally:
        for manager in managers:
            manager.remove()
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
