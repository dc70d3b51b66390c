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
    from anonymizer.policy.matching import policy_postprocessors, policy_recognizers

    policy = policy or load_default_policy()
    recognizers = rule_recognizers()
    if with_model:
        recognizers.extend(model_recognizers())
    # The DSB's deny terms, term lists and own patterns; the allow list filters all candidates.
    recognizers.extend(policy_recognizers(policy))
    return AnalyzerEngine(recognizers, policy, policy_postprocessors(policy))
