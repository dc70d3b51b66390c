"""Surrogates: same kind, same format, valid check digits (checked with python-stdnum), consistent."""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re

import phonenumbers
import pytest
from masking_helpers import find, find_all
from stdnum import bic, iban, luhn
from stdnum.de import idnr, stnr

from anonymizer import entities as E
from anonymizer.masking import MaskingSession
from anonymizer.masking import surrogates as S
from anonymizer.masking.names import SURROGATE_SURNAMES, gender_of_first_name, surrogate_first_names
from anonymizer.policy import Policy

SEEDS = range(25)


def _layout(value: str) -> str:
    """The format of a value: every letter/digit replaced by a class symbol, separators kept."""
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", value))


@pytest.mark.parametrize(
    ("entity_type", "original", "is_valid"),
    [
        (E.IBAN, "DE44 5001 0517 5407 3249 31", iban.is_valid),
        (E.IBAN, "DE44500105175407324931", iban.is_valid),
        (E.IBAN, "AT61 1904 3002 3457 3201", iban.is_valid),
        (E.IBAN, "NL91ABNA0417164300", iban.is_valid),
        (E.TAX_ID, "28365461076", idnr.is_valid),
        (E.TAX_ID, "28 365 461 076", idnr.is_valid),
        (E.TAX_NUMBER, "181/815/08155", stnr.is_valid),
        (E.TAX_NUMBER, "4151081508156", stnr.is_valid),
        (E.CREDIT_CARD, "4111 1111 1111 1111", luhn.is_valid),
        (E.CREDIT_CARD, "5500000000000004", luhn.is_valid),
        (E.SOCIAL_SECURITY, "65 170839 J 003", S.is_valid_rvnr),
        (E.SOCIAL_SECURITY, "15070649C103", S.is_valid_rvnr),
        (E.HEALTH_INSURANCE, "A123456780", S.is_valid_kvnr),
        (E.BIC, "COBADEFFXXX", bic.is_valid),
        (E.BIC, "WELADED1COE", bic.is_valid),
        (E.BIC, "MARKDEFF", bic.is_valid),
    ],
)
def test_numbers_get_valid_check_digits_and_keep_their_format(
    entity_type: str, original: str, is_valid: object
) -> None:
    assert callable(is_valid)
    assert is_valid(re.sub(r"\s", "", original)), "the example itself must be valid"
    for seed in SEEDS:
        value = S.surrogate_value(entity_type, original, random.Random(seed))
        assert value != original
        assert is_valid(re.sub(r"\s", "", value)), value
        if entity_type != E.BIC:
            assert _layout(value) == _layout(original)


@pytest.mark.parametrize(("number", "valid"), [("65170839J003", True), ("65170839J004", False),
                                               ("65170839K003", False), ("A123456780", None)])  # fmt: skip
def test_rvnr_check_digit_matches_the_published_example(number: str, valid: bool | None) -> None:
    assert S.is_valid_rvnr(number) is bool(valid)


@pytest.mark.parametrize(("number", "valid"), [("A123456780", True), ("A000500015", True),
                                               ("A123456781", False), ("123456780", False)])  # fmt: skip
def test_kvnr_check_digit_matches_published_examples(number: str, valid: bool) -> None:
    assert S.is_valid_kvnr(number) is valid


@pytest.mark.parametrize("original", ["02541 / 18-1234", "0251 4123456", "+49 171 2345678", "0171/2345678"])
def test_phone_numbers_are_valid_and_keep_area_code_and_layout(original: str) -> None:
    parsed = phonenumbers.parse(original, "DE")
    area = phonenumbers.length_of_national_destination_code(parsed)
    prefix = str(parsed.national_number)[:area]
    for seed in SEEDS:
        value = S.phone(original, random.Random(seed))
        reparsed = phonenumbers.parse(value, "DE")
        assert phonenumbers.is_valid_number(reparsed), value
        assert str(reparsed.national_number).startswith(prefix)
        assert _layout(value) == _layout(original) and value != original


