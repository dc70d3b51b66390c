"""Fixtures of the folder-run tests: the fast engine, a session store in memory, a run in this process."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from folder_helpers import NAMES, RunFolder

from anonymizer.batch import FolderJob, FolderResult, InProcessDetector, run_folder
from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine
from anonymizer.policy import DenyTerm, Policy, load_default_policy
from anonymizer.sessions import MemorySessionStore


@pytest.fixture(scope="session")
def policy() -> Policy:
    """The default policy plus the folder's names as deny terms (PERSON)."""
    return dataclasses.replace(load_default_policy(), deny_terms=tuple(DenyTerm(name, "PERSON") for name in NAMES))


@pytest.fixture(scope="session")
def engine(policy: Policy) -> AnalyzerEngine:
    return build_engine(policy, with_model=False)


@pytest.fixture
def store() -> MemorySessionStore:
    return MemorySessionStore()


@pytest.fixture
def clean(engine: AnalyzerEngine, policy: Policy, store: MemorySessionStore) -> RunFolder:
    """Run a folder in this process with the fast engine: ``clean(source, target, **job_fields)``."""

    def run(source: Path, target: Path, progress: object = None, **fields: object) -> FolderResult:
        job = FolderJob(source, target, policy, **fields)  # type: ignore[arg-type]
        return run_folder(job, store, InProcessDetector(lambda: engine), progress)  # type: ignore[arg-type]

    return run
