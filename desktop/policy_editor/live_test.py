"""The editor's live test: paste a sample, see at once what the policy being edited masks.

Detection runs on a one-thread pool, never on the GUI thread; edits are debounced, and every run
carries a generation number so a slow, older run cannot overwrite a newer result. The engine is
rebuilt only when the policy changes (a 50,000-term list is not re-read per keystroke). By default
the live test detects exactly as the app does, with the language model (loaded by the worker on
first use); without it, names, places and organisations are missing and the DSB would judge the
policy on fewer findings than the clerks see. "Erkannt durch" names the source in words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine
from anonymizer.detection.policy_rules import DENY_RECOGNIZER, TERM_LIST_RECOGNIZER
from anonymizer.entities import Finding
from anonymizer.errors import AnonymizerError
from anonymizer.masking import MaskingSession
from anonymizer.policy import Policy
from desktop.categories import label as category_label
from desktop.review import MANUAL_RECOGNIZER

log = logging.getLogger(__name__)

#: Builds the engine for a policy; ``with_model`` adds the NER model. Tests may pass a cheaper one.
EngineFactory = Callable[[Policy, bool], AnalyzerEngine]
DEBOUNCE_MS = 250


def default_engine_factory(policy: Policy, with_model: bool) -> AnalyzerEngine:
    return build_engine(policy, with_model=with_model)


#: Recognizers whose internal name means nothing to a DSB, by what they are.
_MODEL_RECOGNIZERS = frozenset({"ner_model"})
_NAME_RULES = frozenset({"person_rules", "person_propagation"})


def origin_label(finding: Finding, policy: Policy | None) -> str:
    """Where a finding comes from, in words ("Sprachmodell", "Eigenes Muster „Kita-Nummer“", …)."""
    recognizer = finding.recognizer
    if recognizer in _MODEL_RECOGNIZERS:
        return QCoreApplication.translate("LiveTestPanel", "Sprachmodell")
    if recognizer in _NAME_RULES:
        return QCoreApplication.translate("LiveTestPanel", "Namensregeln (bekannter Name, Anrede)")
    if recognizer == DENY_RECOGNIZER:
        return QCoreApplication.translate("LiveTestPanel", "Richtlinie: Immer maskieren")
    if recognizer == TERM_LIST_RECOGNIZER:
        return QCoreApplication.translate("LiveTestPanel", "Richtlinie: Begriffsliste")
    if recognizer == MANUAL_RECOGNIZER:
        return QCoreApplication.translate("LiveTestPanel", "von Hand")
    if policy is not None and recognizer in {pattern.name for pattern in policy.patterns}:
        return QCoreApplication.translate("LiveTestPanel", "Eigenes Muster „%1“").replace("%1", recognizer)
    return QCoreApplication.translate("LiveTestPanel", "Regel für %1").replace("%1", category_label(finding.type))


class _EngineCache:
    """The last engine built, reused while the policy and the model choice stay the same."""

    def __init__(self, factory: EngineFactory) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._key: tuple[Policy, bool] | None = None
        self._engine: AnalyzerEngine | None = None

    def get(self, policy: Policy, with_model: bool) -> AnalyzerEngine:
        with self._lock:
            if self._engine is None or self._key != (policy, with_model):
                self._engine = self._factory(policy, with_model)
                self._key = (policy, with_model)
            return self._engine


class _Signals(QObject):
    finished = Signal(int, object, str)  # generation, findings, masked text
    failed = Signal(int, str)


class _LiveTask(QRunnable):
    def __init__(
        self, cache: _EngineCache, generation: int, policy: Policy, text: str, with_model: bool, signals: _Signals
    ) -> None:
        super().__init__()
        self._cache, self._generation, self._policy = cache, generation, policy
        self._text, self._with_model, self._signals = text, with_model, signals

    def run(self) -> None:
        try:
            engine = self._cache.get(self._policy, self._with_model)
            findings = engine.analyze(self._text)
            masked = MaskingSession(self._policy).mask(self._text, findings).text
        except AnonymizerError as error:
            self._signals.failed.emit(self._generation, str(error))
        except Exception as error:  # a bug must not kill the editor; never log the sample text
            log.error("Live-Test fehlgeschlagen: %s", type(error).__name__)
            self._signals.failed.emit(self._generation, "Beim Live-Test ist ein unerwarteter Fehler aufgetreten.")
        else:
            self._signals.finished.emit(self._generation, findings, masked)


class LiveTestPanel(QWidget):
    """Sample text in, masked text and the list of findings out."""

    #: Emitted on the GUI thread when a run's result is shown (tests wait for it).
    result_ready = Signal()

    def __init__(self, engine_factory: EngineFactory = default_engine_factory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = _EngineCache(engine_factory)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._show_result)
        self._signals.failed.connect(self._show_failure)
        self._generation = 0
        self._policy: Policy | None = None
        self._blocked_reason = ""
        self.findings: list[Finding] = []

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

        self.sample = QPlainTextEdit()
        self.sample.setPlaceholderText(self.tr("Beispieltext hier einfügen – das Ergebnis erscheint sofort."))
        self.sample.setAccessibleName(self.tr("Beispieltext für den Live-Test"))
        self.sample.textChanged.connect(self.schedule)
        self.with_model = QCheckBox(self.tr("Sprachmodell &verwenden, wie die App (Namen, Orte, Organisationen)"))
        self.with_model.setChecked(True)
        self.with_model.setAccessibleDescription(
            self.tr("Ohne Sprachmodell ist der Test schneller, findet aber weniger als die App.")
        )
        self.with_model.toggled.connect(self.schedule)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status des Live-Tests"))
        self.masked = QPlainTextEdit()
        self.masked.setReadOnly(True)
        self.masked.setAccessibleName(self.tr("Maskierter Beispieltext"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kategorie"), self.tr("Fundstelle"), self.tr("Erkannt durch")])
        header_item = self.table.horizontalHeaderItem(2)
        if header_item is not None:
            header_item.setToolTip(
                self.tr("Sprachmodell, eine Regel der App oder ein Eintrag Ihrer Richtlinie (Muster, Listen).")
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # values and sources wrap instead of being cut
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Fundstellen im Beispieltext"))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Live-Test</b>")))
        layout.addWidget(self.sample, 2)
        layout.addWidget(self.with_model)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("So würde der Text kopiert:")))
        layout.addWidget(self.masked, 2)
        layout.addWidget(self.table, 2)

    def set_policy(self, policy: Policy | None, blocked_reason: str = "") -> None:
        """Test with ``policy`` from now on; None (with a reason) while the edited policy is invalid."""
        self._policy = policy
        self._blocked_reason = blocked_reason
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        text = self.sample.toPlainText()
        if self._policy is None:
            self.status.setText(self._blocked_reason or self.tr("Die Richtlinie ist noch nicht gültig."))
            self.result_ready.emit()
            return
        if not text.strip():
            self._show_result(self._generation, [], "")
            return
        self.status.setText(
            self.tr("Prüfe … (beim ersten Mal wird das Sprachmodell geladen)")
            if self.with_model.isChecked()
            else self.tr("Prüfe …")
        )
        self._pool.start(
            _LiveTask(self._cache, self._generation, self._policy, text, self.with_model.isChecked(), self._signals)
        )

    def _show_result(self, generation: int, findings: list[Finding], masked: str) -> None:
        if generation != self._generation:
            return
        self.findings = list(findings)
        masked_count = sum(1 for f in findings if self._policy is not None and self._policy.is_masked(f.type))
        self.status.setText(self.tr("{0} Fundstellen, davon {1} maskiert.").format(len(findings), masked_count))
        self.masked.setPlainText(masked)
        self.table.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            self.table.setItem(row, 0, QTableWidgetItem(category_label(finding.type)))
            self.table.setItem(row, 1, QTableWidgetItem(finding.text))
            origin = QTableWidgetItem(origin_label(finding, self._policy))
            origin.setToolTip(finding.recognizer)  # the internal name, for IT
            self.table.setItem(row, 2, origin)
        self.result_ready.emit()

    def _show_failure(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(message)
            self.result_ready.emit()

    def shutdown(self) -> None:
        """Wait for a running test before the window goes (no thread outlives its widgets)."""
        self._timer.stop()
        self._pool.waitForDone(5000)
