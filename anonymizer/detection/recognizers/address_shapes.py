"""What a postal address looks like: the street words, the written shapes and the checks that reject a match.

German street names follow few shapes: one word ending in a street word ("Gartenstraße 14",
"Bahnhofstr. 7a", "Kirchplatz 2", "Karl-Marx-Allee 5"), an adjective before a street word
("Lüdinghauser Straße 45", "Grüner Weg 12-14"), or a preposition before a noun ("Am Markt 3",
"An der Kirche 2a", "Zum Sportplatz 1"). The last shape also reads "Im Jahr 2025" or "In der
Anlage 3", so it needs a house number that ends the phrase (comma, line end, "in") and a noun that
is not one of the nouns administrative texts number ("Kapitel", "Anlage", "Raum", …).
A postal code counts only when a capitalised town word follows that is not a unit ("12500 Euro").
:class:`~anonymizer.detection.recognizers.address.AddressRecognizer` runs these shapes and the passes that need
the matches of others (four-digit postal codes, streets before a postal code, table columns).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

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
        "welcher", "alle", "andere", "anderer", "jene", "beide", "erste", "erster", "zweite", "letzte", "nächste",
        "gleiche", "selbe", "obige", "genannte", "besagte", "ganze", "gesamte", "oder", "aber", "über", "unter",
        "hinter", "wieder", "immer", "sehr", "mehr", "weniger", "hier", "jeden", "einen", "den", "dem", "des",
        "weiter", "später", "früher", "lieber", "sicher", "bisher", "daher", "vorher", "nachher", "euer", "unser",
        "deiner", "letzter", "zweiter", "dritter", "vier", "aller", "beider",
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
#: Words that start a line with a number but no street ("Herrn Dr. …", "Tel. 4471", "Fax 12").
_NOT_STREET_STARTS = frozenset(
    ("Herr", "Herrn", "Frau", "Familie", "Fam.", "Firma", "Fa.", "Dr.", "Prof.", "Tel.", "Tel", "Telefon", "Fax",
     "Mobil", "Handy", "Postfach", "Zi.", "Station", "Gebäude", "Etage", "Stock", "Bett", "Platz", "Nr.", "Nummer",
     "Anschrift", "Adresse", "Wohnanschrift", "Straße", "Ort", "PLZ", "Wohnort", "Hausnummer")
)  # fmt: skip
#: Words after "Haus"/"Hof" that name a part of a building or site, not a farmstead ("Haus Nord 2").
_BUILDING_PARTS = frozenset(
    ("nummer", "nr", "teil", "bereich", "block", "ebene", "etage", "stock", "geschoss", "trakt", "flügel", "eingang",
     "süd", "nord", "ost", "west", "mitte", "zimmer", "raum", "gebäude", "station", "seite", "abschnitt")
)  # fmt: skip
_STREET_WORD_SET = frozenset(w.rstrip(".") for w in STREET_WORDS)
#: Words before a five-digit number that make it an amount, not a postal code ("rund 48000 Menschen").
QUANTIFIERS = frozenset(
    ("rund", "ca", "circa", "etwa", "über", "unter", "knapp", "insgesamt", "von", "bis", "mit", "je", "pro", "zu",
     "auf", "um", "als", "fast", "nur", "mindestens", "höchstens", "maximal", "minimal", "weitere", "plus",
     # numbers of standards, rules and tariff lines: "DIN EN 15933", "Nummer 31000", "Artikel 12345"
     "nr", "nummer", "nummern", "artikel", "art", "anlage", "position", "pos", "kennziffer", "ziffer", "az",
     "aktenzeichen", "vorgang", "vorgangsnummer", "konto", "kontonummer", "blz", "plz-bereich", "kapitel")
)  # fmt: skip

_CAP = r"[A-ZÄÖÜ][a-zäöüß]+"
#: "14", "7a", "5 b", "12-14", "2a-2c", "12/14", "Nr. 5", Austria's staircase and door "12/3/4": never
#: followed by more digits, a decimal or a unit.
#: Up to three digits: four-digit numbers after a word are nearly always years ("Coesfeld 2025").
_HOUSE_NUMBER = (
    r"(?P<number>(?:Nr\.[ ]?)?[1-9]\d{0,2}(?:[ ]?[a-zA-Z](?![\w-]))?"
    r"(?:/[1-9]\d{0,2}(?=/\d))?(?:[ ]?[-/][ ]?[1-9]\d{0,2}(?:[ ]?[a-zA-Z](?![\w-]))?)?)"
    r"(?![\w]|[.,:]\d|[ ]?(?:%|€|km\b|m\b|Meter|Kilometer|Minuten|Min\.|Jahre|Euro|EUR|Uhr|h\b|Prozent))"
    # "zum Stichtag 31. Dezember", "im 3. Quartal": an ordinal, not a house number
    r"(?!\.[ ]?(?:[a-zäöü]|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|Quartal|Halbjahr|Jahrhundert|Lebensjahr|Klasse|Stock|Obergeschoss|Etage|Aufl|Auflage|Ausgabe|Kapitel)\b)"
)
#: After a weaker street shape the number must end the phrase: "Am Markt 3, …", "Am Markt 3 in …".
_ENDS_PHRASE = r"(?=[ \t]*(?:$|[,;)\n]|\.(?!\d)|[ \t](?:in|bei|im|\d{5}|(?:D|A|AT|CH)-\d{4,5})\b))"


def _alternatives(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, spaces as literal spaces."""
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(words, key=len, reverse=True))


