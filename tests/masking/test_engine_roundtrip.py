"""Masking and restoring with the real engine's findings (rule recognizers, no NER model)."""

from __future__ import annotations

import pytest

from anonymizer.detection.factory import build_engine
from anonymizer.masking import MaskingSession
from anonymizer.policy import load_default_policy

LETTER = (
    "Sehr geehrte Frau Kortmann,\n"
    "Ihre Steuer-ID 28365461076 und die IBAN DE44 5001 0517 5407 3249 31 haben wir erhalten.\n"
    "Rückfragen unter 02541 / 18-1234 oder s.kortmann@example.org.\n"
    "Anschrift: Hauptstraße 12, 48653 Coesfeld.\n"
)
VALUES = ("28365461076", "DE44 5001 0517 5407 3249 31", "02541 / 18-1234", "s.kortmann@example.org", "Hauptstraße 12")


@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_round_trip_with_the_rule_engine(operator: str) -> None:
    policy = load_default_policy()
    findings = build_engine(policy, with_model=False).analyze(LETTER, masked_only=True)
    session = MaskingSession(policy, seed=4)
    masked = session.mask(LETTER, findings, operator=operator)
    for value in VALUES:
        assert value not in masked.text
    assert session.restore(masked.text).text == LETTER
    if operator == "placeholder":
        assert "[IBAN_1]" in masked.text and "[TAX_ID_1]" in masked.text
        answer = masked.text.replace("[IBAN_1]", "IBAN_1").replace("[TAX_ID_1]", "\\[TAX\\_ID\\_1\\]")
        assert session.restore(answer).text == LETTER
