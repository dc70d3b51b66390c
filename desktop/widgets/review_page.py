"""The page "Text prüfen": original with findings, the findings list, and the preview as copied."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.widgets.findings_list import FindingsList
from desktop.widgets.source_editor import SourceEditor


class ReviewPage(QWidget):
    """Lays out the three columns and names every control; the window wires the behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = SourceEditor(self)
        self.findings = FindingsList(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self._original_label = QLabel(self)
        self._original_label.setBuddy(self.editor)
        self._findings_label = QLabel(self)
        self._findings_label.setBuddy(self.findings)
        self._preview_label = QLabel(self)
        self._preview_label.setBuddy(self.preview)
        self.open_button = QPushButton(self)
        self.mask_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.copy_button.setDefault(True)

        splitter = QSplitter(self)
        splitter.addWidget(self._column(self._original_label, self.editor, self.open_button, self.mask_button))
        splitter.addWidget(self._column(self._findings_label, self.findings))
        splitter.addWidget(self._column(self._preview_label, self.preview, self.copy_button))
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([500, 300, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.editor, self.open_button)
        self.setTabOrder(self.open_button, self.mask_button)
        self.setTabOrder(self.mask_button, self.findings)
        self.setTabOrder(self.findings, self.preview)
        self.setTabOrder(self.preview, self.copy_button)
        self.retranslate()

    def _column(self, label: QLabel, widget: QWidget, *buttons: QPushButton) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        return box

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self._original_label.setText(self.tr("&Original (einfügen, tippen oder Datei ablegen):"))
        self._findings_label.setText(self.tr("&Fundstellen:"))
        self._preview_label.setText(self.tr("&Vorschau – so wird kopiert:"))
        self.open_button.setText(self.tr("Datei &öffnen …"))
        self.mask_button.setText(self.tr("&Maskieren …"))
        self.copy_button.setText(self.tr("Bereinigten Text &kopieren"))
        for widget, name, description in (
            (
                self.editor,
                self.tr("Originaltext"),
                self.tr("Der Text mit markierten Fundstellen. Klick auf eine Fundstelle schaltet sie um."),
            ),
            (self.preview, self.tr("Vorschau des bereinigten Texts"), self.tr("Genau dieser Text wird kopiert.")),
            (self.open_button, self.tr("Datei öffnen"), self.tr("Öffnet eine Text-, Word-, PDF- oder E-Mail-Datei.")),
            (
                self.mask_button,
                self.tr("Markierten Text maskieren"),
                self.tr("Maskiert den markierten Text mit einer Kategorie."),
            ),
            (
                self.copy_button,
                self.tr("Bereinigten Text kopieren"),
                self.tr("Kopiert die Vorschau nach der Prüfung in die Zwischenablage."),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
