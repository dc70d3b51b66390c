"""The engine behind the window: loaded in the background, reloaded when a policy file changes.

The policy editor is a process of its own (``main.py policy-editor``); a policy it saves reaches this window
through a file watcher on the machine-wide and the user's policy file, which reloads the engine. The window
stays usable while the engine loads; findings are detected again once it is ready.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QProcess, QTimer

from desktop.facade import ALL_TYPES
from desktop.widgets.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class EngineController(QObject):
    """Loading and reloading the engine, and the settings and policy editor of the Extras menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        #: Why the engine could not be loaded (German), shown in the status line; empty once it is ready.
        self.error = ""
        self._policy_watcher = QFileSystemWatcher(self)
        self._policy_watcher.fileChanged.connect(self._on_policy_changed)
        self._policy_watcher.directoryChanged.connect(self._on_policy_changed)
        self._policy_reload = QTimer(self)
        self._policy_reload.setSingleShot(True)
        self._policy_reload.setInterval(500)
        self._policy_reload.timeout.connect(self.reload_policy)
        window.loader.ready.connect(self._on_engine_ready)
        window.loader.failed.connect(self._on_engine_failed)

    def start_engine(self) -> None:
        """Load the engine in the background; the window stays usable meanwhile."""
        self._window.status_label.setText(self.tr("Sprachmodell wird geladen …"))
        self._window.loader.start()
        self.watch_policy_files()

    def _on_engine_ready(self) -> None:
        window = self._window
        facade = window.facade
        self.error = ""
        window.model.policy_changed()
        window.restore_page.set_notice(facade.session_notice or "")
        window.restore_page.refresh()  # a session kept from an earlier start can restore answers now
        window.review.show_preview(window.editor.toPlainText())
        window.help_page.set_policy(facade.guideline_text(), [t for t in ALL_TYPES if facade.policy.is_masked(t)])
        notices = [*facade.policy_warnings]
        if facade.copy_blocked_reason:
            notices.append(facade.copy_blocked_reason)
        if notices:
            window.message_bar.show_message(" ".join(notices))
        text = window.editor.toPlainText()
        if text.strip():
            window.runner.request(text, immediately=True)
        window.review.update_status()
        window.engine_ready.emit()

    def _on_engine_failed(self, message: str) -> None:
        self.error = message
        self._window.message_bar.show_message(message)
        self._window.review.update_status()

    # -- policy files ------------------------------------------------------------------------------------
    def watch_policy_files(self) -> None:
        """Reload the engine when the machine-wide or user policy file changes (editor, IT, text editor)."""
        facade = self._window.facade
        if not facade.reloadable:
            return
        paths = facade.policy_paths()
        watched = [str(path) for path in paths if path.is_file()]
        watched += sorted({str(path.parent) for path in paths if path.parent.is_dir()})
        watcher = self._policy_watcher
        old = watcher.files() + watcher.directories()
        if old:
            watcher.removePaths(old)
        if watched:
            watcher.addPaths(watched)

    def _on_policy_changed(self, _path: str) -> None:
        self._policy_reload.start()

    def reload_policy(self) -> None:
        """Load the engine again under the changed policy; findings are detected again when ready."""
        self.watch_policy_files()  # a saved file may have been replaced (atomic rename): watch the new one
        self._window.status_label.setText(self.tr("Richtlinie wird neu geladen …"))
        self._window.loader.start()

    # -- Extras ------------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        window = self._window
        dialog = SettingsDialog(window.settings, window)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.apply_to(window.settings)
            window.set_language(window.settings.language)

    @staticmethod
    def policy_editor_command() -> tuple[str, list[str]]:
        """``main.py policy-editor`` as a separate process (the frozen app is its own interpreter)."""
        if getattr(sys, "frozen", False):
            return sys.executable, ["policy-editor"]
        return sys.executable, [str(Path(__file__).resolve().parents[2] / "main.py"), "policy-editor"]

    def open_policy_editor(self) -> None:
        """Start the data protection officer's policy editor as its own process.

        It outlives this window if need be; a saved policy reaches this window through the file
        watcher (:meth:`watch_policy_files`).
        """
        program, arguments = self.policy_editor_command()
        if not QProcess.startDetached(program, arguments)[0]:
            self._window.message_bar.show_message(self.tr("Der Richtlinien-Editor kann nicht gestartet werden."))