#: Any word, or hyphenated words, followed by a house number ("Gartenstraße 14", "Karl-Marx-Allee 5",
#: "Bahnhofstr. 7a"). Whether the word ends like a street is checked in Python: a possessive
#: quantifier scans each word once, where a regex alternation of endings would try every ending at
#: every letter of every word (four times slower on a long text).
#: A second word "str"/"str."/"straße" written in lower case or without its dot after an adjective
#: ("lüdinghauser str. 4", "Coesfelder str 88") is part of the street too.
COMPOUND = re.compile(
    r"(?<![\w-])(?P<street>(?P<word>[A-ZÄÖÜa-zäöü][^\W\d_]*+(?:-[^\W\d_]*+)*+\.?)"
    r"(?:[ ](?P<second>(?i:stra(?:ß|ss)e|str\.?|allee|gasse|chaussee)(?!\w)))?)[ ]?" + _HOUSE_NUMBER
)
_STRONG_ENDINGS = (*STREET_SUFFIXES, "str.")
_LOWER_CASE_ENDINGS = ("straße", "strasse", "str.", "allee", "gasse")
#: Words one letter away from "straße" that are no street ("Geldstrafe 30").
_MISSPELLING_LOOK_ALIKES = ("strafe", "strafen")
_PHRASE_END = re.compile(_ENDS_PHRASE, re.MULTILINE)
_STRONG_STREET_WORDS = frozenset(("Straße", "Strasse", "Str.", "Weg", "Allee", "Gasse", "Chaussee", "Promenade"))
#: "Lüdinghauser Straße 45", "Grüner Weg 12-14", "Alter Markt 3".
ADJECTIVE = re.compile(
    r"(?=[A-ZÄÖÜ])(?<![\w-])(?P<adjective>[A-ZÄÖÜ][\w-]*+)[ ](?P<word>" + _alternatives(STREET_WORDS) + r")[ ]?"
    + _HOUSE_NUMBER
)


