"""The editor's live test: paste a sample, see at once what the policy being edited masks.

It detects and masks exactly as the app does: through the facade (:class:`~desktop.facade.PolicyTester`, the
app's engine under the edited policy, rebuilt only when the policy changes — a 50,000-term list is not re-read
per keystroke), on the shared worker (:class:`~desktop.workers.AnalysisRunner`: one thread, never the GUI
thread, a slow older run cannot overwrite a newer result), and the cleaned text comes from the same review
model as the app's preview (:class:`~desktop.review_model.ReviewModel`). By default with the language model
(loaded by the worker on first use); without it, names, places and organisations are missing and the DSB
would judge the policy on fewer findings than the clerks see. "Erkannt durch" names the source in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer, Signal
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

from desktop.categories import label as category_label
from desktop.facade import (
    DENY_RECOGNIZER,
    TERM_LIST_RECOGNIZER,
    EngineFactory,
    Finding,
    Policy,
    PolicyTester,
    build_policy_engine,
)
from desktop.review import MANUAL_RECOGNIZER
from desktop.review_model import ReviewModel
from desktop.workers import AnalysisRunner

DEBOUNCE_MS = 250

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


class LiveTestPanel(QWidget):
    """Sample text in, masked text and the list of findings out."""

    #: Emitted on the GUI thread when a run's result is shown (tests wait for it).
    result_ready = Signal()

    def __init__(self, engine_factory: EngineFactory = build_policy_engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tester = PolicyTester(engine_factory)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = AnalysisRunner(self._tester, self._pool, 0, self)
        self._runner.results.connect(self._show_result)
        self._runner.failed.connect(self._show_failure)
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
        text = self.sample.toPlainText()
        if self._policy is None:
            self._runner.cancel()  # a run for an earlier policy is no longer wanted
            self.status.setText(self._blocked_reason or self.tr("Die Richtlinie ist noch nicht gültig."))
            self.result_ready.emit()
            return
        # The tester takes the policy only with a new request, so a result of an earlier run (dropped by the
        # runner) is never masked under a policy it was not found with.
        self._tester.policy = self._policy
        self._tester.with_model = self.with_model.isChecked()
        if not text.strip():
            self._runner.cancel()
            self._show_result(text, [])
            return
        self.status.setText(
            self.tr("Prüfe … (beim ersten Mal wird das Sprachmodell geladen)")
            if self.with_model.isChecked()
            else self.tr("Prüfe …")
        )
        self._runner.request(text, immediately=True)

    def _show_result(self, text: str, found: object) -> None:
        findings = list(found) if isinstance(found, list) else []
        masked, masked_count = "", 0
        facade = self._tester.facade()
        if facade is not None and text.strip():
            model = ReviewModel(facade)  # the app's own review of a fresh text: exactly what it would copy
            model.detected_on(text, findings)
            masked_count = sum(1 for item in model.refresh(text) if item.masked)
            outcome = model.preview(text)
            masked = outcome.text if outcome is not None else ""
        self.findings = findings
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

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)
        self.result_ready.emit()

    def shutdown(self) -> None:
        """Wait for a running test before the window goes (no thread outlives its widgets)."""
        self._timer.stop()
        self._pool.waitForDone(5000)
