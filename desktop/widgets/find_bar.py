"""Search in the original (Ctrl+F) with "Alle Treffer maskieren".

Hits are found exactly as a manual mask finds its term (whole words, any case: ``review.term_pattern``),
so the number shown is the number of places "Alle Treffer maskieren" masks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.review import term_pattern


class FindBar(QWidget):
    """A line under the original: search field, hit count, next/previous, mask all, close."""

    find_requested = Signal(str, bool)  # query, forward
    mask_all_requested = Signal(str)  # query
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self._label.setBuddy(self.field)
        self.count = QLabel(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.mask_all_button = QPushButton(self)
        self.close_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.mask_all_button)
        layout.addWidget(self.close_button)
        self.field.returnPressed.connect(lambda: self.find_requested.emit(self.query, True))
        self.next_button.clicked.connect(lambda: self.find_requested.emit(self.query, True))
        self.previous_button.clicked.connect(lambda: self.find_requested.emit(self.query, False))
        self.mask_all_button.clicked.connect(lambda: self.mask_all_requested.emit(self.query))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.set_hits(0)

    @property
    def query(self) -> str:
        return self.field.text().strip()

    def retranslate(self) -> None:
        self._label.setText(self.tr("&Suchen:"))
        self.field.setPlaceholderText(self.tr("Wort oder Wortgruppe (ganze Wörter)"))
        self.previous_button.setText(self.tr("Zu&rück"))
        self.next_button.setText(self.tr("&Weiter"))
        self.mask_all_button.setText(self.tr("Alle &Treffer maskieren …"))
        self.close_button.setText(self.tr("Schli&eßen"))
        for widget, name, description in (
            (self.field, self.tr("Suchen im Original"), self.tr("Findet ganze Wörter, ohne Groß-/Kleinschreibung.")),
            (self.count, self.tr("Anzahl der Treffer"), self.tr("Wie oft der Suchbegriff im Text steht.")),
            (self.previous_button, self.tr("Vorheriger Treffer"), self.tr("Springt zum vorherigen Treffer.")),
            (self.next_button, self.tr("Nächster Treffer"), self.tr("Springt zum nächsten Treffer (Eingabetaste).")),
            (
                self.mask_all_button,
                self.tr("Alle Treffer maskieren"),
                self.tr("Maskiert jeden Treffer mit einer Kategorie, die Sie wählen."),
            ),
            (self.close_button, self.tr("Suche schließen"), self.tr("Schließt die Suchleiste (Esc).")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def open_bar(self, text: str = "") -> None:
        if text and "\n" not in text:
            self.field.setText(text)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)

    def set_hits(self, hits: int) -> None:
        """Show how often the query occurs; the buttons only work when it does."""
        if not self.query:
            self.count.clear()
        elif hits == 1:
            self.count.setText(self.tr("1 Treffer"))
        else:
            self.count.setText(self.tr("%1 Treffer").replace("%1", str(hits)))
        for button in (self.previous_button, self.next_button, self.mask_all_button):
            button.setEnabled(hits > 0)


def find_hits(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` as "Alle Treffer maskieren" would mask it."""
    if not query.strip():
        return []
    return [(m.start(), m.end()) for m in term_pattern(query.strip()).finditer(text) if m.end() > m.start()]
