"""The page "Text prüfen": original with findings, the findings list with its legend, the preview as copied."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop import categories
from desktop.facade import ALL_TYPES
from desktop.widgets.find_bar import FindBar
from desktop.widgets.findings_list import FindingsList
from desktop.widgets.preview import PreviewView
from desktop.widgets.source_editor import SourceEditor


def legend_html(entity_types: Iterable[str], masked_label: str, visible_label: str) -> str:
    """The key under the list: a masked and a visible sample in the colour of the first category found.

    The colour of every category is on its row in the list (a swatch) and, all of them, on the help page.
    """
    first = min(entity_types, key=categories.order, default=ALL_TYPES[0])
    colour = categories.colour(first).name()
    masked = (
        f'<span style="background-color:{colour}; color:#000000; text-decoration: underline;">'
        f"&nbsp;{html.escape(masked_label)}&nbsp;</span>"
    )
    visible = (
        f'<span style="text-decoration: underline; text-underline-style: dotted;">{html.escape(visible_label)}</span>'
    )
    return f"{masked} &nbsp; {visible}"


class ReviewPage(QWidget):
    """Lays out the three columns and names every control; the window wires the behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = SourceEditor(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.findings = FindingsList(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.preview = PreviewView(self)
        self._types: list[str] = []
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

        original = self._column(self._original_label, self.editor, self.open_button, self.mask_button)
        findings = self._column(self._findings_label, self.findings)
        findings_layout = findings.layout()
        assert isinstance(findings_layout, QVBoxLayout)
        findings_layout.addWidget(self.legend)
        splitter = QSplitter(self)
        splitter.addWidget(original)
        splitter.addWidget(findings)
        splitter.addWidget(self._column(self._preview_label, self.preview, self.copy_button))
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([500, 330, 420])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.find_bar)  # the whole width: the field and "Alle Treffer maskieren" fit at 1024 px

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

    def set_legend_types(self, entity_types: Iterable[str]) -> None:
        """Show the colours of the categories found in the current text."""
        self._types = sorted(set(entity_types))
        self.legend.setText(
            legend_html(
                self._types, self.tr("farbig, unterstrichen: wird maskiert"), self.tr("gepunktet: bleibt sichtbar")
            )
        )
        names = ", ".join(categories.label(t) for t in self._types)
        self.legend.setAccessibleDescription(
            self.tr(
                "Farbig hinterlegt und durchgehend unterstrichen heißt maskiert, gepunktet unterstrichen heißt "
                "sichtbar. Kategorien im Text: %1."
            ).replace("%1", names)
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self._original_label.setText(self.tr("&Original (einfügen, tippen oder Datei ablegen):"))
        self._findings_label.setText(self.tr("&Fundstellen (Haken = wird maskiert):"))
        self._preview_label.setText(self.tr("&Vorschau – so wird kopiert:"))
        self.open_button.setText(self.tr("Datei &öffnen …"))
        self.mask_button.setText(self.tr("&Maskieren …"))
        self.copy_button.setText(self.tr("Bereinigten Text &kopieren"))
        self.legend.setAccessibleName(self.tr("Legende"))
        self.set_legend_types(self._types)
        for widget, name, description in (
            (
                self.editor,
                self.tr("Originaltext"),
                self.tr(
                    "Der Text mit markierten Fundstellen. Umschalten: Markierung am linken Rand anklicken "
                    "oder Kontextmenü; F3 springt zur nächsten Fundstelle."
                ),
            ),
            (
                self.preview,
                self.tr("Vorschau des bereinigten Texts"),
                self.tr("Genau dieser Text wird kopiert. Leer, solange die Erkennung läuft."),
            ),
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
