"""Builds the default engine: the rule recognizers plus, when bundled, the German NER model.

Loading the model is the slow part of start-up; callers that only need structured identifiers
(benchmarks, some tests) pass ``with_model=False``.
"""

from __future__ import annotations

from anonymizer.detection.base import PostProcessor, Recognizer
from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.policy_rules import policy_postprocessors, policy_recognizers
from anonymizer.detection.recognizers import rule_recognizers
from anonymizer.detection.repeats import RepeatPostProcessor
from anonymizer.policy import Policy, load_default_policy


def model_recognizers() -> list[Recognizer]:
    """Person detection: the bundled NER model (PERSON, ORGANIZATION, LOCATION) plus the person
    rules (salutations, signatures, tables, name lists) that county texts need beyond it."""
    from anonymizer.detection.ner import NerRecognizer
    from anonymizer.detection.persons import PersonRuleRecognizer

    return [NerRecognizer(), PersonRuleRecognizer()]


def model_postprocessors() -> list[PostProcessor]:
    """Filters the model's person guesses and propagates found names to every mention."""
    from anonymizer.detection.persons import PersonPostProcessor

    return [PersonPostProcessor()]


def build_engine(policy: Policy | None = None, with_model: bool = True) -> AnalyzerEngine:
    """The engine the app and the command line use: every rule recognizer, the model and the person steps
    (unless ``with_model`` is False), the policy's own rules, and the repeat step last."""
    policy = policy or load_default_policy()
    recognizers = rule_recognizers()
    if with_model:
        recognizers.extend(model_recognizers())
    # The DSB's deny terms, term lists and own patterns; the allow list filters all candidates.
    recognizers.extend(policy_recognizers(policy))
    # Name propagation first, so that the allow list also sees the propagated mentions.
    postprocessors = model_postprocessors() if with_model else []
    postprocessors.extend(policy_postprocessors(policy))
    # Last: every other occurrence of a value that survived the allow list (issue 23, point 4).
    postprocessors.append(RepeatPostProcessor(policy.is_masked))
    return AnalyzerEngine(recognizers, policy, postprocessors)