def _preposition_street(prefixes: tuple[str, ...], max_digits: int) -> re.Pattern[str]:
    """A preposition, one to three capitalised nouns and a house number that ends the phrase."""
    first_letters = "".join(sorted({prefix[0] for prefix in prefixes}))
    return re.compile(
        r"(?=[" + first_letters + r"])(?<![\w-])(?:"
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


#: Most patterns here start with a look-ahead for their possible first characters: the regex engine then
#: skips to those characters instead of testing the look-behind at every position of a long text.
#: "Am Markt 3", "An der Kirche 2a", "Zum Sportplatz 1", "Auf dem Hohen Kamp 4".
PREPOSITION = _preposition_street(STREET_PREFIXES, max_digits=3)
#: "wohnt am Markt 3", "an der Kirche 2a".
LOWER_PREPOSITION = _preposition_street(LOWER_CASE_PREFIXES, max_digits=2)
#: "Postfach 1234", "Postfach 10 12 34".
PO_BOX = re.compile(r"(?=P)\bPostfach[ ]?(?:Nr\.[ ]?)?\d{1,6}(?:[ ]\d{2,3}){0,2}(?![\w]|[.,]\d)")
#: The town after a postal code: "Coesfeld", "Frankfurt am Main", "Halle (Saale)", "Bad Oeynhausen",
#: "St. Pölten", "Alt-Neudorf".
_TOWN = (
    r"(?P<town>(?:(?:Bad|Sankt|St\.)[ ])?[A-ZÄÖÜ][a-zäöüß]\w*(?:-[A-ZÄÖÜ]\w*)*"
    r"(?:[ ](?:am|an[ ]der|im|in|ob[ ]der|bei|a\.[ ]?d\.|a\.|i\.)[ ]?[A-ZÄÖÜ]\w*\.?|[ ]\([A-ZÄÖÜ]\w+\))?)"
)
#: "48653 Coesfeld", "D-48653 Coesfeld", and the four-digit codes of Austria, Switzerland, Liechtenstein,
#: Luxembourg, Belgium and Denmark with their country letter ("A-5020 Salzburg", "CH-3011 Bern").
POSTAL_CODE = re.compile(
    r"(?=[\dDACFLB])(?<![\w.,/-])(?:(?P<prefix>D[ ]?-[ ]?)?(?P<code>(?!00)\d{5})"
    r"|(?P<foreign>(?:A|AT|CH|FL|LI|L|B|DK)[ ]?-[ ]?)[1-9]\d{3})[ ]+" + _TOWN
)
#: A four-digit postal code without country letter ("5020 Salzburg"): only where an address stands
#: around it (see :meth:`AddressRecognizer._four_digit_codes`), as "2025 Coesfeld" is a year.
FOUR_DIGIT_CODE = re.compile(r"[1-9](?<![\w.,/-][1-9])\d{3}[ ]+" + _TOWN)
#: A postal code after its label needs no town: "PLZ: 48653", "Postleitzahl 48653", "PLZ" with the code on
#: the next line of a form, "PLZ: A-5020".
LABELLED_POSTAL_CODE = re.compile(
    r"(?=P)\b(?:PLZ|Postleitzahl)[ \t]*:?[ \t]*(?:\n[ \t]*)?"
    r"(?P<code>(?:(?:D|A|AT|CH)[ ]?-[ ]?)?(?!00)\d{5}|(?:(?:A|AT|CH|FL|LI|L|B|DK)[ ]?-[ ]?)?[1-9]\d{3})(?![\d.,])"
)
#: "c/o Familie Meier" up to the end of the line or the next comma. Only the name becomes the finding:
#: "c/o" and a salutation before the name are no personal data (issue 17, point 8).
CARE_OF = re.compile(
    r"(?=[cC]/)(?<!\w)[cC]/[oO][ ]+(?:(?:Familie|Fam\.|Herrn|Herr|Frau|Firma|Fa\.)[ ]+)?(?P<name>[^\n,;]{2,60})"
)
#: Words of a street name that carries no street word ("Up de Hoffstäe", "Sonnenhang", "Auf der Horst"):
#: one to four words, the first capitalised, short lower-case particles between.
_NAME_WORDS = r"[A-ZÄÖÜ][\w.'’-]*+(?:[ ](?:[a-zäöü'’]{1,4}|[A-ZÄÖÜ][\w.'’-]*+)){0,3}?"
#: After a label that announces an address, any street name: "Anschrift: Up de Hoffstäe 4",
#: "wohnhaft Vennweg 3", "Anschrift der Eltern: …", a form's "Straße, Hausnummer" with the street on
#: the next line. Only the street and number become the finding.
LABELLED = re.compile(
    # the look-ahead lets the regex engine skip to the labels' first letters
    r"(?=[AWMPSw])(?:\b(?:(?:Anschrift|Adresse)(?:[ ](?:der|des|von)[ ][A-ZÄÖÜ]\w+)?|Wohnanschrift"
    r"|Meldeanschrift|Meldeadresse|Postanschrift|Wohnsitz|wohnhaft(?:[ ]in)?"
    r"|Straße(?:[ ]und[ ]Hausnummer|,?[ ]?/?[ ]?Hausnummer|,?[ ]?/?[ ]?Haus-?Nr\.|[ ]/[ ]?Nr\.|/Nr\.)?"
    r"|Str\./Nr\.)|(?<![\w.])(?:wh|whft)\.)[ \t]*:?[ \t]*(?:\n[ \t]*)?"
    r"(?P<street>" + _NAME_WORDS + r")[ ]"
    + _HOUSE_NUMBER.replace("number", "lnumber")
    + _ENDS_PHRASE,
    re.MULTILINE,
)
#: The street line of an address block or an address written on one line: a street name without
#: street word is a street when a postal code and town follow ("Sonnenhang 14\n48653 Coesfeld",
#: "…, Haus Alst 3, 48565 Steinfurt"). Searched backwards from each postal code found: the gap before
#: the code, then the segment of the line before it (from the line start or the last separator).
GAP_BEFORE_POSTAL_CODE = re.compile(r"(?:[,·–|][ \t]*|[ \t]*\n[ \t]*)\Z")
SEGMENT_SEPARATORS = ",;·–|\t:"
STREET_SEGMENT = re.compile(r"[ \t]*(?P<street>" + _NAME_WORDS + r")[ ]" + _HOUSE_NUMBER + r"[ \t]*")
#: Münsterland farmsteads and named houses: "Bauerschaft Hastehausen 12", "Hof Ebbinghoff 2", "Haus Alst 3".
FARMSTEAD = re.compile(
    r"(?=[BHGSKM])(?<![\w-])(?P<kind>Bauerschaft|Bauernschaft|Hof|Haus|Gut|Schloss|Burg|Kotten|Mühle|Gehöft)[ ]"
    r"(?P<nouns>(?:" + _CAP + r"[ ]){0,2}" + _CAP + r")[ ]"
    + _HOUSE_NUMBER.replace("number", "fnumber")
    + _ENDS_PHRASE,
    re.MULTILINE,
)
#: Labels after which a four-digit postal code needs no country letter ("wohnhaft in 6020 Innsbruck").
FOUR_DIGIT_LABEL = re.compile(
    r"(?:\b(?:wohnhaft(?:[ ]in)?|wohnt[ ]in|Anschrift|Adresse|Wohnort|PLZ(?:[ ]?/[ ]?Ort)?)|(?<![\w.])(?:wh|whft)\.)"
    r"[ \t]*:?[ \t]*$"
)
#: Table headers of street and postal-code columns.
STREET_HEADER = re.compile(
    r"(?:Straße|Strasse|Str\.|Anschrift|Adresse|Wohnanschrift"
    r"|Straße(?:,|[ ]und|[ ]?/)[ ]?(?:Hausnummer|Haus-?Nr\.|Nr\.))[ ]*:?",
    re.IGNORECASE,
)
POSTCODE_HEADER = re.compile(r"(?:PLZ|Postleitzahl)(?:[ ]?[/,]?[ ]?(?:Ort|Wohnort|Stadt))?[ ]*:?", re.IGNORECASE)
POSTCODE_CELL = re.compile(
    r"(?:(?:D|A|AT|CH|FL|LI|L|B|DK)[ ]?-[ ]?)?(?:\d{5}|[1-9]\d{3})(?:[ ]+[A-ZÄÖÜ][\w .()-]*)?"
)
HAS_LETTER_AND_DIGIT = re.compile(r"(?=[^\n]*[^\W\d_])(?=[^\n]*\d)")
#: What may stand between a street and a four-digit postal code after it, and between a town and a
#: street after it.
GAP_BEFORE_CODE = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*\Z")
GAP_AFTER_TOWN = re.compile(r"[ \t]*,[ \t]*")


@dataclass(frozen=True, slots=True)
class Shape:
    """One written shape of an address with its score and a check that may reject a match.

    ``start_group`` names the group where the address starts when the match begins with a label
    ("Anschrift: …", "PLZ: …") that is not part of it.
    """

    name: str
    regex: re.Pattern[str]
    score: float
    accept: Callable[[str, re.Match[str]], bool]
    start_group: str | int = 0


def accept_compound(text: str, match: re.Match[str]) -> bool:
    """A word with a street ending; one with a weak ending ("Sonnenhof") must end the phrase.

    So must a street word followed by a stray full stop ("Kantstraße. 21 a") and a misspelt one
    ("Bahnhofstrße 12", "Rosenstrase 3").
    """
    if match.group("second"):
        return _accept_spelled_adjective(text, match)
    street = match.group("word")
    lower = street.lower()
    if lower in NOT_STREETS or lower.rsplit("-", 1)[-1] in NOT_STREETS:
        return False
    if street[0].islower():
        return lower.endswith(_LOWER_CASE_ENDINGS) and len(lower) > 6
    dotted = street.endswith(".") and not lower.endswith("str.")
    stem = lower[:-1] if dotted else lower
    last = stem.rsplit("-", 1)[-1]
    if stem.endswith(_STRONG_ENDINGS) and (last not in _STRONG_ENDINGS or "-" in stem):
        return not dotted or bool(_PHRASE_END.match(text, match.end()))
    if stem.endswith(WEAK_STREET_SUFFIXES) and last not in WEAK_STREET_SUFFIXES:
        return bool(_PHRASE_END.match(text, match.end()))
    if _misspelt_street_word(stem):
        return bool(_PHRASE_END.match(text, match.end()))
    return False


def _within_one_edit(word: str, target: str) -> bool:
    """True if one inserted, deleted or replaced letter turns ``word`` into ``target``."""
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) <= 1
    shorter, longer = (word, target) if len(word) < len(target) else (target, word)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _misspelt_street_word(lower: str) -> bool:
    """A compound whose last part is "straße"/"strasse" with one letter wrong ("Bahnhofstrße")."""
    if lower.endswith(_MISSPELLING_LOOK_ALIKES):
        return False
    for target in ("straße", "strasse"):
        for size in (len(target) - 1, len(target), len(target) + 1):
            if len(lower) > size + 2 and _within_one_edit(lower[-size:], target):
                return True
    return False


