"""Repairing a policy file that does not validate: its text, every problem with its line, and "Prüfen und übernehmen".

A broken file used to be refused outright, so the one person who could fix it in the editor had
to use a text editor instead. Here the DSB edits the TOML text itself; once it validates, the
policy goes into the editor's sections and can be saved back to the same file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.facade import PolicyFiles, PolicyIssue


class RepairPanel(QWidget):
    """The text of a broken policy file and its problems; ``repaired(layer)`` once it validates."""

    repaired = Signal(object)  # PolicyLayer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Text der Richtliniendatei"))
        self.issues_label = QLabel(self.tr("Probl&eme (Doppelklick springt zur Zeile):"), self)
        self.issues = QListWidget(self)
        self.issues_label.setBuddy(self.issues)
        self.issues.setAccessibleName(self.tr("Probleme der Richtliniendatei"))
        self.issues.itemActivated.connect(lambda item: self.go_to_line(self.issues.row(item)))
        self.apply_button = QPushButton(self.tr("Prüfen und &übernehmen"), self)
        self.apply_button.setAccessibleName(self.tr("Prüfen und übernehmen"))
        self.apply_button.setAccessibleDescription(
            self.tr("Prüft den Text; ist er gültig, erscheint die Richtlinie in den Bereichen des Editors.")
        )
        self.apply_button.clicked.connect(self.check)
        self._issues: list[PolicyIssue] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.issues_label)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.apply_button)

    def show_file(self, path: Path, source: str, issues: list[PolicyIssue]) -> None:
        self.path = path
        self.intro.setText(
            self.tr(
                "„%1“ ist keine gültige Richtlinie. Korrigieren Sie den Text unten und wählen Sie "
                "„Prüfen und übernehmen“; danach können Sie die Richtlinie speichern."
            ).replace("%1", str(path))
        )
        self.text.setPlainText(source)
        self._show_issues(issues)

    def _show_issues(self, issues: list[PolicyIssue]) -> None:
        self._issues = list(issues)
        self.issues.clear()
        self.issues.addItems([str(issue) for issue in issues])

    def go_to_line(self, index: int) -> None:
        """Put the cursor on the line of problem ``index``."""
        if not 0 <= index < len(self._issues):
            return
        block = self.text.document().findBlockByNumber(max(self._issues[index].line - 1, 0))
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def check(self) -> list[PolicyIssue]:
        """Validate the text; when it is valid, emit :attr:`repaired` with its layer."""
        base_dir = self.path.parent if self.path is not None else Path.cwd()
        layer, issues = PolicyFiles.check(self.text.toPlainText(), base_dir, self.path)
        self._show_issues(issues)
        if not issues:
            self.repaired.emit(layer)
        return issues
