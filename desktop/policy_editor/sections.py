"""The editor's sections, one widget per part of the policy file.

Each section shows its part of a :class:`Policy` (``load``), writes it back into a dict of
``Policy`` fields (``collect``) and emits ``changed`` on every edit, which the window turns into
a validation and a live-test run. Sections know nothing of files or threads.

Here: the base class and its helpers, and the sections of settings (categories, review and retention,
guideline); the sections the DSB fills with lists (terms, own patterns, term lists) are in
:mod:`desktop.policy_editor.term_sections`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.categories import label as category_label
from desktop.facade import (
    ALL_TYPES,
    OPERATORS,
    AuditSettings,
    CategoryRule,
    Policy,
)

INVALID_BACKGROUND = QColor("#ffc9c9")


def operator_label(operator: str) -> str:
    labels = {
        "placeholder": QCoreApplication.translate("PolicyEditor", "Platzhalter [TYP_1]"),
        "surrogate": QCoreApplication.translate("PolicyEditor", "Ersatzwert (erfundener Name)"),
        "redact": QCoreApplication.translate("PolicyEditor", "Entfernen"),
        "mask": QCoreApplication.translate("PolicyEditor", "Schwärzen (█████)"),
        "keep": QCoreApplication.translate("PolicyEditor", "Nicht verändern"),
    }
    return labels[operator]


def type_combo(selected: str = "REFERENCE") -> QComboBox:
    """A combo box of all categories, labelled in the UI language, holding the type as data."""
    combo = QComboBox()
    for entity_type in ALL_TYPES:
        combo.addItem(category_label(entity_type), entity_type)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    combo.setAccessibleName(QCoreApplication.translate("PolicyEditor", "Kategorie"))
    return combo


def remove_selected_rows(table: QTableWidget) -> None:
    """Remove every row with a selected cell (from the bottom, so the row numbers stay valid)."""
    for row in sorted({index.row() for index in table.selectedIndexes()}, reverse=True):
        table.removeRow(row)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons under a table, left-aligned."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class Section(QWidget):
    """Base of every section: ``changed`` fires on each edit."""

    changed = Signal()

    def load(self, policy: Policy) -> None:
        raise NotImplementedError

    def collect(self, fields: dict[str, Any]) -> None:
        raise NotImplementedError


class CategoriesSection(Section):
    """Which categories are masked and with which operator."""

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(len(ALL_TYPES), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kategorie"), self.tr("Maskieren"), self.tr("Verfahren")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 280)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Kategorien und Verfahren"))
        self.checks: dict[str, QCheckBox] = {}
        self.operators: dict[str, QComboBox] = {}
        for row, entity_type in enumerate(ALL_TYPES):
            self.table.setItem(row, 0, QTableWidgetItem(category_label(entity_type)))
            check = QCheckBox()
            check.setAccessibleName(self.tr("{0} maskieren").format(category_label(entity_type)))
            check.toggled.connect(self.changed)
            combo = QComboBox()
            for operator in OPERATORS:
                combo.addItem(operator_label(operator), operator)
            combo.setAccessibleName(self.tr("Verfahren für {0}").format(category_label(entity_type)))
            combo.currentIndexChanged.connect(self.changed)
            self.table.setCellWidget(row, 1, check)
            self.table.setCellWidget(row, 2, combo)
            self.checks[entity_type] = check
            self.operators[entity_type] = combo
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Welche Kategorien maskiert werden und wie:")))
        layout.addWidget(self.table)

    def load(self, policy: Policy) -> None:
        for entity_type in ALL_TYPES:
            rule = policy.rule(entity_type)
            self.checks[entity_type].setChecked(rule.mask)
            self.operators[entity_type].setCurrentIndex(self.operators[entity_type].findData(rule.operator))

    def collect(self, fields: dict[str, Any]) -> None:
        fields["categories"] = {
            t: CategoryRule(self.checks[t].isChecked(), str(self.operators[t].currentData())) for t in ALL_TYPES
        }


class ReviewSection(Section):
    """Review duty, retention of sessions, the audit log and what saved Word files may keep."""

    def __init__(self) -> None:
        super().__init__()
        self.confirm = QCheckBox(self.tr("Vor dem Kopieren Bestätigung verlangen"))
        self.allow_unmask = QCheckBox(self.tr("Sachbearbeitende dürfen Fundstellen freigeben (nicht maskieren)"))
        self.keep_days = QSpinBox()
        self.keep_days.setRange(0, 3650)
        self.keep_days.setSuffix(self.tr(" Tage"))
        self.keep_days.setSpecialValueText(self.tr("nur im Speicher (0)"))
        self.keep_days.setAccessibleName(self.tr("Sitzungen aufbewahren"))
        self.audit_enabled = QCheckBox(self.tr("Nutzungsprotokoll führen (ohne personenbezogene Daten)"))
        self.audit_user = QCheckBox(self.tr("Benutzerkonto als gesalzenen Hashwert protokollieren"))
        self.audit_path = QLineEdit()
        self.audit_path.setPlaceholderText(self.tr("Standard: Datenordner des Benutzers"))
        self.audit_path.setAccessibleName(self.tr("Ordner des Nutzungsprotokolls"))
        self.remove_embedded = QCheckBox(
            QCoreApplication.translate(
                "PolicyEditor", "Bilder und eingebettete Objekte aus gespeicherten Word-Dateien entfernen"
            )
        )
        self.remove_embedded.setAccessibleDescription(
            QCoreApplication.translate(
                "PolicyEditor",
                "Die App kann Bilder und eingebettete Objekte nicht prüfen; sonst werden sie nur gemeldet.",
            )
        )
        for box in (self.confirm, self.allow_unmask, self.audit_enabled, self.audit_user, self.remove_embedded):
            box.toggled.connect(self.changed)
        self.keep_days.valueChanged.connect(self.changed)
        self.audit_path.textChanged.connect(self.changed)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>Prüfung</b>")))
        form.addRow(self.confirm)
        form.addRow(self.allow_unmask)
        form.addRow(QLabel(self.tr("<b>Aufbewahrung</b>")))
        form.addRow(self.tr("Sitzungen aufbewahren:"), self.keep_days)
        form.addRow(QLabel(self.tr("<b>Nutzungsprotokoll</b>")))
        form.addRow(self.audit_enabled)
        form.addRow(self.audit_user)
        form.addRow(self.tr("Ordner:"), self.audit_path)
        form.addRow(QLabel(QCoreApplication.translate("PolicyEditor", "<b>Word-Dateien</b>")))
        form.addRow(self.remove_embedded)

    def load(self, policy: Policy) -> None:
        self.confirm.setChecked(policy.confirm_before_copy)
        self.allow_unmask.setChecked(policy.allow_unmask)
        self.keep_days.setValue(policy.keep_days)
        self.audit_enabled.setChecked(policy.audit.enabled)
        self.audit_user.setChecked(policy.audit.user)
        self.audit_path.setText(str(policy.audit.path) if policy.audit.path else "")
        self.remove_embedded.setChecked(policy.remove_embedded)

    def collect(self, fields: dict[str, Any]) -> None:
        fields["confirm_before_copy"] = self.confirm.isChecked()
        fields["allow_unmask"] = self.allow_unmask.isChecked()
        fields["keep_days"] = self.keep_days.value()
        path = self.audit_path.text().strip()
        fields["audit"] = AuditSettings(
            self.audit_enabled.isChecked(), Path(path) if path else None, self.audit_user.isChecked()
        )
        fields["remove_embedded"] = self.remove_embedded.isChecked()


class GuidelineSection(Section):
    """The guideline text shown on the app's help page."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Leitlinientext"))
        self.text.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Dieser Text erscheint in der Hilfe der App:")))
        layout.addWidget(self.text)

    def load(self, policy: Policy) -> None:
        self.text.setPlainText(policy.guideline)

    def collect(self, fields: dict[str, Any]) -> None:
        fields["guideline"] = self.text.toPlainText()


def policy_from_sections(base: Policy, sections: list[Section]) -> Policy:
    """The policy the sections show now (not yet validated)."""
    fields: dict[str, Any] = {}
    for section in sections:
        section.collect(fields)
    return dataclasses.replace(base, **fields)
