"""The Help page: the guideline's key rules (or the policy's own guideline text) and the shortcuts."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget


def _keys(sequence: str) -> str:
    """A shortcut as the user's platform and language write it ("Strg+V" in German)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class HelpPage(QWidget):
    def __init__(self, guideline: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guideline = guideline
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.retranslate()

    def set_guideline(self, guideline: str) -> None:
        self._guideline = guideline
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Hilfe"))
        self.browser.setAccessibleDescription(self.tr("Die wichtigsten Regeln der Leitlinie und die Tastenkürzel."))
        rules = [
            self.tr("Geben Sie keine personenbezogenen Daten in externe Chatbots ein."),
            self.tr("Prüfen Sie den bereinigten Text vor dem Kopieren sorgfältig – die Erkennung kann Fehler machen."),
            self.tr("Maskieren Sie von Hand, was die Erkennung übersehen hat (Text markieren, Strg+M)."),
            self.tr("Prüfen Sie die Antwort des Chatbots kritisch, bevor Sie sie verwenden."),
            self.tr("Die Zuordnung der Platzhalter bleibt auf diesem Rechner und wird nicht gespeichert."),
        ]
        shortcuts = [
            (_keys("Ctrl+V"), self.tr("Text einfügen (überall im Fenster)")),
            (_keys("Ctrl+O"), self.tr("Datei öffnen")),
            (_keys("Ctrl+M"), self.tr("Markierten Text maskieren")),
            (_keys("Ctrl+Shift+C"), self.tr("Bereinigten Text kopieren")),
            (_keys("Ctrl+S"), self.tr("Bereinigtes Dokument speichern")),
            (self.tr("Leertaste/Entf"), self.tr("Fundstelle in der Liste umschalten")),
            (f"{_keys('Ctrl+1')} / {_keys('Ctrl+2')} / F1", self.tr("Text prüfen / Antwort zurückübersetzen / Hilfe")),
        ]
        marks = [
            self.tr("Farbig hinterlegt und durchgehend unterstrichen: wird maskiert."),
            self.tr("Gepunktet unterstrichen: erkannt, bleibt aber sichtbar."),
            self.tr("Der linke Rand nennt die Kategorien jeder Zeile; Klammern heißen sichtbar."),
        ]
        titles = (self.tr("Die wichtigsten Regeln"), self.tr("Markierungen im Text"), self.tr("Tastenkürzel"))
        esc = html.escape
        parts = [f"<h2>{esc(titles[0])}</h2>"]
        if self._guideline.strip():
            parts.append("".join(f"<p>{esc(p)}</p>" for p in self._guideline.split("\n\n")))
        else:
            parts.append("<ol>" + "".join(f"<li>{esc(rule)}</li>" for rule in rules) + "</ol>")
        parts.append(f"<h2>{esc(titles[1])}</h2><ul>" + "".join(f"<li>{esc(m)}</li>" for m in marks) + "</ul>")
        parts.append(f"<h2>{esc(titles[2])}</h2><table>")
        parts.extend(f"<tr><td><b>{esc(k)}</b>&nbsp;&nbsp;</td><td>{esc(v)}</td></tr>" for k, v in shortcuts)
        parts.append("</table>")
        self.browser.setHtml("".join(parts))
