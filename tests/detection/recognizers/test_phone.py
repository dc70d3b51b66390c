"""PhoneRecognizer: German and international numbers in all forms; amounts, dates and other numbers are not phones."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonymizer.detection.factory import build_engine
from anonymizer.detection.recognizers.phone import PhoneRecognizer
from anonymizer.entities import IBAN, PHONE, TAX_ID, TAX_NUMBER


@pytest.fixture(scope="module")
def recognizer() -> PhoneRecognizer:
    return PhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel. 02541 / 18-1234", ["02541 / 18-1234"]),
        ("Telefon (0 25 91) 8 93 47", ["(0 25 91) 8 93 47"]),
        ("erreichbar unter 0251 123456.", ["0251 123456"]),
        ("Handy: 0171-1234567", ["0171-1234567"]),
        ("nummer hab ich: 0160 4471190", ["0160 4471190"]),
        ("Tel. 0151 2890 4417. Befund", ["0151 2890 4417"]),
        ("Rückfragen gern an r.eling@posteo.de oder 02502 23 88 41.", ["02502 23 88 41"]),
        ("Mobil +49 152 12345678", ["+49 152 12345678"]),
        ("+49 (0)2541 18-1234", ["+49 (0)2541 18-1234"]),
        ("Rufnummer 0049 251 1234", ["0049 251 1234"]),
        ("Tel. +49-(0)251-123456", ["+49-(0)251-123456"]),
        ("Tel. (+49) 251 123456", ["(+49) 251 123456"]),
        ("Telefon 0251 / 4 92 - 12 34", ["0251 / 4 92 - 12 34"]),
        ("Wien +43 1 58858-0", ["+43 1 58858-0"]),
        ("Büro Enschede: +31 53 123 4567", ["+31 53 123 4567"]),
        ("Istanbul +90 212 123 45 67", ["+90 212 123 45 67"]),
        ("Zentrale 0251 123456, Durchwahl 12", ["0251 123456, Durchwahl 12", "12"]),
        ("Fax: 0251/4321-99", ["0251/4321-99"]),
        ("Tel. 8 93 47", ["8 93 47"]),
        ("Tel.0251/123456", ["0251/123456"]),
        ("bitte Durchwahl -1234 wählen", ["-1234"]),
        ("Sachbearbeiterin unter 05794 / 31-9476.", ["05794 / 31-9476"]),
        ("neue Nummer +49 166 26805214", ["+49 166 26805214"]),
        ("Tel. 03482280873", ["03482280873"]),
        ("Tel. (01449) 471671", ["(01449) 471671"]),
        ("Tel. 00334 01878", ["00334 01878"]),
        ("Vorgang 00334 01878", []),
        ("Vorgang 03482280873 abgeschlossen", []),
        ("Vorgang (01449) 471671", []),
        ("Vorgang 01-234/2025 erledigt", []),
        ("Betrag 1.234,56 € überwiesen", []),
        ("Förderung von 12.500 Euro", []),
        ("im Jahr 2025", []),
        ("geboren am 11.02.2006", []),
        ("Frist bis 30.09.2025", []),
        ("gemäß § 35 Abs. 2 SGB X", []),
        ("48653 Coesfeld", []),
        ("01067 Dresden", []),
        ("IBAN DE44 5001 0517 5407 3249 31", []),
        ("Steuer-ID 28365461076", []),
        ("Steuer-ID 28 365 461 076", []),
        ("Lüdinghauser Straße 45", []),
        ("Termin um 14:30 Uhr", []),
        ("Az. 20.4-113/2025", []),
        ("Stichtag 01/02/2006", []),
        ("ISO-Datum 2006-01-02", []),
        ("Handy 2025 gekauft", []),
        ("St.-Nr. 21/815/08150", []),
        ("Kosten 0,50 € pro Seite", []),
        ("Wert 3.0251234 gemessen", []),
        ("Pyromellitsäureanhydrid (CAS-Nr. 0000089-32-7)", []),
    ],
)
def test_table(recognizer: PhoneRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == PHONE and text[f.start : f.end] == f.text for f in findings)


LETTER = (
    "Sehr geehrte Frau Pohlmann,\n"
    "die Erstattung von 1.234,56 € geht am 30.09.2025 auf Ihr Konto DE44 5001 0517 5407 3249 31 "
    "(BIC WELADED1COE). Ihre Steuer-ID 28365461076 bzw. 28 365 461 076 und die Steuernummer "
    "133/8150/8159 haben wir vermerkt (Az. 20.4-113/2025, § 35 Abs. 2 SGB X).\n"
    "Rückfragen: Tel. 02541 / 18-1234, Fax 02541 18-1299, mobil 0171-1234567, E-Mail "
    "s.pohlmann@kreis-coesfeld.de, 48653 Coesfeld.\n"
)


@pytest.mark.parametrize(
    ("known", "unknown"),
    [("0251 123456", "05794 / 31-9476"), ("+49 152 12345678", "+49 166 26805214")],
)
def test_number_outside_the_plan_scores_lower(recognizer: PhoneRecognizer, known: str, unknown: str) -> None:
    (known_finding,) = recognizer.analyze(f"Rückfragen an {known}")
    (unknown_finding,) = recognizer.analyze(f"Rückfragen an {unknown}")
    assert known_finding.score > unknown_finding.score >= recognizer.min_score


def test_engine_keeps_phones_off_bank_and_tax_numbers() -> None:
    """In a mixed letter every validated IBAN/Steuer-ID wins, and no phone finding touches them."""
    findings = build_engine(with_model=False).analyze(LETTER)
    by_type: dict[str, list[str]] = {}
    for finding in findings:
        by_type.setdefault(finding.type, []).append(finding.text)
    assert by_type[PHONE] == ["02541 / 18-1234", "02541 18-1299", "0171-1234567"]
    assert by_type[IBAN] == ["DE44 5001 0517 5407 3249 31"]
    assert by_type[TAX_ID] == ["28365461076", "28 365 461 076"]
    assert by_type[TAX_NUMBER] == ["133/8150/8159"]
    protected = [f for f in findings if f.type in (IBAN, TAX_ID, TAX_NUMBER)]
    phones = [f for f in findings if f.type == PHONE]
    assert not any(p.overlaps(q) for p in phones for q in protected)


def _german_amount(euros: int, cents: int) -> str:
    return f"{euros:,}".replace(",", ".") + f",{cents:02d} €"


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    euros=st.integers(0, 10_000_000),
    cents=st.integers(0, 99),
    year=st.integers(1900, 2100),
    paragraph=st.integers(1, 999),
    clause=st.integers(1, 12),
    minutes=st.integers(0, 24 * 60 - 1),
    postcode=st.integers(1067, 99998),
)
def test_no_phone_in_dates_amounts_years_paragraphs(
    day: date, euros: int, cents: int, year: int, paragraph: int, clause: int, minutes: int, postcode: int
) -> None:
    text = (
        f"Am {day:%d.%m.%Y} ({day.isoformat()}) wurden {_german_amount(euros, cents)} für {year} gezahlt "
        f"(§ {paragraph} Abs. {clause}), um {minutes // 60:02d}:{minutes % 60:02d} Uhr, {postcode:05d} Coesfeld."
    )
    assert PhoneRecognizer().analyze(text) == []


# Issue 17, point 7: phone numbers as letters written elsewhere put them (invented examples).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel. (02561) 88 - 417", ["(02561) 88 - 417"]),
        ("Fragen zur Rechnung: 02561 555-1200 o. 1201", ["02561 555-1200 o. 1201"]),
        ("Zentrale 0251 4470-12 oder 13", ["0251 4470-12 oder 13"]),
        ("Tel. 0251 123456 oder 2 andere Nummern", ["0251 123456"]),  # a count, not a second line
        ("Sohn unter +43 (662) 80-44-1234 erreichbar", ["+43 (662) 80-44-1234"]),
        ("Praxis +41 (31) 555 12 34", ["+41 (31) 555 12 34"]),
        ("bitte Durchwahl -2217 wählen", ["-2217"]),
        ("Dienstarzt Dr. Meier, Piepser 4711", ["4711"]),
        ("(Terminvereinbarung unter 4470-2218). Kontrolle in 2 Wochen", ["4470-2218"]),
        ("Rückruf bitte unter der Nummer 4470 2218", ["4470 2218"]),
        # a local number after "unter" needs a phone word nearby; year ranges and months are no phones
        ("Die Fälle liegen unter 4470-2218 Euro.", []),
        ("Termine im Zeitraum unter 2020-2021", []),
        ("04/2024 - 08/2024 6 Zyklen Chemotherapie", []),
        ("02-04/2025 4 Sitzungen", []),
        ("Verlauf 12/2023 - 03/2024: stabil", []),
    ],
)
def test_table_of_external_letters(recognizer: PhoneRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(text[f.start : f.end] == f.text for f in findings)