@pytest.mark.parametrize(
    ("original", "pattern", "parse"),
    [
        ("12.03.1985", r"\d{2}\.\d{2}\.\d{4}", "%d.%m.%Y"),
        ("3.7.1962", r"\d{1,2}\.\d{1,2}\.\d{4}", "%d.%m.%Y"),
        ("12.03.85", r"\d{2}\.\d{2}\.\d{2}", "%d.%m.%y"),
        ("1985-03-12", r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
        ("12. März 1985", r"\d{1,2}\. [A-Za-zä]+ \d{4}", ""),
    ],
)
def test_birth_dates_are_shifted_but_plausible(original: str, pattern: str, parse: str) -> None:
    months = {name: i + 1 for i, name in enumerate(S.MONTHS)}
    for seed in SEEDS:
        value = S.date_of_birth(original, random.Random(seed))
        assert re.fullmatch(pattern, value), value
        if parse:
            date = dt.datetime.strptime(value, parse).date()
            before = dt.datetime.strptime(original, parse).date()
        else:
            day, month, year = value.replace(".", "").split()
            date = dt.date(int(year), months[month], int(day))
            before = dt.date(1985, 3, 12)
        assert date != before and abs((date - before).days) <= 430
        assert date < dt.date.today()


def test_a_birth_date_that_is_no_date_keeps_its_shape() -> None:
    value = S.date_of_birth("31.02.1985", random.Random(1))
    assert _layout(value) == _layout("31.02.1985") and value != "31.02.1985"


_STREET = r"[A-ZÄÖÜ][a-zäöüß]+(straße|weg|allee|ring|gasse|platz)"
_TOWN = r"[A-ZÄÖÜ][a-zäöü]+"


@pytest.mark.parametrize(
    ("original", "pattern"),
    [
        ("Hauptstraße 12, 48653 Coesfeld", rf"{_STREET} \d+, \d{{5}} {_TOWN}"),
        ("Lindenweg 3a", rf"{_STREET} \d+"),
        ("Bahnhofstr. 7 48653 Coesfeld", rf"[A-ZÄÖÜ][a-zäöüß]+str\. \d+ \d{{5}} {_TOWN}"),
        ("Am Markt 3", r"Am [A-ZÄÖÜ][a-zäöüß]+ \d+"),
        ("An der Kirche 7\n48653 Coesfeld", rf"An der [A-ZÄÖÜ][a-zäöüß]+ \d+\n\d{{5}} {_TOWN}"),
        ("Postfach 12 34, 48651 Coesfeld", rf"Postfach \d\d \d\d, \d{{5}} {_TOWN}"),
        ("c/o Kortmann, Alte Poststraße 5-7", rf"c/o [A-ZÄÖÜ][a-zäöüß]+, {_STREET} \d+"),
        ("48653 Coesfeld", rf"\d{{5}} {_TOWN}"),
        ("D-48653 Coesfeld-Lette", rf"D-\d{{5}} {_TOWN}"),
        ("48653", r"\d{5}"),
        ("Hauptstraße 12, Coesfeld", rf"{_STREET} \d+, {_TOWN}"),
        # the name after "c/o" alone, as the address recognizer finds it since issue 17 point 8
        ("Heizungsbau Kortmann GmbH", r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜa-zäöüß.]+)*"),
    ],
)
def test_addresses_get_a_plausible_street_and_postcode(original: str, pattern: str) -> None:
    """Every part of a found address is replaced: street, house number, postcode (all five digits:
    a postcode found as ADDRESS stayed in the surrogate text before) and town."""
    kept_parts = set(re.findall(r"\d{5}|[A-ZÄÖÜ][a-zäöüß]{3,}", original)) - {"Postfach"}
    numbers = [re.sub(r"\D", "", line) for line in re.split(r"[,\n]", original)]
    for seed in SEEDS:
        value = S.address(original, random.Random(seed))
        assert re.fullmatch(pattern, value), value
        for part in kept_parts:
            assert not re.search(rf"(?<!\w){part}(?!\w)", value), (part, value)
        for number, line in zip(numbers, re.split(r"[,\n]", value), strict=True):
            assert not number or re.sub(r"\D", "", line) != number, (number, value)


@pytest.mark.parametrize(
    ("entity_type", "original", "check"),
    [
        (E.EMAIL, "s.kortmann@example.org", lambda v: re.fullmatch(r"[a-z]+\.[a-z]+@example\.(org|com|net)", v)),
        (E.IP_ADDRESS, "10.1.2.3", lambda v: ipaddress.ip_address(v).is_private),
        (E.IP_ADDRESS, "2a02:8070::1", lambda v: ipaddress.ip_address(v) in ipaddress.ip_network("2001:db8::/32")),
        (E.LICENSE_PLATE, "COE-AB 123", lambda v: re.fullmatch(r"COE-[A-Z]{2} \d{3}", v)),
        (E.URL, "https://www.kortmann-privat.de", lambda v: v.startswith("https://www.example-")),
        (E.ORGANIZATION, "Kortmann Bau GmbH", lambda v: v.endswith(" GmbH")),
        (E.REFERENCE, "Az. 51-2024/0815", lambda v: _layout(v) == _layout("Az. 51-2024/0815")),
    ],
)
def test_other_kinds_get_a_value_of_the_same_kind(entity_type: str, original: str, check: object) -> None:
    assert callable(check)
    for seed in SEEDS:
        value = S.surrogate_value(entity_type, original, random.Random(seed))
        assert check(value), value
        assert value != original


