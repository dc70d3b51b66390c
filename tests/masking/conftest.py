"""Fixtures for the masking tests."""

from __future__ import annotations

import pytest

from anonymizer.policy import Policy, load_default_policy


@pytest.fixture
def policy() -> Policy:
    return load_default_policy()
