"""Settings: UI language and clipboard timeout (the only things the app stores — no text content)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from desktop.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.language = QComboBox(self)
        for code, name in (("", self.tr("Wie das System")), ("de", "Deutsch"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.language.setAccessibleDescription(self.tr("Deutsch, Englisch oder die Sprache des Systems."))
        self.clear_seconds = QSpinBox(self)
        self.clear_seconds.setRange(0, 3600)
        self.clear_seconds.setSuffix(self.tr(" s"))
        self.clear_seconds.setSpecialValueText(self.tr("nie"))
        self.clear_seconds.setValue(settings.clipboard_clear_seconds)
        self.clear_seconds.setAccessibleName(self.tr("Zwischenablage leeren nach Sekunden"))
        self.clear_seconds.setAccessibleDescription(self.tr("0 heißt: die Zwischenablage wird nicht geleert."))
        form = QFormLayout(self)
        language_label = QLabel(self.tr("&Sprache:"), self)
        language_label.setBuddy(self.language)
        clear_label = QLabel(self.tr("Zwischenablage &leeren nach:"), self)
        clear_label.setBuddy(self.clear_seconds)
        form.addRow(language_label, self.language)
        form.addRow(clear_label, self.clear_seconds)
        note = QLabel(self.tr("Gespeichert werden nur diese Einstellungen, nie Texte."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply_to(self, settings: AppSettings) -> None:
        settings.language = str(self.language.currentData())
        settings.clipboard_clear_seconds = self.clear_seconds.value()
