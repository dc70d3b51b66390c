"""The rule-based recognizers, one small class per identifier family (PRODUCT.md section 2)."""

from __future__ import annotations

from anonymizer.detection.base import Recognizer


def rule_recognizers() -> list[Recognizer]:
    """One fresh instance of every rule-based recognizer (no model needed)."""
    from anonymizer.detection.recognizers import registry

    return [factory() for factory in registry.RULE_RECOGNIZERS]