def _accept_spelled_adjective(text: str, match: re.Match[str]) -> bool:
    """Accept "lüdinghauser str. 4" and "Coesfelder str 88": an adjective of place ("-er") before a street
    word in lower case or "Str" without its dot; the number must end the phrase. Capitalised forms are
    the adjective shape's."""
    adjective, word = match.group("word"), match.group("second")
    if adjective[0].isupper() and word[0].isupper() and word != "Str":
        return False
    lower = adjective.lower()
    if not lower.endswith("er") or len(lower) < 5 or lower in NOT_ADJECTIVES:
        return False
    return bool(_PHRASE_END.match(text, match.end()))


def accept_adjective(text: str, match: re.Match[str]) -> bool:
    """Accept "Lüdinghauser Straße 45"; after a weaker street word ("Platz 1") the number must end the phrase."""
    adjective = match.group("adjective")
    if not adjective.endswith(("er", "e", "es")) or adjective.lower() in NOT_ADJECTIVES:
        return False
    if match.group("word") in _STRONG_STREET_WORDS:
        return True
    return bool(_PHRASE_END.match(text, match.end()))


def accept_preposition(_text: str, match: re.Match[str]) -> bool:
    nouns = match.group("nouns").split()
    return not any(noun.lower() in NOT_STREET_NOUNS for noun in nouns)


