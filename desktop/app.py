"""``run_app``: start the desktop app — the window first, the language model in the background."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.excepthook import install_excepthook
from desktop.facade import CoreFacade, resource_path
from desktop.i18n import LanguageManager
from desktop.main_window import MainWindow
from desktop.qt_binding import binding_problem
from desktop.settings import APPLICATION, ORGANIZATION, AppSettings

#: Set to 1 by benchmarks/startup.py: print when the window is shown and the model ready, then quit.
STARTUP_REPORT = "ANONYMISIERUNGSHELFER_STARTUP_REPORT"


def _report(event: str) -> None:
    print(f"{event} {time.time():.4f}", flush=True)


def display_problem(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """Why no window can be shown here, as one German line (Linux without a display), else None.

    Without it Qt aborts with "xcb-cursor0 is needed to load the Qt xcb platform plugin", which sends
    IT after a library that is installed.
    """
    if platform != "linux" or any(environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return None
    return (
        "Fehler: Keine grafische Anzeige gefunden (DISPLAY ist nicht gesetzt). Ohne Bildschirm: "
        "xvfb-run -a python main.py; die Installation prüfen: python main.py --selftest."
    )


def run_app(argv: list[str] | None = None) -> int:
    """Build the application and window, start loading the model, run the event loop."""
    problem = display_problem()
    if problem is not None and QApplication.instance() is None:
        print(problem, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    icon = resource_path("icons", "anonymisierungshelfer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = AppSettings()
    languages = LanguageManager(app)
    languages.apply(settings.language)
    window = MainWindow(CoreFacade(), settings, languages)
    install_excepthook(lambda: window)
    problem = binding_problem(calls=300)  # a leaking PySide6 aborts the app after some typing: say so at once
    if problem is not None:
        window.message_bar.show_message(problem)
    report = os.environ.get(STARTUP_REPORT) == "1"
    if report:

        def ready() -> None:
            _report("model_ready")
            QTimer.singleShot(0, window.close)

        def failed(_message: str) -> None:
            _report("model_failed")
            QTimer.singleShot(0, window.close)

        window.engine_ready.connect(ready)
        window.loader.failed.connect(failed)
    window.show()
    if report:
        app.processEvents()
        _report("window_shown")
    QTimer.singleShot(0, window.engine_controller.start_engine)
    return int(app.exec())
