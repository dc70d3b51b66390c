"""DateOfBirthRecognizer: only dates the text marks as birth dates, and only the date itself."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.date_of_birth import DateOfBirthRecognizer
from anonymizer.entities import DATE_OF_BIRTH


@pytest.fixture(scope="module")
def recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Meier, geb. 14.03.1985, wohnt in Coesfeld.", ["14.03.1985"]),
        ("Herr Kaya, geb. am 14.03.1985", ["14.03.1985"]),
        ("Sie ist geboren am 3. Mai 1990 in Münster.", ["3. Mai 1990"]),
        ("Anna Schulte *12.07.1978", ["12.07.1978"]),
        ("Anna Schulte, * 12.07.1978, † 03.01.2020", ["12.07.1978"]),
        ("Geburtsdatum: 1985-03-14", ["1985-03-14"]),
        ("Geburtsdatum 14.3.85", ["14.3.85"]),
        ("Vater von Elif Gülcan (geb. 04.04.2016), sprach vor", ["04.04.2016"]),
        ("Er ist am 11.02.2006 geboren und studiert.", ["11.02.2006"]),
        ("Sie wurde am 03. März 1985 in Dülmen geboren.", ["03. März 1985"]),
        ("Geb.-Datum: 01.01.1960", ["01.01.1960"]),
        ("Geburtsdatum/-ort: 14.03.1985 in Münster", ["14.03.1985"]),
        ("Geburtsdatum des Kindes: 15.08.2019", ["15.08.2019"]),
        ("Geburtsdatum:\n15.08.2019", ["15.08.2019"]),
        ("geboren am 29.02.1988", ["29.02.1988"]),
        ("Geburtstag: 7. Okt. 1971", ["7. Okt. 1971"]),
        (
            "Name\tGeburtsdatum\tOrt\nMeier\t14.03.1985\tCoesfeld\nMüller\t1.2.1990\tDülmen\n",
            ["14.03.1985", "1.2.1990"],
        ),
        ("| Name | Geb. |\n|---|---|\n| Anna | 03.05.2011 |\n| Ben | 04.06.2012 |", ["03.05.2011", "04.06.2012"]),
        ("Name;Vorname;Geburtsdatum\nMeier;Anna;14.03.1985\n", ["14.03.1985"]),
        ("Name,Vorname,Geburtsdatum\nMeier,Anna,14.03.1985\n", ["14.03.1985"]),
        ("Geburtsdatum der Mutter: 01.02.1980", ["01.02.1980"]),
        ("Geburtsdatum von Herrn Kaya: 01.02.1980", ["01.02.1980"]),
        ("Tochter Lea (* 03.05.2011) besucht die Kita.", ["03.05.2011"]),
        ("geboren: 14.03.1985", ["14.03.1985"]),
    ],
)
def test_finds_birth_dates(recognizer: DateOfBirthRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == DATE_OF_BIRTH for f in findings)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    "text",
    [
        "Ein Beratungstermin wurde für den 12.12.2025 vereinbart.",
        "Das Fahrzeug wurde zum 30.09.2025 außer Betrieb gesetzt.",
        "Die Kreisverwaltung ist am 24. und 31. Dezember geschlossen.",
        "Frau Anna Schmidt geb. Müller wohnt seit 01.01.2020 hier.",  # geb. before a birth name
        "geb. 31.02.1985",  # no such day
        "geboren am 14.13.1985",  # no such month
        "geb. 14.03.1785",  # too old for a living person
        "Buch, geb., 24,90 Euro",
        "* 12.07.2020 Sitzung des Ausschusses",  # bullet point
        "Die Kosten* 12.07.2020 sind gestiegen.",
        "Datum\tBetrag\n14.03.1985\t12,50\n",  # a table without birth-date column
        "Name\tGeburtsdatum\nMeier\tunbekannt\n",
        "Er wurde 1985 geboren.",  # a year alone is no birth date
        "Am 12.12.2024 wurde das Programm für Neugeborene gestartet.",
        "Abgeordnete, die vor dem 1. Januar 1947 geboren sind, erhalten",
        "für Kinder, die nach dem 31. Dezember 1991 geboren wurden",
    ],
)
def test_ignores_other_dates(recognizer: DateOfBirthRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


def test_table_ends_at_line_without_separator(recognizer: DateOfBirthRecognizer) -> None:
    text = "Name\tGeburtsdatum\nMeier\t14.03.1985\n\nTermin:\t12.12.2020\n"
    assert [f.text for f in recognizer.analyze(text)] == ["14.03.1985"]


# Issue 17, point 7: birth dates as letters, forms and chats written elsewhere put them (invented examples).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ihr Patient Bernd Hölscher, geb. 7.3.61, wohnhaft in Dülmen", ["7.3.61"]),
        ("geburtsdatum ich 2.9.1990 und ich wohn jetzt in coesfeld", ["2.9.1990"]),
        ("geboren bin ich am 4.11.1993", ["4.11.1993"]),
        ("mein geb datum is der 5.6.88", ["5.6.88"]),
        ("Name, Vorname\nLammerding, Petra\nGeburtsdatum (TT.MM.JJJJ)\n12.04.1978\n", ["12.04.1978"]),
        ("Geburtsdatum\n03.01.1998\nGeburtsort\nAsmara", ["03.01.1998"]),
        ("Kind: Mila Rensing\ngeb: 23.5.2021\n", ["23.5.2021"]),
        ("geb 23.5.2001 in Ahaus", ["23.5.2001"]),
        # the header line of a record: name, date, residence
        ("Heinrich Bröcker, 17.01.1938, wohnhaft Lange Str. 44", ["17.01.1938"]),
        ("Anna Muster,  14.06.1975, wh.: 4020 Linz", ["14.06.1975"]),
        # a record's person line: label, name, date
        ("Patient: Müller, Hans, 12.03.1945\nDiagnose: …", ["12.03.1945"]),
        ("Kind: Mila Rensing, 16.07.2021", ["16.07.2021"]),
        # an explicit marker before the date holds even where the document's dates lie in the future
        ("Mustermann, Lina, geb. am 11.09.2031", ["11.09.2031"]),
    ],
)
def test_finds_birth_dates_of_external_texts(
    recognizer: DateOfBirthRecognizer, text: str, expected: list[str]
) -> None:
    assert [f.text for f in recognizer.analyze(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Er ist seit 01.02.2020 wohnhaft in Coesfeld.",
        "Der Mieter, seit 01.02.2020 wohnhaft in Coesfeld",  # "seit" is no comma before the date
        "Der Termin am 12.12.2031 wurde verschoben.",  # a future date without a marker
        "Das Kind wird voraussichtlich im Mai geboren, Termin 12.05.2031.",
        "Geburtsdatum (TT.MM.JJJJ)\nbitte nachreichen\n12.04.2025 Eingang",
        "geb: unbekannt, Aufnahme 16.7.2024",
        "Name: Anna Muster, Aufnahme 12.03.2025",
        "Name: Muster, Anna, Termin: 12.03.2025",
        "Betrifft: Ihr Schreiben, 12.03.2025",
    ],
)
def test_ignores_other_dates_of_external_texts(recognizer: DateOfBirthRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []
