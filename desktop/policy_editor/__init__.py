"""The data protection officer's policy editor: a window of its own, started with
``python main.py policy-editor [DATEI]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.policy_editor.window import PolicyEditorWindow

__all__ = ["PolicyEditorWindow", "run_policy_editor"]


def run_policy_editor(argv: list[str]) -> int:
    """Open the editor, optionally on the policy file named in ``argv``."""
    from PySide6.QtWidgets import QApplication

    from anonymizer.errors import AnonymizerError
    from desktop.i18n import LanguageManager
    from desktop.settings import APPLICATION, ORGANIZATION, AppSettings

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    LanguageManager(app).apply(AppSettings().language)
    window = PolicyEditorWindow()
    files = [arg for arg in argv if not arg.startswith("-")]
    if files:
        try:
            window.open_file(Path(files[0]))
        except AnonymizerError as error:
            print(f"Fehler: {error}", file=sys.stderr)
            return 1
    window.show()
    return int(app.exec())
