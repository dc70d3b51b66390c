"""Every repeat of a found value is masked (issue 23, point 4), and no span keeps an unbalanced bracket
(issue 18, point 4): the real rule engine, the real masking session."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.de import idnr

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine
from anonymizer.detection.repeats import RepeatPostProcessor
from anonymizer.entities import DATE_OF_BIRTH, IBAN, PHONE, REFERENCE, TAX_ID, Finding
from anonymizer.masking import mask_with_placeholders


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    """The rule engine as the app builds it without the model (persons are the person post-processor's)."""
    return build_engine(with_model=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rückruf unter +49 2541 181234 +49 2541 181234",
            [(PHONE, "+49 2541 181234"), (PHONE, "+49 2541 181234")],
        ),
        (
            "Seine Steuer-ID 94580730215 liegt vor; auf dem Formular nochmals: 94580730215.",
            [(TAX_ID, "94580730215"), (TAX_ID, "94580730215")],
        ),
        # a number found only through its label (here with a wrong check digit) repeated without it
        (
            "Steuer-ID 12345678903 (laut Antrag); Rückgabeformular: 12345678903",
            [(REFERENCE, "12345678903"), (REFERENCE, "12345678903")],
        ),
        (
            "IBAN DE23 4006 9709 1234 5678 90, auf dem Formular DE23400697091234567890",
            [(IBAN, "DE23 4006 9709 1234 5678 90"), (IBAN, "DE23400697091234567890")],
        ),
        (
            "Mila Rensing, geb. 16.07.2021. Impfung laut Pass (16.07.2021) vollständig.",
            [(DATE_OF_BIRTH, "16.07.2021"), (DATE_OF_BIRTH, "16.07.2021")],
        ),
        (
            "Kundennummer 318204, Rückfragen zu 318204 an die Kreiskasse",
            [(REFERENCE, "318204"), (REFERENCE, "318204")],
        ),
        # only the same value standing alone: not inside a longer number, an amount or a date
        ("Kundennummer 318204, Betrag 318204,00 €, Zimmer 93182045 oder 2025/318204", [(REFERENCE, "318204")]),
        # too short to be distinctive: an extension, a short reference
        ("Durchwahl -1234, Zimmer 1234", [(PHONE, "-1234")]),
        ("Kundennummer 4711 und 4711 Stück", [(REFERENCE, "4711")]),
        # a bracket around a value stays outside the span (issue 18, point 4)
        ("Handy (0171 2345678), Fax (0251) 123456", [(PHONE, "0171 2345678"), (PHONE, "(0251) 123456")]),
    ],
)
def test_repeats_are_found(engine: AnalyzerEngine, text: str, expected: list[tuple[str, str]]) -> None:
    findings = engine.analyze(text, masked_only=True)
    assert [(f.type, f.text) for f in findings] == expected
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


def test_bracketed_phone_keeps_its_brackets_in_the_masked_text(engine: AnalyzerEngine) -> None:
    text = "Sie ist erreichbar (0171 2345678)."
    masked = mask_with_placeholders(text, engine.analyze(text, masked_only=True))
    assert masked == "Sie ist erreichbar ([PHONE_1])."


def test_values_the_policy_does_not_mask_are_not_propagated() -> None:
    """Only masked types spread; a shown-only or unmasked value stays where the recognizer put it."""
    candidate = Finding(0, 11, TAX_ID, "94580730215", 0.95, "test", True)
    text = "94580730215 und 94580730215"
    kept = RepeatPostProcessor(is_masked=lambda _type: False).process(text, [candidate])
    assert kept == [candidate]
    spread = RepeatPostProcessor(is_masked=lambda _type: True).process(text, [candidate])
    assert [(f.start, f.text, f.recognizer) for f in spread] == [
        (0, "94580730215", "test"),
        (16, "94580730215", "repeat"),
    ]


# --- the property: no detected value is left anywhere in the masked output -------------------------

def _iban(account: int) -> str:
    bban = "40050150" + f"{account:010d}"
    return stdnum_iban.format("DE" + stdnum_iban.calc_check_digits("DE00" + bban) + bban)


def _valid_tax_ids(count: int) -> list[str]:
    """Steuer-IDs with a valid check digit, the first ones found from a fixed start (not every ten-digit
    prefix has one: a Steuer-ID repeats exactly one digit)."""
    found: list[str] = []
    prefix = 1_234_567_880
    while len(found) < count:
        prefix += 7
        found.extend(str(prefix) + last for last in "0123456789" if idnr.is_valid(str(prefix) + last))
    return found[:count]


_TAX_IDS = _valid_tax_ids(40)


_FILLER = st.sampled_from(
    [
        "Bitte prüfen Sie die Angaben.",
        "Der Bescheid ist beigefügt.",
        "Wir bitten um Rückmeldung bis Ende des Monats.",
        "Vielen Dank für Ihre Geduld.",
        "Siehe oben.",
        "",
    ]
)


@st.composite
def letters_with_repeats(draw: st.DrawFn) -> str:
    """A letter that states each value once with its label, then repeats some of them bare."""
    phone = f"0{draw(st.integers(2500, 2599))} {draw(st.integers(100000, 999999))}"
    iban = _iban(draw(st.integers(10_000_000, 99_999_999)))
    tax = draw(st.sampled_from(_TAX_IDS))
    day, month, year = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(1930, 2015))
    birth = f"{day:02d}.{month:02d}.{year}"
    customer = str(draw(st.integers(100_000, 999_999)))
    stated = [
        f"Telefon {phone}.",
        f"IBAN {iban}.",
        f"Steuer-ID {tax}.",
        f"geb. {birth}.",
        f"Kundennummer {customer}.",
    ]
    variants = [phone, iban, iban.replace(" ", ""), tax, birth, f"({birth})", customer, f"„{customer}“"]
    repeats = draw(st.lists(st.sampled_from(variants), min_size=1, max_size=8))
    parts = list(stated)
    for value in repeats:
        parts.append(draw(_FILLER))
        parts.append(f"Nochmals: {value}")
    return " ".join(part for part in parts if part)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=letters_with_repeats())
def test_no_detected_value_is_left_in_the_masked_output(engine: AnalyzerEngine, text: str) -> None:
    findings = engine.analyze(text, masked_only=True)
    masked = mask_with_placeholders(text, findings)
    for finding in findings:
        assert finding.text not in masked, (finding, masked)
        compact = finding.text.replace(" ", "")
        assert compact not in masked.replace(" ", ""), (finding, masked)

