"""AddressRecognizer: streets with house numbers, PO boxes, postal code with town, c/o lines."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.address import AddressRecognizer
from anonymizer.entities import ADDRESS


@pytest.fixture(scope="module")
def recognizer() -> AddressRecognizer:
    return AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich wohne in der Gartenstraße 14, 48301 Nottuln.", ["Gartenstraße 14", "48301 Nottuln"]),
        ("Die Praxis liegt Am Markt 3 in Coesfeld.", ["Am Markt 3"]),
        ("Sie wohnt am Markt 3.", ["am Markt 3"]),
        ("Anschrift: An der Kirche 2a, 48653 Coesfeld", ["An der Kirche 2a", "48653 Coesfeld"]),
        ("Wohnung in der Bahnhofstr. 7a gekündigt", ["Bahnhofstr. 7a"]),
        ("Er wohnt in Dülmen, Lüdinghauser Straße 3. Er bittet um Hilfe.", ["Lüdinghauser Straße 3"]),
        ("Lüdinghauser Straße 45", ["Lüdinghauser Straße 45"]),
        ("Julia Gerwing, Am Bach 2, 48727 Billerbeck", ["Am Bach 2", "48727 Billerbeck"]),
        ("Grüner Weg 12-14", ["Grüner Weg 12-14"]),
        ("Hauptstraße 5 b", ["Hauptstraße 5 b"]),
        ("Zum Sportplatz 1", ["Zum Sportplatz 1"]),
        ("Kirchplatz 2", ["Kirchplatz 2"]),
        ("Schulweg 4, 48249 Dülmen", ["Schulweg 4", "48249 Dülmen"]),
        ("Münsterstraße 12a", ["Münsterstraße 12a"]),
        ("Karl-Marx-Allee 5/7", ["Karl-Marx-Allee 5/7"]),
        ("Müller-Lüdenscheidt-Weg 3", ["Müller-Lüdenscheidt-Weg 3"]),
        ("Kirchstr.12", ["Kirchstr.12"]),
        ("wohnhaft Gartenstraße14", ["Gartenstraße14"]),
        ("Adresse: Up de Hoffstäe 4, 48727 Billerbeck", ["Up de Hoffstäe 4", "48727 Billerbeck"]),
        ("wohnhaft Schloss Varlar 1, Coesfeld", ["Schloss Varlar 1"]),
        ("Straße und Hausnummer: Rue de la Paix 12\n", ["Rue de la Paix 12"]),
        ("Hauptstraße Nr. 5", ["Hauptstraße Nr. 5"]),
        ("ich wohn jetzt in der gartenstraße 14", ["gartenstraße 14"]),
        ("Sonnenhof 3, 48653 Coesfeld", ["Sonnenhof 3", "48653 Coesfeld"]),
        ("Auf dem Hohen Kamp 4, Nottuln", ["Auf dem Hohen Kamp 4"]),
        ("Alter Markt 3", ["Alter Markt 3"]),
        ("Berliner Platz 1, 48143 Münster", ["Berliner Platz 1", "48143 Münster"]),
        ("im alten Zuchthaus in der Neuendorfer Straße 90c.", ["Neuendorfer Straße 90c"]),
        ("Antwort bitte an Postfach 1234.", ["Postfach 1234"]),
        ("Postfach 10 12 34, 48143 Münster", ["Postfach 10 12 34", "48143 Münster"]),
        ("48653 Coesfeld", ["48653 Coesfeld"]),
        ("D-48653 Coesfeld", ["D-48653 Coesfeld"]),
        ("60311 Frankfurt am Main", ["60311 Frankfurt am Main"]),
        ("06108 Halle (Saale)", ["06108 Halle (Saale)"]),
        ("32545 Bad Oeynhausen", ["32545 Bad Oeynhausen"]),
        ("PLZ: 48653", ["48653"]),
        ("Postleitzahl 48653 Ort Coesfeld", ["48653"]),
        ("PLZ/Ort: 48653 Coesfeld", ["48653 Coesfeld"]),
        (
            "Frau Meier\nc/o Familie Schulte\nAm Markt 3\n48653 Coesfeld",
            ["Schulte", "Am Markt 3", "48653 Coesfeld"],
        ),
    ],
)
def test_finds_addresses(recognizer: AddressRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == ADDRESS for f in findings)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    "text",
    [
        "Bitte tragen Sie die Hausnummer 5 ein.",
        "nach § 35 Abs. 2 BauGB",
        "siehe Kapitel 3",
        "Anlage 2 enthält die Berechnung.",
        "Seite 4 des Bescheids",
        "Die Straße ist gesperrt.",
        "Die Straße 5 Jahre lang gesperrt",
        "vom 14. bis 16. Oktober",
        "ein Betrag von 12500 Euro",
        "rund 48000 Menschen leben hier",
        "12500 Einwohner",
        "2025 Coesfeld",
        "Kreis Coesfeld 2024",
        "Raum 2.14",
        "Im Jahr 2025 wurden 30 Anträge gestellt.",
        "In der Anlage 3, Seite 2",
        "Am Montag 3 Termine",
        "Im Rahmen 3 neuer Maßnahmen",
        "Arbeitsplatz 3 ist frei.",
        "Jahrgang 2016",
        "Der Schulweg 3 km ist zu weit.",
        "Der Direktor 3",
        "Studiengang 2",
        "Sitzung am 3. Mai",
        "TOP 4",
        "nach DIN EN 15933 Schlamm",
        "im Verhältnis des Isotops 235 zum Isotop 238.",
        "nördlich der Bundesstraße 73",
        "zum Berichtszeitpunkt 31. Dezember",
        "die unter den Nummern 1, 3 und 4 aufgeführten",
        "auf der Basis 2 und 3",
        "Palandt / Grüneberg 77. Aufl. § 275",
        "die GOP 17332 und 17333 EBM-Ä im Quartal",
        "Abschnitt C.4 des Anhangs zur Richtlinie 92/69/EWG der Kommission",
        "in der Gartenstraße. 14 Kinder spielten",
        "Gartenstraße14b2",
        "Anschrift siehe Seite 2.",
        "Die Adresse der Kita 3, die neu ist",
        "wohnhaft in Dülmen seit 12 Jahren",
        "Sie erreichte in Irland und Brasilien Platz 1 der Charts.",
        "Der Deutscher Platz 1 der Rangliste",
    ],
)
def test_ignores_look_alikes(recognizer: AddressRecognizer, text: str) -> None:
    assert [f.text for f in recognizer.analyze(text)] == []


# Issue 17, point 6 (and the address block of point 1): shapes seen in letters written elsewhere.
# Every example is invented in the shape of what was seen.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space before the house number's letter, a stray full stop after the street word
        ("Buchenweg 3 c, 48653 Coesfeld", ["Buchenweg 3 c", "48653 Coesfeld"]),
        ("Eichendorffstraße. 7 a\n48653 Coesfeld", ["Eichendorffstraße. 7 a", "48653 Coesfeld"]),
        # one letter wrong in "straße"
        ("Meine neue Adresse ist Bahnhofstrße 12, Gescher.", ["Bahnhofstrße 12"]),
        ("Kirchstrase 4, 48727 Billerbeck", ["Kirchstrase 4", "48727 Billerbeck"]),
        ("Marktstrsse 9\n48249 Dülmen", ["Marktstrsse 9", "48249 Dülmen"]),
        # lower case, "str" without its dot
        ("ich wohn jetzt lüdinghauser str. 4 in coesfeld", ["lüdinghauser str. 4"]),
        ("Coesfelder str 88", ["Coesfelder str 88"]),
        ("Dülmener Str 12, 48301 Nottuln", ["Dülmener Str 12", "48301 Nottuln"]),
        # a street name without street word: before a postal code, after an address label, in a form
        ("Sonnenhang 14\n48653 Coesfeld", ["Sonnenhang 14", "48653 Coesfeld"]),
        ("Gudrun Efing, Sonnenhang 14, 48727 Billerbeck", ["Sonnenhang 14", "48727 Billerbeck"]),
        ("Abs.: Maria Terhechte · Lerchenhain 3 · 48301 Nottuln", ["Lerchenhain 3", "48301 Nottuln"]),
        ("wohnhaft Auf der Horst 5", ["Auf der Horst 5"]),
        ("Anschrift der Eltern: Up'n Hook 8, 48329 Havixbeck", ["Up'n Hook 8", "48329 Havixbeck"]),
        ("Straße, Hausnummer\nSonnenhang 31\n", ["Sonnenhang 31"]),
        ("wohnhaft Ulmengasse 4, Neudorf", ["Ulmengasse 4"]),
        # Münsterland farmsteads and named houses
        ("Betrieb: Bauerschaft Welbergen 17", ["Bauerschaft Welbergen 17"]),
        ("Bernhard Wenning, Hof Kemperhoff 4, 48341 Altenberge", ["Hof Kemperhoff 4", "48341 Altenberge"]),
        ("Herr Klaus Roters, Haus Runde 3, bestellt", ["Haus Runde 3"]),
        # Austrian and Swiss postal codes
        ("Neue Anschrift: Spitalgasse 21, CH-3011 Bern", ["Spitalgasse 21", "CH-3011 Bern"]),
        ("Klinik am Gaisberg · A-5020 Salzburg", ["A-5020 Salzburg"]),
        ("wohnhaft in 6020 Innsbruck", ["6020 Innsbruck"]),
        ("wohnhaft Kaigasse 7, 5020 Salzburg", ["Kaigasse 7", "5020 Salzburg"]),
        ("Linzer Gasse 15/3\nA-5020 Salzburg", ["Linzer Gasse 15/3", "A-5020 Salzburg"]),
        ("wh.: 4020 Linz, Landstrasse 12", ["4020 Linz", "Landstrasse 12"]),
        ("Pat.: Maria Huber, 1100 Wien, Favoritenstraße 12/3/4", ["1100 Wien", "Favoritenstraße 12/3/4"]),
        ("Herrn Dr. Lukas Elsner Rosenstrße 21 A-8010 Graz", ["Rosenstrße 21", "A-8010 Graz"]),
        # a postal code in its own table column or on the line after "PLZ"
        ("PLZ\n48653\nOrt\nCoesfeld", ["48653"]),
        ("PLZ: A-5020", ["A-5020"]),
        (
            "Name\tStraße\tPLZ\tOrt\nRahimi\tSonnenhang 14\t48653\tCoesfeld\nKaya\tAuf der Horst 5\t6020\tInnsbruck\n",
            ["Sonnenhang 14", "48653", "Auf der Horst 5", "6020"],
        ),
        ("Kunde;Anschrift\nNowak;Gartenweg 3 c, 48249 Dülmen\n", ["Gartenweg 3 c, 48249 Dülmen"]),
        # the address block of a letter head (issue 17, point 1)
        (
            "Frau\nDr. Merle Budde\nFachärztin für Kinderheilkunde\nMünsterländer Str. 22 b\n48712 Gescher",
            ["Münsterländer Str. 22 b", "48712 Gescher"],
        ),
        # "c/o" and the salutation after it stay outside the span (issue 17, point 8)
        ("c/o Anna Lütkemeyer, Gartenweg 3, 48653 Coesfeld", ["Anna Lütkemeyer", "Gartenweg 3", "48653 Coesfeld"]),
        # no street where the words before the number are numbered things or a name with a street after it
        ("Kapitel 3, 48653 Coesfeld", ["48653 Coesfeld"]),
        ("Zimmer 12\n48653 Coesfeld", ["48653 Coesfeld"]),
        ("Tel. 4471\n48653 Coesfeld", ["48653 Coesfeld"]),
        ("Anschrift Hagenstr. 3 a, 48653 Coesfeld", ["Hagenstr. 3 a", "48653 Coesfeld"]),
    ],
)
def test_finds_addresses_of_external_letters(recognizer: AddressRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
        assert "c/o" not in finding.text


@pytest.mark.parametrize(
    "text",
    [
        "Er wurde zu einer Geldstrafe 30, zahlbar in Raten, verurteilt.",
        "Im Jahr 2025 Coesfeld besucht, 1990 Berlin verlassen.",
        "Station 4, 5020 Salzburg",  # a four-digit number and a town without an address around it
        "Nach 2019 Berlin und 2021 Hamburg",
        "Er ist immer weg 5 Tage lang.",
        "Sie wohnt weiter str 5 Minuten entfernt.",
        "Besprechung im Haus Nord 2, Eingang B",
        "die Terrasse 3 Meter breit",
        "Anlage 2\n48 Seiten",
        "Name\tPLZ\nMeier\tunbekannt\n",
        "Kosten;Straße\n12,50;gesperrt\n",
    ],
)
def test_ignores_look_alikes_of_external_letters(recognizer: AddressRecognizer, text: str) -> None:
    assert [f.text for f in recognizer.analyze(text)] == []
