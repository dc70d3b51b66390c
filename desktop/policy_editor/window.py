"""The policy editor window for the data protection officer (``python main.py policy-editor``).

Left: the policy in tabs (categories, terms, patterns, term lists, review and retention,
guideline). Right: the live test. Every edit is written to TOML and checked by the very schema
check ``policy validate`` uses, so the status line shows the same "Zeile N: …" messages and the
file the DSB saves for IT is always valid.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anonymizer.errors import AnonymizerError
from anonymizer.policy import (
    Policy,
    PolicyIssue,
    check_policy_text,
    load_default_policy,
    load_policy,
    policy_from_layer,
)
from anonymizer.policy.writer import policy_to_toml, save_policy
from desktop.policy_editor.live_test import EngineFactory, LiveTestPanel, default_engine_factory
from desktop.policy_editor.sections import (
    CategoriesSection,
    GuidelineSection,
    PatternsSection,
    ReviewSection,
    Section,
    TermListsSection,
    TermsSection,
    policy_from_sections,
)


class PolicyEditorWindow(QMainWindow):
    """Edit a policy, test it live, save it as a validated TOML file."""

    def __init__(
        self,
        policy: Policy | None = None,
        engine_factory: EngineFactory = default_engine_factory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Richtlinien-Editor – Anonymisierungshelfer"))
        self._base = policy or load_default_policy()
        self.path: Path | None = None
        self.issues: list[PolicyIssue] = []
        self.valid_policy: Policy | None = None

        self.categories = CategoriesSection()
        self.terms = TermsSection()
        self.patterns = PatternsSection()
        self.term_lists = TermListsSection()
        self.review = ReviewSection()
        self.guideline = GuidelineSection()
        self.sections: list[Section] = [
            self.categories,
            self.terms,
            self.patterns,
            self.term_lists,
            self.review,
            self.guideline,
        ]
        self.tabs = QTabWidget()
        for section, title in zip(
            self.sections,
            [
                self.tr("&Kategorien"),
                self.tr("&Begriffe"),
                self.tr("&Muster"),
                self.tr("Begriffs&listen"),
                self.tr("&Prüfung und Aufbewahrung"),
                self.tr("&Leitlinie"),
            ],
            strict=True,
        ):
            self.tabs.addTab(section, title)
        self.live = LiveTestPanel(engine_factory)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Prüfergebnis der Richtlinie"))
        open_button = QPushButton(self.tr("Öffnen …"))
        save_button = QPushButton(self.tr("Speichern unter …"))
        open_button.clicked.connect(self.choose_open)
        save_button.clicked.connect(self.choose_save)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(save_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.live)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        open_action = QAction(self.tr("Öffnen …"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_open)
        save_action = QAction(self.tr("Speichern unter …"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.choose_save)
        menu = self.menuBar().addMenu(self.tr("&Datei"))
        menu.addAction(open_action)
        menu.addAction(save_action)

        for section in self.sections:
            section.changed.connect(self.revalidate)
        self.load(self._base)
        self.resize(1200, 760)

    def load(self, policy: Policy) -> None:
        """Show ``policy`` in every section."""
        self._base = policy
        for section in self.sections:
            section.blockSignals(True)
            section.load(policy)
            section.blockSignals(False)
        self.revalidate()

    def current_policy(self) -> Policy:
        """What the sections show now (not necessarily valid)."""
        return policy_from_sections(self._base, self.sections)

    def revalidate(self) -> None:
        """Write the edited policy as TOML, check it like ``policy validate``, hand it to the live test."""
        draft = self.current_policy()
        base_dir = self.path.parent if self.path else Path(tempfile.gettempdir())
        layer, issues = check_policy_text(policy_to_toml(draft, base_dir), base_dir)
        self.issues = issues
        if issues:
            self.valid_policy = None
            message = (
                self.tr("Die Richtlinie ist noch nicht gültig:") + "\n" + "\n".join(str(issue) for issue in issues[:5])
            )
            self.status.setText(message)
            self.live.set_policy(None, message)
            return
        self.valid_policy = policy_from_layer(layer)
        self.status.setText(self.tr("Die Richtlinie ist gültig."))
        self.live.set_policy(self.valid_policy)

    def open_file(self, path: Path) -> None:
        self.path = path
        self.load(load_policy(path))
        self.setWindowTitle(self.tr("Richtlinien-Editor – {0}").format(path.name))

    def save_file(self, path: Path) -> None:
        save_policy(self.current_policy(), path)
        self.path = path
        self.setWindowTitle(self.tr("Richtlinien-Editor – {0}").format(path.name))
        self.status.setText(self.tr("Gespeichert und geprüft: {0}").format(path))

    def choose_open(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Richtlinie öffnen"), "", self.tr("Richtlinien (*.toml);;Alle Dateien (*)")
        )
        if name:
            try:
                self.open_file(Path(name))
            except AnonymizerError as error:
                QMessageBox.warning(self, self.tr("Richtlinie öffnen"), str(error))

    def choose_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Richtlinie speichern"), str(self.path or "policy.toml"), self.tr("Richtlinien (*.toml)")
        )
        if name:
            try:
                self.save_file(Path(name))
            except AnonymizerError as error:
                QMessageBox.warning(self, self.tr("Richtlinie speichern"), str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.shutdown()
        super().closeEvent(event)
