"""Postal addresses: street and house number, PO box, postal code with town, c/o lines.

German street names follow few shapes: one word ending in a street word ("Gartenstraße 14",
"Bahnhofstr. 7a", "Kirchplatz 2", "Karl-Marx-Allee 5"), an adjective before a street word
("Lüdinghauser Straße 45", "Grüner Weg 12-14"), or a preposition before a noun ("Am Markt 3",
"An der Kirche 2a", "Zum Sportplatz 1"). The last shape also reads "Im Jahr 2025" or "In der
Anlage 3", so it needs a house number that ends the phrase (comma, line end, "in") and a noun that
is not one of the nouns administrative texts number ("Kapitel", "Anlage", "Raum", …).
A postal code counts only when a capitalised town word follows that is not a unit ("12500 Euro").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from anonymizer.entities import ADDRESS, Finding
from anonymizer.recognizers.base import Recognizer

#: Word endings that make a word a street name ("Gartenstraße", "Schulweg", "Kirchplatz").
STREET_SUFFIXES = (
    "straße", "strasse", "weg", "allee", "platz", "ring", "gasse", "damm", "ufer", "pfad", "stiege",
    "steig", "stieg", "chaussee", "promenade", "twiete", "kai",
)  # fmt: skip
#: Endings that also close ordinary words and town names ("Coesfeld", "Friedhof", "Heidelberg"):
#: such a street counts only when its house number ends the phrase ("Sonnenhof 3, …").
WEAK_STREET_SUFFIXES = (
    "hof", "markt", "wall", "graben", "kamp", "anger", "berg", "feld", "garten", "brink", "esch", "heide",
    "winkel", "höhe", "bogen", "busch", "wiese", "kuhle", "horst", "holz", "bruch", "rott",
)  # fmt: skip
#: Street words that stand as a word of their own after an adjective ("Lüdinghauser Straße").
STREET_WORDS = (
    "Straße", "Strasse", "Str.", "Weg", "Allee", "Platz", "Ring", "Gasse", "Damm", "Ufer", "Pfad",
    "Chaussee", "Wall", "Markt", "Graben", "Kamp", "Promenade", "Steig", "Stiege", "Hof", "Berg",
    "Feld", "Heide", "Esch", "Brink", "Winkel",
)  # fmt: skip
#: Prepositions and adjectives that start a street name ("Am Markt", "Auf dem Kamp", "Alte Gasse").
STREET_PREFIXES = (
    "Am", "Im", "An der", "An den", "An dem", "Auf dem", "Auf der", "Auf den", "Aufm", "In der",
    "In den", "Zum", "Zur", "Zu den", "Unter den", "Unterm", "Hinter der", "Hinter dem", "Hinterm",
    "Vor dem", "Vorm", "Bei der", "Beim", "Über dem", "Überm", "Alte", "Alter", "Altes", "Neue",
    "Neuer", "Neues", "Große", "Großer", "Kleine", "Kleiner", "Hohe", "Hoher", "Lange", "Langer",
    "Obere", "Oberer", "Untere", "Unterer",
)  # fmt: skip
#: The same prepositions written lower-case in running text ("wohnt am Markt 3"). Such phrases are
#: also ordinary prose ("zum Isotop 238"), so only one- and two-digit house numbers count after them.
LOWER_CASE_PREFIXES = ("am", "an der", "an den", "auf dem", "auf der", "zum", "zur", "hinter der")
#: Words ending like a street that name something else that gets numbered.
NOT_STREETS = frozenset(
    w.lower()
    for w in (
        "Arbeitsplatz", "Ausbildungsplatz", "Studienplatz", "Kitaplatz", "Krippenplatz", "Betreuungsplatz",
        "Pflegeplatz", "Heimplatz", "Therapieplatz", "Sitzplatz", "Stellplatz", "Praktikumsplatz",
        "Listenplatz", "Tabellenplatz", "Startplatz", "Rechtsweg", "Lösungsweg", "Bildungsweg", "Dienstweg",
        "Arbeitsmarkt", "Wohnungsmarkt", "Handlungsfeld",
        "Arbeitsfeld", "Tätigkeitsfeld", "Themenfeld", "Spielfeld", "Baufeld", "Umfeld",
        "Kindergarten", "Schulhof", "Bauhof", "Betriebshof", "Friedhof", "Bahnhof", "Innenhof", "Hinterhof",
        "Vorfeld", "Supermarkt", "Wochenmarkt", "Weihnachtsmarkt", "Binnenmarkt", "Holzweg", "Umweg",
        "Ausweg", "Heimweg", "Ringweg", "Bundesstraße", "Landesstraße", "Kreisstraße", "Staatsstraße",
        "Gemeindestraße", "Bundeswasserstraße", "Wasserstraße",
    )
)  # fmt: skip
#: Nouns that follow "Im/Am/In der …" with a number but are no street ("Im Jahr 2025", "In der Anlage 3").
NOT_STREET_NOUNS = frozenset(
    w.lower()
    for w in (
        "Jahr", "Jahre", "Jahren", "Vorjahr", "Monat", "Monaten", "Quartal", "Halbjahr", "Schuljahr", "Lebensjahr",
        "Kapitel", "Abschnitt", "Anlage", "Anhang", "Seite", "Absatz", "Artikel", "Paragraph", "Paragraf",
        "Punkt", "Ziffer", "Raum", "Zimmer", "Gebäude", "Haus", "Bereich", "Fall", "Tag", "Termin", "Rahmen",
        "Zeitraum", "Schritt", "Stufe", "Phase", "Runde", "Gruppe", "Klasse", "Teil", "Band", "Heft", "Nummer",
        "Top", "Tagesordnungspunkt", "Sitzung", "Alter", "Wert", "Durchschnitt", "Schnitt", "Vergleich",
        "Summe", "Betrag", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
        "Samstag", "Sonntag", "Frühjahr", "Sommer", "Herbst", "Winter", "Ergebnis", "Auftrag", "Moment",
        "Minute", "Stunde", "Woche", "Prozent", "Spiel", "Semester", "Lauf", "Level", "Modul", "Block",
        "Stock", "Geschoss", "Obergeschoss", "Erdgeschoss", "Untergeschoss", "Flur", "Saal", "Trakt",
        "Verfahren", "Schreiben", "Bescheid", "Antrag", "Vertrag", "Gesetz", "Satz", "Nr", "Fassung",
        "Ausgabe", "Version", "Folge", "Reihe", "Zeile", "Spalte", "Tabelle", "Abbildung", "Bild", "Beispiel",
        "Alltag", "Mittel", "Gesamt", "Wesentlichen", "Einzelnen", "Übrigen",
        "Ganzen", "Umfang", "Höhe", "Euro", "Plan", "Haushalt", "Haushaltsjahr", "Kalenderjahr",
        "Nummern", "Ziffern", "Buchstabe", "Buchstaben", "Stichtag", "Berichtszeitpunkt", "Zeitpunkt",
    )
)  # fmt: skip
#: Capitalised words before "Straße"/"Weg" that are no part of a street name ("Diese Straße 5 …").
NOT_ADJECTIVES = frozenset(
    (
        "der", "die", "das", "diese", "dieser", "dieses", "jede", "jeder", "jedes", "eine", "einer", "keine",
        "keiner", "seine", "seiner", "ihre", "ihrer", "unsere", "unserer", "meine", "meiner", "deine", "welche",
        "welcher", "alle", "andere", "anderer", "jene", "beide", "erste", "erster", "zweite", "letzte",
        "nächste", "gleiche", "selbe", "obige", "genannte", "besagte", "ganze", "gesamte", "oder", "aber",
        "über", "unter", "hinter", "wieder", "immer", "sehr", "mehr", "weniger", "hier", "jeden", "einen",
        "den", "dem", "des",
    )
)  # fmt: skip
#: Words after a postal code that are units or counted things, not towns ("12500 Euro").
NOT_TOWNS = frozenset(
    w.lower()
    for w in (
        "Euro", "EUR", "Dollar", "Franken", "Einwohner", "Einwohnerinnen", "Menschen", "Personen", "Fälle",
        "Kinder", "Stück", "Exemplare", "Besucher", "Besucherinnen", "Haushalte", "Mitglieder", "Anträge",
        "Bürger", "Bürgerinnen", "Beschäftigte", "Mitarbeiter", "Mitarbeitende", "Studierende", "Schüler",
        "Fahrzeuge", "Tonnen", "Kilometer", "Meter", "Quadratmeter", "Hektar", "Liter", "Stunden", "Tage",
        "Zeichen", "Wörter", "Seiten", "Punkte", "Mal", "Datensätze", "Einträge", "Zugriffe", "Kunden",
        "Verfahren", "Bescheide", "Briefe", "Nutzer", "Kilogramm", "Gramm", "Jahre",
        "Arbeitsplätze", "Wohnungen", "Betten", "Plätze", "Teilnehmer", "Teilnehmende", "Stimmen", "Nr",
        "Nummer", "Abs", "Absatz", "Satz", "Anlage", "Anhang", "Artikel", "Art", "Seite", "Teil", "Spalte",
        "Ort", "Wohnort", "Stadt", "Gemeinde", "Land", "Kreis",
    )
)  # fmt: skip
#: Words before a five-digit number that make it an amount, not a postal code ("rund 48000 Menschen").
QUANTIFIERS = frozenset(
    ("rund", "ca", "circa", "etwa", "über", "unter", "knapp", "insgesamt", "von", "bis", "mit", "je", "pro", "zu",
     "auf", "um", "als", "fast", "nur", "mindestens", "höchstens", "maximal", "minimal", "weitere", "plus",
     # numbers of standards, rules and tariff lines: "DIN EN 15933", "Nummer 31000", "Artikel 12345"
     "nr", "nummer", "nummern", "artikel", "art", "anlage", "position", "pos", "kennziffer", "ziffer", "az",
     "aktenzeichen", "vorgang", "vorgangsnummer", "konto", "kontonummer", "blz", "plz-bereich", "kapitel")
)  # fmt: skip

_CAP = r"[A-ZÄÖÜ][a-zäöüß]+"
#: "14", "7a", "5 b", "12-14", "2a-2c", "12/14", "Nr. 5": never followed by more digits, a decimal or a unit.
#: Up to three digits: four-digit numbers after a word are nearly always years ("Coesfeld 2025").
_HOUSE_NUMBER = (
    r"(?P<number>(?:Nr\.[ ]?)?[1-9]\d{0,2}(?:[ ]?[a-zA-Z](?![\w-]))?"
    r"(?:[ ]?[-/][ ]?[1-9]\d{0,2}(?:[ ]?[a-zA-Z](?![\w-]))?)?)"
    r"(?![\w]|[.,:]\d|[ ]?(?:%|€|km\b|m\b|Meter|Kilometer|Minuten|Min\.|Jahre|Euro|EUR|Uhr|h\b|Prozent))"
    # "zum Stichtag 31. Dezember", "im 3. Quartal": an ordinal, not a house number
    r"(?!\.[ ]?(?:[a-zäöü]|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|Quartal|Halbjahr|Jahrhundert|Lebensjahr|Klasse|Stock|Obergeschoss|Etage|Aufl|Auflage|Ausgabe|Kapitel)\b)"
)
#: After a weaker street shape the number must end the phrase: "Am Markt 3, …", "Am Markt 3 in …".
_ENDS_PHRASE = r"(?=[ \t]*(?:$|[,;)\n]|\.(?!\d)|[ \t](?:in|bei|im|\d{5})\b))"


def _alternatives(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, spaces as literal spaces."""
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(words, key=len, reverse=True))