def accept_postal_code(text: str, match: re.Match[str]) -> bool:
    town = match.group("town")
    if town.split()[0].rstrip(".").lower() in NOT_TOWNS:
        return False
    if match.group("prefix") or match.group("foreign"):
        return True
    before = text[max(0, match.start() - 20) : match.start()].split()
    if not before:
        return True
    word = before[-1].rstrip(".:")
    # an upper-case abbreviation before the number makes it a standard or code ("DIN EN 15933")
    return word.lower() not in QUANTIFIERS and not (len(word) >= 2 and word.isupper() and word.isalpha())


def accept_labelled(_text: str, match: re.Match[str]) -> bool:
    """A street after "Anschrift:", unless the words are a noun phrase ("Anschrift Seite 2")."""
    return not any(word.lower() in NOT_STREET_NOUNS for word in match.group("street").split())


def accept_always(_text: str, _match: re.Match[str]) -> bool:
    return True


def _names_a_street(words: list[str]) -> bool:
    """Whether words that stand before a house number can be a street's name (no noun that gets
    numbered, no salutation, no title)."""
    return not any(word.lower().rstrip(".") in NOT_STREET_NOUNS or word in _NOT_STREET_STARTS for word in words)


def accept_block_street(match: re.Match[str]) -> bool:
    """A street name without street word before a postal code ("Sonnenhang 14, 48653 Coesfeld").

    A name that ends in a street word is the other shapes' ("Lukas Elsner Lindenstraße 21" must not
    become one street with the name in it).
    """
    words = match.group("street").split()
    last = words[-1].lower()
    if len(words) > 1 and (last.endswith(_STRONG_ENDINGS) or _misspelt_street_word(last.rstrip("."))):
        return False
    if any(word.rstrip(".") in _STREET_WORD_SET for word in words[1:]):
        return False
    return _names_a_street(words)


def accept_farmstead(_text: str, match: re.Match[str]) -> bool:
    """A farm or house name: any capitalised words except the parts of a building ("Haus Süd 2")."""
    return not any(noun.lower() in _BUILDING_PARTS for noun in match.group("nouns").split())