# --- in a session ----------------------------------------------------------------------------------------


def test_persons_keep_gender_and_the_shape_of_each_mention(policy: Policy) -> None:
    text = "Sabine Kortmann, Frau Kortmann, S. Kortmann und Kortmanns Akte; Jonas Albrecht und Herr Albrecht."
    spans = [("Sabine Kortmann", E.PERSON), ("Kortmann", E.PERSON), ("S. Kortmann", E.PERSON),
             ("Kortmanns", E.PERSON), ("Jonas Albrecht", E.PERSON), ("Albrecht", E.PERSON)]  # fmt: skip
    for seed in SEEDS:
        session = MaskingSession(policy, seed=seed)
        masked = session.mask(text, find_all(text, spans), operator="surrogate").text
        match = re.fullmatch(
            r"(\w+) (\w+), Frau (\w+), (\w)\. (\w+) und (\w+)s Akte; (\w+) (\w+) und Herr (\w+)\.", masked
        )
        assert match, masked
        first, surname, *rest = match.groups()
        assert rest[:4] == [surname, first[0], surname, surname]
        assert gender_of_first_name(first) == "f" and gender_of_first_name(rest[4]) == "m"
        assert rest[5] == rest[6] != surname and surname in SURROGATE_SURNAMES


def test_same_original_same_surrogate_across_texts_and_seeded(policy: Policy) -> None:
    text = "IBAN DE44 5001 0517 5407 3249 31 von Jonas Albrecht"
    spans = [("DE44 5001 0517 5407 3249 31", E.IBAN), ("Jonas Albrecht", E.PERSON)]
    session = MaskingSession(policy, seed=5)
    one = session.mask(text, find_all(text, spans), operator="surrogate").text
    two = session.mask(text, find_all(text, spans), operator="surrogate").text
    other = MaskingSession(policy, seed=5).mask(text, find_all(text, spans), operator="surrogate").text
    assert one == two == other
    assert MaskingSession(policy, seed=6).mask(text, find_all(text, spans), operator="surrogate").text != one


def test_no_surrogate_equals_a_real_value_in_the_text(policy: Policy) -> None:
    free = SURROGATE_SURNAMES[:3]
    roster = ", ".join(name for name in SURROGATE_SURNAMES if name not in free)  # real names, not findings
    text = f"Teilnehmer: {roster}. Antragstellerin ist Sabine Kortmann."
    for seed in SEEDS:
        session = MaskingSession(policy, seed=seed)
        masked = session.mask(text, [find(text, "Sabine Kortmann", E.PERSON)], operator="surrogate").text
        surname = masked.rsplit(" ", 1)[-1].rstrip(".")
        assert surname in free


def test_surrogates_stay_distinct_and_unreal_when_the_name_list_is_used_up(policy: Policy) -> None:
    names = [*SURROGATE_SURNAMES, "Kortmann", "Albrecht"]
    text = " ".join(f"Frau {name}." for name in names)
    findings = [find(text, name, E.PERSON) for name in names]
    result = MaskingSession(policy, seed=1).mask(text, findings, operator="surrogate")
    surrogates = [r.replacement for r in result.replacements]
    assert len(set(surrogates)) == len(names)
    for surrogate in surrogates:
        assert surrogate not in names
        assert re.search(rf"(?<!\w){re.escape(surrogate)}(?!\w)", text) is None


ORDINARY_WORDS = ["Bauer", "Koch", "Richter", "Vogel", "Köhler", "Erika", "Iris", "Mark", "Wolf", "Horst", "Flora",
                  "Jasmin", "Heide", "Lore", "Viola", "Ernst", "Frank", "Rose", "Baum", "Adler", "Hahn", "Ester",
                  "Marina", "Reiner", "Roman", "Silvester"]  # fmt: skip


@pytest.mark.parametrize("word", ORDINARY_WORDS)
def test_ordinary_words_are_never_surrogate_names(word: str) -> None:
    assert word not in SURROGATE_SURNAMES
    assert word not in surrogate_first_names("f") and word not in surrogate_first_names("m")


def test_surrogate_names_take_a_clean_genitive() -> None:
    for name in (*SURROGATE_SURNAMES, *surrogate_first_names("f"), *surrogate_first_names("m")):
        assert name[-1] not in "sxzß", name
