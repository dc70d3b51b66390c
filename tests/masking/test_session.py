"""The session: consistent numbering within and across texts, name variants, offsets, the table."""

from __future__ import annotations

import pytest
from masking_helpers import find, find_all

from anonymizer import entities as E
from anonymizer.masking import MaskingSession, mask_with_placeholders
from anonymizer.masking.names import gender_of_first_name
from anonymizer.policy import Policy

LETTER = (
    "Sehr geehrte Frau Kortmann,\n"
    "wie mit Sabine Kortmann besprochen, hat S. Kortmann den Antrag gestellt. "
    "Kortmanns Unterlagen liegen vor; Herr Peter Kortmann ist ihr Ehemann."
)


def test_name_variants_map_to_one_person_and_other_first_names_stay_apart(policy: Policy) -> None:
    findings = find_all(
        LETTER,
        [("Kortmann", E.PERSON), ("Sabine Kortmann", E.PERSON), ("S. Kortmann", E.PERSON),
         ("Kortmanns", E.PERSON), ("Peter Kortmann", E.PERSON)],
    )  # fmt: skip
    masked = MaskingSession(policy).mask(LETTER, findings).text
    assert masked == (
        "Sehr geehrte Frau [PERSON_1],\n"
        "wie mit [PERSON_1] besprochen, hat [PERSON_1] den Antrag gestellt. "
        "[PERSON_1]s Unterlagen liegen vor; Herr [PERSON_2] ist ihr Ehemann."
    )


def test_salutation_inside_the_finding_is_the_same_person(policy: Policy) -> None:
    text = "Frau Kortmann schreibt. Sabine Kortmann bittet um Rückruf. Herr Kortmann nicht."
    findings = find_all(text, [("Frau Kortmann", E.PERSON), ("Sabine Kortmann", E.PERSON), ("Herr Kortmann", E.PERSON)])
    masked = MaskingSession(policy).mask(text, findings).text
    assert masked == "[PERSON_1] schreibt. [PERSON_1] bittet um Rückruf. [PERSON_2] nicht."


@pytest.mark.parametrize(
    ("first_text", "second_text", "same"),
    [
        ("Sabine Kortmann", "Frau Kortmann", True),
        ("Sabine Kortmann", "S. Kortmann", True),
        ("Sabine Kortmann", "Kortmann", True),
        ("Frau Kortmann", "Sabine Kortmann", True),
        ("Sabine Kortmann", "Peter Kortmann", False),
        ("Sabine Kortmann", "Herr Kortmann", False),
        ("Sabine Kortmann", "P. Kortmann", False),
        ("Sabine Kortmann", "Sabine Kortmeier", False),
    ],
)
def test_variants_across_two_texts(policy: Policy, first_text: str, second_text: str, same: bool) -> None:
    session = MaskingSession(policy)
    one = session.mask(f"Es schreibt {first_text}.", [find(f"Es schreibt {first_text}.", first_text, E.PERSON)])
    two = session.mask(f"Antwort an {second_text}.", [find(f"Antwort an {second_text}.", second_text, E.PERSON)])
    assert one.text == "Es schreibt [PERSON_1]."
    assert (two.text == "Antwort an [PERSON_1].") is same


def test_two_texts_share_numbering(policy: Policy) -> None:
    session = MaskingSession(policy)
    first = "IBAN DE44 5001 0517 5407 3249 31 von Sabine Kortmann, Tel. 02541 18-1234."
    second = "Bitte an Jonas Albrecht überweisen, nicht an DE44500105175407324931. Tel. 02541 18-1234."
    one = session.mask(
        first,
        find_all(first, [("DE44 5001 0517 5407 3249 31", E.IBAN), ("Sabine Kortmann", E.PERSON),
                         ("02541 18-1234", E.PHONE)]),
    )  # fmt: skip
    two = session.mask(
        second,
        find_all(second, [("Jonas Albrecht", E.PERSON), ("DE44500105175407324931", E.IBAN),
                          ("02541 18-1234", E.PHONE)]),
    )  # fmt: skip
    assert one.text == "IBAN [IBAN_1] von [PERSON_1], Tel. [PHONE_1]."
    assert two.text == "Bitte an [PERSON_2] überweisen, nicht an [IBAN_1]. Tel. [PHONE_1]."


def test_replacements_point_into_the_original_text(policy: Policy) -> None:
    text = "Herr Jonas Albrecht, Steuer-ID 28365461076."
    result = MaskingSession(policy).mask(text, find_all(text, [("Jonas Albrecht", E.PERSON),
                                                               ("28365461076", E.TAX_ID)]))  # fmt: skip
    assert [(r.original, text[r.start : r.end], r.replacement) for r in result.replacements] == [
        ("Jonas Albrecht", "Jonas Albrecht", "[PERSON_1]"),
        ("28365461076", "28365461076", "[TAX_ID_1]"),
    ]


