"""UI language: German source strings, English through a Qt translator (the vorta way).

German is the default and needs no file. English is used when the system locale is English or the
clerk chooses it in the settings; its ``.qm`` file is built from the committed ``.ts`` by
``build/translations.py``. When the ``.qm`` is missing (a fresh checkout), the app tries to build it
once and otherwise stays German rather than failing.
"""

from __future__ import annotations

import importlib.util
import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from anonymizer.resources import resource_path

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


def _build_script() -> Path:
    return Path(__file__).resolve().parent.parent / "build" / "translations.py"


def _ensure_qm(language: str) -> Path | None:
    """The compiled catalogue, built from the ``.ts`` on first use in a source checkout."""
    qm = _qm_path(language)
    if qm.exists():
        return qm
    script = _build_script()
    if not script.exists():  # the frozen app ships its .qm files
        return None
    try:
        spec = importlib.util.spec_from_file_location("_anonymisierungshelfer_translations", script)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build_translations(translations_dir())
    except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
        log.warning("Übersetzungen konnten nicht erstellt werden: %s", type(error).__name__)
        return None
    return qm if qm.exists() else None


class LanguageManager:
    """Installs the translators for one language; switching sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "de"

    def apply(self, choice: str) -> str:
        """Switch to ``choice`` ("", "de", "en"); return the language now shown."""
        self.remove()
        language = effective_language(choice)
        qt_translator = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir) or qt_translator.load(f"qt_{language}", qt_dir):
            self._translators.append(qt_translator)
        if language != "de":
            qm = _ensure_qm(language)
            app_translator = QTranslator(self._app)
            if qm is not None and app_translator.load(str(qm)):
                self._translators.append(app_translator)
            else:
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
