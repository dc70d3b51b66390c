"""VAT ID, register, licence, LANR and BSNR: surrogates with valid check digits, placeholders, restore."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from stdnum.de import vat as de_vat
from stdnum.eu import vat as eu_vat

from anonymizer import entities as E
from anonymizer.detection.factory import build_engine
from anonymizer.detection.recognizers.driving_license import is_valid as is_valid_licence
from anonymizer.detection.recognizers.kbv_numbers import is_valid_lanr
from anonymizer.masking import MaskingSession
from anonymizer.masking import surrogates as S
from anonymizer.policy import load_default_policy

SEEDS = range(25)


def _layout(value: str) -> str:
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", value))


def _compact(value: str) -> str:
    return re.sub(r"[ .-]", "", value)


@pytest.mark.parametrize(
    ("entity_type", "original", "is_valid"),
    [
        (E.VAT_ID, "DE136695976", lambda v: de_vat.is_valid(_compact(v))),
        (E.VAT_ID, "DE 136 695 976", lambda v: de_vat.is_valid(_compact(v))),
        (E.VAT_ID, "ATU13585627", eu_vat.is_valid),
        (E.VAT_ID, "NL004495445B01", eu_vat.is_valid),
        (E.DRIVING_LICENSE, "B072RRE2I55", is_valid_licence),
        (E.PHYSICIAN_NUMBER, "123456601", is_valid_lanr),
    ],
)
def test_check_digits_are_valid_and_the_layout_stays(
    entity_type: str, original: str, is_valid: Callable[[str], bool]
) -> None:
    assert is_valid(original), "the example itself must be valid"
    for seed in SEEDS:
        value = S.surrogate_value(entity_type, original, random.Random(seed))
        assert value != original
        assert is_valid(value), value
        assert _layout(value) == _layout(original)


def test_register_number_keeps_its_register_and_length() -> None:
    for seed in SEEDS:
        value = S.surrogate_value(E.COMMERCIAL_REGISTER, "HRB 12345 B", random.Random(seed))
        assert re.fullmatch(r"HRB [1-9]\d{4} B", value) and value != "HRB 12345 B"


def test_practice_number_keeps_its_region() -> None:
    for seed in SEEDS:
        value = S.surrogate_value(E.PRACTICE_NUMBER, "021234568", random.Random(seed))
        assert re.fullmatch(r"02\d{7}", value) and value != "021234568"


def test_licence_and_lanr_keep_authority_and_specialty() -> None:
    """The issuing office and the doctor's specialty name no person; they keep the text meaningful."""
    licence = S.surrogate_value(E.DRIVING_LICENSE, "B072RRE2I55", random.Random(1))
    lanr = S.surrogate_value(E.PHYSICIAN_NUMBER, "123456601", random.Random(1))
    assert licence.startswith("B072") and lanr.endswith("01")


LETTER = (
    "Gewerbeanmeldung Malerbetrieb Kortmann e.K., Amtsgericht Coesfeld HRA 1234,\n"
    "USt-IdNr. DE 136 695 976. Führerscheinnummer: B072RRE2I55.\n"
    "Bescheinigung der Praxis, LANR 123456601, BSNR 021234568.\n"
)
VALUES = {
    "HRA 1234": E.COMMERCIAL_REGISTER,
    "DE 136 695 976": E.VAT_ID,
    "B072RRE2I55": E.DRIVING_LICENSE,
    "123456601": E.PHYSICIAN_NUMBER,
    "021234568": E.PRACTICE_NUMBER,
}


@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_round_trip_with_the_rule_engine(operator: str) -> None:
    policy = load_default_policy()
    findings = build_engine(policy, with_model=False).analyze(LETTER, masked_only=True)
    assert {f.text: f.type for f in findings} == VALUES
    session = MaskingSession(policy, seed=3)
    masked = session.mask(LETTER, findings, operator=operator)
    for value in VALUES:
        assert value not in masked.text
    assert session.restore(masked.text).text == LETTER
    if operator == "placeholder":
        for entity_type in VALUES.values():
            assert f"[{entity_type}_1]" in masked.text
        # a chatbot drops the brackets and writes the type in lower case
        answer = masked.text.replace("[VAT_ID_1]", "VAT_ID_1").replace("[PRACTICE_NUMBER_1]", "[practice_number_1]")
        assert session.restore(answer).text == LETTER


def test_restore_finds_a_surrogate_the_chatbot_rewrote() -> None:
    """Code types: the chatbot may drop the spaces of a USt-IdNr. and still gets the original back."""
    policy = load_default_policy()
    findings = build_engine(policy, with_model=False).analyze(LETTER, masked_only=True)
    session = MaskingSession(policy, seed=3)
    masked = session.mask(LETTER, findings, operator="surrogate")
    surrogate = next(r.replacement for r in masked.replacements if r.type == E.VAT_ID)
    answer = f"Die Nummer {surrogate.replace(' ', '')} ist korrekt."
    assert session.restore(answer).text == "Die Nummer DE 136 695 976 ist korrekt."
