"""Sessions outlive the window: kept encrypted (key in the keyring), continued after a restart, ended on request."""

from __future__ import annotations

import keyring
import pytest
from gui_fakes import SAMPLE, FakeEngine, load_text
from memory_keyring import MemoryKeyring
from PySide6.QtGui import QGuiApplication

from anonymizer.sessions import NO_KEYRING_MESSAGE


@pytest.fixture
def memory_keyring(monkeypatch):  # type: ignore[no-untyped-def]
    backend = MemoryKeyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.set_keyring(backend)
    return backend


def _copy(qtbot, window, monkeypatch, text: str = SAMPLE) -> str:  # type: ignore[no-untyped-def]
    load_text(qtbot, window, text)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    assert window.release.copy_cleaned()
    return QGuiApplication.clipboard().text()


def test_answer_can_be_restored_after_a_restart(qtbot, make_window, memory_keyring, monkeypatch, isolated_dirs) -> None:  # type: ignore[no-untyped-def]
    first = make_window(FakeEngine())
    cleaned = _copy(qtbot, first, monkeypatch)
    assert "[PERSON_1]" in cleaned
    assert first.close()  # copied: nothing to lose, so quitting does not ask
    stored = list((isolated_dirs / "data").rglob("*.session"))
    assert len(stored) == 1
    assert b"Kortmann" not in stored[0].read_bytes()  # encrypted at rest

    second = make_window(FakeEngine())  # a new start of the app
    assert second.restore_page.notice.isHidden()
    second.restore_page.answer.setPlainText("Antwort an [PERSON_1].")
    assert second.restore_page.result.toPlainText() == "Antwort an Sabine Kortmann."
    # the numbering continues: the same person keeps her placeholder in the next text
    assert _copy(qtbot, second, monkeypatch, "Noch einmal Sabine Kortmann.") == "Noch einmal [PERSON_1]."

    asked: list[bool] = []
    monkeypatch.setattr(second, "confirm_end_session", lambda: asked.append(True) or True)
    second.menus.end_session_action.trigger()
    assert asked == [True]  # forgetting every placeholder is asked first
    assert list((isolated_dirs / "data").rglob("*.session")) == []
    third = make_window(FakeEngine())
    third.restore_page.answer.setPlainText("Antwort an [PERSON_1].")
    assert third.restore_page.result.toPlainText() == "Antwort an [PERSON_1]."


def test_without_keyring_sessions_stay_in_memory_and_the_page_says_so(
    qtbot, make_window, monkeypatch, isolated_dirs
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(FakeEngine())
    assert window.restore_page.notice.text() == NO_KEYRING_MESSAGE
    _copy(qtbot, window, monkeypatch)
    window.restore_page.answer.setPlainText("[PERSON_1]")
    assert window.restore_page.result.toPlainText() == "Sabine Kortmann"
    assert list((isolated_dirs / "data").rglob("*.session")) == []


def test_selftest_keeps_no_session_on_disk(qapp, memory_keyring, isolated_dirs, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.selftest import run_gui_selftest

    assert run_gui_selftest() == 0
    assert list((isolated_dirs / "data").rglob("*.session")) == []
    assert memory_keyring.passwords == {}


def test_an_answer_of_another_session_shows_the_cores_warning(
    qtbot, make_window, monkeypatch, isolated_dirs
) -> None:  # type: ignore[no-untyped-def]
    """Issue 23 point 8: placeholders this session never issued are named in a visible German warning."""
    window = make_window(FakeEngine())
    _copy(qtbot, window, monkeypatch)
    page = window.restore_page
    page.answer.setPlainText("Antwort an [PERSON_1].")
    assert page.warning.isHidden()
    page.answer.setPlainText("Antwort an [PERSON_7] und [IBAN_4].")
    assert page.warning.isVisibleTo(page)
    assert "[PERSON_7]" in page.warning.text() and "anderen Sitzung" in page.warning.text()
    assert page.warning.accessibleName() == page.warning.text()
    assert window.facade.restore("Antwort an [PERSON_7].").warning == page.warning.text().replace(
        "[PERSON_7], [IBAN_4]", "[PERSON_7]"
    )
