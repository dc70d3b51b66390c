"""The app window's way into the core: engine, masking sessions, documents, folders, the audit gate.

The window never touches engines, masking sessions or document readers directly: it calls
:class:`CoreFacade`, which tests replace the engine of with a small fake. Loading the engine is slow
(the NER model) and is done by a worker thread; everything else is fast enough for one page but
:meth:`CoreFacade.analyze` is still run off the GUI thread for long texts. The clerk's decisions about
the findings are not kept here but in the review model (:mod:`desktop.review_model`), which calls this.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from anonymizer.documents import LoadedDocument, load_document
from anonymizer.entities import Finding
from anonymizer.errors import AnonymizerError
from anonymizer.policy import CategoryRule, Policy, load_default_policy

if TYPE_CHECKING:  # imported lazily: masking pulls in Faker and presidio (~0.4 s), not needed to show the window
    from anonymizer.batch import FolderProgress, FolderResult, ReportRow
    from anonymizer.batch.detect import Detector
    from anonymizer.masking import MaskingSession, Replacement
    from anonymizer.sessions import SessionStore


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
    session: MaskingSession | None = field(repr=False, compare=False, default=None)
    replacements: tuple[Replacement, ...] = field(repr=False, compare=False, default=())

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """A chatbot answer with the originals put back, and the placeholders that could not be resolved.

    ``warning`` is a German sentence to show when the answer's placeholders were not issued by the
    session (an answer from another session), else None.
    """

    text: str
    unresolved: tuple[str, ...]
    unmentioned: tuple[str, ...] = ()
    warning: str | None = None


def _default_session_store(policy: Policy) -> SessionStore:
    from anonymizer.sessions import open_session_store

    return open_session_store(policy)


def in_memory_sessions(policy: Policy) -> SessionStore:
    """A store that keeps nothing on disk: for the self-test, screenshots and benchmarks (invented data only)."""
    from anonymizer.sessions import MemorySessionStore

    return MemorySessionStore(policy.keep_days)


class CoreFacade:
    """Engine, policy and masking sessions of one app window.

    ``engine_factory`` builds the engine (slow; called from a worker thread by :meth:`load_engine`);
    tests pass a factory returning a fake.
    """

    def __init__(
        self,
        engine_factory: Callable[[], Engine] | None = None,
        policy: Policy | None = None,
        document_loader: Callable[[Path], LoadedDocument] = load_document,
        store_factory: Callable[[Policy], SessionStore] | None = None,
        folder_jobs: int | None = None,
    ) -> None:
        #: Worker processes of a folder run; None: the cores (at most 4) with the real engine, 1 (this
        #: process, this engine) with an engine a test or the tour passed in.
        self.folder_jobs = folder_jobs if folder_jobs is not None else (None if engine_factory is None else 1)
        self._engine_factory = engine_factory or self._build_real_engine
        #: Why copying is blocked (an invalid machine-wide policy), and layers that were skipped.
        self.copy_blocked_reason: str | None = None
        self.policy_warnings: list[str] = []
        self._engine: Engine | None = None
        self._store_factory = store_factory or _default_session_store
        self._store: SessionStore | None = None
        #: Where sessions are kept, when it is not the encrypted store (no keyring, keep_days = 0).
        self.session_notice: str | None = None
        self._policy = policy
        self._explicit_policy = policy is not None
        self._document_loader = document_loader
        self._session: MaskingSession | None = None

    def _build_real_engine(self) -> Engine:
        """The real engine under the effective policy: default < machine-wide (binding) < user."""
        from anonymizer.detection.factory import build_engine
        from anonymizer.policy import load_effective_policy

        effective = load_effective_policy()
        self.copy_blocked_reason = effective.copy_blocked_reason
        self.policy_warnings = list(effective.warnings)
        return build_engine(effective.policy)

    # -- engine -----------------------------------------------------------------------------
    def load_engine(self) -> None:
        """Build the engine (slow: loads the language model). Safe to call from a worker thread."""
        engine = self._engine_factory()
        import anonymizer.masking  # noqa: F401 - warm the import here, off the GUI thread

        if not self._explicit_policy:
            self._policy = engine.policy  # the engine's policy is the effective one (layers merged)
        self._open_session_store()
        self._engine = engine

    def _open_session_store(self) -> None:
        """Keep sessions encrypted (key in the OS keyring) and continue the latest one after a restart.

        Without a keyring, or with ``keep_days = 0``, sessions live in memory only and
        :attr:`session_notice` says so. Runs on the worker thread (the keyring may be slow).
        """
        try:
            store = self._store_factory(self.policy)
        except AnonymizerError as error:
            self._store, self.session_notice = None, str(error)
            return
        self._store = store
        self.session_notice = getattr(store, "notice", None)
        if self._session is not None:
            return
        try:
            kept = store.list_sessions()
            if kept:
                latest = max(kept, key=lambda info: info.updated)
                self._session = store.load(latest.session_id, self.policy)
        except AnonymizerError as error:  # a damaged or foreign session file: start afresh
            self.session_notice = str(error)

    @property
    def reloadable(self) -> bool:
        """True when the policy comes from the policy files (so an edited policy can be reloaded)."""
        return not self._explicit_policy

    def policy_paths(self) -> list[Path]:
        """The policy files whose change should reload the engine (machine-wide, user)."""
        from anonymizer.policy.layers import machine_policy_path, user_policy_path

        return [machine_policy_path(), user_policy_path()]

    @property
    def ready(self) -> bool:
        return self._engine is not None

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = load_default_policy()
        return self._policy

    def guideline_text(self) -> str:
        """The guideline text of the policy, if the policy has one (else the app shows its own rules)."""
        return self.policy.guideline

    # -- work -------------------------------------------------------------------------------
    def analyze(self, text: str, progress: Callable[[float], bool | None] | None = None) -> list[Finding]:
        """All findings (masked and shown-only types). Runs on a worker thread."""
        if self._engine is None:
            raise EngineNotReadyError("Das Sprachmodell wird noch geladen.")
        return self._engine.analyze(text, progress=progress)

    @property
    def has_session(self) -> bool:
        """True once placeholders were handed out (a copied text or a folder run): answers can be restored."""
        return self._session is not None

    def _effective_policy(self, findings: Sequence[Finding]) -> Policy:
        """The policy, plus placeholder masking for categories the clerk chose to mask by hand.

        A LOCATION the clerk clicked to mask must be masked even though the policy only shows
        places: adding protection is always allowed.
        """
        policy = self.policy
        extra = {f.type for f in findings if not policy.is_masked(f.type)}
        if not extra:
            return policy
        categories = dict(policy.categories)
        for entity_type in extra:
            categories[entity_type] = CategoryRule(True, "placeholder")
        return replace(policy, categories=categories)

    def mask(self, text: str, findings: Sequence[Finding]) -> MaskOutcome:
        """The cleaned text with ``findings`` replaced (the clerk's reviewed choice), with counts per category.

        Masks with a copy of the session of the texts copied so far, so numbering stays consistent
        across texts ("[PERSON_1]" is the same person in the second letter); the copy becomes the
        session when this outcome is copied (:meth:`remember_copied`), so the preview is exactly
        what is copied and restored.
        """
        if not findings:  # nothing to replace (also before the model is ready): no session needed
            return MaskOutcome(text, {}, self._session)
        from anonymizer.masking import MaskingSession

        policy = self._effective_policy(findings)
        if self._session is None:
            session = MaskingSession(policy)
        else:
            session = MaskingSession.from_table(self._session.to_table(), policy)
        result = session.mask(text, findings)
        counts = Counter(replacement.type for replacement in result.replacements)
        return MaskOutcome(result.text, dict(counts), session, tuple(result.replacements))

    def remember_copied(self, outcome: MaskOutcome) -> None:
        """Adopt the session of a copied text (its answer can now be restored) and keep it.

        Raises :class:`AnonymizerError` when the encrypted store cannot write; the session then
        still works in memory.
        """
        if outcome.session is None:
            return
        self._session = outcome.session
        if self._store is not None:
            self._store.save(outcome.session)

    def restore(self, answer: str) -> RestoreOutcome:
        """Put the originals of every copied text back into a chatbot answer."""
        if self._session is None or not answer:
            return RestoreOutcome(answer, ())
        result = self._session.restore(answer)
        return RestoreOutcome(result.text, tuple(result.unresolved), tuple(result.unmentioned), result.warning)

    def forget_session(self) -> None:
        """Drop the restore table, also the kept copy ("Sitzung beenden")."""
        if self._session is not None and self._store is not None:
            with contextlib.suppress(AnonymizerError):  # never saved (nothing copied yet) or already gone
                self._store.delete(self._session.session_id)
        self._session = None

    # -- folders ------------------------------------------------------------------------------
    def _folder_detector(self, engine: Engine) -> Detector:
        from anonymizer.batch import EngineSpec, InProcessDetector, ProcessDetector, default_jobs

        jobs = self.folder_jobs or default_jobs()
        if jobs == 1:
            return InProcessDetector(lambda: engine)
        return ProcessDetector(EngineSpec(self.policy), jobs)

    def clean_folder(
        self,
        source: Path,
        target: Path,
        force: bool = False,
        progress: Callable[[FolderProgress], bool | None] | None = None,
    ) -> FolderResult:
        """Clean every file of ``source`` into ``target`` (see :mod:`anonymizer.batch`). Runs on a worker thread.

        The folder continues the app's session, so that the clerk's pasted texts and the folder share
        one numbering — unless the output folder was begun in a session of its own, which a rerun must
        continue. Call :meth:`adopt_session` with the result's session afterwards.
        """
        from anonymizer.batch import FolderJob, recorded_session, run_folder
        from anonymizer.sessions import MemorySessionStore

        if self._engine is None:
            raise EngineNotReadyError("Das Sprachmodell wird noch geladen.")
        store = self._store or MemorySessionStore(self.policy.keep_days)
        current = self._session.session_id if self._session is not None else None
        if current is not None and (recorded_session(target) is not None or not store.exists(current)):
            current = None
        job = FolderJob(
            source, target, self.policy, force=force, session_id=current, copy_blocked_reason=self.copy_blocked_reason
        )
        return run_folder(job, store, self._folder_detector(self._engine), progress)

    @staticmethod
    def check_folders(source: Path, target: Path) -> None:
        """Refuse a folder pair that cannot be cleaned (missing, one inside the other, a foreign output folder)."""
        from anonymizer.batch import check_folders

        check_folders(source, target)

    @staticmethod
    def save_folder_report(target: Path, rows: Sequence[ReportRow]) -> None:
        """Write a folder run's report as CSV (names of files, counts, no values)."""
        from anonymizer.batch import write_report

        write_report(target, rows)

    def adopt_session(self, session: object) -> None:
        """Make a folder run's session the current one: answers about its files can be restored now.

        Takes ``object`` because it arrives through a Qt signal; anything but a session is a bug.
        """
        from anonymizer.masking import MaskingSession

        if not isinstance(session, MaskingSession):
            raise TypeError(f"keine Sitzung: {type(session).__name__}")
        self._session = session

    def before_output(self, action: str, counts: dict[str, int], input_kind: str) -> None:
        """Refuse when the machine policy blocks copying; otherwise write the (text-free) audit line."""
        from anonymizer.audit import gate_output

        gate_output(action, counts, input_kind, self.policy.audit, self.copy_blocked_reason)

    def save_document(self, document: LoadedDocument, target: Path, outcome: MaskOutcome) -> list[str]:
        """Write the cleaned document: a Word file stays Word (leak-free writer), the rest is text.

        ``outcome`` must belong to the unedited text of ``document`` (its offsets are the writer's
        map into the file). Returns German notes of the writer (e.g. images it could not check).
        """
        from anonymizer.documents.output import write_masked_file

        # The policy decides whether images and embedded objects (which the app cannot check) are removed.
        return list(
            write_masked_file(
                document.path,
                document.kind,
                target,
                outcome.text,
                outcome.replacements,
                remove_images=self.policy.remove_embedded,
            )
        )

    @staticmethod
    def save_text(target: Path, text: str, original: Path | None = None) -> None:
        """Write a cleaned text as UTF-8, whole or not at all (never a half-written file over ``original``)."""
        from anonymizer.documents.atomic import write_text_atomically

        write_text_atomically(target, text, original)

    def load_document(self, path: Path) -> LoadedDocument:
        """Read a file through the core's one loader (text, and DOCX/PDF/E-mail as they land)."""
        return self._document_loader(path)
