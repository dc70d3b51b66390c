"""The preview "so wird kopiert": the cleaned text, and nothing else, ever.

It shows a text only once the findings of exactly that text are in; until then it is empty and
says "Wird geprüft …" (never the raw original, which would look cleaned). Copying from it — Ctrl+C,
its context menu, dragging a selection — goes through the window's release checks (detection
done, review duty, audit): the widget itself puts no text on the clipboard or into a drag.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget


class PreviewView(QPlainTextEdit):
    """Read-only cleaned text; ``copy_requested(selection)`` replaces Qt's own copy."""

    copy_requested = Signal(str)  # the selected part ("" = all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self._cleaned = False

    def show_cleaned(self, text: str) -> None:
        """Show the cleaned text, keeping the reader's scroll position when only a decision changed."""
        scroll = self.verticalScrollBar().value()
        if text != self.toPlainText():
            self.setPlainText(text)
        self.setPlaceholderText("")
        self._cleaned = True
        self.verticalScrollBar().setValue(scroll)

    def show_pending(self, notice: str) -> None:
        """Show nothing but ``notice`` (detection is running, or the text is empty)."""
        if self.toPlainText():
            self.clear()
        self.setPlaceholderText(notice)
        self._cleaned = False

    def selected_part(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            self.copy_requested.emit(self.selected_part())
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.create_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def create_menu(self) -> QMenu:
        """ "Kopieren" (through the release checks) and "Alles auswählen"; tests inspect it."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Kopieren"), lambda: self.copy_requested.emit(self.selected_part()))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(self._cleaned)
        select_all = menu.addAction(self.tr("&Alles auswählen"), self.selectAll)
        select_all.setEnabled(self._cleaned)
        return menu

    def createMimeDataFromSelection(self) -> QMimeData:
        """No text leaves by Qt's own copy or by dragging: only through :attr:`copy_requested`."""
        return QMimeData()
