"""What leaves the app: the cleaned text copied or saved, and the restored answer copied.

Every way out goes through the review model's release gate (:meth:`~desktop.review_model.ReviewModel.release`:
findings of exactly this text, the review duty, the policy's output gate and audit line); this controller
only says in the window what the gate decided, and puts the text on the clipboard (cleared after the
clerk's setting) or into a file (an unedited Word file as Word, everything else as text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.facade import AnonymizerError, MaskOutcome
from desktop.review_model import BLOCKED, NOT_CONFIRMED, NOT_READY, PENDING

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class ReleaseController(QObject):
    """Copy and save of the cleaned text, copy of the restored answer."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.preview.copy_requested.connect(self.copy_cleaned)
        window.copy_button.clicked.connect(lambda: self.copy_cleaned())
        window.clipboard.cleared.connect(self._on_clipboard_cleared)
        window.restore_page.copy_requested.connect(self._copy_restored)

    def _release(self, action: str) -> MaskOutcome | None:
        """The outcome to copy or save once the gate let it out; None (with the reason shown) when not."""
        window = self._window
        release = window.model.release(action, window.editor.toPlainText(), window.confirm_review)
        if release.refusal == NOT_READY:
            window.message_bar.show_message(self.tr("Das Sprachmodell wird noch geladen – bitte einen Moment warten."))
        elif release.refusal == PENDING:
            # Never release a text whose detection is pending, was cancelled or failed: start it (again).
            if not window.runner.busy:
                window.runner.request(window.editor.toPlainText(), immediately=True)
            window.message_bar.show_message(self.tr("Die Erkennung läuft noch – bitte einen Moment warten."))
        elif release.refusal == NOT_CONFIRMED:
            window.status_label.setText(self.tr("Nicht kopiert."))
        elif release.refusal == BLOCKED:
            window.message_bar.show_message(release.message)
        elif release.message:  # released, but the session could not be kept on disk
            window.message_bar.show_message(release.message, error=False)
        if release.outcome is not None:
            window.restore_page.refresh()
        return release.outcome

    def copy_cleaned(self, part: str = "") -> bool:
        """Copy the preview (or ``part`` of it, a selection there) after the review duty; True when copied."""
        outcome = self._release("copy")
        if outcome is None:
            return False
        window = self._window
        text = part if part and part in outcome.text else outcome.text
        window.clipboard.copy(text, window.settings.clipboard_clear_seconds)
        if text is outcome.text:
            message = self.tr("Bereinigter Text kopiert (%1 Stellen maskiert).").replace("%1", str(outcome.total))
        else:
            message = self.tr("Markierter Teil des bereinigten Texts kopiert.")
        window.status_label.setText(message)
        window.copied.emit(text)
        return True

    def save_cleaned(self) -> bool:
        """Save the cleaned text as a file: an opened, unedited Word file as Word, everything else as text."""
        window = self._window
        plan = window.model.save_plan(window.editor.toPlainText())
        if plan.edited_word:
            window.message_bar.show_message(
                self.tr("Der Text wurde bearbeitet; er wird deshalb als Textdatei gespeichert, nicht als Word-Datei."),
                error=False,
            )
        filters = self.tr("Word-Dokument (*.docx)") if plan.as_word else self.tr("Textdatei (*.txt)")
        stem = plan.stem if plan.stem is not None else self.tr("bereinigt")
        target = window.choose_save_path(f"{stem}-bereinigt{plan.suffix}", filters)
        if target is None:
            return False
        if target.suffix.lower() != plan.suffix:
            target = target.with_name(target.name + plan.suffix)
        outcome = self._release("save")
        if outcome is None:
            return False
        try:
            notes = window.model.save(target, plan, outcome)
        except AnonymizerError as error:
            window.message_bar.show_message(str(error))
            return False
        if notes:
            window.message_bar.show_message(" ".join(notes), error=False)
        window.status_label.setText(self.tr("Bereinigtes Dokument gespeichert: %1").replace("%1", target.name))
        return True

    def _copy_restored(self, text: str) -> None:
        window = self._window
        try:
            window.facade.before_output("restore", {}, "paste")
        except AnonymizerError as error:
            window.message_bar.show_message(str(error))
            return
        window.clipboard.copy(text, window.settings.clipboard_clear_seconds)
        window.status_label.setText(self.tr("Zurückübersetzte Antwort kopiert."))

    def _on_clipboard_cleared(self) -> None:
        self._window.status_label.setText(self.tr("Zwischenablage geleert."))