#: Any word, or hyphenated words, followed by a house number ("Gartenstraße 14", "Karl-Marx-Allee 5",
#: "Bahnhofstr. 7a"). Whether the word ends like a street is checked in Python: a possessive
#: quantifier scans each word once, where a regex alternation of endings would try every ending at
#: every letter of every word (four times slower on a long text).
_COMPOUND = re.compile(r"(?<![\w-])(?P<street>[A-ZÄÖÜa-zäöü][^\W\d_]*+(?:-[^\W\d_]*+)*+\.?)[ ]?" + _HOUSE_NUMBER)
_STRONG_ENDINGS = (*STREET_SUFFIXES, "str.")
_LOWER_CASE_ENDINGS = ("straße", "strasse", "str.", "allee", "gasse")
_PHRASE_END = re.compile(_ENDS_PHRASE, re.MULTILINE)
_STRONG_STREET_WORDS = frozenset(("Straße", "Strasse", "Str.", "Weg", "Allee", "Gasse", "Chaussee", "Promenade"))
#: "Lüdinghauser Straße 45", "Grüner Weg 12-14", "Alter Markt 3".
_ADJECTIVE = re.compile(
    r"(?<![\w-])(?P<adjective>[A-ZÄÖÜ][\w-]*+)[ ](?P<word>" + _alternatives(STREET_WORDS) + r")[ ]?" + _HOUSE_NUMBER
)


