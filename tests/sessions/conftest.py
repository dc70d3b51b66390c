"""Fixtures for the session-store tests: the default policy, and an in-memory keyring (no real OS keyring
is needed in CI) or none at all."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from memory_keyring import MemoryKeyring

from anonymizer.policy import Policy, load_default_policy


@pytest.fixture
def policy() -> Policy:
    return load_default_policy()


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
