"""The main window: builds the pages and the status bar, and puts the controllers of :mod:`desktop.window` together.

It owns no detection or review logic: edits go to the :class:`AnalysisRunner` (debounced, off the GUI
thread), findings and decisions to the Qt-free :class:`~desktop.review_model.ReviewModel` on top of the
:class:`CoreFacade`, and each controller wires one job (review page, manual masks, files, what leaves the
app, the engine, the session) to the widgets, which render what they are given. Tests construct it with a
facade around a fake engine, and replace the modal questions below.

Two rules the review model enforces and this window shows: the preview and everything copied come only
from a text whose findings are in, and nothing the clerk worked on is discarded without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import categories
from desktop.clipboard import ClipboardGuard
from desktop.facade import ALL_TYPES, CoreFacade
from desktop.i18n import LanguageManager
from desktop.review import ReviewSummary
from desktop.review_model import ReviewModel
from desktop.settings import AppSettings
from desktop.widgets.confirm import ask
from desktop.widgets.help_page import HelpPage
from desktop.widgets.message_bar import MessageBar
from desktop.widgets.restore_page import RestorePage
from desktop.widgets.review_dialog import ReviewDutyDialog
from desktop.widgets.review_page import ReviewPage
from desktop.window.engine_controller import EngineController
from desktop.window.file_controller import FileController
from desktop.window.manual_masks import ManualMasks
from desktop.window.menus import WindowMenus
from desktop.window.release_controller import ReleaseController
from desktop.window.review_controller import ReviewController
from desktop.window.session_controller import SessionController
from desktop.workers import AnalysisRunner, DocumentOpener, EngineLoader, FolderCleaner


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
        self.model = ReviewModel(facade)
        self.clipboard = ClipboardGuard(self)

        # Detection runs one at a time: a stale run stops at its next progress check while the new one waits,
        # so the engine (spaCy) is never entered from two threads at once.
        self.analysis_pool = QThreadPool(self)
        self.analysis_pool.setMaxThreadCount(1)
        self.runner = AnalysisRunner(facade, self.analysis_pool, debounce_ms, self)
        self.loader = EngineLoader(facade, self.pool, self)
        self.opener = DocumentOpener(facade, self.pool, self)
        # On the analysis pool: a folder run with this process's engine waits for a running detection.
        self.folder_cleaner = FolderCleaner(facade, self.analysis_pool, self)
        self._build_widgets()
        self.review = ReviewController(self)
        self.manual_masks = ManualMasks(self)
        self.files = FileController(self)
        self.release = ReleaseController(self)
        self.engine_controller = EngineController(self)
        self.sessions = SessionController(self)
        self.menus = WindowMenus(self)
        self.setAcceptDrops(True)
        self.retranslate()
        self.resize(1200, 720)

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

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_language(self, choice: str) -> str:
        """Switch the UI language now ("", "de", "en"); every widget retranslates itself."""
        if self.languages is None:
            application = QApplication.instance()
            assert isinstance(application, QApplication)
            self.languages = LanguageManager(application)
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
        self.menus.retranslate()
        self.review.retranslate()

    # -- the questions to the clerk (modal; tests replace them) -------------------------------------
    def confirm_discard(self, question: str) -> bool:
        """Ask before work on the text is thrown away."""
        return ask(
            self,
            self.tr("Text verwerfen?"),
            question,
            self.tr("Ihre Prüfung dieses Texts (Freigaben, Maskierungen, Änderungen) geht verloren."),
            self.tr("&Verwerfen"),
            self.tr("&Abbrechen"),
        )

    def confirm_review(self, summary: ReviewSummary) -> bool:
        """The review-duty dialog."""
        return ReviewDutyDialog(summary, self).exec() == ReviewDutyDialog.DialogCode.Accepted

    def choose_category(self, text: str) -> str | None:
        """The category of a manual mask."""
        labels = [categories.label(t) for t in ALL_TYPES]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Maskieren"), self.tr("Kategorie für „%1“:").replace("%1", text[:60]), labels, 0, False
        )
        return ALL_TYPES[labels.index(choice)] if ok and choice in labels else None

    def choose_save_path(self, suggestion: str, filters: str) -> Path | None:
        """Where to save the cleaned document."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bereinigtes Dokument speichern"), suggestion, filters)
        return Path(path) if path else None

    def confirm_end_session(self) -> bool:
        """Ask before every placeholder mapping is forgotten."""
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

    # -- window events ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard(self.tr("Das Programm beenden und den aktuellen Text verwerfen?")):
            event.ignore()
            return
        self.review.cancel_work()
        self.clipboard.stop()
        self.analysis_pool.waitForDone(10_000)
        self.pool.waitForDone(10_000)
        super().closeEvent(event)
