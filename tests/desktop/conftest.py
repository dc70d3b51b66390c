"""Fixtures for the desktop tests: offscreen Qt, a window on a fake engine.

The English catalogue is the committed ``.qm``; ``test_gui_language_a11y.py`` checks it against the ``.ts``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_fakes import FakeEngine
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.facade import CoreFacade
from desktop.i18n import LanguageManager
from desktop.main_window import MainWindow
from desktop.settings import AppSettings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints; that is not our bug."""
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Never touch a real keyring: sessions stay in memory unless a test installs its own keyring."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    manager.apply("de")
    yield manager
    manager.remove()


@pytest.fixture(autouse=True)
def no_unexpected_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not patch fails the test instead of hanging the run."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(dialog: QDialog) -> int:
        pytest.fail(f"unexpected modal dialog: {dialog.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def make_window(qtbot, settings: AppSettings, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """Build a shown window around a facade of ``engine``; the engine is loaded unless ``load=False``."""
    windows: list[MainWindow] = []

    def make(engine: object, load: bool = True) -> MainWindow:
        facade = CoreFacade(lambda: engine)  # type: ignore[arg-type, return-value]
        window = MainWindow(facade, settings, languages, pool=QThreadPool(), debounce_ms=10)
        windows.append(window)  # closed below, not by qtbot: pytest-qt closes its widgets before this teardown
        window.show()
        if load:
            with qtbot.waitSignal(window.engine_ready, timeout=10_000):
                window.engine_controller.start_engine()
        return window

    yield make
    for window in windows:  # a test's unsaved review work is not asked about when the test ends
        window.confirm_discard = lambda question: True  # type: ignore[method-assign]
        window.close()
        window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def window(make_window, engine: FakeEngine) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(engine)
