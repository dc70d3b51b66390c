"""Property: restoring the masked text gives the original back, for generated German texts.

Findings are built directly from the generated text so the property tests masking and restoring,
not the detector. Each person is written in one form per text (the form a placeholder restores to
is then unambiguous); values repeat, so numbering and surrogate consistency are exercised too.
"""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from masking_helpers import DRIFTS, find_all
from stdnum import iban as stdnum_iban

from anonymizer import entities as E
from anonymizer.masking import MaskingSession
from anonymizer.masking import surrogates as S
from anonymizer.policy import load_default_policy

FIRST = ("Sabine", "Jürgen", "Özlem", "Marie-Luise", "Hans", "Fatma", "Klaus", "Ingrid", "Björn", "Agnieszka")
SURNAMES = ("Kortmann", "Müller-Lüdenscheidt", "Schröder", "Öztürk", "Weißgerber", "Nowak", "Hülsmann",
            "Brinkhoff", "Janßen", "Terhaar")  # fmt: skip
FILLER = ("Bezug nehmend auf Ihr Schreiben", "Die Unterlagen sind vollständig", "Wir bitten um Geduld",
          "Der Bescheid folgt", "Über die Zuständigkeit entscheidet das Amt", "Mit freundlichen Grüßen")  # fmt: skip


@st.composite
def letters(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    rng = random.Random(draw(st.integers(0, 2**32)))
    count = draw(st.integers(1, 4))
    surnames = draw(st.lists(st.sampled_from(SURNAMES), min_size=count, max_size=count, unique=True))
    persons: list[tuple[str, bool]] = []  # (finding text, salutation stays outside)
    for surname in surnames:
        shape = draw(st.sampled_from(("full", "salutation-in", "salutation-out", "surname")))
        if shape == "full":
            persons.append((f"{draw(st.sampled_from(FIRST))} {surname}", False))
        elif shape == "salutation-in":
            persons.append((f"{draw(st.sampled_from(('Frau', 'Herr')))} {surname}", False))
        elif shape == "salutation-out":
            persons.append((surname, True))
        else:
            persons.append((surname, False))
    values = {
        E.IBAN: S.iban("DE00 0000 0000 0000 0000 00", rng),
        E.PHONE: S.phone("02541 / 18-1234", rng),
        E.EMAIL: S.email("x@example.org", rng),
        E.DATE_OF_BIRTH: S.date_of_birth(draw(st.sampled_from(("12.03.1985", "3.7.1962", "12. März 1985"))), rng),
        E.TAX_ID: S.tax_id("28 365 461 076", rng),
        E.ADDRESS: S.address("Hauptstraße 12, 48653 Coesfeld", rng),
        E.LICENSE_PLATE: S.license_plate("COE-AB 123", rng),
        E.HEALTH_INSURANCE: S.health_insurance("A123456780", rng),
        E.SOCIAL_SECURITY: S.social_security("65 170839 J 003", rng),
        E.CREDIT_CARD: S.credit_card("4111 1111 1111 1111", rng),
        E.BIC: S.bic("COBADEFFXXX", rng),
        E.IP_ADDRESS: S.ip_address("10.0.0.1", rng),
        E.TAX_NUMBER: S.tax_number("181/815/08155", rng),
        E.REFERENCE: S.shape_preserving("Az. 51-2024/0815", rng),
    }
    assert stdnum_iban.is_valid(values[E.IBAN])
    templates = [
        "{p} hat am {DATE_OF_BIRTH} Geburtstag.",
        "Die IBAN von {p} lautet {IBAN}.",
        "Bitte rufen Sie {p} unter {PHONE} an.",
        "{p} ist per E-Mail unter {EMAIL} erreichbar.",
        "Die Steuer-ID {TAX_ID} gehört {p}.",
        "{p} wohnt in der {ADDRESS}.",
        "Das Fahrzeug {LICENSE_PLATE} ist auf {p} zugelassen.",
        "Versichertennummer {HEALTH_INSURANCE}, Versicherte: {p}.",
        "Rentenversicherungsnummer von {p}: {SOCIAL_SECURITY}.",
        "{p} zahlt mit der Karte {CREDIT_CARD} (BIC {BIC}).",
        "Zugriff von {IP_ADDRESS} durch {p}, Steuernummer {TAX_NUMBER}.",
        "Unser Zeichen: {REFERENCE}, Bearbeiterin {p}.",
        "{filler}.",
    ]
    sentences = []
    for _ in range(draw(st.integers(1, 8))):
        template = draw(st.sampled_from(templates))
        person, salutation_outside = draw(st.sampled_from(persons))
        mention = (("Frau " if rng.random() < 0.5 else "Herr ") + person) if salutation_outside else person
        sentences.append(template.format(p=mention, filler=draw(st.sampled_from(FILLER)), **values))
    text = draw(st.sampled_from((" ", "\n", "\n\n"))).join(sentences)
    spans = [(person, E.PERSON) for person, _ in persons] + [(value, kind) for kind, value in values.items()]
    return text, spans


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter=letters(), operator=st.sampled_from(("placeholder", "surrogate")), seed=st.integers(0, 2**16))
def test_restore_of_masked_text_is_the_original(
    letter: tuple[str, list[tuple[str, str]]], operator: str, seed: int
) -> None:
    text, spans = letter
    findings = find_all(text, spans)
    session = MaskingSession(load_default_policy(), seed=seed)
    masked = session.mask(text, findings, operator=operator)
    for finding in findings:
        assert finding.text not in masked.text
    assert session.restore(masked.text).text == text
    assert session.restore(masked.text).unresolved == []
    # the same session, a second pass over the same text: same result, same numbering
    assert session.mask(text, findings, operator=operator).text == masked.text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter=letters(), data=st.data())
def test_restore_survives_chatbot_drift(letter: tuple[str, list[tuple[str, str]]], data: st.DataObject) -> None:
    text, spans = letter
    session = MaskingSession(load_default_policy(), seed=1)
    masked = session.mask(text, find_all(text, spans)).text

    def drift(match: re.Match[str]) -> str:
        return data.draw(st.sampled_from(DRIFTS))(match["type"], match["number"])

    answer = re.sub(r"\[(?P<type>[A-Z_]+?)_(?P<number>\d+)\]", drift, masked)
    assert session.restore(answer).text == text
