"""Builds the default engine: the rule recognizers plus, when bundled, the German NER model.

Loading the model is the slow part of start-up; callers that only need structured identifiers
(benchmarks, some tests) pass ``with_model=False``.
"""

from __future__ import annotations

from anonymizer.engine import AnalyzerEngine
from anonymizer.policy import Policy, load_default_policy
from anonymizer.recognizers import Recognizer, rule_recognizers


def model_recognizers() -> list[Recognizer]:
    """The recognizers that need the bundled NER model (PERSON, ORGANIZATION, LOCATION)."""
    return []


def build_engine(policy: Policy | None = None, with_model: bool = True) -> AnalyzerEngine:
    policy = policy or load_default_policy()
    recognizers = rule_recognizers()
    if with_model:
        recognizers.extend(model_recognizers())
    return AnalyzerEngine(recognizers, policy)
