"""The guideline's review duty before the first copy of a text: what is masked, what stays visible, a confirmation.

What stays visible is what the clerk really vouches for — organisations and places the policy only
shows, values the clerk unmasked, terms set to "Nie maskieren" — so the dialog lists each of those
values with the reason, not only the counts of what was masked. It is sized to show its rows.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import categories
from desktop.review import BY_CLERK, BY_POLICY, ReviewSummary
from desktop.widgets.tables import report_table

#: Rows a table shows before it scrolls (the dialog grows with the screen, never past it).
MAX_VISIBLE_ROWS = 12


def _fit_height(table: QTableWidget) -> None:
    """Tall enough for every row up to :data:`MAX_VISIBLE_ROWS`, then it scrolls.

    Before the dialog is shown every row counts as one line; once the columns have their widths,
    :meth:`ReviewDutyDialog.showEvent` measures again with the real (possibly wrapped) rows.
    """
    rows = min(table.rowCount(), MAX_VISIBLE_ROWS)
    if table.isVisible():
        table.resizeRowsToContents()
        body = sum(table.rowHeight(row) for row in range(rows))
    else:
        body = rows * (table.fontMetrics().lineSpacing() + 4)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + max(body, 1)
    table.setMinimumHeight(height)
    if table.rowCount() <= MAX_VISIBLE_ROWS:
        table.setMaximumHeight(height)  # no empty rows below; longer lists scroll


class ReviewDutyDialog(QDialog):
    """Masked counts, the values that stay visible, and "Ich habe den Text geprüft"."""

    def __init__(self, summary: ReviewSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        heading = self.tr("Text vor dem Kopieren prüfen")
        self.setWindowTitle(heading)
        self.setSizeGripEnabled(True)

        title = QLabel(f"<b>{html.escape(heading)}</b>", self)
        intro = QLabel(
            self.tr(
                "Die Leitlinie verlangt, dass Sie den bereinigten Text prüfen, bevor er in einen Chatbot geht. "
                "Bitte sehen Sie vor allem nach, was sichtbar bleibt."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.masked_label = QLabel(self)
        masked_rows = sorted(((t, n) for t, n in summary.masked.items() if n), key=lambda row: categories.order(row[0]))
        self.masked_table = report_table(2, self, stretch=0)
        self.masked_table.setHorizontalHeaderLabels([self.tr("Kategorie"), self.tr("Anzahl")])
        self.masked_table.setRowCount(len(masked_rows))
        for index, (entity_type, count) in enumerate(masked_rows):
            self.masked_table.setItem(index, 0, QTableWidgetItem(categories.label(entity_type)))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.masked_table.setItem(index, 1, number)
        self.masked_table.setAccessibleName(self.tr("Maskierte Fundstellen je Kategorie"))
        self.masked_table.setAccessibleDescription(self.tr("Eine Zeile je Kategorie mit der Anzahl der Fundstellen."))
        if masked_rows:
            self.masked_label.setText(self.tr("Wird maskiert (%1 Stellen):").replace("%1", str(summary.total_masked)))
        else:
            self.masked_label.setText(
                self.tr("Es wurde nichts maskiert. Enthält der Text wirklich keine personenbezogenen Daten?")
            )
            self.masked_table.hide()
        self.masked_label.setWordWrap(True)

        self.visible_label = QLabel(self)
        self.visible_label.setWordWrap(True)
        visible = sorted(summary.visible, key=lambda value: (categories.order(value.type), value.text.casefold()))
        self.visible_table = report_table(3, self, stretch=2)
        self.visible_table.setHorizontalHeaderLabels(
            [self.tr("Kategorie"), self.tr("Grund"), self.tr("Wert (bleibt sichtbar)")]
        )
        self.visible_table.setRowCount(len(visible))
        for index, value in enumerate(visible):
            text = value.text if value.count == 1 else f"{value.text} ×{value.count}"
            self.visible_table.setItem(index, 0, QTableWidgetItem(categories.label(value.type)))
            self.visible_table.setItem(index, 1, QTableWidgetItem(self.reason_text(value.reason)))
            self.visible_table.setItem(index, 2, QTableWidgetItem(text))
        self.visible_table.setAccessibleName(self.tr("Fundstellen, die sichtbar bleiben"))
        self.visible_table.setAccessibleDescription(
            self.tr("Eine Zeile je Wert, der unverändert in den kopierten Text geht, mit dem Grund.")
        )
        if visible:
            self.visible_label.setText(
                self.tr("Bleibt sichtbar und geht so an den Chatbot (1 Wert):")
                if len(visible) == 1
                else self.tr("Bleibt sichtbar und geht so an den Chatbot (%1 Werte):").replace("%1", str(len(visible)))
            )
        else:
            self.visible_label.setText(self.tr("Jede erkannte Fundstelle wird maskiert."))
            self.visible_table.hide()

        self.confirm = QCheckBox(self.tr("&Ich habe den Text geprüft"), self)
        self.confirm.setAccessibleName(self.tr("Ich habe den Text geprüft"))
        self.confirm.setAccessibleDescription(self.tr("Erst nach dieser Bestätigung kann kopiert werden."))
        self.buttons = QDialogButtonBox(self)
        self.copy_button = self.buttons.addButton(self.tr("&Kopieren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setAccessibleName(self.tr("Kopieren"))
        cancel = self.buttons.addButton(self.tr("&Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Abbrechen"))
        self.copy_button.setEnabled(False)
        self.confirm.toggled.connect(self.copy_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.masked_label)
        layout.addWidget(self.masked_table)
        layout.addWidget(self.visible_label)
        layout.addWidget(self.visible_table)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        for table in (self.masked_table, self.visible_table):
            _fit_height(table)
        self.confirm.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for table in (self.masked_table, self.visible_table):
            _fit_height(table)

    def reason_text(self, reason: str) -> str:
        if reason == BY_POLICY:
            return self.tr("laut Richtlinie nicht maskiert")
        if reason == BY_CLERK:
            return self.tr("von Ihnen freigegeben")
        return self.tr("„Nie maskieren“")

    def sizeHint(self) -> QSize:
        """Wide enough for its title and a value column; tall enough for the rows (a screen at most)."""
        hint = super().sizeHint()
        width = max(hint.width(), self.fontMetrics().horizontalAdvance("M") * 56)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = hint.height()
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 80)
        return QSize(width, height)