def test_table_round_trip_continues_the_session(policy: Policy) -> None:
    session = MaskingSession(policy, session_id="akte-7", seed=3)
    text = "Sabine Kortmann und Jonas Albrecht."
    session.mask(text, find_all(text, [("Sabine Kortmann", E.PERSON), ("Jonas Albrecht", E.PERSON)]))
    again = MaskingSession.from_table(session.to_table(), policy)
    assert again.session_id == "akte-7"
    follow_up = "Frau Kortmann, Lea Brandt und Herr Albrecht."
    masked = again.mask(
        follow_up,
        find_all(follow_up, [("Kortmann", E.PERSON), ("Lea Brandt", E.PERSON), ("Albrecht", E.PERSON)]),
    )
    assert masked.text == "Frau [PERSON_1], [PERSON_3] und Herr [PERSON_2]."


def test_table_of_another_version_is_refused(policy: Policy) -> None:
    table = MaskingSession(policy).to_table() | {"version": 99}
    with pytest.raises(ValueError, match="version"):
        MaskingSession.from_table(table, policy)


def test_categories_the_policy_does_not_mask_stay(policy: Policy) -> None:
    text = "Das Kreisamt Coesfeld schreibt an Jonas Albrecht."
    findings = find_all(text, [("Kreisamt Coesfeld", E.ORGANIZATION), ("Jonas Albrecht", E.PERSON)])
    assert MaskingSession(policy).mask(text, findings).text == "Das Kreisamt Coesfeld schreibt an [PERSON_1]."


def test_mask_with_placeholders_masks_every_finding() -> None:
    text = "Kreisamt Coesfeld an Jonas Albrecht"
    findings = find_all(text, [("Kreisamt Coesfeld", E.ORGANIZATION), ("Jonas Albrecht", E.PERSON)])
    assert mask_with_placeholders(text, findings) == "[ORGANIZATION_1] an [PERSON_1]"


def test_no_findings_leave_the_text_unchanged(policy: Policy) -> None:
    result = MaskingSession(policy).mask("Keine Daten hier.", [])
    assert (result.text, result.replacements) == ("Keine Daten hier.", [])


def test_a_first_name_on_its_own_joins_the_full_name(policy: Policy) -> None:
    text = "Sabine Kortmann hat angerufen. Sabine meldet sich wieder, Jonas nicht."
    findings = find_all(text, [("Sabine Kortmann", E.PERSON), ("Sabine", E.PERSON), ("Jonas", E.PERSON)])
    session = MaskingSession(policy, seed=9)
    assert (
        session.mask(text, findings).text
        == "[PERSON_1] hat angerufen. [PERSON_1] meldet sich wieder, [PERSON_2] nicht."
    )
    later = "Jonas Albrecht schreibt."
    assert session.mask(later, find_all(later, [("Jonas Albrecht", E.PERSON)])).text == "[PERSON_2] schreibt."


def test_a_lone_first_name_gets_a_first_name_surrogate(policy: Policy) -> None:
    text = "Sabine meldet sich. Marie-Luise Kortmann auch."
    session = MaskingSession(policy, seed=9)
    result = session.mask(
        text, find_all(text, [("Sabine", E.PERSON), ("Marie-Luise Kortmann", E.PERSON)]), operator="surrogate"
    )
    first, second = (r.replacement for r in result.replacements)
    assert gender_of_first_name(first) == "f" and " " not in first
    assert gender_of_first_name(second.split()[0]) == "f"
    assert session.restore(result.text).text == text


def test_a_session_kept_before_restore_by_mention_still_loads_and_restores(policy: Policy) -> None:
    """Sessions stored with table version 1 (no occurrences) load; their answers get the form that fits."""
    session = MaskingSession(policy, session_id="akte-alt", seed=3)
    text = "Sehr geehrte Frau Kortmann, Sabine Kortmann hat die IBAN DE44 5001 0517 5407 3249 31."
    session.mask(text, find_all(text, [("Kortmann", E.PERSON), ("Sabine Kortmann", E.PERSON),
                                       ("DE44 5001 0517 5407 3249 31", E.IBAN)]))  # fmt: skip
    table = session.to_table()
    for key in ("literals", "seq", "words"):
        del table[key]
    for entity in table["entities"]:
        del entity["mentions"]
    old = MaskingSession.from_table(table | {"version": 1}, policy)
    restored = old.restore("Liebe Frau [PERSON_1], [PERSON_1] zahlt auf [IBAN_1].")
    assert restored.text == "Liebe Frau Kortmann, Sabine Kortmann zahlt auf DE44 5001 0517 5407 3249 31."
    assert restored.warning is None
    assert MaskingSession.from_table(old.to_table(), policy).to_table()["version"] == 2
