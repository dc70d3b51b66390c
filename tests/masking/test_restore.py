"""Restoring chatbot answers: the drift forms chatbots produce, and the words that must stay."""

from __future__ import annotations

import datetime as dt

import pytest
from masking_helpers import find_all

from anonymizer import entities as E
from anonymizer.masking import MaskingSession
from anonymizer.masking.surrogates import date_spellings, parse_date
from anonymizer.policy import Policy

ORIGINAL = (
    "Sehr geehrte Frau Kortmann,\n"
    "Sabine Kortmann hat den Antrag gestellt. Kortmanns Unterlagen, IBAN DE44 5001 0517 5407 3249 31, "
    "Geburtsdatum 12.03.1985. Herr Peter Kortmann ist informiert."
)
SPANS = [
    ("Kortmann", E.PERSON),
    ("Sabine Kortmann", E.PERSON),
    ("Kortmanns", E.PERSON),
    ("Peter Kortmann", E.PERSON),
    ("DE44 5001 0517 5407 3249 31", E.IBAN),
    ("12.03.1985", E.DATE_OF_BIRTH),
]


@pytest.fixture
def session(policy: Policy) -> MaskingSession:
    session = MaskingSession(policy, seed=7)
    masked = session.mask(ORIGINAL, find_all(ORIGINAL, SPANS))
    assert masked.text == (
        "Sehr geehrte Frau [PERSON_1],\n"
        "[PERSON_1] hat den Antrag gestellt. [PERSON_1]s Unterlagen, IBAN [IBAN_1], "
        "Geburtsdatum [DATE_OF_BIRTH_1]. Herr [PERSON_2] ist informiert."
    )
    return session


