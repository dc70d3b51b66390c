"""The list of rule-based recognizers the default engine runs (add a new family here)."""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.recognizers.base import Recognizer

RULE_RECOGNIZERS: list[Callable[[], Recognizer]] = []
