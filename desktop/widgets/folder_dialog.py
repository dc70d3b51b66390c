"""*Datei → Ordner bereinigen …*: input and output folder, progress with cancel, then the report.

Three pages in one window-modal dialog: choose (input folder, output folder, "alles neu"), run
(progress bar, files and time left, Abbrechen), report (one row per file with status, findings and
message; "Bericht speichern …" writes the CSV without values). The work runs in
:class:`~desktop.workers.FolderCleaner`; the dialog only shows it. On the screen the report names the
files as they are called — the clerk's own files, in the clerk's own window; the saved CSV names them
masked, as the command line does (:mod:`anonymizer.batch.report`).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.facade import (
    FAILED,
    OK,
    SKIPPED,
    UNSUPPORTED,
    AnonymizerError,
    CoreFacade,
    FolderError,
    FolderProgress,
    FolderResult,
)
from desktop.widgets.tables import report_table
from desktop.workers import FolderCleaner


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class FolderDialog(QDialog):
    """Choose → run → report; ``session_ready`` carries the run's session when it ends (also when cancelled)."""

    session_ready = Signal(object)  # MaskingSession

    def __init__(self, cleaner: FolderCleaner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cleaner = cleaner
        self.folder_result: FolderResult | None = None
        self.setSizeGripEnabled(True)
        self.pages = QStackedWidget(self)
        self._build_choose_page()
        self._build_run_page()
        self._build_report_page()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        cleaner.progress.connect(self._on_progress)
        cleaner.finished.connect(self._on_finished)
        cleaner.failed.connect(self._on_failed)
        self.retranslate()
        self.show_page(self.choose_page)

    def show_page(self, page: QWidget) -> None:
        """Show ``page`` with the dialog sized to it (the report gets room for its table)."""
        for other in (self.choose_page, self.run_page, self.report_page):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.pages.setCurrentWidget(page)
        self.adjustSize()
        if page is self.report_page:  # room for five columns, within the screen
            screen = self.screen().availableGeometry()
            self.resize(min(max(self.width(), 1000), screen.width()), min(max(self.height(), 500), screen.height()))
        else:
            self.resize(max(self.width(), 760), self.sizeHint().height())

    # -- pages ------------------------------------------------------------------------------------------
    def _build_choose_page(self) -> None:
        page = QWidget(self)
        self.heading = QLabel(page)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.source_label, self.target_label = QLabel(page), QLabel(page)
        self.source, self.target = QLineEdit(page), QLineEdit(page)
        self.source_label.setBuddy(self.source)
        self.target_label.setBuddy(self.target)
        self.source_button, self.target_button = QPushButton(page), QPushButton(page)
        self.source_button.clicked.connect(lambda: self._browse(self.source))
        self.target_button.clicked.connect(lambda: self._browse(self.target))
        self.source.textChanged.connect(self._suggest_target)
        self.force = QCheckBox(page)
        self.error = QLabel(page)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        self.error.hide()
        self.start_button, self.close_button = QPushButton(page), QPushButton(page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.source_label, 0, 0)
        grid.addWidget(self.source, 0, 1)
        grid.addWidget(self.source_button, 0, 2)
        grid.addWidget(self.target_label, 1, 0)
        grid.addWidget(self.target, 1, 1)
        grid.addWidget(self.target_button, 1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.force)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.choose_page = page
        self.pages.addWidget(page)

    def _build_run_page(self) -> None:
        page = QWidget(self)
        self.run_label = QLabel(page)
        self.run_label.setWordWrap(True)
        self.bar = QProgressBar(page)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.run_status = QLabel(page)
        self.cancel_button = QPushButton(page)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.run_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.run_status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.run_page = page
        self.pages.addWidget(page)

    def _build_report_page(self) -> None:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.session_note = QLabel(page)
        self.session_note.setWordWrap(True)
        self.table = report_table(5, page, stretch=4)
        self.save_button, self.done_button = QPushButton(page), QPushButton(page)
        self.save_button.clicked.connect(self.save_report)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.session_note)
        layout.addLayout(buttons)
        self.report_page = page
        self.pages.addWidget(page)

    # -- language ---------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ordner bereinigen"))
        self.heading.setText(f"<b>{html.escape(self.windowTitle())}</b>")
        self.intro.setText(
            self.tr(
                "Jede Datei des Ordners und seiner Unterordner wird in denselben Pfad im Ausgabeordner bereinigt, "
                "in einer Sitzung: dieselbe Person bekommt in jeder Datei denselben Platzhalter. Word bleibt Word; "
                "PDF- und E-Mail-Dateien werden als Text gespeichert (Name.pdf.txt). Namen in Datei- und "
                "Ordnernamen werden ebenfalls maskiert. Andere Dateien werden nur im Bericht aufgeführt, nie "
                "kopiert. Ein erneuter Start setzt fort, wo der letzte aufgehört hat."
            )
        )
        self.source_label.setText(self.tr("&Eingabeordner:"))
        self.target_label.setText(self.tr("&Ausgabeordner:"))
        self.source_button.setText(self.tr("&Durchsuchen …"))
        self.target_button.setText(self.tr("Du&rchsuchen …"))
        self.force.setText(self.tr("Alle Dateien &neu bereinigen (auch die schon fertigen)"))
        self.start_button.setText(self.tr("Bereinigung &starten"))
        self.close_button.setText(self.tr("S&chließen"))
        self.run_label.setText(self.tr("Der Ordner wird bereinigt …"))
        self.cancel_button.setText(self.tr("Abbre&chen"))
        self.save_button.setText(self.tr("Bericht &speichern …"))
        self.done_button.setText(self.tr("S&chließen"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datei"),
                self.tr("Status"),
                self.tr("Fundstellen"),
                self.tr("Gespeichert als"),
                self.tr("Meldung"),
            ]
        )
        for widget, name, description in (
            (self.source, self.tr("Eingabeordner"), self.tr("Der Ordner, dessen Dateien bereinigt werden.")),
            (self.target, self.tr("Ausgabeordner"), self.tr("Wohin die bereinigten Dateien geschrieben werden.")),
            (
                self.source_button,
                self.tr("Eingabeordner wählen"),
                self.tr("Öffnet die Ordnerauswahl für den Eingabeordner."),
            ),
            (
                self.target_button,
                self.tr("Ausgabeordner wählen"),
                self.tr("Öffnet die Ordnerauswahl für den Ausgabeordner."),
            ),
            (
                self.force,
                self.tr("Alle Dateien neu bereinigen"),
                self.tr("Bereinigt auch die Dateien, die ein früherer Lauf schon fertig geschrieben hat."),
            ),
            (self.start_button, self.tr("Bereinigung starten"), self.tr("Bereinigt alle Dateien des Ordners.")),
            (self.close_button, self.tr("Schließen"), self.tr("Schließt den Dialog, ohne zu bereinigen.")),
            (self.bar, self.tr("Fortschritt der Bereinigung"), self.tr("Wie weit die Bereinigung des Ordners ist.")),
            (self.cancel_button, self.tr("Bereinigung abbrechen"), self.tr("Hält an; Fertiges bleibt erhalten.")),
            (
                self.table,
                self.tr("Bericht"),
                self.tr("Eine Zeile je Datei: Status, Fundstellen, bereinigte Datei und Meldung."),
            ),
            (
                self.save_button,
                self.tr("Bericht speichern"),
                self.tr("Speichert den Bericht als CSV-Datei ohne personenbezogene Werte."),
            ),
            (self.done_button, self.tr("Schließen"), self.tr("Schließt den Bericht.")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        if self.folder_result is not None:
            self._show_report(self.folder_result)

    # -- choose -----------------------------------------------------------------------------------------
    def choose_directory(self, title: str, start: str) -> str:
        """The folder the clerk picks ("" when cancelled); tests replace this."""
        return QFileDialog.getExistingDirectory(self, title, start)

    def _browse(self, field: QLineEdit) -> None:
        title = self.tr("Eingabeordner wählen") if field is self.source else self.tr("Ausgabeordner wählen")
        chosen = self.choose_directory(title, field.text() or self.source.text())
        if chosen:
            field.setText(chosen)

    def _suggest_target(self, source: str) -> None:
        """Suggest "<Eingabe>-bereinigt" beside the input until the clerk types an output folder herself."""
        if not self.target.isModified() and source.strip():
            path = Path(source.strip())
            self.target.setText(str(path.with_name(path.name + self.tr("-bereinigt"))))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def start(self) -> None:
        source, target = self.source.text().strip(), self.target.text().strip()
        if not source or not target:
            self._show_error(self.tr("Bitte einen Eingabe- und einen Ausgabeordner angeben."))
            return
        try:
            CoreFacade.check_folders(Path(source), Path(target))
        except FolderError as error:
            self._show_error(str(error))
            return
        self._show_error("")
        self.bar.setValue(0)
        self.run_status.clear()
        self.cancel_button.setEnabled(True)
        self.show_page(self.run_page)
        self.cancel_button.setFocus()
        self.cleaner.start(Path(source), Path(target), self.force.isChecked())

    # -- run --------------------------------------------------------------------------------------------
    def _on_progress(self, state: object) -> None:
        if not isinstance(state, FolderProgress):
            return
        self.bar.setValue(int(state.fraction * 1000))
        status = self.tr("Datei %1 von %2").replace("%1", str(state.files_done)).replace("%2", str(state.files_total))
        if state.seconds_left is not None and state.files_done < state.files_total:
            status += " · " + self.tr("noch ca. %1").replace("%1", _duration(state.seconds_left))
        self.run_status.setText(status)

    def cancel(self) -> None:
        """Stop the run; what is done stays, and the report shows it."""
        self.cancel_button.setEnabled(False)
        self.run_status.setText(self.tr("Wird angehalten …"))
        self.cleaner.cancel()

    def _on_failed(self, message: str) -> None:
        self.show_page(self.choose_page)
        self._show_error(message)

    def _on_finished(self, result: object) -> None:
        if not isinstance(result, FolderResult):
            return
        self.folder_result = result
        self._show_report(result)
        self.show_page(self.report_page)
        self.done_button.setFocus()
        self.session_ready.emit(result.session)

    # -- report -----------------------------------------------------------------------------------------
    def status_text(self, status: str) -> str:
        return {
            OK: self.tr("bereinigt"),
            SKIPPED: self.tr("übersprungen (schon fertig)"),
            UNSUPPORTED: self.tr("nicht unterstützt"),
            FAILED: self.tr("Fehler"),
        }.get(status, status)

    def _show_report(self, result: FolderResult) -> None:
        counts = {status: sum(1 for row in result.rows if row.status == status) for status in (OK, SKIPPED, FAILED)}
        unsupported = len(result.rows) - sum(counts.values())
        text = (
            self.tr("%1 Dateien: %2 bereinigt, %3 übersprungen (schon fertig), %4 nicht unterstützt, %5 mit Fehler.")
            .replace("%1", str(len(result.rows)))
            .replace("%2", str(counts[OK]))
            .replace("%3", str(counts[SKIPPED]))
            .replace("%4", str(unsupported))
            .replace("%5", str(counts[FAILED]))
        )
        if result.cancelled:
            text = self.tr("Abgebrochen; ein erneuter Start setzt fort.") + " " + text
        self.summary.setText(text)
        self.session_note.setText(
            self.tr(
                "Die Sitzung dieses Ordners ist jetzt die aktuelle Sitzung: Antworten zu diesen Dateien lassen "
                "sich unter „Antwort zurückübersetzen“ wiederherstellen."
            )
        )
        self.table.setRowCount(len(result.rows))
        for index, (row, original) in enumerate(zip(result.rows, result.originals, strict=True)):
            number = QTableWidgetItem(str(row.total) if row.status in (OK, SKIPPED) else "")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = QTableWidgetItem(self.status_text(row.status))
            file_item = QTableWidgetItem(original)
            file_item.setToolTip(
                ", ".join(f"{entity_type}: {count}" for entity_type, count in row.counts.items() if count)
            )
            items = (file_item, status, number, QTableWidgetItem(row.output), QTableWidgetItem(row.message))
            for column, item in enumerate(items):
                self.table.setItem(index, column, item)

    def choose_report_path(self, suggestion: str) -> str:
        """Where to save the report ("" when cancelled); tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Bericht speichern"), suggestion, self.tr("CSV-Dateien (*.csv)")
        )
        return path

    def save_report(self) -> None:
        if self.folder_result is None:
            return
        suggestion = str(Path(self.target.text().strip()).with_name(Path(self.target.text().strip()).name + ".csv"))
        chosen = self.choose_report_path(suggestion)
        if not chosen:
            return
        try:
            CoreFacade.save_folder_report(Path(chosen), self.folder_result.rows)
        except AnonymizerError as error:
            self.session_note.setText(str(error))

    # -- closing ----------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or the window's close button (QDialog.closeEvent calls this): during a run it cancels (the
        report follows), else it closes."""
        if self.cleaner.busy:
            self.cancel()
            return
        super().reject()
