"""UI language: German source strings, English through a Qt translator (the vorta way).

German is the default and needs no file. English is used when the system locale is English or the
clerk chooses it in the settings; its catalogue ``resources/translations/anonymisierungshelfer_en.qm`` is
compiled from the committed ``.ts`` by ``build/translations.py`` and committed beside it (a test checks
that it says what the ``.ts`` says), and the PyInstaller build compiles it afresh. The running app only
loads a ``.qm`` that is there — it never runs a build tool: when the file is missing or unreadable the UI
stays German and the manager keeps a one-line note (``fallback_note``) and logs it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.facade import resource_path

log = logging.getLogger(__name__)

APP_CATALOG = "anonymisierungshelfer"


def translations_dir() -> Path:
    return resource_path("translations")


def system_language() -> str:
    """ "en" when the system's UI language is English, else "de" (the county's default)."""
    languages = QLocale.system().uiLanguages() or [QLocale.system().name()]
    return "en" if languages[0].lower().startswith("en") else "de"


def effective_language(choice: str) -> str:
    """The language to show for a settings choice ("" = follow the system)."""
    return choice if choice in ("de", "en") else system_language()


def _qm_path(language: str) -> Path:
    return translations_dir() / f"{APP_CATALOG}_{language}.qm"


class LanguageManager:
    """Installs the translators for one language; switching sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "de"
        #: Why the last ``apply`` showed German instead of the language asked for ("" when it did not).
        self.fallback_note = ""

    def apply(self, choice: str) -> str:
        """Switch to ``choice`` ("", "de", "en"); return the language now shown."""
        self.remove()
        self.fallback_note = ""
        language = effective_language(choice)
        qt_translator = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir) or qt_translator.load(f"qt_{language}", qt_dir):
            self._translators.append(qt_translator)
        if language != "de":
            qm = _qm_path(language)
            app_translator = QTranslator(self._app)
            if qm.is_file() and app_translator.load(str(qm)):
                self._translators.append(app_translator)
            else:
                self.fallback_note = f"Übersetzung „{qm.name}“ fehlt oder ist unlesbar; die Oberfläche bleibt deutsch."
                log.warning(self.fallback_note)
                language = "de"
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = language
        return language

    def remove(self) -> None:
        """Uninstall this manager's translators (the source language, German, shows again)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = "de"
