"""The main window: composes the widgets and wires them to the core facade.

It owns no detection logic: edits go to the :class:`AnalysisRunner` (debounced, off the GUI
thread), results and review decisions go through :class:`CoreFacade` and the plain-Python review
model (:mod:`desktop.review`: decisions, their undo history, the review-duty summary), and every
widget renders what it is given. Tests construct it with a facade around a fake engine.

Two rules it enforces: the preview and everything copied come only from a text whose findings are
in (:attr:`MainWindow.verified`), and nothing the clerk worked on is discarded without asking.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QProcess, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anonymizer.documents import LoadedDocument
from anonymizer.documents.atomic import write_text_atomically
from anonymizer.entities import ALL_TYPES, PERSON, Finding
from anonymizer.errors import AnonymizerError
from desktop import categories
from desktop.clipboard import ClipboardGuard
from desktop.facade import CoreFacade, MaskOutcome
from desktop.i18n import LanguageManager
from desktop.review import ReviewedFinding, ReviewHistory, ReviewSummary, neighbour, shift_findings, value_key
from desktop.settings import AppSettings
from desktop.widgets.confirm import ask
from desktop.widgets.find_bar import find_hits
from desktop.widgets.folder_dialog import FolderDialog
from desktop.widgets.help_page import HelpPage
from desktop.widgets.message_bar import MessageBar
from desktop.widgets.restore_page import RestorePage
from desktop.widgets.review_dialog import ReviewDutyDialog
from desktop.widgets.review_page import ReviewPage
from desktop.widgets.settings_dialog import SettingsDialog
from desktop.workers import AnalysisRunner, DocumentOpener, EngineLoader, FolderCleaner

#: Texts longer than this show a progress bar and a cancel button while detection runs.
LONG_TEXT = 20_000
#: Above this length the highlights and the preview are redrawn once typing pauses, not per keystroke.
DEFERRED_REFRESH = 10_000


def as_shown(text: str) -> str:
    """``text`` as a QPlainTextEdit gives it back when it keeps the length (NBSP → space, U+2028/9 → newline)."""
    return text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")


class MainWindow(QMainWindow):
    """Paste/open → review → copy, and the restore and help pages."""

    engine_ready = Signal()
    findings_updated = Signal()
    copied = Signal(str)

    def __init__(
        self,
        facade: CoreFacade,
        settings: AppSettings | None = None,
        languages: LanguageManager | None = None,
        pool: QThreadPool | None = None,
        debounce_ms: int = 250,
    ) -> None:
        super().__init__()
        self.facade = facade
        self.settings = settings or AppSettings()
        self.languages = languages
        self.pool = pool or QThreadPool(self)
        self._detected: list[Finding] = []
        self._reviewed: list[ReviewedFinding] = []
        self._outcome = MaskOutcome("", {})
        self._confirmed_text: str | None = None
        self._engine_error = ""
        self.clipboard = ClipboardGuard(self)
        self._input_kind = "paste"
        self._document: LoadedDocument | None = None
        #: The text the shown findings were detected on; None while the current text awaits detection.
        self._analysed_text: str | None = None
        self.history = ReviewHistory()
        #: True once the clerk typed or decided something not yet copied or saved (Ctrl+N/quit ask then).
        self._work_since_release = False
        self._setting_text = False
        self._policy_watcher = QFileSystemWatcher(self)
        self._policy_watcher.fileChanged.connect(self._on_policy_changed)
        self._policy_watcher.directoryChanged.connect(self._on_policy_changed)
        self._policy_reload = QTimer(self)
        self._policy_reload.setSingleShot(True)
        self._policy_reload.setInterval(500)
        self._policy_reload.timeout.connect(self.reload_policy)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self._refresh)

        # Detection runs one at a time: a stale run stops at its next progress check while the new one waits,
        # so the engine (spaCy) is never entered from two threads at once.
        self.analysis_pool = QThreadPool(self)
        self.analysis_pool.setMaxThreadCount(1)
        self.runner = AnalysisRunner(facade, self.analysis_pool, debounce_ms, self)
        self.loader = EngineLoader(facade, self.pool, self)
        self.opener = DocumentOpener(facade, self.pool, self)
        # On the analysis pool: a folder run with this process's engine waits for a running detection.
        self.folder_cleaner = FolderCleaner(facade, self.analysis_pool, self)
        self.folder_dialog: FolderDialog | None = None
        self._build_widgets()
        self._build_actions()
        self._wire()
        self.setAcceptDrops(True)
        self.retranslate()
        self.resize(1200, 720)

    # -- construction --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.message_bar = MessageBar(self)
        self.review_page = ReviewPage(self)
        page = self.review_page
        self.editor, self.findings, self.preview = page.editor, page.findings, page.preview
        self.open_button, self.mask_button, self.copy_button = page.open_button, page.mask_button, page.copy_button
        self.find_bar = page.find_bar

        self.restore_page = RestorePage(self.facade.restore, self)
        self.help_page = HelpPage(self.facade.guideline_text(), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.review_page, "")
        self.tabs.addTab(self.restore_page, "")
        self.tabs.addTab(self.help_page, "")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _action(
        self, menu: QMenu, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.extras_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.open_action = self._action(self.file_menu, self.open_file, QKeySequence.StandardKey.Open)
        self.paste_action = self._action(self.file_menu, self.paste_anywhere, QKeySequence.StandardKey.Paste)
        self.new_action = self._action(self.file_menu, self.new_text, QKeySequence.StandardKey.New)
        self.save_action = self._action(self.file_menu, self.save_cleaned, QKeySequence.StandardKey.Save)
        self.folder_action = self._action(self.file_menu, self.clean_folder, None)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, "Ctrl+Q")
        self.undo_action = self._action(self.edit_menu, lambda: self.undo(False), QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.edit_menu, lambda: self.undo(True), None)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addSeparator()
        self.find_action = self._action(self.edit_menu, self.open_find, QKeySequence.StandardKey.Find)
        self.next_action = self._action(self.edit_menu, lambda: self.goto_finding(True), "F3")
        self.previous_action = self._action(self.edit_menu, lambda: self.goto_finding(False), "Shift+F3")
        self.edit_menu.addSeparator()
        self.mask_action = self._action(self.edit_menu, self.mask_selection_interactive, "Ctrl+M")
        self.always_action = self._action(self.edit_menu, self.always_mask_selection, None)
        self.never_action = self._action(self.edit_menu, self.never_mask_selection, None)
        self.edit_menu.addSeparator()
        self.copy_action = self._action(self.edit_menu, lambda: self.copy_cleaned(), "Ctrl+Shift+C")
        self.review_tab_action = self._action(self.view_menu, lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.restore_tab_action = self._action(self.view_menu, lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        self.settings_action = self._action(self.extras_menu, self.open_settings, None)
        self.policy_action = self._action(self.extras_menu, self.open_policy_editor, None)
        self.end_session_action = self._action(self.extras_menu, self.end_session, None)
        self.help_action = self._action(
            self.help_menu, lambda: self.tabs.setCurrentIndex(2), QKeySequence.StandardKey.HelpContents
        )

    def _wire(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.document().contentsChange.connect(self._on_contents_change)
        self.editor.toggle_requested.connect(self.toggle_finding)
        self.editor.category_requested.connect(self.set_category)
        self.editor.review_undo = self.undo_review
        self.editor.mask_requested.connect(lambda text: self.mask_selection_interactive())
        self.editor.always_requested.connect(self.always_mask_text)
        self.editor.never_requested.connect(self.never_mask_text)
        self.editor.file_dropped.connect(self.open_path)
        self.findings.toggle_requested.connect(self.toggle_finding)
        self.findings.category_requested.connect(self.set_category)
        self.findings.finding_selected.connect(self._show_finding)
        self.findings.finding_activated.connect(self._go_to_finding)
        self.preview.copy_requested.connect(self.copy_cleaned)
        self.find_bar.field.textChanged.connect(lambda _text: self._update_find_hits())
        self.find_bar.find_requested.connect(self.find_next)
        self.find_bar.mask_all_requested.connect(self.mask_all_hits)
        self.find_bar.closed.connect(self.editor.setFocus)
        self.open_button.clicked.connect(self.open_file)
        self.mask_button.clicked.connect(self.mask_selection_interactive)
        self.copy_button.clicked.connect(lambda: self.copy_cleaned())
        self.cancel_button.clicked.connect(self._cancel_work)
        self.clipboard.cleared.connect(self._on_clipboard_cleared)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self.message_bar.show_message)
        self.opener.busy_changed.connect(self._on_busy)
        self.restore_page.copy_requested.connect(self._copy_restored)
        self.runner.results.connect(self._on_results)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.progress.connect(lambda f: self.progress.setValue(int(f * 100)))
        self.runner.busy_changed.connect(self._on_busy)
        self.loader.ready.connect(self._on_engine_ready)
        self.loader.failed.connect(self._on_engine_failed)

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_language(self, choice: str) -> str:
        """Switch the UI language now ("", "de", "en"); every widget retranslates itself."""
        if self.languages is None:
            self.languages = LanguageManager(QApplication.instance())  # type: ignore[arg-type]
        language = self.languages.apply(choice)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # retranslate now, not later
        return language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Anonymisierungshelfer"))
        self.tabs.setTabText(0, self.tr("Text &prüfen"))
        self.tabs.setTabText(1, self.tr("Antwort &zurückübersetzen"))
        self.tabs.setTabText(2, self.tr("H&ilfe"))
        self.tabs.setAccessibleName(self.tr("Seiten"))
        self.tabs.setAccessibleDescription(self.tr("Text prüfen, Antwort zurückübersetzen und Hilfe."))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        self.tabs.tabBar().setAccessibleDescription(self.tabs.accessibleDescription())
        for widget, name, description in (
            (self.cancel_button, self.tr("Erkennung abbrechen"), self.tr("Bricht die laufende Erkennung ab.")),
            (self.progress, self.tr("Fortschritt der Erkennung"), self.tr("Wie weit die Erkennung ist.")),
            (self.status_label, self.tr("Status"), self.tr("Zustand der Erkennung.")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self.cancel_button.setText(self.tr("Abbre&chen"))
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
        self._show_preview(self.editor.toPlainText())  # its notice in the new language
        self._update_status()
        self._update_undo_actions()

    # -- engine ------------------------------------------------------------------------------------
    def start_engine(self) -> None:
        """Load the engine in the background; the window stays usable meanwhile."""
        self.status_label.setText(self.tr("Sprachmodell wird geladen …"))
        self.loader.start()
        self.watch_policy_files()

    def _on_engine_ready(self) -> None:
        self._engine_error = ""
        self.restore_page.set_notice(self.facade.session_notice or "")
        self.restore_page.refresh()  # a session kept from an earlier start can restore answers now
        self._show_preview(self.editor.toPlainText())
        self.help_page.set_guideline(self.facade.guideline_text())
        self.help_page.set_masked_types([t for t in ALL_TYPES if self.facade.policy.is_masked(t)])
        notices = [*self.facade.policy_warnings]
        if self.facade.copy_blocked_reason:
            notices.append(self.facade.copy_blocked_reason)
        if notices:
            self.message_bar.show_message(" ".join(notices))
        text = self.editor.toPlainText()
        if text.strip():
            self.runner.request(text, immediately=True)
        self._update_status()
        self.engine_ready.emit()

    def _on_engine_failed(self, message: str) -> None:
        self._engine_error = message
        self.message_bar.show_message(message)
        self._update_status()

    # -- text and findings ---------------------------------------------------------------------------
    @property
    def reviewed(self) -> list[ReviewedFinding]:
        return list(self._reviewed)

    @property
    def cleaned_text(self) -> str:
        return self._outcome.text

    @property
    def verified(self) -> bool:
        """True when the findings shown were detected on exactly the current text (nothing pending)."""
        return self.facade.ready and self._analysed_text == self.editor.toPlainText()

    @property
    def has_unreleased_work(self) -> bool:
        """The clerk typed or decided something on this text that was not copied or saved since."""
        return self._work_since_release and bool(self.editor.toPlainText().strip())

    def confirm_discard(self, question: str) -> bool:
        """Ask before work on the text is thrown away (tests patch this modal)."""
        return ask(
            self,
            self.tr("Text verwerfen?"),
            question,
            self.tr("Ihre Prüfung dieses Texts (Freigaben, Maskierungen, Änderungen) geht verloren."),
            self.tr("&Verwerfen"),
            self.tr("&Abbrechen"),
        )

    def _may_discard(self, question: str) -> bool:
        return not self.has_unreleased_work or self.confirm_discard(question)

    def set_text(self, text: str) -> None:
        """Replace the original by a new text (paste, file): session decisions stay, per-text ones go."""
        self.facade.review.new_text()
        self.history.clear()
        self._input_kind = "paste"
        self._document = None
        self._detected = []
        self._analysed_text = None
        self._confirmed_text = None
        self._setting_text = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._setting_text = False
        self._work_since_release = False
        # Detect on the text as the editor holds it (Qt turns CRLF into LF and NBSP into a space).
        self.runner.request(self.editor.toPlainText(), immediately=True)
        self._refresh()
        self.tabs.setCurrentIndex(0)

    def new_text(self) -> None:
        """Ctrl+N: an empty original, after asking when the current one holds unsaved review work."""
        if self._may_discard(self.tr("Einen neuen Text beginnen und den aktuellen verwerfen?")):
            self.set_text("")

    def paste_anywhere(self) -> None:
        """Ctrl+V outside a text field: the clipboard becomes the new original (or the answer)."""
        text = QGuiApplication.clipboard().text()
        if not text:
            self.message_bar.show_message(self.tr("Die Zwischenablage enthält keinen Text."))
            return
        if self.tabs.currentWidget() is self.restore_page:
            self.restore_page.answer.setPlainText(text)
        elif self._may_discard(self.tr("Den aktuellen Text durch den Inhalt der Zwischenablage ersetzen?")):
            self.set_text(text)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Datei öffnen"),
            "",
            self.tr("Dokumente (*.txt *.docx *.odt *.pdf *.eml *.msg);;Alle Dateien (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Read a file in the background (text, DOCX, ODT, PDF, e-mail: the core's one loader)."""
        if self._may_discard(self.tr("„%1“ öffnen und den aktuellen Text verwerfen?").replace("%1", path.name)):
            self.opener.open(path)

    def _on_opened(self, document: object) -> None:
        if not isinstance(document, LoadedDocument):
            return
        self.set_text(document.text)
        self._input_kind = document.kind
        self._document = document
        if document.notes:
            self.message_bar.show_message(" ".join(document.notes), error=False)
        else:
            self.message_bar.hide()

    def _cancel_work(self) -> None:
        self.opener.cancel()
        self.runner.cancel()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if removed or added:
            self._analysed_text = None  # from now on nothing is shown or copied until this text is detected
        if self._detected:
            self._detected = shift_findings(self._detected, self.editor.toPlainText(), position, removed, added)

    def _on_text_changed(self) -> None:
        self._confirmed_text = None
        if not self._setting_text:
            self._work_since_release = True
        text = self.editor.toPlainText()
        self.runner.request(text)
        if len(text) > DEFERRED_REFRESH:
            self._show_preview(text)  # never a moment of stale or raw text in the preview
            self._update_status()
            self._refresh_timer.start()  # keep typing in a long document smooth
        else:
            self._refresh()

    def _on_results(self, text: str, findings: object) -> None:
        if text != self.editor.toPlainText():
            return  # stale: the clerk typed on; a newer request is on its way
        self._detected = list(findings) if isinstance(findings, list) else []
        self._analysed_text = text
        self._refresh()
        self.findings_updated.emit()

    def _on_analysis_failed(self, message: str) -> None:
        self.message_bar.show_message(message)
        self._refresh()

    def _on_cancelled(self) -> None:
        self._refresh()
        self.status_label.setText(self.tr("Erkennung abgebrochen – der Text ist nicht vollständig geprüft."))

    def _on_busy(self, _busy: bool = False) -> None:
        reading = self.opener.busy
        long_work = reading or (self.runner.busy and len(self.editor.toPlainText()) > LONG_TEXT)
        self.progress.setVisible(long_work)
        self.cancel_button.setVisible(long_work)
        self.progress.setRange(0, 0 if reading else 100)  # reading a file has no measurable progress
        if long_work and not reading:
            self.progress.setValue(0)
        self._update_status()

    def _pending_notice(self, text: str) -> str:
        """What the empty preview says while it may not show the cleaned text."""
        if not text.strip():
            return self.tr("Hier erscheint der bereinigte Text.")
        if not self.facade.ready or self.runner.busy:
            return self.tr("Wird geprüft … Die Vorschau erscheint, sobald die Erkennung fertig ist.")
        return self.tr(
            "Nicht geprüft: die Erkennung wurde abgebrochen oder ist fehlgeschlagen. "
            "Zum Prüfen den Text bearbeiten oder „Kopieren“ wählen."
        )

    def _show_preview(self, text: str) -> None:
        """The cleaned text only when the findings of exactly ``text`` are in; otherwise a notice, never raw text."""
        if self.verified and text.strip():
            self._outcome = self.facade.mask(text, self._reviewed)
            self.preview.show_cleaned(self._outcome.text)
        else:
            self._outcome = MaskOutcome("", {})
            self.preview.show_pending(self._pending_notice(text))

    def _refresh(self) -> None:
        self._refresh_timer.stop()
        text = self.editor.toPlainText()
        self._reviewed = self.facade.reviewed(text, self._detected)
        self.editor.set_findings(self._reviewed)
        self.findings.set_findings(self._reviewed)
        self.review_page.set_legend_types(item.finding.type for item in self._reviewed)
        self._show_preview(text)
        self._update_status()
        self._update_undo_actions()
        self._update_find_hits()

    def _update_status(self) -> None:
        ready = self.facade.ready
        if self._engine_error:
            text = self._engine_error
        elif not ready:
            text = self.tr("Sprachmodell wird geladen …")
        elif self.opener.busy:
            text = self.tr("Datei wird gelesen …")
        elif self.runner.busy:
            text = self.tr("Erkennung läuft …")
        elif not self.editor.toPlainText().strip():
            text = self.tr("Bereit. Text einfügen (Strg+V), tippen oder Datei öffnen.")
        else:
            masked = sum(1 for item in self._reviewed if item.masked)
            text = (
                self.tr("Bereit. %1 Fundstellen, davon %2 maskiert.")
                .replace("%1", str(len(self._reviewed)))
                .replace("%2", str(masked))
            )
        self.status_label.setText(text)
        can_copy = self.verified and not self.opener.busy and bool(self.editor.toPlainText().strip())
        self.copy_button.setEnabled(can_copy)
        self.copy_action.setEnabled(can_copy)

    # -- review ------------------------------------------------------------------------------------
    def _decide(self, decision: Callable[[], object], label: str) -> None:
        """Apply one review decision as one undo step; a decision the policy forbids is shown, not applied."""
        before = self.facade.review.snapshot()
        try:
            decision()
        except AnonymizerError as error:
            self.message_bar.show_message(str(error))
            return
        self.history.record(before, self.facade.review.snapshot(), self.editor.toPlainText(), label)
        self._work_since_release = True
        self._refresh()

    def toggle_finding(self, item: ReviewedFinding) -> None:
        value = " ".join(item.finding.text.split())
        label = (self.tr("„%1“ sichtbar lassen") if item.masked else self.tr("„%1“ maskieren")).replace("%1", value)
        self._decide(lambda: self.facade.review.toggle(item, self.facade.policy), label)

    def set_category(self, entity_type: str, masked: bool) -> None:
        """Mask or keep visible every value of one category (findings list, context menu)."""
        name = categories.label(entity_type)
        label = (self.tr("alle „%1“ maskieren") if masked else self.tr("alle „%1“ sichtbar lassen")).replace("%1", name)
        self._decide(
            lambda: self.facade.review.set_category(entity_type, masked, self._reviewed, self.facade.policy), label
        )

    def _update_undo_actions(self) -> None:
        text = self.editor.toPlainText()
        undo, redo = self.history.undo_label(text), self.history.redo_label(text)
        document = self.editor.document()
        self.undo_action.setText(self.tr("&Rückgängig: %1").replace("%1", undo) if undo else self.tr("&Rückgängig"))
        self.redo_action.setText(self.tr("&Wiederholen: %1").replace("%1", redo) if redo else self.tr("&Wiederholen"))
        self.undo_action.setEnabled(undo is not None or document.isUndoAvailable())
        self.redo_action.setEnabled(redo is not None or document.isRedoAvailable())

    def undo_review(self, redo: bool = False) -> bool:
        """Undo (or redo) the last review decision if it was taken on the current text; True if one was."""
        step = self.history.redo if redo else self.history.undo
        label = step(self.facade.review, self.editor.toPlainText())
        if label is None:
            return False
        self._work_since_release = True
        self._refresh()
        message = self.tr("Wiederholt: %1") if redo else self.tr("Rückgängig gemacht: %1")
        self.status_label.setText(message.replace("%1", label))
        return True

    def undo(self, redo: bool = False) -> None:
        """Ctrl+Z / Ctrl+Shift+Z outside the editor: the review decision first, else the last edit of the text."""
        if not self.undo_review(redo):
            if redo:
                self.editor.redo()
            else:
                self.editor.undo()

    def _show_finding(self, item: ReviewedFinding) -> None:
        self.editor.select_finding(item)
        self.status_label.setText(self.editor.describe(item))

    def _go_to_finding(self, item: ReviewedFinding) -> None:
        """Enter or a double-click in the list: to the finding in the text, with the keyboard there."""
        self._show_finding(item)
        self.editor.setFocus()

    def goto_finding(self, forward: bool) -> None:
        """F3 / Shift+F3: select the next (previous) finding after the cursor, wrapping around."""
        cursor = self.editor.textCursor()
        item = neighbour(self.editor.items, cursor.selectionStart(), cursor.selectionEnd(), forward)
        if item is None:
            self.status_label.setText(self.tr("Keine Fundstellen im Text."))
            return
        self.editor.select_finding(item)
        self.findings.show_finding(item)
        self.status_label.setText(self.editor.describe(item))

    # -- search ------------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.find_bar.open_bar(self._selected_text())
        self._update_find_hits()

    def _update_find_hits(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.set_hits(len(find_hits(self.editor.toPlainText(), self.find_bar.query)))

    def find_next(self, query: str, forward: bool = True) -> bool:
        """Select the next (previous) hit of ``query`` after the cursor, wrapping around."""
        hits = find_hits(self.editor.toPlainText(), query)
        if not hits:
            self.status_label.setText(self.tr("„%1“ kommt im Text nicht vor.").replace("%1", query))
            return False
        cursor = self.editor.textCursor()
        if forward:
            after = [hit for hit in hits if hit[0] >= cursor.selectionEnd()]
            start, end = after[0] if after else hits[0]
        else:
            before = [hit for hit in hits if hit[0] < cursor.selectionStart()]
            start, end = before[-1] if before else hits[-1]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        number = hits.index((start, end)) + 1
        self.status_label.setText(self.tr("Treffer %1 von %2").replace("%1", str(number)).replace("%2", str(len(hits))))
        return True

    def mask_all_hits(self, query: str) -> None:
        """ "Alle Treffer maskieren": every hit of the search, with a category the clerk chooses."""
        hits = find_hits(self.editor.toPlainText(), query)
        if not hits:
            self.message_bar.show_message(self.tr("„%1“ kommt im Text nicht vor.").replace("%1", query))
            return
        entity_type = self.choose_category(query)
        if entity_type is None:
            return
        self.mask_text(query, entity_type)
        self.status_label.setText(self.tr("%1 Treffer maskiert.").replace("%1", str(len(hits))))

    # -- manual masks ------------------------------------------------------------------------------
    def _selected_text(self) -> str:
        return self.editor.textCursor().selectedText().replace("\u2029", "\n").strip()

    def choose_category(self, text: str) -> str | None:
        """Ask for the category of a manual mask (tests patch this modal)."""
        labels = [categories.label(t) for t in ALL_TYPES]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Maskieren"), self.tr("Kategorie für „%1“:").replace("%1", text[:60]), labels, 0, False
        )
        return ALL_TYPES[labels.index(choice)] if ok and choice in labels else None

    def mask_selection_interactive(self) -> None:
        text = self._selected_text()
        if not text:
            self.message_bar.show_message(self.tr("Bitte zuerst den Text markieren, der maskiert werden soll."))
            return
        entity_type = self.choose_category(text)
        if entity_type is not None:
            self.mask_text(text, entity_type)

    def mask_text(self, text: str, entity_type: str, always: bool = False) -> None:
        label = (self.tr("„%1“ immer maskieren") if always else self.tr("„%1“ maskieren")).replace("%1", text[:60])
        self._decide(lambda: self.facade.review.mask_term(text, entity_type, always=always), label)

    def always_mask_selection(self) -> None:
        self.always_mask_text(self._selected_text())

    def always_mask_text(self, text: str) -> None:
        if not text:
            self.message_bar.show_message(self.tr("Bitte zuerst den Text markieren, der maskiert werden soll."))
            return
        key = value_key(text)
        known = [i.finding.type for i in self._reviewed if i.key[1] == key]
        entity_type = known[0] if known else self.choose_category(text)
        if entity_type is not None:
            self.mask_text(text, entity_type or PERSON, always=True)

    def never_mask_selection(self) -> None:
        self.never_mask_text(self._selected_text())

    def never_mask_text(self, text: str) -> None:
        label = self.tr("„%1“ nie maskieren").replace("%1", text[:60])
        self._decide(lambda: self.facade.review.never_mask(text), label)

    # -- copy ----------------------------------------------------------------------------------------
    def review_summary(self) -> ReviewSummary:
        """What the review duty shows: the counts masked in the preview and every value that stays visible."""
        return self.facade.summary(self._reviewed, self._outcome.counts)

    def confirm_review(self, summary: ReviewSummary) -> bool:
        """The review-duty dialog (tests patch this modal)."""
        return ReviewDutyDialog(summary, self).exec() == ReviewDutyDialog.DialogCode.Accepted

    def _release(self, action: str) -> MaskOutcome | None:
        """The checks before a cleaned text leaves the app (copy or save); None when it must not.

        Detection must be finished for exactly this text, the review duty confirmed (once per cleaned
        text, if the policy asks), and the policy must allow output (audit line written). The session
        is then adopted, so the chatbot's answer can be restored.
        """
        if not self.facade.ready:
            self.message_bar.show_message(self.tr("Das Sprachmodell wird noch geladen – bitte einen Moment warten."))
            return None
        if not self.verified:
            # Never release a text whose detection is pending, was cancelled or failed: start it (again).
            if not self.runner.busy:
                self.runner.request(self.editor.toPlainText(), immediately=True)
            self.message_bar.show_message(self.tr("Die Erkennung läuft noch – bitte einen Moment warten."))
            return None
        outcome = self._outcome
        needs_review = self.facade.policy.confirm_before_copy and outcome.text != self._confirmed_text
        if needs_review and not self.confirm_review(self.review_summary()):
            self.status_label.setText(self.tr("Nicht kopiert."))
            return None
        try:
            self.facade.before_output(action, outcome.counts, self._input_kind)
        except AnonymizerError as error:
            self.message_bar.show_message(str(error))
            return None
        self._confirmed_text = outcome.text
        self._work_since_release = False
        try:
            self.facade.remember_copied(outcome)
        except AnonymizerError as error:  # not kept on disk; restoring still works until the app closes
            self.message_bar.show_message(str(error), error=False)
        self.restore_page.refresh()
        return outcome

    def copy_cleaned(self, part: str = "") -> bool:
        """Copy the preview (or ``part`` of it, a selection there) after the review duty; True when copied."""
        outcome = self._release("copy")
        if outcome is None:
            return False
        text = part if part and part in outcome.text else outcome.text
        self.clipboard.copy(text, self.settings.clipboard_clear_seconds)
        if text is outcome.text:
            message = self.tr("Bereinigter Text kopiert (%1 Stellen maskiert).").replace("%1", str(outcome.total))
        else:
            message = self.tr("Markierter Teil des bereinigten Texts kopiert.")
        self.status_label.setText(message)
        self.copied.emit(text)
        return True

    def choose_save_path(self, suggestion: str, filters: str) -> Path | None:
        """Ask where to save (tests patch this modal)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bereinigtes Dokument speichern"), suggestion, filters)
        return Path(path) if path else None

    def save_cleaned(self) -> bool:
        """Save the cleaned text as a file: an opened, unedited Word file as Word, everything else as text."""
        document = self._document
        # A Word file is written by editing the original package at the text's offsets: only the
        # unedited text maps 1:1 onto it.
        as_word = (
            document is not None and document.kind == "docx" and as_shown(document.text) == self.editor.toPlainText()
        )
        if document is not None and document.kind == "docx" and not as_word:
            self.message_bar.show_message(
                self.tr("Der Text wurde bearbeitet; er wird deshalb als Textdatei gespeichert, nicht als Word-Datei."),
                error=False,
            )
        if as_word:
            filters = self.tr("Word-Dokument (*.docx)")
            suffix = ".docx"
        else:
            filters = self.tr("Textdatei (*.txt)")
            suffix = ".txt"
        stem = document.path.stem if document is not None else self.tr("bereinigt")
        target = self.choose_save_path(f"{stem}-bereinigt{suffix}", filters)
        if target is None:
            return False
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        outcome = self._release("save")
        if outcome is None:
            return False
        try:
            if as_word and document is not None:
                # Same findings, same session, but the file's own characters (a NBSP stays a NBSP).
                exact = self.facade.mask(document.text, self._reviewed)
                notes = self.facade.save_document(document, target, exact)
            else:
                write_text_atomically(target, outcome.text, document.path if document is not None else None)
                notes = []
        except AnonymizerError as error:
            self.message_bar.show_message(str(error))
            return False
        if notes:
            self.message_bar.show_message(" ".join(notes), error=False)
        self.status_label.setText(self.tr("Bereinigtes Dokument gespeichert: %1").replace("%1", target.name))
        return True

    def _copy_restored(self, text: str) -> None:
        try:
            self.facade.before_output("restore", {}, "paste")
        except AnonymizerError as error:
            self.message_bar.show_message(str(error))
            return
        self.clipboard.copy(text, self.settings.clipboard_clear_seconds)
        self.status_label.setText(self.tr("Zurückübersetzte Antwort kopiert."))

    def _on_clipboard_cleared(self) -> None:
        self.status_label.setText(self.tr("Zwischenablage geleert."))

    # -- extras --------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.apply_to(self.settings)
            self.set_language(self.settings.language)

    def policy_editor_command(self) -> tuple[str, list[str]]:
        """``main.py policy-editor`` as a separate process (the frozen app is its own interpreter)."""
        if getattr(sys, "frozen", False):
            return sys.executable, ["policy-editor"]
        return sys.executable, [str(Path(__file__).resolve().parent.parent / "main.py"), "policy-editor"]

    def open_policy_editor(self) -> None:
        """Start the data protection officer's policy editor as its own process.

        It outlives this window if need be; a saved policy reaches this window through the file
        watcher (:meth:`watch_policy_files`).
        """
        program, arguments = self.policy_editor_command()
        if not QProcess.startDetached(program, arguments)[0]:
            self.message_bar.show_message(self.tr("Der Richtlinien-Editor kann nicht gestartet werden."))

    def watch_policy_files(self) -> None:
        """Reload the engine when the machine-wide or user policy file changes (editor, IT, text editor)."""
        if not self.facade.reloadable:
            return
        paths = self.facade.policy_paths()
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
        self.status_label.setText(self.tr("Richtlinie wird neu geladen …"))
        self.loader.start()

    def confirm_end_session(self) -> bool:
        """Ask before every placeholder mapping is forgotten (tests patch this modal)."""
        return ask(
            self,
            self.tr("Sitzung beenden?"),
            self.tr("Alle Zuordnungen der Platzhalter vergessen, auch die aufbewahrte Kopie?"),
            self.tr(
                "Antworten des Chatbots mit Platzhaltern wie [PERSON_1] lassen sich danach nicht mehr "
                "zurückübersetzen; „Immer/Nie maskieren“ gilt nicht mehr. Das lässt sich nicht rückgängig machen."
            ),
            self.tr("Sitzung &beenden"),
            self.tr("&Abbrechen"),
        )

    # -- folders ---------------------------------------------------------------------------------------
    def clean_folder(self) -> None:
        """*Datei → Ordner bereinigen …*: the dialog, window-modal; its session becomes the app's at the end."""
        if not self.facade.ready:
            self.message_bar.show_message(self.tr("Das Sprachmodell wird noch geladen; bitte gleich noch einmal."))
            return
        dialog = FolderDialog(self.folder_cleaner, self)
        dialog.session_ready.connect(self._adopt_folder_session)
        dialog.finished.connect(self._folder_dialog_closed)
        self.folder_dialog = dialog
        dialog.open()

    def _adopt_folder_session(self, session: object) -> None:
        self.facade.adopt_session(session)  # type: ignore[arg-type]
        self.restore_page.refresh()
        self._refresh()
        self.status_label.setText(self.tr("Die Sitzung des bereinigten Ordners ist jetzt die aktuelle Sitzung."))

    def _folder_dialog_closed(self) -> None:
        if self.folder_dialog is not None:
            self.folder_dialog.deleteLater()
            self.folder_dialog = None

    def end_session(self) -> None:
        if self.facade.session_in_use and not self.confirm_end_session():
            return
        self.facade.forget_session()
        self.history.clear()
        self.restore_page.refresh()
        self._refresh()
        self.status_label.setText(self.tr("Sitzung beendet: alle Zuordnungen wurden vergessen."))

    # -- window events ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_path(Path(urls[0].toLocalFile()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard(self.tr("Das Programm beenden und den aktuellen Text verwerfen?")):
            event.ignore()
            return
        self._cancel_work()
        self.clipboard.stop()
        self.analysis_pool.waitForDone(10_000)
        self.pool.waitForDone(10_000)
        super().closeEvent(event)
