"""The policy editor window for the data protection officer (``python main.py policy-editor``).

Left: the policy in tabs (categories, terms, patterns, term lists, review and retention,
guideline). Right: the live test. Every edit is written to TOML and checked by the very schema
check ``policy validate`` uses, so the status line shows the same "Zeile N: …" messages and the
file the DSB saves for IT is always valid.

The title and a line above the tabs name the file and whether it is the binding machine-wide
policy or a user's; a file that does not validate opens in a repair view instead of being refused;
closing with unsaved changes asks.
"""

from __future__ import annotations

import html
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
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.facade import (
    AnonymizerError,
    EngineFactory,
    Policy,
    PolicyFiles,
    PolicyIssue,
    PolicyLayer,
    PolicyValidationError,
    build_policy_engine,
)
from desktop.policy_editor.live_test import LiveTestPanel
from desktop.policy_editor.repair import RepairPanel
from desktop.policy_editor.sections import (
    CategoriesSection,
    GuidelineSection,
    ReviewSection,
    Section,
    policy_from_sections,
)
from desktop.policy_editor.term_sections import PatternsSection, TermListsSection, TermsSection

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class PolicyEditorWindow(QMainWindow):
    """Edit a policy, test it live, save it as a validated TOML file."""

    def __init__(
        self,
        policy: Policy | None = None,
        engine_factory: EngineFactory = build_policy_engine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ready = False
        self._base = policy or PolicyFiles.default()
        self.path: Path | None = None
        self.issues: list[PolicyIssue] = []
        self.valid_policy: Policy | None = None
        #: The policy as last loaded or saved; None while the shown one is nowhere on disk in this form.
        self._saved: Policy | None = None

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
                self.tr("Begriffsl&isten"),
                self.tr("&Prüfung und Aufbewahrung"),
                self.tr("&Leitlinie"),
            ],
            strict=True,
        ):
            self.tabs.addTab(section, title)
        self.repair = RepairPanel()
        self.repair.repaired.connect(self._on_repaired)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.repair)
        self.live = LiveTestPanel(engine_factory)

        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setAccessibleName(self.tr("Bearbeitete Datei"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Prüfergebnis der Richtlinie"))
        open_button = QPushButton(self.tr("Ö&ffnen …"))
        self.save_button = QPushButton(self.tr("&Speichern"))
        save_as_button = QPushButton(self.tr("Speichern &unter …"))
        open_button.clicked.connect(self.choose_open)
        self.save_button.clicked.connect(self.save)
        save_as_button.clicked.connect(self.choose_save)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.source_label)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(save_as_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.live)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        open_action = QAction(self.tr("Ö&ffnen …"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_open)
        self.save_action = QAction(self.tr("&Speichern"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        save_as_action = QAction(self.tr("Speichern &unter …"), self)
        save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        save_as_action.triggered.connect(self.choose_save)
        close_action = QAction(self.tr("S&chließen"), self)
        close_action.setShortcut(QKeySequence("Ctrl+Q"))
        close_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Datei"))
        for action in (open_action, self.save_action, save_as_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(close_action)

        for section in self.sections:
            section.changed.connect(self.revalidate)
        self.load(self._base)
        self._saved = self.current_policy()
        self._ready = True
        self._update_title()
        self.resize(1200, 760)

    # -- what is edited ---------------------------------------------------------------------------
    def layer_name(self) -> str:
        """Which policy the file is: the binding machine-wide one, the user's own, or another file."""
        if self.path is None:
            return self.tr("aus den Standardwerten, noch nicht gespeichert")
        if _same_file(self.path, PolicyFiles.machine_path()):
            return self.tr("maschinenweite Richtlinie (verbindlich für alle Benutzer dieses Rechners)")
        if _same_file(self.path, PolicyFiles.user_path()):
            return self.tr("Benutzer-Richtlinie (darf Schutz nur hinzufügen, wenn eine maschinenweite gilt)")
        return self.tr("Richtliniendatei (wirkt erst, wenn IT sie verteilt oder sie mit --policy verwendet wird)")

    @property
    def is_modified(self) -> bool:
        return self.pages.currentWidget() is self.repair or self._saved != self.current_policy()

    def _update_title(self) -> None:
        name = self.path.name if self.path is not None else self.tr("Neue Richtlinie")
        self.setWindowTitle(self.tr("Richtlinien-Editor – %1 [*]").replace("%1", name))
        modified = self.is_modified
        self.setWindowModified(modified)
        where = html.escape(str(self.path)) if self.path is not None else ""
        marker = self.tr("geändert")
        changed = f" <i>({html.escape(marker)})</i>" if modified else ""
        self.source_label.setText(
            f"<b>{html.escape(name)}</b>{changed} – {html.escape(self.layer_name())}"
            + (f"<br>{where}" if where else "")
        )
        self.save_button.setEnabled(self.pages.currentWidget() is self.tabs)
        self.save_action.setEnabled(self.pages.currentWidget() is self.tabs)

    # -- content ------------------------------------------------------------------------------------
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
        layer, issues = PolicyFiles.check(PolicyFiles.to_toml(draft, base_dir), base_dir)
        self.issues = issues
        if issues:
            self.valid_policy = None
            message = (
                self.tr("Die Richtlinie ist noch nicht gültig:") + "\n" + "\n".join(str(issue) for issue in issues[:5])
            )
            self.status.setText(message)
            self.live.set_policy(None, message)
        else:
            self.valid_policy = PolicyFiles.from_layer(layer)
            self.status.setText(self.tr("Die Richtlinie ist gültig."))
            self.live.set_policy(self.valid_policy)
        if self._ready:
            self._update_title()

    # -- files --------------------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        """Open a policy file; one that does not validate opens in the repair view.

        Raises :class:`AnonymizerError` when the file cannot be read at all (missing, not UTF-8).
        """
        try:
            policy = PolicyFiles.load(path)
        except PolicyValidationError as error:
            source = PolicyFiles.read_source(path)  # readable (raises when not UTF-8), only invalid: repair it here
            issues = error.issues
            self.path = path
            self.repair.show_file(path, source, issues)
            self.pages.setCurrentWidget(self.repair)
            self.status.setText(self.tr("Die Datei enthält %1 Fehler.").replace("%1", str(len(issues))))
            self._update_title()
            return
        self.path = path
        self.pages.setCurrentWidget(self.tabs)
        self.load(policy)
        self._saved = self.current_policy()
        self._update_title()

    def _on_repaired(self, layer: PolicyLayer) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self.load(PolicyFiles.from_layer(layer))
        self._saved = None  # the file on disk is still the broken one until it is saved
        self.status.setText(self.tr("Übernommen. Speichern schreibt die korrigierte Richtlinie in die Datei."))
        self._update_title()

    def save_file(self, path: Path) -> None:
        policy = self.current_policy()
        PolicyFiles.save(policy, path)
        self.path = path
        self._saved = policy
        self.status.setText(self.tr("Gespeichert und geprüft: {0}").format(path))
        self._update_title()

    def save(self) -> bool:
        """Ctrl+S: to the opened file, or ask where (a new policy); True when saved."""
        if self.pages.currentWidget() is self.repair:
            return False
        if self.path is None:
            return self.choose_save()
        return self._save_to(self.path)

    def choose_open(self) -> None:
        if self.is_modified and not self._may_leave():
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Richtlinie öffnen"), "", self.tr("Richtlinien (*.toml);;Alle Dateien (*)")
        )
        if name:
            try:
                self.open_file(Path(name))
            except AnonymizerError as error:
                QMessageBox.warning(self, self.tr("Richtlinie öffnen"), str(error))

    def choose_save(self) -> bool:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Richtlinie speichern"), str(self.path or "policy.toml"), self.tr("Richtlinien (*.toml)")
        )
        return bool(name) and self._save_to(Path(name))

    def _save_to(self, path: Path) -> bool:
        """Save to ``path``; True when saved, else the reason is shown in a warning."""
        try:
            self.save_file(path)
        except AnonymizerError as error:
            QMessageBox.warning(self, self.tr("Richtlinie speichern"), str(error))
            return False
        return True

    # -- closing ------------------------------------------------------------------------------------
    def confirm_close(self) -> str:
        """Save, discard or cancel unsaved changes (tests patch this modal)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Änderungen speichern?"),
            self.tr("Die Richtlinie „%1“ wurde geändert. Änderungen speichern?").replace(
                "%1", self.path.name if self.path else self.tr("Neue Richtlinie")
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        save = box.addButton(self.tr("&Speichern"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("&Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL

    def _may_leave(self) -> bool:
        """Unsaved changes: save them, drop them, or stay (False)."""
        choice = self.confirm_close()
        if choice == SAVE:
            return self.save()
        return choice == DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_modified and not self._may_leave():
            event.ignore()
            return
        self.live.shutdown()
        super().closeEvent(event)
