"""ReferenceRecognizer: identifiers introduced by a label; labels are data and can be extended."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.reference import ReferenceRecognizer, default_labels
from anonymizer.entities import REFERENCE


@pytest.fixture(scope="module")
def recognizer() -> ReferenceRecognizer:
    return ReferenceRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Aktenzeichen unseres Verfahrens ist 20.4-113/2025. Bitte verwenden Sie es.", ["20.4-113/2025"]),
        ("Az.: 51.2-0815/24", ["51.2-0815/24"]),
        ("AZ: 51.2-0815/24", ["51.2-0815/24"]),
        ("Gz. 123/45", ["123/45"]),
        ("Geschäftszeichen: III/2-4711", ["III/2-4711"]),
        ("Ihre Kundennummer: K-12345", ["K-12345"]),
        ("Kunden-Nr. 4711-0815", ["4711-0815"]),
        ("Kd.-Nr. 12345", ["12345"]),
        ("Personalnummer 12345", ["12345"]),
        ("Ihre Mitgliedsnummer lautet 98765.", ["98765"]),
        ("BG-Nummer 12345BG0001234", ["12345BG0001234"]),
        ("AZR-Nummer: 123456789012", ["123456789012"]),
        ("Versichertennummer A123456780", ["A123456780"]),
        ("Vorgangsnummer 2025/0815", ["2025/0815"]),
        ("Registriernummer DE 123456", ["DE 123456"]),
        ("Der Hund hat die Chipnummer 276098106012345.", ["276098106012345"]),
        ("Rechnungsnummer RE-2025-0815", ["RE-2025-0815"]),
        ("Vertragsnummer: V 123456", ["V 123456"]),
        ("Bitte geben Sie Ihre Nr. 12345 an.", ["12345"]),
        ("Rechnung Nr. 2025-0815 vom 3. März", ["2025-0815"]),
        ("Vertrag Nr. 4711/2024", ["4711/2024"]),
        ("Name: Meier\nNr.: 4711-0815\n", ["4711-0815"]),
        ("Gemarkung Coesfeld, Flur 3, Flurstück 123/4", ["123/4"]),
        ("Fallnummer 77-2025", ["77-2025"]),
        ("Antragsnummer: 2025-00012", ["2025-00012"]),
        ("Kassenzeichen 5.1234.5678.9", ["5.1234.5678.9"]),
        ("Bedarfsgemeinschaftsnummer 36201//0012345", ["36201//0012345"]),
        ("Kundennummer: 123 456 789, bitte angeben", ["123 456 789"]),
        ("Aktenzeichen 5 O 123/24", ["5 O 123/24"]),
        ("Rentenversicherungsnummer 12 150385 M 123", ["12 150385 M 123"]),
        ("Az. 51.2 - 0815/24", ["51.2 - 0815/24"]),
        ("Die Bedarfsgemeinschaft 36201BG0012345 erhält Leistungen.", ["36201BG0012345"]),
        ("Ihr Zeichen: ABC-123", ["ABC-123"]),
        ("Aktenzeichen:\n20.4-113/2025", ["20.4-113/2025"]),
        ("Benutzerkennung: mmeier01", ["mmeier01"]),
        ("Az. VG 12/2025 und Kundennummer 4711", ["VG 12/2025", "4711"]),
        # numbers written with spaces: every short group with a digit, a capital between digit groups
        ("Rentenversicherungsnummer 65 170839 J 004", ["65 170839 J 004"]),
        ("Kundennummer 123 456 789 liegt vor", ["123 456 789"]),
        ("Aktenzeichen K 12/34", ["K 12/34"]),
        ("Mitgliedsnummer 12 345 A 6", ["12 345 A 6"]),
        ("Kundennummer 4711 AB12, bitte", ["4711 AB12"]),
        # … but never a date, a word, or past a sentence end
        ("Kundennummer 123 456 vom 12.03.2025", ["123 456"]),
        ("Kundennummer 123 456 12.03.2025 eingegangen", ["123 456"]),
        ("Vorgangsnummer 2025-0815 2025-03-14 angelegt", ["2025-0815"]),
        ("Az. 20.4-113/2025 bitte angeben", ["20.4-113/2025"]),
        ("Kundennummer 4711. 12 Stück folgen", ["4711"]),
        ("Kundennummer 4711 12-fach gesichert", ["4711"]),
        ("Kundennummer 4711 A bitte", ["4711"]),
        ("Kundennummer 4711, 12 Anlagen", ["4711"]),
    ],
)
def test_finds_labelled_identifiers(recognizer: ReferenceRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == REFERENCE for f in findings)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    "text",
    [
        "TOP Nr. 1: Begrüßung",
        "Nr. 1",
        "Bitte tragen Sie die Hausnummer 5 ein.",
        "nach § 35 Abs. 2 BauGB",
        "siehe Anlage 3",
        "auf Seite 2",
        "Aktenzeichen vom 12.12.2025",
        "Kundennummer vom 2025-03-14",
        "Telefonnummer 0251 12345",
        "Tel.-Nr. 02541 1234",
        "Zimmer-Nr. 2.14",
        "Rechnungsnummer bei Rückfragen angeben",
        "Kundennummer: siehe Anlage 3",
        "Drucksache Nr. 123/2025",
        "lfd. Nr. 123",
        "Die Nummer 5 ist vergeben.",
        "Das Aktenzeichen ist unbekannt.",
        "Am 12.12.2025 wurde der Termin vereinbart.",
        "Bitte geben Sie die Nr. 12345 an.",  # "die Nr." alone says nothing about whose number
        "im Sinne der Verordnung (EG) Nr. 1013/2006 des Europäischen Parlaments",
        "(ABl. EG Nr. L 348 S. 8)",
        "die Gebühr ist nach Nummer 1.7.1 zu erheben",
        "Bei dem Gebührentatbestand der Nummer 10.1 sind",
        "nach Anhang 1 Nr. 9.2 bleiben",
        "im Bundesgesetzblatt Teil III, Gliederungsnummer 4132-1, veröffentlicht",
        "der Warennummer 9990 63 00",
        "BGBl. I Nr. 12",
        "eine Rechtsträgerkennung: 1. Kreditinstitute",
        "Meyer-Ladewig, SGG, § 160a RdNr 16f",
        "EuGH GRUR 2004, 674, Rdnr. 115",
        "Nach Nr. 4142 des Vergütungsverzeichnisses",
    ],
)
def test_ignores_unlabelled_numbers(recognizer: ReferenceRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


def test_extra_labels_from_policy() -> None:
    text = "Hundesteuermarke 4711-A"
    assert ReferenceRecognizer().analyze(text) == []
    extended = ReferenceRecognizer(extra_labels=["Hundesteuermarke"])
    assert [f.text for f in extended.analyze(text)] == ["4711-A"]


def test_explicit_label_overrides_the_exclusions() -> None:
    text = "Zimmernummer 2.14"
    assert ReferenceRecognizer().analyze(text) == []
    assert [f.text for f in ReferenceRecognizer(extra_labels=["Zimmernummer"]).analyze(text)] == ["2.14"]


def test_bundled_labels_cover_the_common_families() -> None:
    labels = {label.lower() for label in default_labels()}
    assert {"aktenzeichen", "az.", "geschäftszeichen", "kassenzeichen", "flurstück"} <= labels


# Issue 17, point 7: identifiers of records written elsewhere (invented examples).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pat.-Nr. 20.448.17", ["20.448.17"]),
        ("Fall-Nr.: 2025/0815", ["2025/0815"]),
        ("Teilnehmer-ID: KI-2025-0447", ["KI-2025-0447"]),
        ("Patienten-ID: 4471203398", ["4471203398"]),
        ("Kundennummer bei der Agentur für Arbeit: `318B220417`.", ["318B220417"]),
        ("Kundennummer (bitte immer angeben): 4471 339", ["4471 339"]),
        ('Kunden-Nr.: "271K339015"', ["271K339015"]),
        ("Az.: 32.1-OWi-25-0187", ["32.1-OWi-25-0187"]),
        ("Geschäftszeichen: 36.2-AB-1147/25", ["36.2-AB-1147/25"]),
        # short or everyday labels count with their colon where a field starts
        ("Befund\nFall: 10234165\nDiagnose: …", ["10234165"]),
        ("Fallzahl: B-3318204467  SV: 1234140385", ["B-3318204467", "1234140385"]),
        ("Name: Anna Muster\nPIZ: 44120937\tVorgangs-Nr. 0177632", ["44120937", "0177632"]),
        ("Name: Anna Muster, ID: 5512-778\nAktenz. 51.2-0815/24", ["5512-778", "51.2-0815/24"]),
        # livestock: a cattle ear tag (DE and 10 digits), a farm's register number (DE and 12 digits)
        ("Das Rind mit der Ohrmarke DE 05 193 27740 war nicht gemeldet.", ["DE 05 193 27740"]),
        ("Registriernummer des Betriebes: DE 05 558 0021 807", ["DE 05 558 0021 807"]),
        ("Bestand laut HIT: DE 0519327740, DE 0519327741", ["DE 0519327740", "DE 0519327741"]),
        # the cells of a column whose header is a label
        (
            "Kunden-Nr.;Name;Telefon\n318D104471;Nowak, Agnieszka;-\n318D104512;Berisha, Arben;-\n",
            ["318D104471", "318D104512"],
        ),
        ("Name\tAktenzeichen\nMeier\t51.2-0815/24\nKaya\t51.2-0816/24\n", ["51.2-0815/24", "51.2-0816/24"]),
    ],
)
def test_finds_identifiers_of_external_records(
    recognizer: ReferenceRecognizer, text: str, expected: list[str]
) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(text[f.start : f.end] == f.text for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Auf jeden Fall: 12 Termine im Mai",  # "Fall:" only where a field starts
        "Im Fall 3 wurde anders entschieden.",
        "Die Fallzahl 2024 stieg.",
        "Piz: 3 Gipfel",
        "Die Spiele-ID: 12 wurde vergeben.",
        "Er sagt, die ID: 42 sei falsch.",
        "Sitzung im Zimmer 3.021, Tagesordnungspunkt 4",
        "nach § 45 Abs. 2 der Geschäftsordnung",
        "IBAN DE21 4005 0150 0095 0123 45",  # 20 digits: a bank account, not an ear tag
        "USt DE 123456789 und DE 1234567",  # 9 and 7 digits
        "Nr.\tName\tBetrag\n1\tMeier\t12,50\n2\tKaya\t13,00\n",  # a bare "Nr." column numbers the rows
        "Telefonnummer;Name\n4711;Meier\n",
        "Kundennummer;Datum\n12.03.2025;14.03.2025\n",
    ],
)
def test_ignores_numbers_of_external_records(recognizer: ReferenceRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []
