"""The five masking operators, on presidio-anonymizer's :class:`Operator` base.

presidio's ``Redact`` and ``Keep`` are used as they are. ``placeholder`` and ``surrogate`` need the
session (numbering, consistent fake values), so they are small custom operators that receive the
value the session decided in their ``params``; ``mask`` draws a fixed-length bar so the length of a
name or number does not leak. Overlaps are resolved by the engine before any operator runs.
"""

from __future__ import annotations

from typing import Any

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Keep, Operator, OperatorType, Redact

MASK_CHAR = "█"
MASK_LENGTH = 5


class PlaceholderOperator(Operator):  # type: ignore[misc]
    """``[PERSON_1]``: params ``label`` ("PERSON_1") and an optional grammatical ``suffix`` ("s")."""

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return f"[{params['label']}]{params.get('suffix', '')}"

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not params or not isinstance(params.get("label"), str) or not params["label"]:
            raise InvalidParamError("placeholder needs a label")

    def operator_name(self) -> str:
        return "placeholder"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class SurrogateOperator(Operator):  # type: ignore[misc]
    """A realistic fake value chosen by the session: params ``surrogate``."""

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return str(params["surrogate"])

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not params or not isinstance(params.get("surrogate"), str) or not params["surrogate"]:
            raise InvalidParamError("surrogate needs a value")

    def operator_name(self) -> str:
        return "surrogate"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class BarMaskOperator(Operator):  # type: ignore[misc]
    """``█████``: always five blocks, whatever the length of the original."""

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        return MASK_CHAR * MASK_LENGTH

    def validate(self, params: dict[str, Any] | None = None) -> None:
        return None

    def operator_name(self) -> str:
        return "mask"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


#: The operator objects by policy name; stateless, so shared.
OPERATORS: dict[str, Operator] = {
    "placeholder": PlaceholderOperator(),
    "surrogate": SurrogateOperator(),
    "redact": Redact(),
    "mask": BarMaskOperator(),
    "keep": Keep(),
}


def apply_operator(name: str, text: str, params: dict[str, Any]) -> str:
    """Validate the params and run the named operator on ``text``."""
    operator = OPERATORS[name]
    operator.validate(params)
    result: str = operator.operate(text, params)
    return result
