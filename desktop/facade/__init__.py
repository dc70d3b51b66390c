"""The GUI's one door into the core (no Qt here): everything in ``desktop/`` that needs the core imports it from
here, and only this package imports :mod:`anonymizer` (``tests/core/test_architecture.py`` checks both).

- :class:`CoreFacade` (:mod:`.core`) — the app window's engine, masking sessions, documents, folder runs and
  the audit gate;
- :class:`PolicyFiles` and :class:`PolicyTester` (:mod:`.policy`) — the policy editor's files and live test;
- and the plain data the widgets show or pass back: findings and their categories, the policy's data types,
  a loaded document, a folder run's progress and report, and the core's German error types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from anonymizer import entities
from anonymizer.detection.base import AnalysisCancelled
from anonymizer.detection.policy_rules import DENY_RECOGNIZER, TERM_LIST_RECOGNIZER
from anonymizer.documents import LoadedDocument
from anonymizer.entities import ALL_TYPES, PERSON, Finding
from anonymizer.errors import AnonymizerError, PolicyError
from anonymizer.policy import (
    OPERATORS,
    AuditSettings,
    CategoryRule,
    DenyTerm,
    OwnPattern,
    Policy,
    PolicyIssue,
    PolicyLayer,
    PolicyValidationError,
    TermListRef,
)
from anonymizer.resources import resource_path
from desktop.facade.core import CoreFacade, Engine, EngineNotReadyError, MaskOutcome, RestoreOutcome, in_memory_sessions
from desktop.facade.policy import EngineFactory, PolicyFiles, PolicyTester, build_policy_engine

if TYPE_CHECKING:
    from anonymizer.batch import FAILED, OK, SKIPPED, UNSUPPORTED, FolderError, FolderProgress, FolderResult, ReportRow

#: The folder run's names, handed out on first use: :mod:`anonymizer.batch` pulls in masking, sessions and
#: keyring (~0.2 s), which the window must not wait for at start-up (the engine loads them on its worker).
_BATCH_NAMES = frozenset(
    {"FAILED", "OK", "SKIPPED", "UNSUPPORTED", "FolderError", "FolderProgress", "FolderResult", "ReportRow"}
)


def __getattr__(name: str) -> Any:
    if name in _BATCH_NAMES:
        import anonymizer.batch

        return getattr(anonymizer.batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ALL_TYPES",
    "DENY_RECOGNIZER",
    "FAILED",
    "OK",
    "OPERATORS",
    "PERSON",
    "SKIPPED",
    "TERM_LIST_RECOGNIZER",
    "UNSUPPORTED",
    "AnalysisCancelled",
    "AnonymizerError",
    "AuditSettings",
    "CategoryRule",
    "CoreFacade",
    "DenyTerm",
    "Engine",
    "EngineFactory",
    "EngineNotReadyError",
    "Finding",
    "FolderError",
    "FolderProgress",
    "FolderResult",
    "LoadedDocument",
    "MaskOutcome",
    "OwnPattern",
    "Policy",
    "PolicyError",
    "PolicyFiles",
    "PolicyIssue",
    "PolicyLayer",
    "PolicyTester",
    "PolicyValidationError",
    "ReportRow",
    "RestoreOutcome",
    "TermListRef",
    "build_policy_engine",
    "entities",
    "in_memory_sessions",
    "resource_path",
]
