"""End to end with the real engine (rules only): the window, a paste, the copy and the restore."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication

from anonymizer.detection.factory import build_engine
from desktop.facade import CoreFacade
from desktop.main_window import MainWindow
from desktop.selftest import run_gui_selftest

LETTER = (
    "Sehr geehrte Damen und Herren,\n"
    "bitte erstatten Sie den Betrag auf DE44 5001 0517 5407 3249 31. Rückfragen bitte an "
    "h.wiesmann@example.org oder 02541 / 18-1234.\n"
)


def test_real_engine_paste_copy_restore(qtbot, settings, languages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    facade = CoreFacade(lambda: build_engine(with_model=False))
    window = MainWindow(facade, settings, languages, pool=QThreadPool(), debounce_ms=10)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.engine_ready, timeout=60_000):
        window.engine_controller.start_engine()
    QGuiApplication.clipboard().setText(LETTER)
    with qtbot.waitSignal(window.findings_updated, timeout=60_000):
        window.menus.paste_action.trigger()
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    assert window.release.copy_cleaned()
    cleaned = QGuiApplication.clipboard().text()
    for value in ("DE44 5001 0517 5407 3249 31", "h.wiesmann@example.org", "02541 / 18-1234"):
        assert value not in cleaned
    window.restore_page.answer.setPlainText(cleaned)
    assert window.restore_page.result.toPlainText() == LETTER


def test_gui_selftest_passes(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run_gui_selftest() == 0
    assert capsys.readouterr().out.startswith("GUI OK")


def _real_window(qtbot, settings, languages) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(CoreFacade(), settings, languages, pool=QThreadPool(), debounce_ms=10)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.engine_ready, timeout=60_000):
        window.engine_controller.start_engine()
    return window


def test_invalid_machine_policy_blocks_copying(qtbot, settings, languages, isolated_dirs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    machine = isolated_dirs / "no-machine-policy.toml"
    machine.write_text("[review\nkaputt", encoding="utf-8")
    window = _real_window(qtbot, settings, languages)
    assert "Kopieren ist gesperrt" in window.message_bar.text
    with qtbot.waitSignal(window.findings_updated, timeout=60_000):
        window.review.set_text(LETTER)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    QGuiApplication.clipboard().setText("vorher")
    assert not window.release.copy_cleaned()
    assert QGuiApplication.clipboard().text() == "vorher"
    assert "Kopieren ist gesperrt" in window.message_bar.text


def test_copy_writes_an_audit_line_without_text(qtbot, settings, languages, isolated_dirs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    log = isolated_dirs / "audit.jsonl"
    machine = isolated_dirs / "no-machine-policy.toml"
    machine.write_text(f'[audit]\nenabled = true\npath = "{log.as_posix()}"\n', encoding="utf-8")
    window = _real_window(qtbot, settings, languages)
    with qtbot.waitSignal(window.findings_updated, timeout=60_000):
        window.review.set_text(LETTER)
    monkeypatch.setattr(window, "confirm_review", lambda counts: True)
    assert window.release.copy_cleaned()
    line = log.read_text(encoding="utf-8")
    assert '"action": "copy"' in line and '"input": "paste"' in line and '"IBAN": 1' in line
    for value in ("DE44", "wiesmann", "02541", "[IBAN_1]"):
        assert value not in line


def test_a_saved_user_policy_applies_without_restart(qtbot, settings, languages, isolated_dirs) -> None:  # type: ignore[no-untyped-def]
    window = _real_window(qtbot, settings, languages)
    with qtbot.waitSignal(window.findings_updated, timeout=60_000):
        window.review.set_text(LETTER)
    assert "h.wiesmann@example.org" not in window.preview.toPlainText()
    user_policy = isolated_dirs / "no-user-policy.toml"
    with qtbot.waitSignal(window.engine_ready, timeout=30_000):
        user_policy.write_text('[terms]\ndeny = [{ text = "Betrag", type = "REFERENCE" }]\n', encoding="utf-8")
    qtbot.waitUntil(lambda: "Betrag" not in window.preview.toPlainText(), timeout=30_000)
    assert "[REFERENCE_1]" in window.preview.toPlainText()


def test_main_starts_the_window_before_the_model_is_ready(tmp_path) -> None:
    """``python main.py`` (no arguments) → run_app: the window is shown first, then the model is ready."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, ANONYMISIERUNGSHELFER_STARTUP_REPORT="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(root / "main.py")], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    events = [line.split()[0] for line in result.stdout.splitlines()]
    assert events == ["window_shown", "model_ready"]
    stamps = [float(line.split()[1]) for line in result.stdout.splitlines()]
    assert stamps[0] <= stamps[1]
    assert "Traceback" not in result.stderr
