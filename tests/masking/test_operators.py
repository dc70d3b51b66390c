"""The five operators, on presidio-anonymizer's Operator base, and how the policy picks them."""

from __future__ import annotations

import pytest
from masking_helpers import find_all
from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType

from anonymizer import entities as E
from anonymizer.masking import MaskingSession
from anonymizer.masking.operators import OPERATORS, PlaceholderOperator, SurrogateOperator
from anonymizer.policy import CategoryRule, Policy

TEXT = "Antrag von Jonas Albrecht, Steuer-ID 28365461076, KVNR A123456780."
SPANS = [("Jonas Albrecht", E.PERSON), ("28365461076", E.TAX_ID), ("A123456780", E.HEALTH_INSURANCE)]


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("placeholder", "Antrag von [PERSON_1], Steuer-ID [TAX_ID_1], KVNR [HEALTH_INSURANCE_1]."),
        ("mask", "Antrag von █████, Steuer-ID █████, KVNR █████."),
        ("redact", "Antrag von , Steuer-ID , KVNR ."),
    ],
)
def test_operator_override_for_all_masked_categories(policy: Policy, operator: str, expected: str) -> None:
    assert MaskingSession(policy).mask(TEXT, find_all(TEXT, SPANS), operator=operator).text == expected


def test_surrogate_operator_replaces_every_value(policy: Policy) -> None:
    result = MaskingSession(policy, seed=2).mask(TEXT, find_all(TEXT, SPANS), operator="surrogate")
    assert [r.type for r in result.replacements] == [E.PERSON, E.TAX_ID, E.HEALTH_INSURANCE]
    for replacement in result.replacements:
        assert replacement.replacement not in TEXT and replacement.replacement
        assert replacement.replacement in result.text


def test_each_category_uses_the_operator_of_the_policy() -> None:
    policy = Policy(
        {
            E.PERSON: CategoryRule(True, "placeholder"),
            E.TAX_ID: CategoryRule(True, "mask"),
            E.HEALTH_INSURANCE: CategoryRule(True, "keep"),
        }
    )
    result = MaskingSession(policy).mask(TEXT, find_all(TEXT, SPANS))
    assert result.text == "Antrag von [PERSON_1], Steuer-ID █████, KVNR A123456780."
    assert [r.type for r in result.replacements] == [E.PERSON, E.TAX_ID]


def test_an_override_never_weakens_a_stronger_category_rule() -> None:
    policy = Policy({E.TAX_ID: CategoryRule(True, "redact"), E.HEALTH_INSURANCE: CategoryRule(False, "placeholder")})
    result = MaskingSession(policy).mask(TEXT, find_all(TEXT, SPANS), operator="placeholder")
    assert result.text == "Antrag von [PERSON_1], Steuer-ID , KVNR A123456780."


def test_operators_are_presidio_operators() -> None:
    assert set(OPERATORS) == {"placeholder", "surrogate", "redact", "mask", "keep"}
    for name, operator in OPERATORS.items():
        assert isinstance(operator, Operator)
        assert operator.operator_name() == name
        assert operator.operator_type() == OperatorType.Anonymize
    assert OPERATORS["keep"].operate("Jonas", {}) == "Jonas"
    assert OPERATORS["redact"].operate("Jonas", {}) == ""


@pytest.mark.parametrize(
    ("operator", "params"),
    [(PlaceholderOperator(), {}), (PlaceholderOperator(), {"label": ""}), (SurrogateOperator(), {"surrogate": 3})],
)
def test_custom_operators_validate_their_params(operator: Operator, params: dict[str, object]) -> None:
    with pytest.raises(InvalidParamError):
        operator.validate(params)


def test_unknown_operator_is_a_programming_error(policy: Policy) -> None:
    with pytest.raises(ValueError, match="unknown operator"):
        MaskingSession(policy).mask(TEXT, [], operator="encrypt")


@pytest.mark.parametrize("operator", ["mask", "redact"])
def test_irreversible_operators_keep_nothing_to_restore(policy: Policy, operator: str) -> None:
    session = MaskingSession(policy)
    session.mask(TEXT, find_all(TEXT, SPANS), operator=operator)
    assert session.entities == []
    assert session.restore("Nichts zu tun.").unmentioned == []
