"""A small fake detector for GUI tests: fixed patterns, optional blocking, records its calls; and
the steps many GUI tests take (load a text and wait for its findings, click into the text or on a chip).

The GUI is what is under test here; the real engine has its own tests (and one end-to-end test
in this folder uses it).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from anonymizer.entities import EMAIL, IBAN, LOCATION, PERSON, Finding
from anonymizer.policy import Policy, load_default_policy
from desktop.main_window import MainWindow

PATTERNS = (
    (PERSON, re.compile(r"\b(?:Sabine )?Kortmann\b|\bJens Terhorst\b")),
    (IBAN, re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b")),
    (EMAIL, re.compile(r"\b[\w.]+@[\w.]+\.\w+\b")),
    (LOCATION, re.compile(r"\bCoesfeld\b")),
)


class FakeEngine:
    """Finds the patterns above; ``gate`` (if set) blocks each call until the test releases it."""

    def __init__(self, policy: Policy | None = None, gate: threading.Event | None = None) -> None:
        self.policy = policy or load_default_policy()
        self.gate = gate
        self.calls: list[str] = []
        self.entered = threading.Event()
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()

    def analyze(
        self, text: str, progress: Callable[[float], bool | None] | None = None, masked_only: bool = False
    ) -> list[Finding]:
        with self._lock:
            self.calls.append(text)
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            self.entered.set()
            if self.gate is not None:
                self.gate.wait(30)
            if progress is not None and progress(0.5):
                from anonymizer.detection.base import AnalysisCancelled

                raise AnalysisCancelled()
        finally:
            with self._lock:
                self.active -= 1
        findings = [
            Finding(m.start(), m.end(), entity_type, m.group(), 0.9, "fake")
            for entity_type, pattern in PATTERNS
            for m in pattern.finditer(text)
        ]
        return sorted(findings, key=lambda f: f.start)


class BrokenEngine(FakeEngine):
    """Fails with an unexpected error whose message quotes the text (it must never be shown)."""

    def analyze(
        self, text: str, progress: Callable[[float], bool | None] | None = None, masked_only: bool = False
    ) -> list[Finding]:
        raise RuntimeError(f"kaputt bei {text!r}")


SAMPLE = (
    "Sehr geehrte Frau Sabine Kortmann,\n"
    "bitte überweisen Sie an DE44 5001 0517 5407 3249 31. Rechnungsstelle Coesfeld.\n"
    "Rückfragen an s.kortmann@example.org oder an Jens Terhorst.\n"
)


def load_text(qtbot, window: MainWindow, text: str = SAMPLE) -> None:  # type: ignore[no-untyped-def]
    """Put ``text`` into the editor and wait until its findings are shown."""
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        window.review.set_text(text)


def click_text(qtbot, window: MainWindow, offset: int) -> None:  # type: ignore[no-untyped-def]
    """A plain left click into the editor's text at ``offset``."""
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(offset)
    rect = window.editor.cursorRect(cursor)
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 2, rect.center().y()))


def click_chip(qtbot, window: MainWindow, value: str) -> None:  # type: ignore[no-untyped-def]
    """Click the margin label of the finding ``value``."""
    chip = next(chip for chip in window.editor.chips() if chip.items[0].finding.text == value)
    qtbot.mouseClick(window.editor.margin, Qt.MouseButton.LeftButton, pos=chip.rect.center())
