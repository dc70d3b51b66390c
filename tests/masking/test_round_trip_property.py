"""Property: ``restore(mask(x)) == x`` over generated letters with every entity kind and its traps.

The letters are built piece by piece, so every finding sits exactly where it was written (an
ordinary word such as "Sommer" can stand next to the person Sommer). They hold every entity kind,
name variants of one person ("Petra Lindner", "Frau Lindner", "Lindners", "Lindner, Petra",
"Lindner Immobilien", lower case, a hyphenated line break "Pe-⏎tra"), values in brackets
("(BOR-K 12)", "<p.lindner@…>"), IBANs with non-breaking spaces, an extension "Durchwahl -2217",
Markdown, surnames that are also ordinary words of the text, an over-masked greeting, and literal
placeholders of a form letter ("[PERSON_1]"). The round trip must hold for placeholders and
surrogates, over several texts of one session, and — for placeholders — for every drift form a
chatbot produces, as long as the drift leaves the text around the placeholder alone.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from masking_helpers import DRIFTS

from anonymizer import entities as E
from anonymizer.entities import Finding
from anonymizer.masking import MaskingSession
from anonymizer.masking import surrogates as S
from anonymizer.policy import CategoryRule, Policy, load_default_policy

PEOPLE = (
    ("Petra", "Lindner"), ("Gerd", "Sommer"), ("Yusuf Ali", "Osman"), ("Klara", "Weiß"), ("Paul", "von Reden"),
    ("Marianne", "Kröger"), ("Jürgen", "Winter"), ("Özlem", "Öztürk"), ("Bernd", "Koch"), ("Anna-Lena", "Brinkhoff"),
)  # fmt: skip
#: Sentences with ordinary words that are also surnames above: they must never change.
ORDINARY = ("Im Sommer ist das Amt geschlossen.", "Der Winter war lang.", "Der Koch der Kantine grüßt.",
            "Die Weiß-Tabelle liegt bei.", "Das Osmanische Reich ist Thema.")  # fmt: skip
FILLER = ("Bezug nehmend auf Ihr Schreiben vom 3. Mai", "Die Unterlagen sind vollständig",
          "Über die Zuständigkeit entscheidet das Amt", "Wir bitten um Geduld")  # fmt: skip
#: Literal placeholders of a form letter: they must come back as they were.
LITERALS = ("[PERSON_1]", "[IBAN_1]", "PERSON 2", "\\[PERSON\\_1\\]", "(Person 1)", "EMAIL_1")


@dataclass
class Letter:
    """A text built from pieces; typed pieces are findings."""

    pieces: list[tuple[str, str | None]]

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.pieces)

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        position = 0
        for piece, entity_type in self.pieces:
            if entity_type is not None:
                found.append(Finding(position, position + len(piece), entity_type, piece, 0.9, "test"))
            position += len(piece)
        return found


def _person_mention(first: str, surname: str, form: str) -> list[tuple[str, str | None]]:
    """One way of writing a person, as pieces (the salutation may stay outside the finding)."""
    genitive = "'" if surname[-1] in "sßxz" else "s"
    broken = f"{first[:2]}-\n{first[2:]}" if len(first) > 4 and first[2:3].islower() and " " not in first else first
    forms: dict[str, list[tuple[str, str | None]]] = {
        "full": [(f"{first} {surname}", E.PERSON)],
        "salutation-in": [(f"Frau {surname}", E.PERSON)],
        "salutation-out": [("Herr ", None), (surname, E.PERSON)],
        "salutation-nbsp": [("Frau\u00a0", None), (surname, E.PERSON)],
        "title": [("Dr. ", None), (f"{first} {surname}", E.PERSON)],
        "surname": [(surname, E.PERSON)],
        "genitive": [(surname + genitive, E.PERSON)],
        "reversed": [(f"{surname}, {first}", E.PERSON)],
        "firm": [(surname, E.PERSON), (" Immobilien", None)],
        "lower": [(f"{first} {surname}".lower(), E.PERSON)],
        "hyphen": [(f"{broken} {surname}", E.PERSON)],
        "bold": [("**", None), (f"{first} {surname}", E.PERSON), ("**", None)],
    }
    return forms[form]


PERSON_FORMS = ("full", "salutation-in", "salutation-out", "salutation-nbsp", "title", "surname", "genitive",
                "reversed", "firm", "lower", "hyphen", "bold")  # fmt: skip


def _values(rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """Every other entity kind, some in brackets or with non-breaking spaces, as pieces."""
    iban = S.iban("DE00 0000 0000 0000 0000 00", rng)
    return {
        "iban": [("IBAN ", None), (iban, E.IBAN)],
        "iban-nbsp": [("IBAN ", None), (iban.replace(" ", "\u00a0"), E.IBAN)],
        "iban-compact": [("IBAN ", None), (iban.replace(" ", ""), E.IBAN)],
        "phone": [("Telefon ", None), (S.phone("02541 / 18-1234", rng), E.PHONE)],
        "phone-brackets": [("Mobil (", None), (S.phone("0171 2345678", rng), E.PHONE), (")", None)],
        "extension": [("Durchwahl ", None), ("-" + str(rng.randint(1000, 9999)), E.PHONE)],
        "email": [("<", None), (S.email("x@example.org", rng), E.EMAIL), (">", None)],
        "birth": [
            ("geb. ", None),
            (S.date_of_birth(rng.choice(("12.03.1985", "12. März 1985")), rng), E.DATE_OF_BIRTH),
        ],
        "tax-id": [("Steuer-ID ", None), (S.tax_id("28 365 461 076", rng), E.TAX_ID)],
        "address": [("wohnhaft ", None), (S.address("Hauptstraße 12, 48653 Coesfeld", rng), E.ADDRESS)],
        "postcode": [("PLZ ", None), (str(rng.randint(10000, 99999)), E.ADDRESS)],
        "plate": [("Kennzeichen (", None), (S.license_plate("BOR-K 12", rng), E.LICENSE_PLATE), (")", None)],
        "health": [("KVNR ", None), (S.health_insurance("A123456780", rng), E.HEALTH_INSURANCE)],
        "social": [("RVNR ", None), (S.social_security("65 170839 J 003", rng), E.SOCIAL_SECURITY)],
        "card": [("Karte ", None), (S.credit_card("4111 1111 1111 1111", rng), E.CREDIT_CARD)],
        "bic": [("BIC ", None), (S.bic("COBADEFFXXX", rng), E.BIC)],
        "ip": [("IP ", None), (S.ip_address("10.0.0.1", rng), E.IP_ADDRESS)],
        "tax-number": [("StNr. ", None), (S.tax_number("181/815/08155", rng), E.TAX_NUMBER)],
        "reference": [("Az. ", None), (S.shape_preserving("51-2024/0815", rng), E.REFERENCE)],
        "id": [("Ausweis ", None), (S.shape_preserving("L01X00T47", rng), E.ID_DOCUMENT)],
        "url": [("Web ", None), (S.url("https://www.kortmann-privat.de", rng), E.URL)],
        "organization": [("Arbeitgeber: ", None), (S.organization("Kortmann Bau GmbH", rng), E.ORGANIZATION)],
        "location": [("Geburtsort ", None), (S.location("Coesfeld", rng), E.LOCATION)],
    }


@st.composite
def letters(draw: st.DrawFn) -> Letter:
    rng = random.Random(draw(st.integers(0, 2**32)))
    people = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True))
    values = _values(rng)
    pieces: list[tuple[str, str | None]] = []
    for _ in range(draw(st.integers(1, 7))):
        kind = draw(st.sampled_from(("person", "person", "value", "ordinary", "literal", "greeting", "markdown")))
        first, surname = draw(st.sampled_from(people))
        mention = _person_mention(first, surname, draw(st.sampled_from(PERSON_FORMS)))
        if kind == "person":
            pieces += [("Laut ", None), *mention, (" ist alles da.", None)]
        elif kind == "value":
            value = values[draw(st.sampled_from(sorted(values)))]
            pieces += [("Für ", None), *mention, (": ", None), *value, (".", None)]
        elif kind == "ordinary":
            pieces.append((draw(st.sampled_from(ORDINARY)), None))
        elif kind == "literal":
            pieces.append((f"Vorlage: {draw(st.sampled_from(LITERALS))} einsetzen.", None))
        elif kind == "greeting":  # an over-masked greeting: "Grüße" found as a person
            pieces += [("Viele ", None), ("Grüße", E.PERSON), ("\nBeste Grüße", None)]
        else:
            pieces += [("- ", None), *mention, (" (", None), *values["plate"], (")", None)]
        pieces.append((draw(st.sampled_from((" ", "\n", "\n\n", " ", f" {draw(st.sampled_from(FILLER))}. "))), None))
    return Letter(pieces)


def _every_kind_masked(mixed: bool = False) -> Policy:
    """The default policy with places and organisations masked too (the policy only shows them);
    ``mixed``: every other category by surrogate, the rest by placeholder, as a policy may say."""
    policy = load_default_policy()
    categories = {**policy.categories, E.ORGANIZATION: CategoryRule(True, "placeholder"),
                  E.LOCATION: CategoryRule(True, "placeholder")}  # fmt: skip
    if mixed:
        for index, entity_type in enumerate(sorted(categories)):
            categories[entity_type] = CategoryRule(True, "surrogate" if index % 2 else "placeholder")
    return replace(policy, categories=categories)


def _session(seed: int, mixed: bool = False) -> MaskingSession:
    return MaskingSession(_every_kind_masked(mixed), seed=seed)


#: An operator for all categories (``--mode``), or None: the mixed policy's operator per category.
OPERATORS = st.sampled_from(("placeholder", "surrogate", None))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter=letters(), operator=OPERATORS, seed=st.integers(0, 2**16))
def test_restore_of_the_masked_text_is_the_original(letter: Letter, operator: str | None, seed: int) -> None:
    text, findings = letter.text, letter.findings()
    session = _session(seed, mixed=operator is None)
    masked = session.mask(text, findings, operator=operator)
    restored = session.restore(masked.text)
    assert restored.text == text
    assert restored.unresolved == [] and restored.warning is None
    for finding in findings:
        if finding.type != E.PERSON:
            assert finding.text not in masked.text
        if finding.type == E.ADDRESS:  # no part of a found address stays, the postcode included
            for postcode in re.findall(r"\d{5}", finding.text):
                assert postcode not in masked.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(letters(), min_size=2, max_size=3),
    operator=OPERATORS,
    seed=st.integers(0, 2**16),
)
def test_one_session_many_texts_one_answer(texts: list[Letter], operator: str | None, seed: int) -> None:
    """The masked texts of a session pasted together come back as the originals, also after the
    session was stored and loaded again (a later surrogate may be a word of an earlier text)."""
    session = _session(seed, mixed=operator is None)
    masked = [session.mask(letter.text, letter.findings(), operator=operator).text for letter in texts]
    again = MaskingSession.from_table(session.to_table(), _every_kind_masked(mixed=operator is None))
    assert again.restore("\n\n".join(masked)).text == "\n\n".join(letter.text for letter in texts)


#: A real placeholder: not one escaped as a literal ("⟦[PERSON_1]⟧").
_PLACEHOLDER = re.compile(r"(?<!⟦)\[(?P<type>[A-Z_]+?)_(?P<number>\d+)\]")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter=letters(), data=st.data(), seed=st.integers(0, 2**16))
def test_restore_survives_every_drift_form(letter: Letter, data: st.DataObject, seed: int) -> None:
    text = letter.text
    session = _session(seed)
    masked = session.mask(text, letter.findings()).text
    style = data.draw(st.sampled_from(DRIFTS))  # a chatbot drifts one way through an answer…
    mixed = data.draw(st.booleans())  # …or several ways

    def drift(match: re.Match[str]) -> str:
        chosen = data.draw(st.sampled_from(DRIFTS)) if mixed else style
        return chosen(match["type"], match["number"])

    answer = _PLACEHOLDER.sub(drift, masked)
    assert session.restore(answer).text == text
