"""The real engine with the bundled model, person rules and propagation, built once per session."""

from __future__ import annotations

import pytest

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine


@pytest.fixture(scope="session")
def engine() -> AnalyzerEngine:
    return build_engine()
