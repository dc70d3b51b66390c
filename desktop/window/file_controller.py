"""A new original: Ctrl+N, a paste outside a text field, an opened or dropped file.

Files are read on the pool by the :class:`~desktop.workers.DocumentOpener` (a long PDF must not freeze the
window), through the core's one loader. Nothing the clerk worked on is discarded without asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from desktop.facade import LoadedDocument

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class FileController(QObject):
    """Where a new text comes from, and the question before the current one is replaced."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.editor.file_dropped.connect(self.open_path)
        window.open_button.clicked.connect(self.open_file)
        window.opener.opened.connect(self._on_opened)
        window.opener.failed.connect(window.message_bar.show_message)

    def may_discard(self, question: str) -> bool:
        """True when nothing unsaved would be lost, or the clerk agreed to lose it."""
        window = self._window
        return not window.model.has_unreleased_work(window.editor.toPlainText()) or window.confirm_discard(question)

    def new_text(self) -> None:
        """Ctrl+N: an empty original, after asking when the current one holds unsaved review work."""
        if self.may_discard(self.tr("Einen neuen Text beginnen und den aktuellen verwerfen?")):
            self._window.review.set_text("")

    def paste_anywhere(self) -> None:
        """Ctrl+V outside a text field: the clipboard becomes the new original (or the answer)."""
        window = self._window
        text = QGuiApplication.clipboard().text()
        if not text:
            window.message_bar.show_message(self.tr("Die Zwischenablage enthält keinen Text."))
            return
        if window.tabs.currentWidget() is window.restore_page:
            window.restore_page.answer.setPlainText(text)
        elif self.may_discard(self.tr("Den aktuellen Text durch den Inhalt der Zwischenablage ersetzen?")):
            window.review.set_text(text)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Datei öffnen"),
            "",
            self.tr("Dokumente (*.txt *.docx *.odt *.pdf *.eml *.msg);;Alle Dateien (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Read a file in the background (text, DOCX, ODT, PDF, e-mail: the core's one loader)."""
        if self.may_discard(self.tr("„%1“ öffnen und den aktuellen Text verwerfen?").replace("%1", path.name)):
            self._window.opener.open(path)

    def _on_opened(self, document: object) -> None:
        if not isinstance(document, LoadedDocument):
            return
        window = self._window
        window.review.set_text(document.text, document)
        if document.notes:
            window.message_bar.show_message(" ".join(document.notes), error=False)
        else:
            window.message_bar.hide()

    # -- drag and drop (the window's events) -------------------------------------------------------------
    @staticmethod
    def drag_enter(event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_path(Path(urls[0].toLocalFile()))
