"""The data protection officer's policy editor: a window of its own, started with
``python main.py policy-editor [DATEI]`` (a file that does not validate opens for repair).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.policy_editor.window import PolicyEditorWindow

__all__ = ["PolicyEditorWindow", "run_policy_editor"]


def run_policy_editor(argv: list[str]) -> int:
    """Open the editor, optionally on the policy file named in ``argv``."""
    from PySide6.QtWidgets import QApplication

    from desktop.facade import AnonymizerError, PolicyFiles
    from desktop.i18n import LanguageManager
    from desktop.settings import APPLICATION, ORGANIZATION, AppSettings

    files = [Path(arg) for arg in argv if not arg.startswith("-")]
    if files:
        # A missing or unreadable file is one clear line on the console before any window exists;
        # a file that only does not validate opens in the editor's repair view.
        try:
            PolicyFiles.read_source(files[0])
        except AnonymizerError as error:
            print(f"Fehler: {error}", file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # The same translator as the main app (German by default, English per settings or system locale);
    # keep the manager alive for the lifetime of the window.
    languages = LanguageManager(app)
    languages.apply(AppSettings().language)
    window = PolicyEditorWindow()
    if files:
        window.open_file(files[0])
    window.show()
    return int(app.exec())
