"""The main window's menus: every command with its shortcut, in German and English.

Each action is also added to the window itself, so its shortcut works wherever the focus is. The actions only
call the controllers; their texts are set in :meth:`WindowMenus.retranslate` (the undo and redo texts, which
name the decision they undo, by the review controller).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class WindowMenus(QObject):
    """Datei, Bearbeiten, Ansicht, Extras, Hilfe."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        review, masks, files = window.review, window.manual_masks, window.files
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.extras_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        standard = QKeySequence.StandardKey
        self.open_action = self._action(self.file_menu, files.open_file, standard.Open)
        self.paste_action = self._action(self.file_menu, files.paste_anywhere, standard.Paste)
        self.new_action = self._action(self.file_menu, files.new_text, standard.New)
        self.save_action = self._action(self.file_menu, window.release.save_cleaned, standard.Save)
        self.folder_action = self._action(self.file_menu, window.sessions.clean_folder, None)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, window.close, "Ctrl+Q")
        self.undo_action = self._action(self.edit_menu, lambda: review.undo(False), standard.Undo)
        self.redo_action = self._action(self.edit_menu, lambda: review.undo(True), None)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addSeparator()
        self.find_action = self._action(self.edit_menu, masks.open_find, standard.Find)
        self.next_action = self._action(self.edit_menu, lambda: review.goto_finding(True), "F3")
        self.previous_action = self._action(self.edit_menu, lambda: review.goto_finding(False), "Shift+F3")
        self.edit_menu.addSeparator()
        self.mask_action = self._action(self.edit_menu, masks.mask_selection_interactive, "Ctrl+M")
        self.always_action = self._action(self.edit_menu, masks.always_mask_selection, None)
        self.never_action = self._action(self.edit_menu, masks.never_mask_selection, None)
        self.edit_menu.addSeparator()
        self.copy_action = self._action(self.edit_menu, lambda: window.release.copy_cleaned(), "Ctrl+Shift+C")
        tabs = window.tabs
        self.review_tab_action = self._action(self.view_menu, lambda: tabs.setCurrentIndex(0), "Ctrl+1")
        self.restore_tab_action = self._action(self.view_menu, lambda: tabs.setCurrentIndex(1), "Ctrl+2")
        self.settings_action = self._action(self.extras_menu, window.engine_controller.open_settings, None)
        self.policy_action = self._action(self.extras_menu, window.engine_controller.open_policy_editor, None)
        self.end_session_action = self._action(self.extras_menu, window.sessions.end_session, None)
        self.help_action = self._action(self.help_menu, lambda: tabs.setCurrentIndex(2), standard.HelpContents)

    def _action(
        self, menu: QMenu, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None
    ) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self._window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Datei"))
        self.edit_menu.setTitle(self.tr("&Bearbeiten"))
        self.view_menu.setTitle(self.tr("&Ansicht"))
        self.extras_menu.setTitle(self.tr("E&xtras"))
        self.help_menu.setTitle(self.tr("&Hilfe"))
        for action, text in (
            (self.open_action, self.tr("Datei &öffnen …")),
            (self.paste_action, self.tr("&Einfügen")),
            (self.new_action, self.tr("&Neuer Text")),
            (self.save_action, self.tr("Bereinigtes Dokument &speichern …")),
            (self.folder_action, self.tr("&Ordner bereinigen …")),
            (self.quit_action, self.tr("&Beenden")),
            (self.find_action, self.tr("&Suchen …")),
            (self.next_action, self.tr("Nächste &Fundstelle")),
            (self.previous_action, self.tr("&Vorherige Fundstelle")),
            (self.mask_action, self.tr("&Maskieren …")),
            (self.always_action, self.tr("&Immer maskieren")),
            (self.never_action, self.tr("&Nie maskieren")),
            (self.copy_action, self.tr("Bereinigten Text &kopieren")),
            (self.review_tab_action, self.tr("&Text prüfen")),
            (self.restore_tab_action, self.tr("&Antwort zurückübersetzen")),
            (self.settings_action, self.tr("&Einstellungen …")),
            (self.policy_action, self.tr("&Richtlinie bearbeiten …")),
            (self.end_session_action, self.tr("Sitzung &beenden (Zuordnungen vergessen)")),
            (self.help_action, self.tr("&Hilfe")),
        ):
            action.setText(text)
