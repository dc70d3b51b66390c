"""The sections of the policy the DSB fills with lists: allow and deny terms, own patterns, term lists.

Like every section (:mod:`desktop.policy_editor.sections`) each shows its part of a :class:`Policy`, writes it
back on ``collect`` and emits ``changed`` on every edit; a pattern that does not compile and a term list that
cannot be read are marked in the table at once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.facade import (
    DenyTerm,
    OwnPattern,
    Policy,
    PolicyError,
    PolicyFiles,
    TermListRef,
)
from desktop.policy_editor.sections import (
    INVALID_BACKGROUND,
    Section,
    button_row,
    remove_selected_rows,
    type_combo,
)


class TermsSection(Section):
    """The allow list (never masked) and the deny list (always masked, with a category)."""

    def __init__(self) -> None:
        super().__init__()
        self.allow_list = QListWidget()
        self.allow_list.setAccessibleName(self.tr("Nie maskieren"))
        self.allow_input = QLineEdit()
        self.allow_input.setPlaceholderText(self.tr("z. B. Kreis Coesfeld"))
        self.allow_input.setAccessibleName(self.tr("Neuer Begriff für „Nie maskieren“"))
        allow_add = QPushButton(self.tr("Hinzufügen"))
        allow_remove = QPushButton(self.tr("Entfernen"))
        allow_add.clicked.connect(lambda: self.add_allow(self.allow_input.text()))
        self.allow_input.returnPressed.connect(lambda: self.add_allow(self.allow_input.text()))
        allow_remove.clicked.connect(self._remove_allow)

        self.deny_table = QTableWidget(0, 2)
        self.deny_table.setHorizontalHeaderLabels([self.tr("Begriff"), self.tr("Kategorie")])
        self.deny_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.deny_table.setColumnWidth(1, 220)
        self.deny_table.verticalHeader().setVisible(False)
        self.deny_table.setAccessibleName(self.tr("Immer maskieren"))
        self.deny_table.itemChanged.connect(lambda _item: self.changed.emit())
        self.deny_input = QLineEdit()
        self.deny_input.setPlaceholderText(self.tr("z. B. Falkenhorst"))
        self.deny_input.setAccessibleName(self.tr("Neuer Begriff für „Immer maskieren“"))
        self.deny_type = type_combo()
        deny_add = QPushButton(self.tr("Hinzufügen"))
        deny_remove = QPushButton(self.tr("Entfernen"))
        deny_add.clicked.connect(lambda: self.add_deny(self.deny_input.text(), str(self.deny_type.currentData())))
        self.deny_input.returnPressed.connect(
            lambda: self.add_deny(self.deny_input.text(), str(self.deny_type.currentData()))
        )
        deny_remove.clicked.connect(self._remove_deny)

        allow_box = QGroupBox(self.tr("Nie maskieren (Erlaubt-Liste)"))
        allow_layout = QVBoxLayout(allow_box)
        allow_layout.addWidget(self.allow_list)
        row = QHBoxLayout()
        row.addWidget(self.allow_input, 1)
        row.addWidget(allow_add)
        row.addWidget(allow_remove)
        allow_layout.addLayout(row)

        deny_box = QGroupBox(self.tr("Immer maskieren (Sperrliste: ganzes Wort, auch mit -s/-es/-n)"))
        deny_layout = QVBoxLayout(deny_box)
        deny_layout.addWidget(self.deny_table)
        row = QHBoxLayout()
        row.addWidget(self.deny_input, 1)
        row.addWidget(self.deny_type)
        row.addWidget(deny_add)
        row.addWidget(deny_remove)
        deny_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(allow_box)
        layout.addWidget(deny_box)

    def add_allow(self, text: str) -> None:
        term = " ".join(text.split())
        if term and not self.allow_list.findItems(term, Qt.MatchFlag.MatchFixedString):
            self.allow_list.addItem(term)
            self.allow_input.clear()
            self.changed.emit()

    def _remove_allow(self) -> None:
        for item in self.allow_list.selectedItems():
            self.allow_list.takeItem(self.allow_list.row(item))
        self.changed.emit()

    def add_deny(self, text: str, entity_type: str) -> None:
        term = " ".join(text.split())
        if not term:
            return
        self.deny_table.blockSignals(True)
        row = self.deny_table.rowCount()
        self.deny_table.insertRow(row)
        self.deny_table.setItem(row, 0, QTableWidgetItem(term))
        combo = type_combo(entity_type)
        combo.currentIndexChanged.connect(self.changed)
        self.deny_table.setCellWidget(row, 1, combo)
        self.deny_table.blockSignals(False)
        self.deny_input.clear()
        self.changed.emit()

    def _remove_deny(self) -> None:
        remove_selected_rows(self.deny_table)
        self.changed.emit()

    def load(self, policy: Policy) -> None:
        self.allow_list.clear()
        self.allow_list.addItems(list(policy.allow_terms))
        self.deny_table.setRowCount(0)
        for term in policy.deny_terms:
            self.add_deny(term.text, term.type)

    def collect(self, fields: dict[str, Any]) -> None:
        fields["allow_terms"] = tuple(self.allow_list.item(i).text() for i in range(self.allow_list.count()))
        deny: list[DenyTerm] = []
        for row in range(self.deny_table.rowCount()):
            item = self.deny_table.item(row, 0)
            combo = self.deny_table.cellWidget(row, 1)
            text = " ".join(item.text().split()) if item else ""
            if text and isinstance(combo, QComboBox) and DenyTerm(text, str(combo.currentData())) not in deny:
                deny.append(DenyTerm(text, str(combo.currentData())))
        fields["deny_terms"] = tuple(deny)


def regex_problem(regex: str) -> str | None:
    """A German sentence on what is wrong with ``regex``, or None when it is usable."""
    if not regex.strip():
        return QCoreApplication.translate("PolicyEditor", "Der reguläre Ausdruck fehlt.")
    try:
        compiled = re.compile(regex)
    except re.error as error:
        return QCoreApplication.translate("PolicyEditor", "Ungültiger regulärer Ausdruck: {0}").format(error.msg)
    if compiled.fullmatch(""):
        return QCoreApplication.translate("PolicyEditor", "Der Ausdruck passt auch auf leeren Text.")
    return None


class PatternsSection(Section):
    """Own recognizers: name, category, regular expression (checked as you type), context words, score."""

    NAME, TYPE, REGEX, CONTEXT, SCORE = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kategorie"),
                self.tr("Suchmuster"),
                self.tr("Kontextwörter (Komma)"),
                self.tr("Vorrang (0–1)"),
            ]
        )
        for column, tip in (
            (self.NAME, self.tr("Erscheint im Live-Test unter „Erkannt durch“.")),
            (
                self.REGEX,
                self.tr(
                    "Ein regulärer Ausdruck (Python): \\d = Ziffer, {4} = genau viermal, [A-Z] = Großbuchstabe, "
                    "? = optional. KITA-\\d{4} findet KITA-0815."
                ),
            ),
            (self.CONTEXT, self.tr("Wörter, die in der Nähe stehen (z. B. Kita, Einrichtung); durch Komma getrennt.")),
            (
                self.SCORE,
                self.tr(
                    "Jeder Treffer wird maskiert. Der Vorrang entscheidet nur, wenn sich zwei gleich lange "
                    "Fundstellen überschneiden; ein Kontextwort in der Nähe erhöht ihn um 0,35."
                ),
            ),
        ):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.table.horizontalHeader().setSectionResizeMode(self.REGEX, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.NAME, 130), (self.TYPE, 180), (self.CONTEXT, 170)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(self.SCORE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Eigene Muster"))
        self.table.itemChanged.connect(self._item_changed)
        self.problems: list[str] = []
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(self.tr("Prüfung der Muster"))
        add = QPushButton(self.tr("Neues Muster"))
        remove = QPushButton(self.tr("Entfernen"))
        add.clicked.connect(lambda: self.add_pattern(OwnPattern(self.tr("Neues Muster"), "REFERENCE", r"ABC-\d{4}")))
        remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Eigene Muster finden z. B. Kita- oder Vorgangsnummern. Das <b>Suchmuster</b> ist ein regulärer "
                "Ausdruck: <code>\\d</code> steht für eine Ziffer, <code>{4}</code> für genau vier davon – "
                "<code>KITA-\\d{4}</code> findet „KITA-0815“. Jeder Treffer wird maskiert; der <b>Vorrang</b> "
                "(0–1) entscheidet nur, welche von zwei sich überschneidenden Fundstellen gilt. "
                "<b>Kontextwörter</b> in der Nähe erhöhen ihn."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addLayout(button_row(add, remove))
        layout.addWidget(self.check_label)

    def add_pattern(self, pattern: OwnPattern) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, self.NAME, QTableWidgetItem(pattern.name))
        combo = type_combo(pattern.type)
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, self.TYPE, combo)
        self.table.setItem(row, self.REGEX, QTableWidgetItem(pattern.regex))
        self.table.setItem(row, self.CONTEXT, QTableWidgetItem(", ".join(pattern.context)))
        score = QDoubleSpinBox()
        score.setRange(0.05, 1.0)
        score.setSingleStep(0.05)
        score.setValue(pattern.score)
        score.setAccessibleName(self.tr("Vorrang"))
        score.setToolTip(self.tr("Entscheidet nur bei sich überschneidenden Fundstellen; jeder Treffer wird maskiert."))
        score.valueChanged.connect(self.changed)
        self.table.setCellWidget(row, self.SCORE, score)
        self.table.blockSignals(False)
        self._check()
        self.changed.emit()

    def _remove(self) -> None:
        remove_selected_rows(self.table)
        self._check()
        self.changed.emit()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self._check()
        self.changed.emit()

    def _check(self) -> None:
        """Colour invalid regexes and list the problems below the table."""
        problems: list[str] = []
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.REGEX)
            name = self.table.item(row, self.NAME)
            if item is None:
                continue
            problem = regex_problem(item.text())
            item.setBackground(QBrush(INVALID_BACKGROUND) if problem else QBrush())
            item.setToolTip(problem or "")
            if problem:
                problems.append(f"{name.text() if name else row + 1}: {problem}")
        self.table.blockSignals(False)
        self.problems = problems
        summary = "\n".join(problems) if problems else self.tr("Alle Muster sind gültig.")
        self.check_label.setText(summary)

    def load(self, policy: Policy) -> None:
        self.table.setRowCount(0)
        for pattern in policy.patterns:
            self.add_pattern(pattern)
        self._check()

    def collect(self, fields: dict[str, Any]) -> None:
        patterns: list[OwnPattern] = []
        for row in range(self.table.rowCount()):
            name, regex, context = (self.table.item(row, c) for c in (self.NAME, self.REGEX, self.CONTEXT))
            combo = self.table.cellWidget(row, self.TYPE)
            score = self.table.cellWidget(row, self.SCORE)
            if not (name and regex and isinstance(combo, QComboBox) and isinstance(score, QDoubleSpinBox)):
                continue
            words = tuple(w.strip() for w in (context.text() if context else "").split(",") if w.strip())
            patterns.append(
                OwnPattern(name.text().strip(), str(combo.currentData()), regex.text(), words, round(score.value(), 2))
            )
        fields["patterns"] = tuple(patterns)


class TermListsSection(Section):
    """Imported term lists (street directory, staff names): file, category, CSV column, size."""

    FILE, TYPE, COLUMN, COUNT = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datei"), self.tr("Kategorie"), self.tr("CSV-Spalte"), self.tr("Begriffe")]
        )
        self.table.horizontalHeader().setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.TYPE, 200)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Begriffslisten"))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        import_button = QPushButton(self.tr("Begriffsliste importieren …"))
        remove = QPushButton(self.tr("Entfernen"))
        import_button.clicked.connect(self._choose_file)
        remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Ein Begriff je Zeile (UTF-8 oder Latin-1) oder eine CSV-Datei mit "
                    "Kopfzeile. Die Datei wird neben der Richtlinie abgelegt."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(button_row(import_button, remove))

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Begriffsliste importieren"), "", self.tr("Begriffslisten (*.txt *.csv);;Alle Dateien (*)")
        )
        if name:
            self.add_term_list(TermListRef(Path(name).resolve(), "ADDRESS"))

    def add_term_list(self, ref: TermListRef) -> None:
        try:
            count = str(PolicyFiles.term_count(ref.path, ref.column))
        except PolicyError as error:
            count = str(error)
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        file_item = QTableWidgetItem(str(ref.path))
        file_item.setFlags(file_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, self.FILE, file_item)
        combo = type_combo(ref.type)
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, self.TYPE, combo)
        self.table.setItem(row, self.COLUMN, QTableWidgetItem("" if ref.column is None else str(ref.column)))
        count_item = QTableWidgetItem(count)
        count_item.setFlags(count_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, self.COUNT, count_item)
        self.table.blockSignals(False)
        self.changed.emit()

    def _remove(self) -> None:
        remove_selected_rows(self.table)
        self.changed.emit()

    def load(self, policy: Policy) -> None:
        self.table.setRowCount(0)
        for ref in policy.term_lists:
            self.add_term_list(ref)

    def collect(self, fields: dict[str, Any]) -> None:
        refs: list[TermListRef] = []
        for row in range(self.table.rowCount()):
            file_item, column_item = self.table.item(row, self.FILE), self.table.item(row, self.COLUMN)
            combo = self.table.cellWidget(row, self.TYPE)
            if file_item is None or not isinstance(combo, QComboBox):
                continue
            raw = column_item.text().strip() if column_item else ""
            column: str | int | None = int(raw) if raw.isdigit() else (raw or None)
            refs.append(TermListRef(Path(file_item.text()), str(combo.currentData()), column))
        fields["term_lists"] = tuple(refs)
