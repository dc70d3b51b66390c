"""Putting text on the clipboard — and taking it off again after the configured number of seconds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication


class ClipboardGuard(QObject):
    """Copies text; clears the clipboard after ``seconds`` unless the clerk copied something else since."""

    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._clear)

    def copy(self, text: str, clear_after_seconds: int = 0) -> None:
        QGuiApplication.clipboard().setText(text)
        self._text = text
        if clear_after_seconds > 0:
            self._timer.start(clear_after_seconds * 1000)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def _clear(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._text:  # never wipe what the clerk copied from elsewhere
            clipboard.clear()
            self.cleared.emit()
