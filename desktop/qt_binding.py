"""Is the installed Qt binding safe to run for hours? A guard against PySide6 releases that leak ``None``.

PySide6-Essentials 6.12.0 drops one reference to ``None`` on every Qt call that returns nothing
(``update()``, ``setEnabled()``, ``QTimer.stop()`` …) on Python 3.11, where ``None`` is an ordinary
object with a reference count. One detection of a one-page letter makes some hundred such calls,
200 keystrokes some 20,000: when the count reaches zero the interpreter aborts with
"Fatal Python error: none_dealloc" and the clerk's unsaved work is gone. 6.11.x does not leak;
``pyproject.toml`` excludes 6.12 for this reason. From Python 3.12 on ``None`` is immortal (PEP 683):
its count never changes, so the leak is harmless there and this check always reports 0.

The test suite and ``main.py --selftest`` (which IT runs on the packaged app) call
:func:`none_references_lost`, so a leaking binding is caught before a clerk meets it.
"""

from __future__ import annotations

import sys

#: Tolerated drift of None's reference count (locals and frames of the loop hold a few references).
TOLERANCE = 20


def none_references_lost(calls: int = 2_000, batch: int = 100) -> int:
    """References to ``None`` that ``calls`` void Qt calls lost (0, give or take a few, on a sound binding).

    Stops after the first batch that loses more than :data:`TOLERANCE`, long before ``None`` could be
    freed, so a leaking binding fails the check instead of aborting the process. Needs a QApplication.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    timer = QTimer()
    void_calls = (
        editor.update,
        lambda: editor.setEnabled(True),
        lambda: editor.setReadOnly(False),
        timer.stop,
    )
    before = sys.getrefcount(None)
    lost = 0
    done = 0
    while done < calls:
        for index in range(batch):
            void_calls[index % len(void_calls)]()
        done += batch
        lost = before - sys.getrefcount(None)
        if lost > TOLERANCE:
            break
    editor.deleteLater()
    return max(lost, 0)


def binding_problem(calls: int = 2_000) -> str | None:
    """A German sentence when the Qt binding leaks references to ``None``, else None."""
    lost = none_references_lost(calls)
    if lost <= TOLERANCE:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("PySide6-Essentials")
    except PackageNotFoundError:
        release = "?"
    return (
        f"Die installierte Qt-Bindung (PySide6 {release}) verliert bei Qt-Aufrufen Referenzen auf None "
        f"({lost} in einer Stichprobe); die App würde nach einiger Zeit abstürzen. "
        "Bitte eine PySide6-Version außer 6.12 installieren (siehe pyproject.toml)."
    )
