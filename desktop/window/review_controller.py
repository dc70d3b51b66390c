"""The review page: the text goes to detection, findings and decisions come back as highlights, list and preview.

It owns no review logic: edits go to the :class:`~desktop.workers.AnalysisRunner` (debounced, off the GUI
thread), findings and decisions to the :class:`~desktop.review_model.ReviewModel`, and every widget renders
what it is given. The preview shows the cleaned text only while the findings of exactly the current text are
in (:meth:`ReviewModel.verified`); otherwise a notice, never raw text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop import categories
from desktop.facade import AnonymizerError, LoadedDocument
from desktop.review import ReviewedFinding, neighbour

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

#: Texts longer than this show a progress bar and a cancel button while detection runs.
LONG_TEXT = 20_000
#: Above this length the highlights and the preview are redrawn once typing pauses, not per keystroke.
DEFERRED_REFRESH = 10_000


class ReviewController(QObject):
    """Text → detection → findings → preview, the clerk's decisions on the findings and their undo."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.model = window.model
        self.editor = window.editor
        self._setting_text = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)

        editor, findings, runner = window.editor, window.findings, window.runner
        editor.textChanged.connect(self._on_text_changed)
        editor.document().contentsChange.connect(self._on_contents_change)
        editor.toggle_requested.connect(self.toggle_finding)
        editor.category_requested.connect(self.set_category)
        editor.review_undo = self.undo_review
        findings.toggle_requested.connect(self.toggle_finding)
        findings.category_requested.connect(self.set_category)
        findings.finding_selected.connect(self._show_finding)
        findings.finding_activated.connect(self._go_to_finding)
        window.cancel_button.clicked.connect(self.cancel_work)
        window.opener.busy_changed.connect(self._on_busy)
        runner.results.connect(self._on_results)
        runner.failed.connect(self._on_analysis_failed)
        runner.cancelled.connect(self._on_cancelled)
        runner.progress.connect(lambda f: window.progress.setValue(int(f * 100)))
        runner.busy_changed.connect(self._on_busy)

    def retranslate(self) -> None:
        self.show_preview(self.editor.toPlainText())  # its notice in the new language
        self.update_status()
        self.update_undo_actions()

    # -- the text ----------------------------------------------------------------------------------
    def set_text(self, text: str, document: LoadedDocument | None = None) -> None:
        """Replace the original by a new text (paste, file): session decisions stay, per-text ones go."""
        self.model.new_text(document)
        self._setting_text = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._setting_text = False
        # setPlainText has refreshed the page (textChanged, also for an unchanged text). Detect on the
        # text as the editor holds it (Qt turns CRLF into LF and NBSP into a space).
        self._window.runner.request(self.editor.toPlainText(), immediately=True)
        self._window.tabs.setCurrentIndex(0)

    def cancel_work(self) -> None:
        """"Abbrechen" in the status bar: stop reading a file and the running detection."""
        self._window.opener.cancel()
        self._window.runner.cancel()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        self.model.edited(self.editor.toPlainText(), position, removed, added)

    def _on_text_changed(self) -> None:
        self.model.text_changed(by_clerk=not self._setting_text)
        text = self.editor.toPlainText()
        self._window.runner.request(text)
        if len(text) > DEFERRED_REFRESH and not self._setting_text:
            self.show_preview(text)  # never a moment of stale or raw text in the preview
            self.update_status()
            self._refresh_timer.start()  # keep typing in a long document smooth
        else:
            self.refresh()

    def _on_results(self, text: str, findings: object) -> None:
        if text != self.editor.toPlainText():
            return  # stale: the clerk typed on; a newer request is on its way
        self.model.detected_on(text, findings if isinstance(findings, list) else [])
        self.refresh()
        self._window.findings_updated.emit()

    def _on_analysis_failed(self, message: str) -> None:
        self._window.message_bar.show_message(message)
        self.refresh()

    def _on_cancelled(self) -> None:
        self.refresh()
        self._window.status_label.setText(
            self.tr("Erkennung abgebrochen – der Text ist nicht vollständig geprüft.")
        )

    def _on_busy(self, _busy: bool = False) -> None:
        window = self._window
        reading = window.opener.busy
        long_work = reading or (window.runner.busy and len(self.editor.toPlainText()) > LONG_TEXT)
        window.progress.setVisible(long_work)
        window.cancel_button.setVisible(long_work)
        window.progress.setRange(0, 0 if reading else 100)  # reading a file has no measurable progress
        if long_work and not reading:
            window.progress.setValue(0)
        self.update_status()

    # -- what the page shows -------------------------------------------------------------------------
    def _pending_notice(self, text: str) -> str:
        """What the empty preview says while it may not show the cleaned text."""
        if not text.strip():
            return self.tr("Hier erscheint der bereinigte Text.")
        if not self._window.facade.ready or self._window.runner.busy:
            return self.tr("Wird geprüft … Die Vorschau erscheint, sobald die Erkennung fertig ist.")
        return self.tr(
            "Nicht geprüft: die Erkennung wurde abgebrochen oder ist fehlgeschlagen. "
            "Zum Prüfen den Text bearbeiten oder „Kopieren“ wählen."
        )

    def show_preview(self, text: str) -> None:
        """The cleaned text only when the findings of exactly ``text`` are in; otherwise a notice, never raw text."""
        outcome = self.model.preview(text)
        if outcome is not None:
            self._window.preview.show_cleaned(outcome.text)
        else:
            self._window.preview.show_pending(self._pending_notice(text))

    def refresh(self) -> None:
        self._refresh_timer.stop()
        text = self.editor.toPlainText()
        items = self.model.refresh(text)
        self.editor.set_findings(items)
        self._window.findings.set_findings(items)
        self._window.review_page.set_legend_types(item.finding.type for item in items)
        self.show_preview(text)
        self.update_status()
        self.update_undo_actions()
        self._window.manual_masks.update_find_hits()

    def update_status(self) -> None:
        window = self._window
        text = self.editor.toPlainText()
        if window.engine_controller.error:
            status = window.engine_controller.error
        elif not window.facade.ready:
            status = self.tr("Sprachmodell wird geladen …")
        elif window.opener.busy:
            status = self.tr("Datei wird gelesen …")
        elif window.runner.busy:
            status = self.tr("Erkennung läuft …")
        elif not text.strip():
            status = self.tr("Bereit. Text einfügen (Strg+V), tippen oder Datei öffnen.")
        else:
            items = self.model.items
            masked = sum(1 for item in items if item.masked)
            status = (
                self.tr("Bereit. %1 Fundstellen, davon %2 maskiert.")
                .replace("%1", str(len(items)))
                .replace("%2", str(masked))
            )
        window.status_label.setText(status)
        can_copy = self.model.verified(text) and not window.opener.busy and bool(text.strip())
        window.copy_button.setEnabled(can_copy)
        window.menus.copy_action.setEnabled(can_copy)

    # -- decisions -----------------------------------------------------------------------------------
    def decide(self, decision: Callable[[str], None]) -> None:
        """Apply one decision of the model (given the current text) as one undo step; one the policy forbids
        is shown, not applied."""
        try:
            decision(self.editor.toPlainText())
        except AnonymizerError as error:
            self._window.message_bar.show_message(str(error))
            return
        self.refresh()

    def toggle_finding(self, item: ReviewedFinding) -> None:
        value = " ".join(item.finding.text.split())
        label = (self.tr("„%1“ sichtbar lassen") if item.masked else self.tr("„%1“ maskieren")).replace("%1", value)
        self.decide(lambda text: self.model.toggle(item, text, label))

    def set_category(self, entity_type: str, masked: bool) -> None:
        """Mask or keep visible every value of one category (findings list, context menu)."""
        name = categories.label(entity_type)
        label = (self.tr("alle „%1“ maskieren") if masked else self.tr("alle „%1“ sichtbar lassen")).replace("%1", name)
        self.decide(lambda text: self.model.set_category(entity_type, masked, text, label))

    def update_undo_actions(self) -> None:
        text = self.editor.toPlainText()
        history, menus = self.model.history, self._window.menus
        undo, redo = history.undo_label(text), history.redo_label(text)
        document = self.editor.document()
        menus.undo_action.setText(self.tr("&Rückgängig: %1").replace("%1", undo) if undo else self.tr("&Rückgängig"))
        menus.redo_action.setText(
            self.tr("&Wiederholen: %1").replace("%1", redo) if redo else self.tr("&Wiederholen")
        )
        menus.undo_action.setEnabled(undo is not None or document.isUndoAvailable())
        menus.redo_action.setEnabled(redo is not None or document.isRedoAvailable())

    def undo_review(self, redo: bool = False) -> bool:
        """Undo (or redo) the last review decision if it was taken on the current text; True if one was."""
        label = self.model.undo(self.editor.toPlainText(), redo)
        if label is None:
            return False
        self.refresh()
        message = self.tr("Wiederholt: %1") if redo else self.tr("Rückgängig gemacht: %1")
        self._window.status_label.setText(message.replace("%1", label))
        return True

    def undo(self, redo: bool = False) -> None:
        """Ctrl+Z / Ctrl+Shift+Z outside the editor: the review decision first, else the last edit of the text."""
        if not self.undo_review(redo):
            if redo:
                self.editor.redo()
            else:
                self.editor.undo()

    # -- moving between findings ---------------------------------------------------------------------
    def _show_finding(self, item: ReviewedFinding) -> None:
        self.editor.select_finding(item)
        self._window.status_label.setText(self.editor.describe(item))

    def _go_to_finding(self, item: ReviewedFinding) -> None:
        """Enter or a double-click in the list: to the finding in the text, with the keyboard there."""
        self._show_finding(item)
        self.editor.setFocus()

    def goto_finding(self, forward: bool) -> None:
        """F3 / Shift+F3: select the next (previous) finding after the cursor, wrapping around."""
        cursor = self.editor.textCursor()
        item = neighbour(self.editor.items, cursor.selectionStart(), cursor.selectionEnd(), forward)
        if item is None:
            self._window.status_label.setText(self.tr("Keine Fundstellen im Text."))
            return
        self.editor.select_finding(item)
        self._window.findings.show_finding(item)
        self._window.status_label.setText(self.editor.describe(item))
