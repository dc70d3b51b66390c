"""GUI part of ``main.py --selftest``: the real window offscreen, one paste→mask→copy→restore cycle.

Uses the real engine (the installation is what is being tested) and invented data only.
"""

from __future__ import annotations

import os
import sys
import time

SAMPLE = (
    "Sehr geehrte Frau Kortmann,\n"
    "die Rechnung geht an die IBAN DE44 5001 0517 5407 3249 31, Rückfragen an s.kortmann@example.org.\n"
)


def run_gui_selftest() -> int:
    """Return 0 when the window builds and the cycle round-trips; print one line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def quiet_offscreen(kind: QtMsgType, _context: object, message: str) -> None:
        """The offscreen platform cannot propagate size hints; anything else still goes to stderr."""
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(quiet_offscreen)
    try:
        return _cycle()
    finally:
        qInstallMessageHandler(previous)


def _cycle() -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.facade import CoreFacade, in_memory_sessions
    from desktop.main_window import MainWindow
    from desktop.qt_binding import binding_problem
    from desktop.settings import AppSettings

    started = time.perf_counter()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "selftest"])
    problem = binding_problem()  # a leaking PySide6 would abort the app after a few hundred keystrokes
    if problem is not None:
        print(f"GUI-Selbsttest fehlgeschlagen: {problem}", file=sys.stderr)
        return 1
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Anonymisierungshelfer-Selbsttest")
    window = MainWindow(CoreFacade(store_factory=in_memory_sessions), AppSettings(store))
    window.confirm_review = lambda summary: True  # type: ignore[method-assign]  # no modal in the selftest
    window.show()

    def wait_for(signal: SignalInstance, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    window.engine_controller.start_engine()
    if not window.facade.ready:
        wait_for(window.engine_ready)
    QGuiApplication.clipboard().setText(SAMPLE)
    window.files.paste_anywhere()
    if window.runner.busy:
        wait_for(window.findings_updated)
    window.editor.selectAll()
    cursor = window.editor.textCursor()
    cursor.setPosition(SAMPLE.index("Rechnung"))
    cursor.setPosition(SAMPLE.index("Rechnung") + len("Rechnung"), cursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.manual_masks.mask_text("Rechnung", "REFERENCE")
    copied = window.release.copy_cleaned()
    cleaned = QGuiApplication.clipboard().text()
    leaked = [v for v in ("DE44 5001 0517 5407 3249 31", "s.kortmann@example.org", "Rechnung") if v in cleaned]
    window.restore_page.answer.setPlainText(cleaned)
    restored = window.restore_page.result.toPlainText()
    window.close()
    app.processEvents()
    if not copied or leaked or restored != SAMPLE:
        print("GUI-Selbsttest fehlgeschlagen: Kopieren oder Zurückübersetzen stimmt nicht.", file=sys.stderr)
        return 1
    print(f"GUI OK: Fenster, Erkennung, Kopieren und Zurückübersetzen in {time.perf_counter() - started:.2f} s")
    return 0
