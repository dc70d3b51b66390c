"""The review of one text, without Qt: findings, decisions and their undo, the release gate, the save format.

Why a model of its own: these are the promises the app makes to the clerk and the DSB — nothing is shown or
leaves the app before the findings of exactly this text are in, the review duty is confirmed once per cleaned
text, the policy's output gate is passed before anything is copied or saved, an edited Word file is saved as
text (only the unedited text maps onto the file) — and they are tested here without a window
(``tests/desktop/test_review_gate.py``). The main window and the policy editor's live test render what this
model says; the editor keeps the text, so every call is given the text as the editor holds it now, and every
question to the clerk is a callback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.facade import AnonymizerError, CoreFacade, Finding, LoadedDocument, MaskOutcome, Policy
from desktop.review import (
    ReviewedFinding,
    ReviewHistory,
    ReviewState,
    ReviewSummary,
    shift_findings,
    summarize,
    to_mask,
    value_key,
)

#: Why :meth:`ReviewModel.release` let nothing out.
NOT_READY = "not_ready"  # the language model is still loading
PENDING = "pending"  # the findings of this exact text are not in (running, cancelled or failed)
NOT_CONFIRMED = "not_confirmed"  # the clerk did not confirm the review duty
BLOCKED = "blocked"  # the policy's output gate refused (message says why)


def as_shown(text: str) -> str:
    """``text`` as a QPlainTextEdit gives it back when it keeps the length (NBSP → space, U+2028/9 → newline)."""
    return text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")


@dataclass(frozen=True, slots=True)
class Release:
    """What :meth:`ReviewModel.release` decided: the outcome to copy or save, or why not.

    ``message`` is the core's German reason when the gate refused (:data:`BLOCKED`), or, for a released text,
    a warning that the session could not be kept on disk (restoring still works until the app closes).
    """

    outcome: MaskOutcome | None
    refusal: str | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class SavePlan:
    """How the cleaned text is saved: an opened Word file stays Word only while its text is unedited."""

    as_word: bool
    #: An opened Word file whose text was edited: saved as text, and the clerk is told why.
    edited_word: bool
    #: The name of the opened file without its ending, None for a pasted or typed text.
    stem: str | None

    @property
    def suffix(self) -> str:
        return ".docx" if self.as_word else ".txt"


class ReviewModel:
    """Findings and decisions of the text in the editor, on top of a :class:`CoreFacade`."""

    def __init__(self, facade: CoreFacade) -> None:
        self.facade = facade
        self.state = ReviewState(allow_unmask=facade.policy.allow_unmask)
        self.history = ReviewHistory()
        #: The detector's findings, moved along with edits until the next detection replaces them.
        self.detected: list[Finding] = []
        #: The findings as shown: the detected ones with the decisions applied, plus manual masks.
        self.items: list[ReviewedFinding] = []
        #: The cleaned text of the preview (empty while it may not be shown).
        self.outcome = MaskOutcome("", {})
        #: The opened file, None for a pasted or typed text; ``input_kind`` goes into the audit line.
        self.document: LoadedDocument | None = None
        self.input_kind = "paste"
        #: The text the shown findings were detected on; None while the current text awaits detection.
        self.analysed_text: str | None = None
        #: The cleaned text the clerk confirmed the review duty for (asked again only when it changes).
        self.confirmed_text: str | None = None
        #: True once the clerk typed or decided something not yet copied or saved (new text/quit ask then).
        self.work_since_release = False

    @property
    def policy(self) -> Policy:
        return self.facade.policy

    def policy_changed(self) -> None:
        """The engine (re)loaded under a policy that may forbid keeping findings visible."""
        self.state.allow_unmask = self.policy.allow_unmask

    # -- the text ------------------------------------------------------------------------------------
    def new_text(self, document: LoadedDocument | None = None) -> None:
        """A new original (paste, file, Ctrl+N): the decisions for the old text go, the session's stay."""
        self.state.new_text()
        self.history.clear()
        self.document = document
        self.input_kind = document.kind if document is not None else "paste"
        self.detected = []
        self.analysed_text = None
        self.confirmed_text = None
        self.work_since_release = False

    def edited(self, text: str, position: int, removed: int, added: int) -> None:
        """The editor changed at ``position``: nothing is shown or copied until this text is detected."""
        if removed or added:
            self.analysed_text = None
        if self.detected:
            self.detected = shift_findings(self.detected, text, position, removed, added)

    def text_changed(self, by_clerk: bool) -> None:
        """The text changed (typed by the clerk, or set by a paste or file): confirm the review duty again."""
        self.confirmed_text = None
        if by_clerk:
            self.work_since_release = True

    def detected_on(self, text: str, findings: Sequence[Finding]) -> None:
        """The detector's findings for exactly ``text``."""
        self.detected = list(findings)
        self.analysed_text = text

    def verified(self, text: str) -> bool:
        """True when the findings shown were detected on exactly ``text`` (nothing pending)."""
        return self.facade.ready and self.analysed_text == text

    def has_unreleased_work(self, text: str) -> bool:
        """The clerk typed or decided something on this text that was not copied or saved since."""
        return self.work_since_release and bool(text.strip())

    def refresh(self, text: str) -> list[ReviewedFinding]:
        """The findings to show for ``text``, with every decision applied."""
        self.items = self.state.reviewed(text, self.detected, self.policy)
        return self.items

    def preview(self, text: str) -> MaskOutcome | None:
        """The cleaned text, only when the findings of exactly ``text`` are in; None: show a notice, never raw text."""
        if self.verified(text) and text.strip():
            self.outcome = self.facade.mask(text, to_mask(self.items))
            return self.outcome
        self.outcome = MaskOutcome("", {})
        return None

    # -- decisions -----------------------------------------------------------------------------------
    def _decide(self, decision: Callable[[], object], text: str, label: str) -> None:
        """Apply one decision as one undo step; a decision the policy forbids raises its German error."""
        before = self.state.snapshot()
        decision()
        self.history.record(before, self.state.snapshot(), text, label)
        self.work_since_release = True

    def toggle(self, item: ReviewedFinding, text: str, label: str) -> None:
        self._decide(lambda: self.state.toggle(item, self.policy), text, label)

    def set_category(self, entity_type: str, masked: bool, text: str, label: str) -> None:
        """Mask (or keep visible) every value of one category."""
        self._decide(lambda: self.state.set_category(entity_type, masked, self.items, self.policy), text, label)

    def mask_term(self, term: str, entity_type: str, always: bool, text: str, label: str) -> None:
        """Mask every occurrence of ``term`` (in this text, or with ``always`` for the session)."""
        self._decide(lambda: self.state.mask_term(term, entity_type, always=always), text, label)

    def never_mask(self, term: str, text: str, label: str) -> None:
        self._decide(lambda: self.state.never_mask(term), text, label)

    def known_type(self, term: str) -> str | None:
        """The category the detector gave ``term`` in this text, if it found it."""
        key = value_key(term)
        return next((item.finding.type for item in self.items if item.key[1] == key), None)

    def undo(self, text: str, redo: bool = False) -> str | None:
        """Undo (or redo) the last decision if it was taken on ``text``; its label, None if there was none."""
        label = (self.history.redo if redo else self.history.undo)(self.state, text)
        if label is not None:
            self.work_since_release = True
        return label

    @property
    def session_in_use(self) -> bool:
        """True when "Sitzung beenden" would forget something: placeholders handed out, or always/never terms."""
        return self.facade.has_session or bool(self.state.always or self.state.never)

    def end_session(self) -> None:
        """Forget the restore table and every session decision ("Sitzung beenden")."""
        self.facade.forget_session()
        self.state = ReviewState(allow_unmask=self.policy.allow_unmask)
        self.history.clear()

    # -- what leaves the app ---------------------------------------------------------------------------
    def summary(self) -> ReviewSummary:
        """What the review duty shows: the counts masked in the preview and every value that stays visible."""
        return summarize(self.items, self.outcome.counts, self.state, self.policy)

    def release(self, action: str, text: str, confirm: Callable[[ReviewSummary], bool]) -> Release:
        """The checks before the cleaned ``text`` leaves the app (``action``: "copy" or "save").

        Detection must be finished for exactly this text, the review duty confirmed (once per cleaned text,
        if the policy asks: ``confirm`` shows it), and the policy must allow output (audit line written). The
        session is then adopted, so the chatbot's answer can be restored.
        """
        if not self.facade.ready:
            return Release(None, NOT_READY)
        if not self.verified(text):
            return Release(None, PENDING)
        outcome = self.outcome
        needs_review = self.policy.confirm_before_copy and outcome.text != self.confirmed_text
        if needs_review and not confirm(self.summary()):
            return Release(None, NOT_CONFIRMED)
        try:
            self.facade.before_output(action, outcome.counts, self.input_kind)
        except AnonymizerError as error:
            return Release(None, BLOCKED, str(error))
        self.confirmed_text = outcome.text
        self.work_since_release = False
        try:
            self.facade.remember_copied(outcome)
        except AnonymizerError as error:  # not kept on disk; restoring still works until the app closes
            return Release(outcome, message=str(error))
        return Release(outcome)

    def save_plan(self, text: str) -> SavePlan:
        """Word or text: a Word file is written by editing the original package at the text's offsets, so only
        the unedited text (as the editor shows it) maps 1:1 onto it."""
        document = self.document
        is_word = document is not None and document.kind == "docx"
        as_word = is_word and document is not None and as_shown(document.text) == text
        return SavePlan(as_word, is_word and not as_word, document.path.stem if document is not None else None)

    def save(self, target: Path, plan: SavePlan, outcome: MaskOutcome) -> list[str]:
        """Write a released ``outcome`` to ``target`` as ``plan`` says; the writer's German notes (e.g. images)."""
        document = self.document
        if plan.as_word and document is not None:
            # Same findings, same session, but the file's own characters (a NBSP stays a NBSP).
            exact = self.facade.mask(document.text, to_mask(self.items))
            return self.facade.save_document(document, target, exact)
        self.facade.save_text(target, outcome.text, document.path if document is not None else None)
        return []
