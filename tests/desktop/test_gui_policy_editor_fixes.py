"""Issue 19, point 7: the policy editor tests like the app, speaks plainly, names its file, repairs broken files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu
from pytestqt.qtbot import QtBot

from anonymizer.detection.factory import build_engine
from anonymizer.entities import Finding
from anonymizer.policy import OwnPattern, Policy, load_default_policy, validate_policy_file
from anonymizer.policy.layers import machine_policy_path, user_policy_path
from desktop.policy_editor import PolicyEditorWindow, run_policy_editor
from desktop.policy_editor.live_test import origin_label

SAMPLE = "Steuer-ID 28365461076, Rückfragen an r.eling@posteo.de, Einrichtung KITA-0815."
BROKEN = '[categories.PERSON]\noperator = "weg"\n\n[sessions]\nkeep_days = -3\n'


class RecordingFactory:
    """The real rule engine; records whether the live test asked for the language model."""

    def __init__(self) -> None:
        self.with_model: list[bool] = []

    def __call__(self, policy: Policy, with_model: bool):  # type: ignore[no-untyped-def]
        self.with_model.append(with_model)
        return build_engine(policy, with_model=False)  # the model itself is tested elsewhere; keep this fast


@pytest.fixture
def factory() -> RecordingFactory:
    return RecordingFactory()


@pytest.fixture
def editor(qtbot: QtBot, factory: RecordingFactory) -> PolicyEditorWindow:
    window = PolicyEditorWindow(engine_factory=factory)
    window.confirm_close = lambda: "discard"  # type: ignore[method-assign]  # qtbot closes it after the test
    qtbot.addWidget(window)
    window.show()
    return window


def _run(qtbot: QtBot, editor: PolicyEditorWindow) -> list[str]:
    with qtbot.waitSignal(editor.live.result_ready, timeout=20_000):
        editor.live.run_now()
    return [editor.live.table.item(row, 2).text() for row in range(editor.live.table.rowCount())]


def test_live_test_uses_the_language_model_like_the_app(qtbot: QtBot, editor, factory) -> None:  # type: ignore[no-untyped-def]
    assert editor.live.with_model.isChecked()
    editor.live.sample.setPlainText(SAMPLE)
    _run(qtbot, editor)
    assert factory.with_model[-1] is True
    editor.live.with_model.setChecked(False)  # faster, and says that it finds less
    _run(qtbot, editor)
    assert factory.with_model[-1] is False
    assert "weniger" in editor.live.with_model.accessibleDescription()


def test_found_by_is_said_in_words(qtbot: QtBot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.patterns.add_pattern(OwnPattern("Kita-Nummer", "REFERENCE", r"KITA-\d{4}"))
    editor.terms.add_deny("Rückfragen", "REFERENCE")
    editor.live.sample.setPlainText(SAMPLE)
    origins = _run(qtbot, editor)
    assert sorted(origins) == sorted(
        ["Regel für Steuer-ID", "Richtlinie: Immer maskieren", "Regel für E-Mail", "Eigenes Muster „Kita-Nummer“"]
    )
    assert not any("Recognizer" in origin or "_" in origin for origin in origins)


@pytest.mark.parametrize(
    ("recognizer", "entity_type", "expected"),
    [
        ("ner_model", "PERSON", "Sprachmodell"),
        ("person_rules", "PERSON", "Namensregeln (bekannter Name, Anrede)"),
        ("person_propagation", "PERSON", "Namensregeln (bekannter Name, Anrede)"),
        ("PhoneRecognizer", "PHONE", "Regel für Telefon"),
        ("license_plate", "LICENSE_PLATE", "Regel für Kfz-Kennzeichen"),
        ("Richtlinie: Begriffsliste", "ADDRESS", "Richtlinie: Begriffsliste"),
        ("Kita-Nummer", "REFERENCE", "Eigenes Muster „Kita-Nummer“"),
    ],
)
def test_origin_labels(recognizer: str, entity_type: str, expected: str) -> None:
    policy = replace(load_default_policy(), patterns=(OwnPattern("Kita-Nummer", "REFERENCE", r"KITA-\d{4}"),))
    assert origin_label(Finding(0, 4, entity_type, "wert", 0.9, recognizer), policy) == expected


def test_score_and_regular_expression_are_explained(editor) -> None:  # type: ignore[no-untyped-def]
    table = editor.patterns.table
    headers = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    assert headers == ["Name", "Kategorie", "Suchmuster", "Kontextwörter (Komma)", "Vorrang (0–1)"]
    for column in (editor.patterns.REGEX, editor.patterns.SCORE):
        assert len(table.horizontalHeaderItem(column).toolTip()) > 40
    texts = " ".join(label.text() for label in editor.patterns.findChildren(QLabel))
    assert "KITA-\\d{4}" in texts and "Jeder Treffer wird maskiert" in texts


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


@pytest.mark.parametrize("language", ["de", "en"])
def test_mnemonics_are_unique(qtbot: QtBot, qapp, factory, language: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.i18n import LanguageManager

    manager = LanguageManager(qapp)
    manager.apply(language)
    try:
        editor = PolicyEditorWindow(engine_factory=factory)
        qtbot.addWidget(editor)
        editor.show()
        _check_mnemonics(editor)
    finally:
        manager.remove()


def _check_mnemonics(editor: PolicyEditorWindow) -> None:
    texts = [editor.tabs.tabText(index) for index in range(editor.tabs.count())]
    texts += [w.text() for w in editor.findChildren(QAbstractButton) if w.isVisibleTo(editor)]  # check boxes too
    texts += [action.text() for action in editor.menuBar().actions()]
    keys = [key for key in map(_mnemonic, texts) if key]
    assert len(keys) == len(set(keys)), sorted(texts)
    assert "&Leitlinie" in texts or "&Guideline" in texts
    for menu in editor.menuBar().findChildren(QMenu):
        menu_keys = [key for key in (_mnemonic(a.text()) for a in menu.actions()) if key]
        assert len(menu_keys) == len(set(menu_keys))


def test_main_window_menus_have_unique_mnemonics(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    menus = window.menus
    for menu in (menus.file_menu, menus.edit_menu, menus.view_menu, menus.extras_menu, menus.help_menu):
        texts = [action.text() for action in menu.actions() if action.text()]
        keys = [key for key in map(_mnemonic, texts) if key]
        assert len(keys) == len(set(keys)), texts
    edit = [action.text() for action in window.menus.edit_menu.actions()]
    assert "&Immer maskieren" in edit and "&Nie maskieren" in edit  # Alt+I was twice


@pytest.mark.parametrize(
    ("where", "layer"),
    [
        ("machine", "maschinenweite Richtlinie (verbindlich für alle Benutzer dieses Rechners)"),
        ("user", "Benutzer-Richtlinie"),
        ("elsewhere", "Richtliniendatei"),
    ],
)
def test_title_names_the_file_and_its_layer(qtbot: QtBot, editor, tmp_path: Path, where: str, layer: str) -> None:  # type: ignore[no-untyped-def]
    assert editor.windowTitle() == "Richtlinien-Editor – Neue Richtlinie [*]"
    assert "Neue Richtlinie</b> – aus den Standardwerten" in editor.source_label.text()
    path = {"machine": machine_policy_path(), "user": user_policy_path(), "elsewhere": tmp_path / "kreis.toml"}[where]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[sessions]\nkeep_days = 3\n", encoding="utf-8")
    editor.open_file(path)
    assert editor.windowTitle() == f"Richtlinien-Editor – {path.name} [*]"
    assert not editor.isWindowModified()
    assert layer in editor.source_label.text() and str(path) in editor.source_label.text()
    editor.review.keep_days.setValue(5)
    assert editor.isWindowModified()
    assert "(geändert)" in editor.source_label.text()
    assert editor.save()
    assert not editor.isWindowModified()
    assert "keep_days = 5" in path.read_text(encoding="utf-8")


def test_a_broken_file_opens_for_repair(qtbot: QtBot, editor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "policy.toml"
    path.write_text(BROKEN, encoding="utf-8")
    editor.open_file(path)
    assert editor.pages.currentWidget() is editor.repair
    assert editor.repair.text.toPlainText() == BROKEN
    problems = [editor.repair.issues.item(row).text() for row in range(editor.repair.issues.count())]
    assert len(problems) == 2 and problems[0].startswith("Zeile 2:") and problems[1].startswith("Zeile 5:")
    assert not editor.save_button.isEnabled()  # nothing half-repaired is written
    editor.repair.go_to_line(1)
    assert editor.repair.text.textCursor().blockNumber() == 4
    editor.repair.text.setPlainText(BROKEN.replace('"weg"', '"mask"').replace("-3", "3"))
    assert editor.repair.check() == []
    assert editor.pages.currentWidget() is editor.tabs
    assert editor.current_policy().keep_days == 3
    assert editor.current_policy().rule("PERSON").operator == "mask"
    assert editor.isWindowModified()  # the file on disk is still the broken one
    assert editor.save()
    assert validate_policy_file(path) == []


def test_an_unreadable_file_is_refused_and_a_failed_save_warns(  # type: ignore[no-untyped-def]
    qtbot: QtBot, editor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anonymizer.errors import AnonymizerError
    from desktop.policy_editor import window as editor_window

    latin = tmp_path / "latin.toml"
    latin.write_bytes("[terms]\nallow = [\"Böckenholt\"]\n".encode("latin-1"))
    with pytest.raises(AnonymizerError, match="nicht in UTF-8"):
        editor.open_file(latin)  # not even readable: nothing to repair
    assert editor.pages.currentWidget() is editor.tabs and editor.path is None
    warnings: list[str] = []
    monkeypatch.setattr(editor_window.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    editor.path = tmp_path / "fehlt" / "policy.toml"  # a folder that does not exist
    editor.review.keep_days.setValue(5)
    assert not editor.save()
    assert len(warnings) == 1 and "policy.toml" in warnings[0]
    assert editor.isWindowModified()


def test_run_policy_editor_opens_a_broken_file_instead_of_refusing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "policy.toml"
    path.write_text(BROKEN, encoding="utf-8")
    from desktop import i18n

    managers: list[i18n.LanguageManager] = []

    class RecordingManager(i18n.LanguageManager):
        def apply(self, choice: str) -> str:
            managers.append(self)
            return super().apply(choice)

    monkeypatch.setattr(i18n, "LanguageManager", RecordingManager)
    shown: list[PolicyEditorWindow] = []
    monkeypatch.setattr(PolicyEditorWindow, "show", lambda window: shown.append(window))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    names = (app.organizationName(), app.applicationName())
    try:
        assert run_policy_editor([str(path)]) == 0
    finally:  # the editor's own process keeps its translator; this test process must not
        for manager in managers:
            manager.remove()
        app.setOrganizationName(names[0])
        app.setApplicationName(names[1])
    (window,) = shown
    window.confirm_close = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.repair


@pytest.mark.parametrize(
    ("choice", "closed", "saved"), [("cancel", False, False), ("save", True, True), ("discard", True, False)]
)
def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, editor, tmp_path: Path, choice: str, closed: bool, saved: bool
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "policy.toml"
    editor.save_file(path)
    assert editor.close()  # nothing changed: closes without asking
    editor.show()
    editor.terms.add_allow("Kreis Coesfeld")
    asked: list[bool] = []
    editor.confirm_close = lambda: asked.append(True) or choice  # type: ignore[method-assign]
    assert editor.close() is closed
    assert asked == [True]
    assert ("Kreis Coesfeld" in path.read_text(encoding="utf-8")) is saved
    editor.confirm_close = lambda: "discard"  # type: ignore[method-assign]
