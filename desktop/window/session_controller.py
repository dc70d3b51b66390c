"""The session behind the window: ended by the clerk ("Sitzung beenden"), or taken over from a folder run.

A session is the table that restores a chatbot's answer. Ending it forgets the table (also the kept copy)
and the session's "Immer/Nie maskieren" after asking. A folder run (*Datei → Ordner bereinigen …*) cleans
a whole folder in one session; when it ends, that session becomes the app's, so that answers about its
files can be restored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from desktop.widgets.folder_dialog import FolderDialog


class SessionController(QObject):
    """"Sitzung beenden" and the folder dialog, whose session becomes the app's."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        #: The open folder dialog (window-modal), None when none is open.
        self.folder_dialog: FolderDialog | None = None

    def end_session(self) -> None:
        window = self._window
        if window.model.session_in_use and not window.confirm_end_session():
            return
        window.model.end_session()
        window.restore_page.refresh()
        window.review.refresh()
        window.status_label.setText(self.tr("Sitzung beendet: alle Zuordnungen wurden vergessen."))

    def clean_folder(self) -> None:
        """*Datei → Ordner bereinigen …*: the dialog, window-modal; its session becomes the app's at the end."""
        window = self._window
        if not window.facade.ready:
            window.message_bar.show_message(
                self.tr("Das Sprachmodell wird noch geladen; bitte gleich noch einmal.")
            )
            return
        from desktop.widgets.folder_dialog import FolderDialog  # the folder run's core loads when first asked for

        dialog = FolderDialog(window.folder_cleaner, window)
        dialog.session_ready.connect(self._adopt_folder_session)
        dialog.finished.connect(self._folder_dialog_closed)
        self.folder_dialog = dialog
        dialog.open()

    def _adopt_folder_session(self, session: object) -> None:
        window = self._window
        window.facade.adopt_session(session)
        window.restore_page.refresh()
        window.review.refresh()
        window.status_label.setText(
            self.tr("Die Sitzung des bereinigten Ordners ist jetzt die aktuelle Sitzung.")
        )

    def _folder_dialog_closed(self) -> None:
        if self.folder_dialog is not None:
            self.folder_dialog.deleteLater()
            self.folder_dialog = None
