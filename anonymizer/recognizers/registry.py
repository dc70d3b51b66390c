"""The list of rule-based recognizers the default engine runs (add a new family here)."""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.recognizers.base import Recognizer
from anonymizer.recognizers.date_of_birth import DateOfBirthRecognizer
from anonymizer.recognizers.license_plate import LicensePlateRecognizer

RULE_RECOGNIZERS: list[Callable[[], Recognizer]] = [
    LicensePlateRecognizer,
    DateOfBirthRecognizer,
]