@pytest.mark.parametrize(
    ("answer", "restored"),
    [
        ("[PERSON_1] hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("PERSON_1 hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("PERSON 1 hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("Laut (PERSON_1) ist alles da.", "Laut Sabine Kortmann ist alles da."),
        ("[Person_1] hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("[person 1] hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("[PERSON-1] hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("{PERSON_1} hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("<PERSON_1> hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("[ PERSON_1 ] hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("\\[PERSON\\_1\\] hat angerufen.", "Sabine Kortmann hat angerufen."),
        ("**[PERSON_1]** hat angerufen.", "**Sabine Kortmann** hat angerufen."),
        ("*PERSON_1* hat angerufen.", "*Sabine Kortmann* hat angerufen."),
        ("[PERSON_1]s Antrag", "Kortmanns Antrag"),
        ("[PERSON_1]'s Antrag", "Kortmanns Antrag"),
        ("PERSON_1s Antrag", "Kortmanns Antrag"),
        ("Liebe Frau [PERSON_1],", "Liebe Frau Kortmann,"),
        ("Sehr geehrter Herr [PERSON_2],", "Sehr geehrter Herr Peter Kortmann,"),
        ("Sehr geehrte Frau Dr. [PERSON_1],", "Sehr geehrte Frau Dr. Kortmann,"),
        ("An Familie [PERSON_1]", "An Familie Kortmann"),
        ("[PERSON_2] ist informiert.", "Peter Kortmann ist informiert."),
        ("Gespräch mit [PERSON_\n1] am Montag.", "Gespräch mit Sabine Kortmann am Montag."),
        ("Gespräch mit [PERSON\n_1] am Montag.", "Gespräch mit Sabine Kortmann am Montag."),
        ("Gespräch mit PERSON\n1 am Montag.", "Gespräch mit Sabine Kortmann am Montag."),
        ("Überweisung auf [IBAN_1].", "Überweisung auf DE44 5001 0517 5407 3249 31."),
        ("Überweisung auf IBAN_1.", "Überweisung auf DE44 5001 0517 5407 3249 31."),
        ("geboren am [DATE_OF_BIRTH_1]", "geboren am 12.03.1985"),
        ("geboren am [DATE OF BIRTH 1]", "geboren am 12.03.1985"),
        ("geboren am \\[DATE\\_OF\\_BIRTH\\_1\\]", "geboren am 12.03.1985"),
        ("geboren am [Date_of_Birth_1]", "geboren am 12.03.1985"),
        ("[PERSON_1] und [PERSON_2]", "Sabine Kortmann und Peter Kortmann"),
        ("(siehe [PERSON_1])", "(siehe Sabine Kortmann)"),
    ],
)
def test_drift_forms_are_restored(session: MaskingSession, answer: str, restored: str) -> None:
    assert session.restore(answer).text == restored


@pytest.mark.parametrize(
    "answer",
    [
        "Eine Person 1 Mal anrufen.",
        "Jede person 1 mal.",
        "Bitte die IBAN 1 Mal prüfen.",
        "PERSONAL 1 und PERSONEN 1",
        "Der Personalausweis 1234.",
        "Der Wert DE44 ist kein Platzhalter.",
        "Abschnitt [1] und Person-Kennung.",
    ],
)
def test_ordinary_text_is_left_alone(session: MaskingSession, answer: str) -> None:
    result = session.restore(answer)
    assert result.text == answer
    assert result.unresolved == []


def test_unknown_placeholders_are_reported_and_left(session: MaskingSession) -> None:
    result = session.restore("[PERSON_9] und [IBAN_2] und [PERSON_1].")
    assert result.text == "[PERSON_9] und [IBAN_2] und Sabine Kortmann."
    assert result.unresolved == ["[PERSON_9]", "[IBAN_2]"]


def test_unmentioned_originals_are_reported(session: MaskingSession) -> None:
    result = session.restore("Frau [PERSON_1] bekommt Post.")
    assert result.unmentioned == ["Peter Kortmann", "12.03.1985", "DE44 5001 0517 5407 3249 31"]
    assert session.restore("[PERSON_1], [PERSON_2], [IBAN_1], [DATE_OF_BIRTH_1]").unmentioned == []


def test_restoring_the_masked_text_gives_the_original(policy: Policy) -> None:
    session = MaskingSession(policy)
    masked = session.mask(ORIGINAL, find_all(ORIGINAL, SPANS)).text
    assert session.restore(masked).text == ORIGINAL


# --- surrogates ----------------------------------------------------------------------------------------------


@pytest.fixture
def surrogate_session(policy: Policy) -> tuple[MaskingSession, str]:
    session = MaskingSession(policy, seed=11)
    masked = session.mask(ORIGINAL, find_all(ORIGINAL, SPANS), operator="surrogate").text
    return session, masked


def _surrogate_parts(session: MaskingSession) -> tuple[str, str, str]:
    person = next(e for e in session.entities if e.label == "PERSON_1")
    first = next(s for s, o in person.surrogate_forms.items() if o == "Sabine")
    surname = next(s for s, o in person.surrogate_forms.items() if o == "Kortmann")
    iban = next(next(iter(e.surrogate_forms)) for e in session.entities if e.type == E.IBAN)
    return first, surname, iban


def test_surrogate_text_reads_naturally_and_restores(surrogate_session: tuple[MaskingSession, str]) -> None:
    session, masked = surrogate_session
    first, surname, iban = _surrogate_parts(session)
    assert f"Sehr geehrte Frau {surname},\n{first} {surname} hat den Antrag gestellt. {surname}s Unterlagen" in masked
    assert "Kortmann" not in masked and "DE44 5001" not in masked and iban in masked
    assert session.restore(masked).text == ORIGINAL


def test_surrogates_in_inflected_and_reformatted_forms(surrogate_session: tuple[MaskingSession, str]) -> None:
    session, _ = surrogate_session
    first, surname, iban = _surrogate_parts(session)
    compact = iban.replace(" ", "")
    answer = f"{surname}s Antrag: {first} {surname} zahlt auf {compact}. {first}s Bruder?"
    assert session.restore(answer).text == (
        "Kortmanns Antrag: Sabine Kortmann zahlt auf DE44 5001 0517 5407 3249 31. Sabines Bruder?"
    )


def test_words_that_merely_contain_a_surrogate_stay(surrogate_session: tuple[MaskingSession, str]) -> None:
    session, _ = surrogate_session
    first, surname, _ = _surrogate_parts(session)
    answer = f"{surname}land, {surname.lower()}, {first}straße, Neu{surname} und {surname.upper()}"
    assert session.restore(answer).text == answer


@pytest.mark.parametrize("style", range(6))
def test_a_surrogate_date_rewritten_by_the_chatbot_is_restored_in_that_style(policy: Policy, style: int) -> None:
    text = "Geburtsdatum 12.03.1985."
    session = MaskingSession(policy, seed=3)
    fake = session.mask(text, find_all(text, [("12.03.1985", E.DATE_OF_BIRTH)]), operator="surrogate").replacements[0]
    rewritten = date_spellings(parse_date(fake.replacement) or dt.date.min)[style]
    expected = date_spellings(dt.date(1985, 3, 12))[style]
    assert session.restore(f"Geboren am {rewritten}.").text == f"Geboren am {expected}."


def test_ordinary_capitalised_words_stay_in_a_surrogate_session(surrogate_session: tuple[MaskingSession, str]) -> None:
    session, _ = surrogate_session
    answer = "Der Koch, der Richter und der Bauer trafen Frau Erika am Wolf-Gehege; Mark zahlte in Mark."
    assert session.restore(answer).text == answer
