"""Unexpected errors become a dialog with a copyable report — without any document text.

The report lists the exception *type* and the code locations only: an exception message or a
local variable might quote the clerk's text, so neither is ever shown, logged or stored.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def safe_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Exception type and stack (file, line, function) — no message, no values."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Replace ``sys.excepthook`` so an unexpected error shows a dialog instead of killing the app."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = safe_report(exc_type, tb)
        print(report, file=sys.stderr)
        box = QMessageBox(parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ExceptHook", "Unerwarteter Fehler"))
        box.setText(
            QCoreApplication.translate(
                "ExceptHook",
                "Ein unerwarteter Fehler ist aufgetreten. Ihr Text ist nicht betroffen. "
                "Der Bericht unten enthält keinen Text aus Ihrem Dokument.",
            )
        )
        box.setDetailedText(report)
        box.exec()

    sys.excepthook = hook
