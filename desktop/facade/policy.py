"""The policy editor's way into the core: policy files (read, check, write) and the live test's detection.

The editor is the data protection officer's window; it edits a :class:`Policy` and never reads TOML, runs
the schema check or builds an engine itself. :class:`PolicyFiles` wraps the core's policy functions in one
object the window is given (tests pass their own), :class:`PolicyTester` is the live test's analyzer for the
shared :class:`~desktop.workers.AnalysisRunner`: the app's own detection and masking (a
:class:`~desktop.facade.core.CoreFacade` per policy), under the policy being edited.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from anonymizer.entities import Finding
from anonymizer.errors import PolicyError
from anonymizer.policy import (
    Policy,
    PolicyIssue,
    PolicyLayer,
    check_policy_text,
    load_default_policy,
    load_policy,
    load_term_list,
    machine_policy_path,
    policy_from_layer,
    user_policy_path,
)
from anonymizer.policy.schema import read_policy_source
from anonymizer.policy.writer import policy_to_toml, save_policy
from desktop.facade.core import CoreFacade, Engine, in_memory_sessions

#: Builds the engine for a policy; ``with_model`` adds the NER model. Tests pass a cheaper one.
EngineFactory = Callable[[Policy, bool], Engine]


def build_policy_engine(policy: Policy, with_model: bool) -> Engine:
    """The app's engine under ``policy`` (with the language model unless ``with_model`` is False)."""
    from anonymizer.detection.factory import build_engine

    return build_engine(policy, with_model=with_model)


class PolicyFiles:
    """Reading, checking and writing policy files, and where the binding and the user's policy live."""

    @staticmethod
    def default() -> Policy:
        """The built-in default policy (``resources/policy/default.toml``)."""
        return load_default_policy()

    @staticmethod
    def load(path: Path) -> Policy:
        """A valid policy file; raises :class:`PolicyValidationError` (with its issues) when it does not validate."""
        return load_policy(path)

    @staticmethod
    def read_source(path: Path) -> str:
        """The text of a policy file; raises a German :class:`AnonymizerError` when it cannot be read at all."""
        return read_policy_source(path)

    @staticmethod
    def check(source: str, base_dir: Path, path: Path | None = None) -> tuple[PolicyLayer, list[PolicyIssue]]:
        """The schema check of ``policy validate``: the layer and every issue with its line."""
        return check_policy_text(source, base_dir, path)

    @staticmethod
    def from_layer(layer: PolicyLayer) -> Policy:
        """The policy a checked layer describes (laid over the default)."""
        return policy_from_layer(layer)

    @staticmethod
    def to_toml(policy: Policy, base_dir: Path | None = None) -> str:
        """The policy as the TOML the editor saves (paths relative to ``base_dir``)."""
        return policy_to_toml(policy, base_dir)

    @staticmethod
    def save(policy: Policy, path: Path) -> None:
        """Write the policy, validated, whole or not at all."""
        save_policy(policy, path)

    @staticmethod
    def machine_path() -> Path:
        """Where IT deploys the binding machine-wide policy."""
        return machine_policy_path()

    @staticmethod
    def user_path() -> Path:
        """Where a clerk's own (only stricter) policy lives."""
        return user_policy_path()

    @staticmethod
    def term_count(path: Path, column: str | int | None) -> int:
        """How many terms a term list holds; raises a German :class:`PolicyError` when it cannot be read."""
        return len(load_term_list(path, column))


class PolicyTester:
    """The live test's analyzer: the app's detection under :attr:`policy`, on the editor's worker thread.

    Set :attr:`policy` (None while the edited policy does not validate) and :attr:`with_model` on the GUI
    thread; :meth:`analyze` builds the engine for them on the worker when either changed (a 50,000-term list
    is not read again per keystroke) and keeps it; :meth:`facade` gives it to the live test's review model.
    """

    #: The engine is built by the first analysis, on the worker: the runner may always start one.
    ready = True

    def __init__(self, engine_factory: EngineFactory = build_policy_engine) -> None:
        self._factory = engine_factory
        self._lock = threading.Lock()
        self._key: tuple[Policy, bool] | None = None
        self._facade: CoreFacade | None = None
        self.policy: Policy | None = None
        self.with_model = True

    def analyze(self, text: str, progress: Callable[[float], bool | None] | None = None) -> list[Finding]:
        """Every finding of ``text`` under the current policy (slow the first time: builds the engine)."""
        return self._facade_for(self.policy, self.with_model).analyze(text, progress)

    def facade(self) -> CoreFacade | None:
        """The facade the current policy's analyses use (None before the first): the live test masks with it."""
        with self._lock:
            return self._facade if self._key == (self.policy, self.with_model) else None

    def _facade_for(self, policy: Policy | None, with_model: bool) -> CoreFacade:
        if policy is None:
            raise PolicyError("Die Richtlinie ist noch nicht gültig.")
        with self._lock:
            if self._facade is None or self._key != (policy, with_model):
                factory = self._factory
                facade = CoreFacade(lambda: factory(policy, with_model), policy, store_factory=in_memory_sessions)
                facade.load_engine()
                self._facade, self._key = facade, (policy, with_model)
            return self._facade