def _preposition_street(prefixes: tuple[str, ...], max_digits: int) -> re.Pattern[str]:
    """A preposition, one to three capitalised nouns and a house number that ends the phrase."""
    return re.compile(
        r"(?<![\w-])(?:"
        + _alternatives(prefixes)
        + r")[ ](?P<nouns>(?:"
        + _CAP
        + r"[ ]){0,2}"
        + _CAP
        + r")[ ]"
        + _HOUSE_NUMBER.replace(r"\d{0,2}", r"\d{0," + str(max_digits - 1) + "}")
        + _ENDS_PHRASE,
        re.MULTILINE,
    )


#: "Am Markt 3", "An der Kirche 2a", "Zum Sportplatz 1", "Auf dem Hohen Kamp 4".
_PREPOSITION = _preposition_street(STREET_PREFIXES, max_digits=3)
#: "wohnt am Markt 3", "an der Kirche 2a".
_LOWER_PREPOSITION = _preposition_street(LOWER_CASE_PREFIXES, max_digits=2)
#: "Postfach 1234", "Postfach 10 12 34".
_PO_BOX = re.compile(r"\bPostfach[ ]?(?:Nr\.[ ]?)?\d{1,6}(?:[ ]\d{2,3}){0,2}(?![\w]|[.,]\d)")
#: "48653 Coesfeld", "D-48653 Coesfeld", "60311 Frankfurt am Main", "06108 Halle (Saale)", "Bad Oeynhausen".
_POSTAL_CODE = re.compile(
    r"(?<![\w.,/-])(?P<prefix>D[ ]?-[ ]?)?(?P<code>(?!00)\d{5})[ ]+"
    r"(?P<town>(?:(?:Bad|Sankt|St\.)[ ])?[A-ZÄÖÜ][a-zäöüß]\w*(?:-[A-ZÄÖÜ]\w*)*"
    r"(?:[ ](?:am|an[ ]der|im|in|ob[ ]der|bei|a\.[ ]?d\.|a\.|i\.)[ ]?[A-ZÄÖÜ]\w*\.?|[ ]\([A-ZÄÖÜ]\w+\))?)"
)
#: A postal code after its label needs no town: "PLZ: 48653", "Postleitzahl 48653".
_LABELLED_POSTAL_CODE = re.compile(r"\b(?:PLZ|Postleitzahl)[ \t]*:?[ \t]*(?P<code>(?!00)\d{5})(?![\d.,])")
#: "c/o Familie Meier" up to the end of the line or the next comma.
_CARE_OF = re.compile(r"(?<!\w)[cC]/[oO][ ]+[^\n,;]{2,60}")
#: After a label that announces an address, any street name: "Anschrift: Up de Hoffstäe 4",
#: "wohnhaft Vennweg 3". Only the street and number become the finding.
_LABELLED = re.compile(
    r"\b(?:Anschrift|Adresse|Wohnanschrift|Meldeanschrift|Meldeadresse|Postanschrift|Wohnsitz|wohnhaft(?:[ ]in)?"
    r"|Straße(?:[ ]und[ ]Hausnummer|[ ]/[ ]?Nr\.|/Nr\.)?|Str\./Nr\.)[ \t]*:?[ \t]*"
    r"(?P<street>[A-ZÄÖÜ][\w.-]*+(?:[ ](?:[a-zäöü]{1,4}|[A-ZÄÖÜ][\w.-]*+)){0,3}?)[ ]"
    + _HOUSE_NUMBER.replace("number", "lnumber")
    + _ENDS_PHRASE,
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class _Shape:
    """One written shape of an address with its score and a check that may reject a match.

    ``start_group`` names the group where the address starts when the match begins with a label
    ("Anschrift: …", "PLZ: …") that is not part of it.
    """

    name: str
    regex: re.Pattern[str]
    score: float
    accept: Callable[[str, re.Match[str]], bool]
    start_group: str | int = 0


def _accept_compound(text: str, match: re.Match[str]) -> bool:
    """A word with a street ending; one with a weak ending ("Sonnenhof") must end the phrase."""
    street = match.group("street")
    lower = street.lower()
    if lower in NOT_STREETS or lower.rsplit("-", 1)[-1] in NOT_STREETS:
        return False
    if street[0].islower():
        return lower.endswith(_LOWER_CASE_ENDINGS) and len(lower) > 6
    if street.endswith(".") and not lower.endswith("str."):
        return False
    last = lower.rsplit("-", 1)[-1]
    if lower.endswith(_STRONG_ENDINGS) and (last not in _STRONG_ENDINGS or "-" in lower):
        return True
    if lower.endswith(WEAK_STREET_SUFFIXES) and last not in WEAK_STREET_SUFFIXES:
        return bool(_PHRASE_END.match(text, match.end()))
    return False


def _accept_adjective(text: str, match: re.Match[str]) -> bool:
    """Accept "Lüdinghauser Straße 45"; after a weaker street word ("Platz 1") the number must end the phrase."""
    adjective = match.group("adjective")
    if not adjective.endswith(("er", "e", "es")) or adjective.lower() in NOT_ADJECTIVES:
        return False
    if match.group("word") in _STRONG_STREET_WORDS:
        return True
    return bool(_PHRASE_END.match(text, match.end()))


def _accept_preposition(_text: str, match: re.Match[str]) -> bool:
    nouns = match.group("nouns").split()
    return not any(noun.lower() in NOT_STREET_NOUNS for noun in nouns)


def _accept_postal_code(text: str, match: re.Match[str]) -> bool:
    town = match.group("town")
    if town.split()[0].rstrip(".").lower() in NOT_TOWNS:
        return False
    if match.group("prefix"):
        return True
    before = text[max(0, match.start() - 20) : match.start()].split()
    if not before:
        return True
    word = before[-1].rstrip(".:")
    # an upper-case abbreviation before the number makes it a standard or code ("DIN EN 15933")
    return word.lower() not in QUANTIFIERS and not (len(word) >= 2 and word.isupper() and word.isalpha())


def _accept_labelled(_text: str, match: re.Match[str]) -> bool:
    """A street after "Anschrift:", unless the words are a noun phrase ("Anschrift Seite 2")."""
    return not any(word.lower() in NOT_STREET_NOUNS for word in match.group("street").split())


def _accept_always(_text: str, _match: re.Match[str]) -> bool:
    return True


class AddressRecognizer(Recognizer):
    """Finds street addresses, PO boxes, postal codes with town and c/o lines."""

    name = "address"
    entity_types = (ADDRESS,)

    shapes = (
        _Shape("street_compound", _COMPOUND, 0.75, _accept_compound),
        _Shape("street_adjective", _ADJECTIVE, 0.7, _accept_adjective),
        _Shape("street_preposition", _PREPOSITION, 0.6, _accept_preposition),
        _Shape("street_preposition_lower", _LOWER_PREPOSITION, 0.5, _accept_preposition),
        _Shape("po_box", _PO_BOX, 0.85, _accept_always),
        _Shape("postal_code", _POSTAL_CODE, 0.7, _accept_postal_code),
        _Shape("postal_code_labelled", _LABELLED_POSTAL_CODE, 0.8, _accept_always, start_group="code"),
        _Shape("care_of", _CARE_OF, 0.75, _accept_always),
        _Shape("labelled", _LABELLED, 0.7, _accept_labelled, start_group="street"),
    )

    def analyze(self, text: str) -> list[Finding]:
        best: dict[tuple[int, int], Finding] = {}
        for shape in self.shapes:
            for match in shape.regex.finditer(text):
                if not shape.accept(text, match):
                    continue
                start, end = match.start(shape.start_group), match.end()
                # a sentence-final full stop or colon after a town or a c/o line is not part of it
                while end > start and text[end - 1] in " \t.:" and not text[start:end].endswith(("a.", "i.", "St.")):
                    end -= 1
                if (start, end) not in best or best[start, end].score < shape.score:
                    best[start, end] = Finding(start, end, ADDRESS, text[start:end], shape.score, self.name)
        # "Zum Sportplatz 1" also contains the one-word street "Sportplatz 1": keep the outer span.
        outer: list[Finding] = []
        reach = -1
        for finding in sorted(best.values(), key=lambda f: (f.start, -f.end)):
            if finding.end <= reach:
                continue
            outer.append(finding)
            reach = finding.end
        return outer
