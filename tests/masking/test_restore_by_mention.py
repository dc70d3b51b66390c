"""Issue 18 "Trust the round trip", points 1 and 2, and issue 23 point 8: one table per bullet of the
issue's "Why" (each row failed before restore worked by mention).

Every row builds its findings by hand at the exact place ("Sommer" the person and "Sommer" the
season can stand in one text), masks, and restores the masked text — possibly drifted the way a
chatbot writes placeholders — and must get the original back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from anonymizer.entities import Finding
from anonymizer.masking import MaskingSession
from anonymizer.masking.names import SURROGATE_SURNAMES
from anonymizer.masking.restore import WRONG_SESSION_CONTEXT
from anonymizer.policy import Policy


def spans(marked: str) -> list[Finding]:
    """Findings written inline: ``{PERSON:Frau Lindner}`` marks a finding (the text keeps the value)."""
    findings: list[Finding] = []
    plain: list[str] = []
    position = 0
    for match in re.finditer(r"\{([A-Z_]+):(.*?)\}", marked, re.DOTALL):
        plain.append(marked[position : match.start()])
        start = sum(len(piece) for piece in plain)
        findings.append(Finding(start, start + len(match[2]), match[1], match[2], 0.9, "test"))
        plain.append(match[2])
        position = match.end()
    plain.append(marked[position:])
    return findings


def unmark(marked: str) -> str:
    return re.sub(r"\{[A-Z_]+:(.*?)\}", r"\1", marked, flags=re.DOTALL)


def round_trip(policy: Policy, marked: str, operator: str = "placeholder", seed: int = 3) -> tuple[str, str, str]:
    """(original, masked, restored) for a text with inline findings."""
    text = unmark(marked)
    session = MaskingSession(policy, seed=seed)
    masked = session.mask(text, spans(marked), operator=operator).text
    return text, masked, session.restore(masked).text


# --- point 1: a placeholder restores the mention it replaced ---------------------------------------------------

MENTIONS = [
    "Frau {PERSON:Petra Lindner} schrieb, Frau {PERSON:Petra Lindner} rief an.\nSehr geehrte Frau {PERSON:Lindner}, …",
    "Herr {PERSON:Yusuf Ali Osman} und Herr {PERSON:Yusuf Ali Osman} waren da; Herr {PERSON:Osman} hat angerufen.",
    "Dr. {PERSON:Klara Weiß} leitet das Amt. Frau {PERSON:Weiß} ist erreichbar, Frau {PERSON:Weiß} auch.",
    "Die Firma {PERSON:Lindner} Immobilien vermietet; {PERSON:Petra Lindner} ist Inhaberin.",
    "Patient: {PERSON:Sommer, Gerd}\nBehandelt wurde {PERSON:Gerd Sommer} am Montag.",
    "Zeuge ist mein Bruder, {PERSON:Paul von Reden}, laut Akte {PERSON:Reden, Paul von}.",
]


@pytest.mark.parametrize("marked", MENTIONS)
@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_each_placeholder_restores_the_mention_it_replaced(policy: Policy, marked: str, operator: str) -> None:
    text, masked, restored = round_trip(policy, marked, operator)
    assert restored == text, masked


def test_an_over_masked_greeting_comes_back_as_it_was(policy: Policy) -> None:
    _, masked, restored = round_trip(policy, "Viele {PERSON:Grüße}\n{PERSON:Beste Grüße}")
    assert masked == "Viele [PERSON_1]\n[PERSON_1]"
    assert restored == "Viele Grüße\nBeste Grüße"


@pytest.mark.parametrize(
    ("answer", "restored"),
    [
        ("Sehr geehrte Frau [PERSON_1],", "Sehr geehrte Frau Lindner,"),  # a new context after a salutation
        ("Sehr geehrter Herr Dr. [PERSON_2],", "Sehr geehrter Herr Dr. Osman,"),
        ("[PERSON_1] hat den Antrag gestellt.", "Petra Lindner hat den Antrag gestellt."),  # full name otherwise
        ("[PERSON_2] hat angerufen.", "Yusuf Ali Osman hat angerufen."),
        ("[PERSON_1]s Antrag", "Lindners Antrag"),
    ],
)
def test_a_new_context_gets_the_fitting_form(policy: Policy, answer: str, restored: str) -> None:
    marked = (
        "Sehr geehrte Frau {PERSON:Lindner}, {PERSON:Petra Lindner} und Herr {PERSON:Osman} "
        "({PERSON:Yusuf Ali Osman}) waren da. {PERSON:Lindners} Antrag liegt vor."
    )
    text = unmark(marked)
    session = MaskingSession(policy, seed=1)
    session.mask(text, spans(marked))
    assert session.restore(answer).text == restored


# --- point 1: drift keeps the original's brackets; upper-case "TYPE N" is restored -------------------------------

Drift = Callable[[str], str]
UPPER_SPACED: Drift = lambda masked: re.sub(r"\[([A-Z_]+?)_(\d+)\]", r"\1 \2", masked)  # noqa: E731
ROUND: Drift = lambda masked: re.sub(r"\[([A-Z_]+?_\d+)\]", r"(\1)", masked)  # noqa: E731
BARE: Drift = lambda masked: re.sub(r"\[([A-Z_]+?_\d+)\]", r"\1", masked)  # noqa: E731

DRIFTED = [
    ("Kennzeichen ({LICENSE_PLATE:BOR-K 12}), Fahrer {PERSON:Jonas Albrecht}.", UPPER_SPACED),
    ("Kennzeichen ({LICENSE_PLATE:BOR-K 12}), Fahrer {PERSON:Jonas Albrecht}.", BARE),
    ("Mail an <{EMAIL:p.lindner@example.org}> von {PERSON:Petra Lindner}.", UPPER_SPACED),
    ("Mail an <{EMAIL:p.lindner@example.org}> von {PERSON:Petra Lindner}.", BARE),
    ("Rufen Sie ({PHONE:0171 2345678}) an, Frau {PERSON:Lindner}.", UPPER_SPACED),
    ("[{PERSON:Lindner}] steht in eckigen Klammern.", BARE),
    ("Konto: {IBAN:DE44 5001 0517 5407 3249 31}, Mail {EMAIL:p.lindner@example.org}, {PERSON:Lindner}.", UPPER_SPACED),
    ("{EMAIL:a@example.org}, {EMAIL:b@example.org}, {EMAIL:c@example.org}; {IBAN:DE44 5001 0517 5407 3249 31}, "
     "{IBAN:DE89 3704 0044 0532 0130 00}", UPPER_SPACED),
    ("Der Wagen ({LICENSE_PLATE:BOR-K 12}) gehört {PERSON:Jonas Albrecht}.", ROUND),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "drift"), DRIFTED)
def test_drift_does_not_eat_the_originals_brackets(policy: Policy, marked: str, drift: Drift) -> None:
    text = unmark(marked)
    session = MaskingSession(policy, seed=2)
    masked = session.mask(text, spans(marked)).text
    answer = drift(masked)
    assert answer != masked
    assert session.restore(answer).text == text


def test_upper_case_type_and_number_is_restored_in_a_new_answer(policy: Policy) -> None:
    """ "EMAIL 3" / "IBAN 2" in an answer that writes its placeholders that way; prose stays prose."""
    marked = "{EMAIL:a@example.org}, {EMAIL:b@example.org}, {EMAIL:c@example.org}, {PERSON:Petra Lindner}"
    text = unmark(marked)
    session = MaskingSession(policy, seed=2)
    session.mask(text, spans(marked))
    answer = "PERSON 1 schreibt an EMAIL 3."
    assert session.restore(answer).text == "Petra Lindner schreibt an c@example.org."
    assert session.restore("Bitte die EMAIL 3 Mal prüfen.").text == "Bitte die EMAIL 3 Mal prüfen."


# --- point 2: surrogates come back too, and never collide with an ordinary word ------------------------------------

SURROGATE_ROUND_TRIPS = [
    "Bitte überweisen Sie auf {IBAN:DE44\u00a05001\u00a00517\u00a05407\u00a03249\u00a031}.",
    "Telefon {PHONE:02541 18-0}, Durchwahl {PHONE:-2217}, Zimmer 3.",
    "Antragstellerin ist {PERSON:Ma-\nrianne Kröger} aus Coesfeld; Frau {PERSON:Kröger} ist erreichbar.",
    "Herr {PERSON:Sommer} kommt morgen. Im Sommer ist das Amt zu.",
    "{PERSON:herr sommer} schreibt klein. Herr {PERSON:Sommer} nicht. Im Sommer ist das Amt zu.",
    "Herr {PERSON:Sommer} kommt. Im {PERSON:Sommer} ist das Amt zu.",  # over-masked: comes back too
    "Wohnhaft {ADDRESS:Hauptstraße 12, 48653 Coesfeld}, PLZ {ADDRESS:48653}.",
    "{PERSON:Gerd Sommer}s Akte: Lohnnachweis_{PERSON:Sommer}.pdf",
]


@pytest.mark.parametrize("marked", SURROGATE_ROUND_TRIPS)
def test_surrogates_come_back(policy: Policy, marked: str) -> None:
    for seed in range(5):
        text, masked, restored = round_trip(policy, marked, "surrogate", seed)
        assert restored == text, masked


def test_a_postcode_found_as_address_is_replaced_not_kept(policy: Policy) -> None:
    for seed in range(5):
        _, masked, _ = round_trip(policy, "Anschrift {ADDRESS:Hauptstraße 12\n48653 Coesfeld}, PLZ {ADDRESS:48653}.",
                                  "surrogate", seed)  # fmt: skip
        assert "48653" not in masked and "Coesfeld" not in masked and "Hauptstraße 12" not in masked, masked


def test_a_surrogate_is_never_a_word_of_the_sessions_texts(policy: Policy) -> None:
    """A surrogate drawn for a later text must not be a word of an earlier one, in any case form
    (the first text names nearly every surname surrogates are drawn from, in lower case)."""
    session = MaskingSession(policy, seed=5)
    first = "Liste: " + ", ".join(name.lower() for name in SURROGATE_SURNAMES[:-4]) + "."
    session.mask(first, [])
    second = "Herr {PERSON:Kortmann}, Frau {PERSON:Brinkhoff}, Herr {PERSON:Hülsmann} und Frau {PERSON:Terhaar}."
    result = session.mask(unmark(second), spans(second), operator="surrogate")
    words = {word.casefold() for word in re.findall(r"\w+", first)}
    for replacement in result.replacements:
        assert not words & {word.casefold() for word in re.findall(r"\w+", replacement.replacement)}, result.text
    assert session.restore(first + "\n" + result.text).text == first + "\n" + unmark(second)


def test_an_earlier_surrogate_written_in_a_later_text_stays_there(policy: Policy) -> None:
    """Text 2 happens to contain, as an ordinary word, the surrogate text 1 got: restore leaves it."""
    session = MaskingSession(policy, seed=5)
    first = "Herr Kortmann hat angerufen."
    masked_first = session.mask(first, spans("Herr {PERSON:Kortmann} hat angerufen."), operator="surrogate").text
    surrogate = masked_first.split()[1]
    second = f"Die Firma {surrogate} liefert Papier."
    masked_second = session.mask(second, []).text
    answer = masked_first + "\n" + masked_second
    assert session.restore(answer).text == first + "\n" + second


# --- issue 23 point 8: literal placeholders and answers of another session -------------------------------------------


@pytest.mark.parametrize(
    "literal", ["[PERSON_1]", "[IBAN_2]", "PERSON_1", "PERSON 1", "\\[PERSON\\_1\\]", "(Person 1)", "[Person_1]s"]
)
@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_a_literal_placeholder_of_the_input_is_not_restored_to_a_person(
    policy: Policy, literal: str, operator: str
) -> None:
    marked = (
        f"Vorlage: Sehr geehrte(r) {literal}, … Bearbeitet von {{PERSON:Petra Lindner}}, "
        "IBAN {IBAN:DE44 5001 0517 5407 3249 31}."
    )
    text, masked, restored = round_trip(policy, marked, operator)
    assert f"⟦{literal}⟧" in masked
    assert restored == text


def test_restoring_with_another_sessions_id_warns(policy: Policy) -> None:
    ours = MaskingSession(policy, seed=1)
    mine = "Herr {PERSON:Jonas Albrecht} beantragt Wohngeld für die Wohnung in der {ADDRESS:Hauptstraße 12}."
    ours.mask(unmark(mine), spans(mine))
    theirs = MaskingSession(policy, seed=2)
    other = "Frau {PERSON:Sabine Kortmann} meldet ihren Hund an; die Steuer ist am Monatsende fällig."
    their_masked = theirs.mask(unmark(other), spans(other)).text

    wrong = ours.restore(their_masked)
    assert wrong.warning == WRONG_SESSION_CONTEXT
    unknown = ours.restore("Frau [PERSON_1] und [PERSON_4] haben angerufen.")
    assert unknown.warning is not None and "[PERSON_4]" in unknown.warning
    own = ours.restore("Sehr geehrter Herr [PERSON_1], Ihr Wohngeld für die [ADDRESS_1] ist bewilligt.")
    assert own.warning is None
    assert ours.restore(ours.mask(unmark(mine), spans(mine)).text).warning is None


# --- issue 18 point 3 in surrogate mode: the spellings of one name get one surrogate --------------------------

SPELLINGS = [
    ("Antrag von {PERSON:Bernd Kröger}. Herr {PERSON:Kroeger} hat angerufen.", "Kröger", "Kroeger"),
    ("{PERSON:Jens Weiß} schrieb; später rief Herr {PERSON:Weiss} an.", "Weiß", "Weiss"),
    ("{PERSON:Jürgen Kühn} und {PERSON:Juergen Kuehn} sind eine Person.", "Kühn", "Kuehn"),
]


@pytest.mark.parametrize(("marked", "spelling", "variant"), SPELLINGS)
def test_spellings_of_one_surname_get_one_surrogate(policy: Policy, marked: str, spelling: str, variant: str) -> None:
    original, masked, restored = round_trip(policy, marked, operator="surrogate")
    assert spelling not in masked and variant not in masked
    surnames = [word for word in SURROGATE_SURNAMES if word in masked]
    assert len(set(surnames)) == 1, masked
    assert restored == original


@pytest.mark.parametrize("later", ["Krögers Antrag liegt vor.", "Kroegers Antrag liegt vor."])
def test_genitive_of_a_surname_with_umlaut_from_an_earlier_text(policy: Policy, later: str) -> None:
    """The session files surnames by spelling key; the genitive check must look them up the same way,
    or "Krögers" in a later text of the session became a new person."""
    session = MaskingSession(policy, seed=3)
    session.mask("Sabine Kröger kam.", spans("{PERSON:Sabine Kröger} kam."))
    name = later.split()[0]
    masked = session.mask(later, [Finding(0, len(name), "PERSON", name, 0.9, "test")]).text
    assert masked == "[PERSON_1]s Antrag liegt vor."
    assert session.restore(masked).text == later
