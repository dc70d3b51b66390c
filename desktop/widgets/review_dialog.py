"""The guideline's review duty before the first copy of a text: what was masked, and a confirmation."""

from __future__ import annotations

from collections.abc import Mapping

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

from anonymizer.entities import ALL_TYPES
from desktop import categories


class ReviewDutyDialog(QDialog):
    """Counts per category and "Ich habe den Text geprüft"; "Kopieren" stays off until it is ticked."""

    def __init__(self, counts: Mapping[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Text vor dem Kopieren prüfen"))
        intro = QLabel(
            self.tr(
                "Die Leitlinie verlangt, dass Sie den bereinigten Text prüfen, bevor er in einen Chatbot geht. "
                "Maskiert wurden:"
            ),
            self,
        )
        intro.setWordWrap(True)
        order = {name: index for index, name in enumerate(ALL_TYPES)}
        rows = sorted(((t, n) for t, n in counts.items() if n), key=lambda row: order.get(row[0], 99))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Kategorie"), self.tr("Anzahl")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, (entity_type, count) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(categories.label(entity_type)))
            self.table.setItem(index, 1, QTableWidgetItem(str(count)))
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(self.tr("Maskierte Fundstellen je Kategorie"))
        self.table.setAccessibleDescription(self.tr("Eine Zeile je Kategorie mit der Anzahl der Fundstellen."))
        if not rows:
            intro.setText(self.tr("Es wurde nichts maskiert. Enthält der Text wirklich keine personenbezogenen Daten?"))
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
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.confirm.setFocus()
