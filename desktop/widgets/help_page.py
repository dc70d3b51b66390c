"""The Help page: the guideline (the policy's own text, or the app's key rules), the colour key, the shortcuts.

The guideline is shown with its structure: numbered rules as a numbered list, "- " lines as
bullets, line breaks kept (they used to run into one paragraph).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop import categories
from desktop.facade import ALL_TYPES

_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_BULLET = re.compile(r"^\s*[-•*]\s+(.*)$")


def _keys(sequence: str) -> str:
    """A shortcut as the user's platform and language write it ("Strg+V" in German)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def guideline_html(text: str) -> str:
    """The guideline as HTML: paragraphs at blank lines, numbered and bulleted lines as lists."""
    parts: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in paragraph.splitlines() if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and not lines[0].rstrip().endswith((".", ":", ";", "!", "?")):
            parts.append(f"<p><b>{html.escape(lines[0].strip())}</b></p>")
            continue
        parts.append(_lines_html(lines))
    return "".join(parts)


def _lines_html(lines: list[str]) -> str:
    out: list[str] = []
    kind = ""  # "ol", "ul" or "" (plain lines)
    plain: list[str] = []

    def flush_plain() -> None:
        if plain:
            out.append("<p>" + "<br>".join(html.escape(line) for line in plain) + "</p>")
            plain.clear()

    for line in lines:
        numbered, bullet = _NUMBERED.match(line), _BULLET.match(line)
        wanted = "ol" if numbered else "ul" if bullet else ""
        if wanted != kind:
            if kind:
                out.append(f"</{kind}>")
            flush_plain()
            if wanted:
                out.append(f"<{wanted}>")
            kind = wanted
        if numbered:
            out.append(f"<li>{html.escape(numbered.group(2).strip())}</li>")
        elif bullet:
            out.append(f"<li>{html.escape(bullet.group(1).strip())}</li>")
        else:
            plain.append(line.strip())
    if kind:
        out.append(f"</{kind}>")
    flush_plain()
    return "".join(out)


class HelpPage(QWidget):
    def __init__(self, guideline: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guideline = guideline
        self._masked: frozenset[str] | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.retranslate()

    def set_policy(self, guideline: str, masked: Collection[str]) -> None:
        """The active policy's guideline and the categories it masks (the colour key says so per category)."""
        self._guideline = guideline
        self._masked = frozenset(masked)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _colour_key(self) -> str:
        rows = []
        for entity_type in ALL_TYPES:
            colour = categories.colour(entity_type).name()
            name = html.escape(categories.label(entity_type))
            short = html.escape(categories.short_label(entity_type))
            if self._masked is None:
                state = ""
            elif entity_type in self._masked:
                state = html.escape(self.tr("wird maskiert"))
            else:
                state = html.escape(self.tr("nur angezeigt (Richtlinie)"))
            rows.append(
                f'<tr><td style="background-color:{colour}; color:#000000;">&nbsp;{name}&nbsp;</td>'
                f"<td>&nbsp;{short}&nbsp;</td><td>{state}</td></tr>"
            )
        columns = (self.tr("Kategorie"), self.tr("am Rand"), self.tr("laut Richtlinie"))
        head = "<tr>" + "".join(f"<th align=left>{html.escape(c)}&nbsp;</th>" for c in columns) + "</tr>"
        return '<table cellspacing="2">' + head + "".join(rows) + "</table>"

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Hilfe"))
        self.browser.setAccessibleDescription(
            self.tr("Die wichtigsten Regeln der Leitlinie, die Farben der Kategorien und die Tastenkürzel.")
        )
        rules = [
            self.tr("Geben Sie keine personenbezogenen Daten in externe Chatbots ein."),
            self.tr("Prüfen Sie den bereinigten Text vor dem Kopieren sorgfältig – die Erkennung kann Fehler machen."),
            self.tr("Maskieren Sie von Hand, was die Erkennung übersehen hat (Text markieren, Strg+M)."),
            self.tr("Prüfen Sie die Antwort des Chatbots kritisch, bevor Sie sie verwenden."),
            self.tr(
                "Die Zuordnung der Platzhalter bleibt auf diesem Rechner (verschlüsselt, so lange die Richtlinie "
                "es erlaubt); „Sitzung beenden“ löscht sie."
            ),
        ]
        shortcuts = [
            (_keys("Ctrl+V"), self.tr("Text einfügen (überall im Fenster)")),
            (_keys("Ctrl+O"), self.tr("Datei öffnen")),
            (_keys("Ctrl+N"), self.tr("Neuer Text (fragt, wenn die Prüfung sonst verloren ginge)")),
            (_keys("Ctrl+M"), self.tr("Markierten Text maskieren")),
            (_keys("Ctrl+F"), self.tr("Im Text suchen; „Alle Treffer maskieren“")),
            (f"{_keys('F3')} / {_keys('Shift+F3')}", self.tr("Nächste / vorherige Fundstelle")),
            (
                self.tr("Leertaste/Entf"),
                self.tr("In der Liste: Fundstelle umschalten (auf einer Kategorie: alle ihre Fundstellen)"),
            ),
            (self.tr("Eingabetaste"), self.tr("In der Liste: zur Fundstelle im Text springen")),
            (
                f"{_keys('Ctrl+Z')} / {_keys('Ctrl+Shift+Z')}",
                self.tr("Letzte Prüfentscheidung rückgängig / wiederholen (sonst die letzte Änderung am Text)"),
            ),
            (_keys("Ctrl+Shift+C"), self.tr("Bereinigten Text kopieren")),
            (_keys("Ctrl+S"), self.tr("Bereinigtes Dokument speichern")),
            (f"{_keys('Ctrl+1')} / {_keys('Ctrl+2')} / F1", self.tr("Text prüfen / Antwort zurückübersetzen / Hilfe")),
        ]
        marks = [
            self.tr("Farbig hinterlegt und durchgehend unterstrichen: wird maskiert."),
            self.tr("Gepunktet unterstrichen: erkannt, bleibt aber sichtbar."),
            self.tr(
                "Am linken Rand steht zu jeder Fundstelle ihre Kategorie; Klammern heißen sichtbar. "
                "Ein Klick darauf schaltet die Fundstelle um; ein Klick in den Text setzt nur die Schreibmarke."
            ),
            self.tr("In der Liste heißt ein Haken: wird maskiert."),
        ]
        titles = (
            self.tr("Die wichtigsten Regeln"),
            self.tr("Markierungen im Text"),
            self.tr("Farben der Kategorien"),
            self.tr("Tastenkürzel"),
        )
        esc = html.escape
        parts = [f"<h2>{esc(titles[0])}</h2>"]
        if self._guideline.strip():
            parts.append(guideline_html(self._guideline))
        else:
            parts.append("<ol>" + "".join(f"<li>{esc(rule)}</li>" for rule in rules) + "</ol>")
        parts.append(f"<h2>{esc(titles[1])}</h2><ul>" + "".join(f"<li>{esc(m)}</li>" for m in marks) + "</ul>")
        parts.append(f"<h2>{esc(titles[2])}</h2>{self._colour_key()}")
        parts.append(f"<h2>{esc(titles[3])}</h2><table>")
        parts.extend(f"<tr><td><b>{esc(k)}</b>&nbsp;&nbsp;</td><td>{esc(v)}</td></tr>" for k, v in shortcuts)
        parts.append("</table>")
        self.browser.setHtml("".join(parts))
