"""The DSB's policy editor with real widgets offscreen: the live test follows every edit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from anonymizer.detection.factory import build_engine
from anonymizer.policy import OwnPattern, Policy, TermListRef, load_policy, validate_policy_file
from desktop.policy_editor import PolicyEditorWindow

# The offscreen platform plugin warns that it cannot propagate size hints when a window is shown.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

SAMPLE = (
    "Die Einrichtung KITA-0815 im Kreis Coesfeld meldet: Projekt Falkenhorst startet.\n"
    "Rückfragen an r.eling@posteo.de, Steuer-ID 28365461076."
)


def rule_engine(policy: Policy, with_model: bool):  # type: ignore[no-untyped-def]
    """The real rule engine with the edited policy; the NER model is left out to keep GUI tests fast."""
    return build_engine(policy, with_model=False)


@pytest.fixture
def editor(qtbot: QtBot) -> PolicyEditorWindow:
    window = PolicyEditorWindow(engine_factory=rule_engine)
    window.confirm_close = lambda: "discard"  # type: ignore[method-assign]  # qtbot closes it after each test
    qtbot.addWidget(window)
    window.show()
    return window


def run_live_test(qtbot: QtBot, editor: PolicyEditorWindow) -> list[tuple[str, str]]:
    with qtbot.waitSignal(editor.live.result_ready, timeout=20_000):
        editor.live.run_now()
    return [(f.type, f.text) for f in editor.live.findings]


def test_live_test_shows_what_the_default_policy_masks(qtbot: QtBot, editor: PolicyEditorWindow) -> None:
    with qtbot.waitSignal(editor.live.result_ready, timeout=20_000):
        editor.live.sample.setPlainText(SAMPLE)
    found = [(f.type, f.text) for f in editor.live.findings]
    assert ("EMAIL", "r.eling@posteo.de") in found
    assert ("TAX_ID", "28365461076") in found
    assert not any("Falkenhorst" in text for _type, text in found)
    masked = editor.live.masked.toPlainText()
    assert "r.eling@posteo.de" not in masked and "28365461076" not in masked
    assert editor.live.table.rowCount() == len(found)


def test_live_test_follows_deny_terms_patterns_and_categories(qtbot: QtBot, editor: PolicyEditorWindow) -> None:
    editor.live.sample.setPlainText(SAMPLE)
    editor.terms.add_deny("Falkenhorst", "REFERENCE")
    editor.patterns.add_pattern(OwnPattern("Kita-Nummer", "REFERENCE", r"KITA-\d{4}", ("Einrichtung",), 0.8))
    found = run_live_test(qtbot, editor)
    assert ("REFERENCE", "Falkenhorst") in found and ("REFERENCE", "KITA-0815") in found
    origins = [editor.live.table.item(r, 2).text() for r in range(editor.live.table.rowCount())]
    assert "Eigenes Muster „Kita-Nummer“" in origins
    masked = editor.live.masked.toPlainText()
    assert "Falkenhorst" not in masked and "KITA-0815" not in masked

    editor.categories.checks["EMAIL"].setChecked(False)
    run_live_test(qtbot, editor)
    assert "r.eling@posteo.de" in editor.live.masked.toPlainText()


def test_allow_term_in_the_editor_unmasks_in_the_live_test(qtbot: QtBot, editor: PolicyEditorWindow) -> None:
    editor.live.sample.setPlainText("Projekt Falkenhorst")
    editor.terms.add_deny("Projekt Falkenhorst", "REFERENCE")
    editor.patterns.add_pattern(OwnPattern("Projekte", "REFERENCE", r"Projekt \w+"))
    editor.terms.add_allow("Projekt Falkenhorst")
    # Deny wins over allow: the DSB's "always mask" is never undone by the allow list.
    assert run_live_test(qtbot, editor) == [("REFERENCE", "Projekt Falkenhorst")]
    editor.terms.deny_table.removeRow(0)
    editor.revalidate()
    assert run_live_test(qtbot, editor) == []


def test_invalid_regex_is_flagged_and_blocks_the_live_test(qtbot: QtBot, editor: PolicyEditorWindow) -> None:
    editor.live.sample.setPlainText(SAMPLE)
    editor.patterns.add_pattern(OwnPattern("Kaputt", "REFERENCE", r"KITA-(\d{4}"))
    assert editor.patterns.problems and "Kaputt" in editor.patterns.problems[0]
    assert editor.valid_policy is None
    assert any("regulärer Ausdruck" in issue.message for issue in editor.issues)
    run_live_test(qtbot, editor)
    assert "nicht gültig" in editor.live.status.text()
    item = editor.patterns.table.item(0, editor.patterns.REGEX)
    assert item is not None
    item.setText(r"KITA-\d{4}")
    assert editor.patterns.problems == [] and editor.valid_policy is not None
    assert ("REFERENCE", "KITA-0815") in run_live_test(qtbot, editor)


def test_imported_term_list_is_used_and_saved_as_a_valid_file(
    qtbot: QtBot, editor: PolicyEditorWindow, tmp_path: Path
) -> None:
    streets = tmp_path / "strassen.txt"
    streets.write_text("Lindenweg\nAm Falkenhorst\n", encoding="utf-8")
    editor.term_lists.add_term_list(TermListRef(streets, "ADDRESS"))
    assert editor.term_lists.table.item(0, editor.term_lists.COUNT).text() == "2"
    editor.live.sample.setPlainText("Sie wohnt Am Falkenhorst, nicht am Lindenwegrand.")
    assert run_live_test(qtbot, editor) == [("ADDRESS", "Am Falkenhorst")]

    editor.review.keep_days.setValue(0)
    editor.guideline.text.setPlainText("Keine personenbezogenen Daten in externe Chatbots.")
    target = tmp_path / "policy.toml"
    editor.save_file(target)
    assert validate_policy_file(target) == []
    saved = load_policy(target)
    assert saved.keep_days == 0 and saved.term_lists[0].path == streets.resolve()
    assert 'path = "strassen.txt"' in target.read_text(encoding="utf-8")

    reopened = PolicyEditorWindow(engine_factory=rule_engine)
    qtbot.addWidget(reopened)
    reopened.open_file(target)
    assert reopened.current_policy() == saved


@pytest.mark.parametrize("checked", [True, False])
def test_removal_of_embedded_content_is_saved_and_shown_again(
    qtbot: QtBot, editor: PolicyEditorWindow, tmp_path: Path, checked: bool
) -> None:
    assert not editor.review.remove_embedded.isChecked()  # the built-in default keeps images
    editor.review.remove_embedded.setChecked(checked)
    assert editor.current_policy().remove_embedded is checked
    target = tmp_path / "policy.toml"
    editor.save_file(target)
    assert f"remove_embedded = {str(checked).lower()}" in target.read_text(encoding="utf-8")
    assert load_policy(target).remove_embedded is checked
    reopened = PolicyEditorWindow(engine_factory=rule_engine)
    qtbot.addWidget(reopened)
    reopened.open_file(target)
    assert reopened.review.remove_embedded.isChecked() is checked


def test_editor_refuses_a_missing_file_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken file opens for repair instead (tests/desktop/test_gui_policy_editor_fixes.py)."""
    from desktop.policy_editor import run_policy_editor

    assert run_policy_editor([str(tmp_path / "policy.toml")]) == 1
    assert "existiert nicht" in capsys.readouterr().err
