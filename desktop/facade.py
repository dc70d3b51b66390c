"""The one facade through which the GUI calls the core (no Qt here).

The window never touches engines, masking sessions or document readers directly: it calls
:class:`CoreFacade`, which tests replace the engine of with a small fake. Loading the engine is slow
(the NER model) and is done by a worker thread; everything else is fast enough for one page but
:meth:`CoreFacade.analyze` is still run off the GUI thread for long texts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from anonymizer.documents import LoadedDocument, load_document
from anonymizer.entities import Finding
from anonymizer.errors import AnonymizerError
from anonymizer.policy import Policy, load_default_policy
from desktop.review import ReviewedFinding, ReviewState, to_mask


class Engine(Protocol):
    """What the facade needs of an analyzer engine (the real one or a test fake)."""

    policy: Policy

    def analyze(
        self, text: str, progress: Callable[[float], bool | None] | None = None, masked_only: bool = False
    ) -> list[Finding]: ...


class EngineNotReadyError(AnonymizerError):
    """The language model is still loading."""


@dataclass(frozen=True, slots=True)
class MaskOutcome:
    """The cleaned text exactly as it will be copied, and what was masked in it."""

    text: str
    counts: dict[str, int]
    session: Any = field(repr=False, compare=False, default=None)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """A chatbot answer with the originals put back, and the placeholders that could not be resolved."""

    text: str
    unresolved: tuple[str, ...]


class _StopgapSession:
    """Placeholder masking and a simple restore until ``anonymizer.masking.MaskingSession`` lands."""

    _TOKEN = re.compile(r"\\?\[?\b([A-Z][A-Z_\\]*?)[\\_ ]+(\d+)\\?\]?")

    def __init__(self, policy: Policy) -> None:
        from anonymizer.masking import PlaceholderNumbering

        self.policy = policy
        self.numbering = PlaceholderNumbering()
        self.originals: dict[str, str] = {}

    def mask(self, text: str, findings: Sequence[Finding]) -> Any:
        from anonymizer.masking import mask_with_placeholders

        for finding in findings:
            self.originals.setdefault(self.numbering.placeholder(finding), finding.text)
        return _Result(mask_with_placeholders(text, findings, self.numbering), ())

    def restore(self, answer: str) -> Any:
        unresolved: list[str] = []

        def replace(match: re.Match[str]) -> str:
            name = f"[{match.group(1).replace(chr(92), '').upper()}_{match.group(2)}]"
            if name in self.originals:
                return self.originals[name]
            if "_" in match.group(0) or "[" in match.group(0):
                unresolved.append(match.group(0))
            return match.group(0)

        return _Result(self._TOKEN.sub(replace, answer), tuple(unresolved))


@dataclass(frozen=True, slots=True)
class _Result:
    text: str
    unresolved: tuple[str, ...]


def _new_session(policy: Policy) -> Any:
    """A masking session of the core when it exists, else the stopgap above."""
    try:
        from anonymizer.masking import MaskingSession  # type: ignore[attr-defined]
    except ImportError:
        return _StopgapSession(policy)
    return MaskingSession(policy)


def _default_engine_factory() -> Engine:
    from anonymizer.factory import build_engine

    return build_engine()


class CoreFacade:
    """Engine, review state and masking sessions of one app window.

    ``engine_factory`` builds the engine (slow; called from a worker thread by :meth:`load_engine`);
    tests pass a factory returning a fake.
    """

    def __init__(
        self,
        engine_factory: Callable[[], Engine] = _default_engine_factory,
        policy: Policy | None = None,
        document_loader: Callable[[Path], LoadedDocument] = load_document,
    ) -> None:
        self._engine_factory = engine_factory
        self._engine: Engine | None = None
        self._policy = policy
        self._document_loader = document_loader
        self.review = ReviewState()
        self._copied_sessions: list[Any] = []

    # -- engine -----------------------------------------------------------------------------
    def load_engine(self) -> None:
        """Build the engine (slow: loads the language model). Safe to call from a worker thread."""
        engine = self._engine_factory()
        if self._policy is None:
            self._policy = engine.policy
        self.review.allow_unmask = self.policy.allow_unmask
        self._engine = engine

    @property
    def ready(self) -> bool:
        return self._engine is not None

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = load_default_policy()
            self.review.allow_unmask = self._policy.allow_unmask
        return self._policy

    def guideline_text(self) -> str:
        """The guideline text of the policy, if the policy has one (else the app shows its own rules)."""
        text = getattr(self.policy, "guideline", None) or getattr(self.policy, "guideline_text", None)
        return text if isinstance(text, str) else ""

    # -- work -------------------------------------------------------------------------------
    def analyze(self, text: str, progress: Callable[[float], bool | None] | None = None) -> list[Finding]:
        """All findings (masked and shown-only types). Runs on a worker thread."""
        if self._engine is None:
            raise EngineNotReadyError("Das Sprachmodell wird noch geladen.")
        return self._engine.analyze(text, progress=progress)

    def reviewed(self, text: str, detected: Sequence[Finding]) -> list[ReviewedFinding]:
        """The detector's findings with the clerk's decisions applied (unmasked, manual, always/never)."""
        return self.review.reviewed(text, detected, self.policy)

    def mask(self, text: str, items: Sequence[ReviewedFinding]) -> MaskOutcome:
        """The cleaned text for ``items`` (only those marked masked), with counts per category."""
        findings = to_mask(items)
        session = _new_session(self.policy)
        result = session.mask(text, findings)
        counts = Counter(f.type for f in findings)
        return MaskOutcome(result.text, dict(counts), session)

    def remember_copied(self, outcome: MaskOutcome) -> None:
        """Keep the session of a copied text in memory, so its answer can be restored later."""
        if outcome.session is not None and outcome.session not in self._copied_sessions:
            self._copied_sessions.append(outcome.session)

    @property
    def can_restore(self) -> bool:
        return bool(self._copied_sessions)

    def restore(self, answer: str) -> RestoreOutcome:
        """Put the originals back; with several copied texts the session that resolves most wins."""
        if not self._copied_sessions:
            return RestoreOutcome(answer, ())
        best: RestoreOutcome | None = None
        for session in reversed(self._copied_sessions):
            result = session.restore(answer)
            outcome = RestoreOutcome(result.text, tuple(str(u) for u in result.unresolved))
            if best is None or len(outcome.unresolved) < len(best.unresolved):
                best = outcome
        assert best is not None
        return best

    def forget_session(self) -> None:
        """Drop every restore table and session decision (menu "Sitzung beenden")."""
        self._copied_sessions.clear()
        self.review = ReviewState(allow_unmask=self.policy.allow_unmask)

    def load_document(self, path: Path) -> LoadedDocument:
        """Read a file through the core's one loader (text, and DOCX/PDF/E-mail as they land)."""
        return self._document_loader(path)
