"""The review duty before copying, the clipboard timeout, settings without text, crash reports without text."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from gui_fakes import FakeEngine, load_text
from PySide6.QtGui import QGuiApplication

from anonymizer.entities import EMAIL, IBAN, LOCATION, PERSON
from anonymizer.policy import load_default_policy
from desktop.excepthook import safe_report
from desktop.review import ReviewSummary
from desktop.widgets.review_dialog import ReviewDutyDialog


@pytest.mark.parametrize(
    ("answer", "copied"),
    [(ReviewDutyDialog.DialogCode.Accepted, True), (ReviewDutyDialog.DialogCode.Rejected, False)],
)
def test_review_duty_dialog_guards_the_first_copy(qtbot, window, monkeypatch, answer, copied) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    QGuiApplication.clipboard().setText("vorher")
    shown: list[ReviewDutyDialog] = []

    def fake_exec(dialog: ReviewDutyDialog) -> int:
        shown.append(dialog)
        return int(answer.value)

    monkeypatch.setattr(ReviewDutyDialog, "exec", fake_exec)
    assert window.release.copy_cleaned() is copied
    assert len(shown) == 1
    table = shown[0].masked_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"Person": "2", "IBAN": "1", "E-Mail": "1"}
    visible = shown[0].visible_table  # what goes out unmasked is listed too: the place the policy only shows
    assert [[visible.item(0, c).text() for c in range(3)]] == [["Ort", "laut Richtlinie nicht maskiert", "Coesfeld"]]
    assert QGuiApplication.clipboard().text() == (window.model.outcome.text if copied else "vorher")
    # the second copy of the same cleaned text does not ask again; a changed text does
    window.release.copy_cleaned()
    assert len(shown) == (1 if copied else 2)


def test_review_dialog_needs_the_checkbox(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDutyDialog(ReviewSummary({PERSON: 2, LOCATION: 0, EMAIL: 1}, ()))
    qtbot.addWidget(dialog)
    assert dialog.masked_table.rowCount() == 2
    assert not dialog.copy_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.copy_button.isEnabled()
    assert dialog.confirm.accessibleName() == "Ich habe den Text geprüft"


def test_no_dialog_when_the_policy_does_not_require_it(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    policy = replace(load_default_policy(), confirm_before_copy=False)
    window = make_window(FakeEngine(policy=policy))
    load_text(qtbot, window)
    monkeypatch.setattr(ReviewDutyDialog, "exec", lambda self: pytest.fail("dialog shown"))
    assert window.release.copy_cleaned()
    assert "[IBAN_1]" in QGuiApplication.clipboard().text()


def test_policy_forbidding_unmask_keeps_findings_masked(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    policy = replace(load_default_policy(), allow_unmask=False)
    window = make_window(FakeEngine(policy=policy))
    load_text(qtbot, window)
    iban = next(item for item in window.model.items if item.finding.type == IBAN)
    window.review.toggle_finding(iban)
    assert "erlaubt nicht" in window.message_bar.text
    assert "DE44" not in window.preview.toPlainText()


def test_clipboard_is_cleared_after_the_timeout(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.settings.clipboard_clear_seconds = 1
    load_text(qtbot, window)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    assert window.release.copy_cleaned()
    assert QGuiApplication.clipboard().text() == window.model.outcome.text
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)


def test_settings_hold_no_text(qtbot, window, monkeypatch, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings.language = "en"
    settings.clipboard_clear_seconds = 30
    load_text(qtbot, window)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    window.release.copy_cleaned()
    window.close()
    assert sorted(settings.keys()) == ["clipboard/clear_seconds", "ui/language"]
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    for value in ("Kortmann", "DE44", "example.org", "PERSON"):
        assert value not in stored


@pytest.mark.parametrize(("raw", "expected"), [("en", "en"), ("de", "de"), ("", ""), ("fr", ""), ("<b>", "")])
def test_language_setting_accepts_only_known_values(settings, raw: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    settings.language = raw
    assert settings.language == expected


def test_crash_report_names_code_locations_but_no_text() -> None:
    try:
        raise ValueError("Sabine Kortmann, DE44 5001 0517 5407 3249 31")
    except ValueError:
        exc_type, _exc, tb = sys.exc_info()
    assert exc_type is not None
    report = safe_report(exc_type, tb)
    assert report.startswith("builtins.ValueError")
    assert "test_crash_report_names_code_locations_but_no_text" in report
    assert "Kortmann" not in report and "DE44" not in report
