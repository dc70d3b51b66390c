"""Person patterns of letters, records, tables and chats written elsewhere (issue 17), through the real engine.

One table per numbered point of the issue; the examples are invented in the shapes the issue lists (no name
comes from an evaluation text). Positive rows name the words that must be masked as PERSON, negative rows
(point 8 and the negatives of each point) the words that must stay visible. Two more tables hold the
person points of issue 23 (a name that runs into a field label) and issue 18 (spellings and file names).
"""

from __future__ import annotations

import re

import pytest

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.overlaps import resolve_overlaps
from anonymizer.detection.persons import PersonPostProcessor
from anonymizer.entities import IBAN, PERSON, Finding
from anonymizer.masking import MaskingSession
from anonymizer.policy import load_default_policy

from .person_helpers import person_spans

pytestmark = pytest.mark.model


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    assert spans, f"{word!r} is not in {text!r}"
    return spans


def assert_masked(engine: AnalyzerEngine, text: str, names: list[str]) -> None:
    spans = person_spans(engine, text)
    for name in names:
        for start, end in occurrences(text, name):
            letters = [k for k in range(start, end) if text[k].isalnum()]
            assert all(any(s <= k < e for s, e in spans) for k in letters), (
                f"{name!r} not masked in {text!r}: {[text[s:e] for s, e in spans]}"
            )


def assert_visible(engine: AnalyzerEngine, text: str, words: list[str]) -> None:
    spans = person_spans(engine, text)
    for word in words:
        for start, end in occurrences(text, word):
            assert not any(s < end and start < e for s, e in spans), (
                f"{word!r} masked in {text!r}: {[text[s:e] for s, e in spans]}"
            )


# 1. letter heads, address blocks, all-caps title chains, header lines
POINT_1 = [
    (
        "Herrn\nDr. Wendelin Overbeck\nFacharzt für Orthopädie\nMünsterstr. 22 b\n48653 Coesfeld",
        ["Wendelin Overbeck"],
    ),
    ("Frau\nGesine Rottmann-Haverkamp\nIm Brook 7\n48727 Billerbeck", ["Gesine Rottmann-Haverkamp"]),
    ("Eheleute\nKonrad und Hedwig Schürmann\nAm Wall 3\n48249 Dülmen", ["Konrad", "Hedwig Schürmann"]),
    ("Absender:\nTjarda Lübbering\nKirchstraße 4\n48301 Nottuln", ["Tjarda Lübbering"]),
    ("FACHÄRZTIN: DR. MED. B. HOLTHUES\nBefund vom 3.4.", ["B. HOLTHUES"]),
    ("PATIENTIN: ROSWITHA KLEINEHEISMANN\nSTATION 4", ["ROSWITHA KLEINEHEISMANN"]),
    ("Pat.: Brömmel, Annegret\nBefund: unauffällig", ["Brömmel, Annegret"]),
    ("Betr.: Lorenz Wiggering, geb. 04.05.1961", ["Lorenz Wiggering"]),
    ("Betr.: Uphues, Mechtild\nSehr geehrte Damen und Herren,", ["Uphues, Mechtild"]),
    ("Patient: Sandhaus * 12.02.1944", ["Sandhaus"]),
    ("Untersucherin: Dr. Tjarda Lübbering / OA Dr. Ewers", ["Tjarda Lübbering", "Ewers"]),
]
POINT_1_NEGATIVE = [
    ("Kreis Coesfeld\nDer Landrat\nFriedrich-Ebert-Str. 7\n48653 Coesfeld", ["Kreis", "Landrat", "Coesfeld"]),
    ("An das\nAmtsgericht Coesfeld\nFamiliengericht\nGerichtsring 5\n48653 Coesfeld", ["Familiengericht"]),
    ("Betr.: Antrag auf Wohngeld\nOrt: Coesfeld\nStatus: offen", ["Antrag", "Wohngeld", "Coesfeld"]),
    ("Name: ____________\nVorname: ____________", ["Name", "Vorname"]),
]

# 2. surname first ("Brandt, Hiltrud", "Sommer Gerd" in a list, "KAMPMANN, Reinhild"), then the first name
POINT_2 = [
    (
        "Teilnehmende:\n- Hölker Brigitte\n- Sommer Waltraud\n\nBrigitte bringt Kaffee mit.",
        ["Hölker Brigitte", "Sommer Waltraud", "Brigitte"],
    ),
    (
        "STEINKÄMPER, Ottilie\n\nOttilie wohnt seit Mai im Heim. Ottilie hat Pflegegrad 3.",
        ["STEINKÄMPER, Ottilie", "Ottilie"],
    ),
    ("Klient: Breuker, Arne\nArne kam pünktlich zum Termin.", ["Breuker, Arne", "Arne"]),
    ("Anwesend: Holtkamp, Sommer, Dr. Fink", ["Holtkamp", "Sommer", "Fink"]),
    ("Abholberechtigt:\n1. Frericks Mila\n2. Wiemelkamp Jorin\n3. Bußmann Theo", ["Wiemelkamp Jorin"]),
]
POINT_2_NEGATIVE = [
    ("Aufgaben:\n- Antrag prüfen\n- Unterlagen Jugendamt\n- Termin Anna", ["Antrag", "Unterlagen", "Termin"]),
    ("Teilnehmer: Frau Kuhlmann, Herr Krause, Jana Ostendorf", ["Herr"]),
]

# 3. initial + surname, and a lone initial abbreviating a known person
POINT_3 = [
    ("Unterschrieben von K. Drüing und Bernhard F. Schwienhorst.", ["K. Drüing", "Bernhard F. Schwienhorst"]),
    ("Die Stellungnahme von H.-J. Pöpsel-Nieland liegt vor.", ["H.-J. Pöpsel-Nieland"]),
    ("Orthoptistin: Lüttmann R. MBA", ["Lüttmann R."]),
    ("Bericht zu Leonie Strotmann\n\nL. besucht die Kita. Seit März spricht L. mehr.", ["Leonie Strotmann", "L."]),
]
POINT_3_NEGATIVE = [
    ("Wohngeld z. B. für Familien, z.B. Taflomat, u. a. Anträge. Plan B. Umsetzung folgt.", ["Taflomat", "Plan"]),
    ("Befund: V. a. Infekt, Z. n. Operation", ["Infekt", "Operation"]),
    ("Leonie Strotmann kommt. Abs. 2 S. 1 gilt, Teil A. Allgemeines.", ["S", "A", "Allgemeines"]),
    ("Leonie Strotmann ist da. Siehe Anhang L. der Akte.", ["L"]),
]

# 4. listed first name + noun surname; noun surname after a title or in a signature
POINT_4 = [
    ("Gestern kamen Heike Pfeffer und Jonas Kessel zum Termin.", ["Heike Pfeffer", "Jonas Kessel"]),
    ("Der Befund von Dr. Marlene Eck liegt vor.", ["Marlene Eck"]),
    ("Bitte Rücksprache mit Dr. Dorn (Kinderarzt).", ["Dorn"]),
    ("Mit freundlichen Grüßen\nDr. Nagel\nOberärztin", ["Nagel"]),
    ("Mit freundlichen, kollegialen Grüßen\n\nFrauke Besen, Dr. med.", ["Frauke Besen"]),
    ("Die Fortbildung leitet Prof. Dr. Hecht. Drs. Lampe und Eck sind eingeladen.", ["Hecht", "Lampe", "Eck"]),
]
POINT_4_NEGATIVE = [
    ("Heute hat Lena Geburtstag.", ["Geburtstag"]),
    ("Maria Himmelfahrt ist ein Feiertag.", ["Himmelfahrt"]),
    ("Der Dr.-Titel wurde anerkannt, die Prof.-Stelle ist frei.", ["Titel", "Stelle"]),
    ("Oberarzt und Leiter Kinderklinik II", ["Kinderklinik"]),
]

# 5. names without a cue word: list items, table cells, signatures, chat senders, English e-mails, police
# ranks, particles, Eritrean / Afghan / Kurdish names
POINT_5 = [
    ("Verteiler:\n- Agnes Wulfert\n- Kreiskasse", ["Agnes Wulfert"]),
    ("Nachname;Vorname;Gruppe\nTerwey;Ole;Igel\nSchründer;Merle;Bären", ["Terwey", "Ole", "Schründer", "Merle"]),
    (
        "Mit freundlichen Grüßen\n\nDr. R. Osthues\tA. Kemna-Wilp\nLeitender Arzt\tAssistenzärztin",
        ["R. Osthues", "A. Kemna-Wilp"],
    ),
    (
        "[21.05.25, 19:02:11] Onkel Ewald (Ewald): bin da\n[21.05.25, 19:03:40] Maike Schröer: super",
        ["Ewald", "Maike Schröer"],
    ),
    ("22.05.25, 08:15 - Joris: moin, komme später", ["Joris"]),
    ("bis morgen\nvg thorben", ["thorben"]),
    ("Hello, my sons Mykhailo and Taras will start school on Monday.", ["Mykhailo", "Taras"]),
    ("POK'in Heitmann-Sieve und KHK Tüshaus nahmen den Unfall auf.", ["Heitmann-Sieve", "Tüshaus"]),
    ("POM Lindenbusch und PK Schwarzkopf sicherten die Spuren.", ["Lindenbusch", "Schwarzkopf"]),
    ("Dear Ms Kortenbrede,\nthank you. Mr. Hrytsenko will call.", ["Kortenbrede", "Hrytsenko"]),
    ("Die Freiin von Ascheberg-Höpingen hat widersprochen.", ["von Ascheberg-Höpingen"]),
    (
        "Im Kurs sind Selam Habte Gebreyesus, Mohammad Nasir Sultani und Rojhat Hesen.",
        ["Selam Habte Gebreyesus", "Mohammad Nasir Sultani", "Rojhat Hesen"],
    ),
    ("Die Untersuchung führte Dr. Günter\nBrinkhege durch.", ["Günter", "Brinkhege"]),
]
POINT_5_NEGATIVE = [
    ("Verteiler:\n- Jugendamt\n- Kreiskasse\n- Gleichstellungsbeauftragte", ["Jugendamt", "Kreiskasse"]),
    (
        "Mit freundlichen Grüßen\n\nDr. R. Osthues\tA. Kemna-Wilp\nLeitender Arzt\tAssistenzärztin",
        ["Leitender", "Arzt", "Assistenzärztin"],
    ),
    ("[09:14] Mama: ok bin da\n[09:16] Jugendamt Borken: Termin ist bestätigt", ["Mama", "Jugendamt", "Borken"]),
    ("Hello, my sons Mykhailo and Taras will start school on Monday.", ["Hello", "Monday", "school"]),
    ("Die PK findet um 11 Uhr statt. Der KK Beitrag steigt.", ["PK", "KK", "Beitrag"]),
    ("Das Stück Prinz von Homburg läuft im Theater.", ["Homburg"]),
    ("Verteiler:\n- Agnes Wulfert\n- Schulsozialarbeit\n- Offene Ganztagsschule", ["Schulsozialarbeit", "Offene"]),
    ("MS Patienten werden in der Ambulanz betreut.", ["Patienten"]),
    ("Bericht aus dem Ausland\nSofia, 3. April\nDie Regierung tagte.", ["Sofia"]),
    ("Canal - Liste\nVerkehrsausschuss Dr.", ["Canal", "Liste", "Verkehrsausschuss"]),
    ("Das Palais Sr. Hoheit des Herzogs liegt am Markt.", ["Hoheit"]),
]

# 8. over-masking seen on external texts
POINT_8_NEGATIVE = [
    ("ok na gut, im sommer dann", ["ok", "na", "sommer"]),
    ("Liebe Grüße an alle und bis bald", ["Liebe", "Grüße"]),
    ("Liebe Grüße\nLiebe Eltern,", ["Liebe", "Grüße", "Eltern"]),
    ("Die Kita spielt Schneewittchen und Rumpelstilzchen, danach Hänsel und Gretel.", ["Schneewittchen", "Hänsel"]),
    ("Das Paul-Ehrlich-Institut und das Robert-Koch-Institut melden neue Zahlen.", ["Paul-Ehrlich-Institut"]),
    ("Herr Paul Brinker hat angerufen. Das Paul-Ehrlich-Institut prüft.", ["Paul-Ehrlich-Institut"]),
    ("Richterin Dr. Sandhövel hat den Termin verlegt.", ["Richterin"]),
    ("KOK'in Wellerdiek nahm die Anzeige auf.", ["KOK'in"]),
]
POINT_8_NAMES_STAY_MASKED = [
    ("Richterin Dr. Sandhövel hat den Termin verlegt.", ["Sandhövel"]),
    ("KOK'in Wellerdiek nahm die Anzeige auf.", ["Wellerdiek"]),
]

POSITIVE = [
    *[("1", text, names) for text, names in POINT_1],
    *[("2", text, names) for text, names in POINT_2],
    *[("3", text, names) for text, names in POINT_3],
    *[("4", text, names) for text, names in POINT_4],
    *[("5", text, names) for text, names in POINT_5],
    *[("8", text, names) for text, names in POINT_8_NAMES_STAY_MASKED],
]
NEGATIVE = [
    *[("1", text, words) for text, words in POINT_1_NEGATIVE],
    *[("2", text, words) for text, words in POINT_2_NEGATIVE],
    *[("3", text, words) for text, words in POINT_3_NEGATIVE],
    *[("4", text, words) for text, words in POINT_4_NEGATIVE],
    *[("5", text, words) for text, words in POINT_5_NEGATIVE],
    *[("8", text, words) for text, words in POINT_8_NEGATIVE],
]


@pytest.mark.parametrize(("point", "text", "names"), POSITIVE, ids=[f"{p}:{n[0]}" for p, _, n in POSITIVE])
def test_person_pattern_is_masked(engine: AnalyzerEngine, point: str, text: str, names: list[str]) -> None:
    assert_masked(engine, text, names)


@pytest.mark.parametrize(("point", "text", "words"), NEGATIVE, ids=[f"{p}:{w[0]}" for p, _, w in NEGATIVE])
def test_non_person_stays_visible(engine: AnalyzerEngine, point: str, text: str, words: list[str]) -> None:
    assert_visible(engine, text, words)


# issue 23 point 4: a person span that runs into a field label stops at the comma
FIELD_LABEL_ROWS = [
    ("Erstattung an Frau Hannelore Brüggemann, IBAN DE02 1203 0000 0000 2020 51, bis Freitag.", "Hannelore Brüggemann"),
    ("Zahlung von Herrn Jonas Brüggemann, Tel. 02541 8890, Az. 51.2", "Jonas Brüggemann"),
    ("Frau Ilse Brüning, geb. 03.04.1951, wohnt in Legden.", "Ilse Brüning"),
]


@pytest.mark.parametrize(("text", "name"), FIELD_LABEL_ROWS)
def test_person_span_stops_at_the_comma_before_a_field_label(engine: AnalyzerEngine, text: str, name: str) -> None:
    persons = [f.text for f in engine.analyze(text) if f.type == PERSON]
    assert name in persons and all("," not in p for p in persons), persons


def test_a_name_that_runs_into_a_validated_iban_is_trimmed_not_dropped() -> None:
    """The model's span reaching into the IBAN lost the overlap against the validated IBAN, and the whole
    name stayed in clear; cut at the comma before the label, the name and the IBAN are both masked."""
    text = "Frau Hannelore Brüggemann, IBAN DE02 1203 0000 0000 2020 51"
    iban_start = text.index("DE02")
    person = Finding(5, iban_start + 4, PERSON, text[5 : iban_start + 4], 0.8, "ner_model")
    iban = Finding(iban_start, len(text), IBAN, text[iban_start:], 1.0, "IbanRecognizer", validated=True)
    resolved = resolve_overlaps(PersonPostProcessor().process(text, [person, iban]))
    assert {(f.type, f.text) for f in resolved} >= {(PERSON, "Hannelore Brüggemann"), (IBAN, text[iban_start:])}


# issue 18 point 3: spellings of a name are one person, and the name is masked inside joined tokens
def test_spellings_and_file_names_of_one_person_get_one_placeholder(engine: AnalyzerEngine) -> None:
    text = (
        "Herr Günter Müsing hat den Antrag gestellt. Herr Muesing schickte Nachweis_Muesing.pdf, "
        "Müsing-Vollmacht.pdf und #muesing2025. Das Paul-Ehrlich-Institut ist nicht beteiligt."
    )
    policy = load_default_policy()
    findings = engine.analyze(text, masked_only=True)
    masked = MaskingSession(policy).mask(text, findings).text
    assert masked == (
        "Herr [PERSON_1] hat den Antrag gestellt. Herr [PERSON_1] schickte Nachweis_[PERSON_1].pdf, "
        "[PERSON_1]-Vollmacht.pdf und #[PERSON_1]2025. Das Paul-Ehrlich-Institut ist nicht beteiligt."
    )


SPELLINGS = [
    ("Bernd Kröger", "Kroeger"),
    ("Ute Weiß-Nolte", "Weiss-Nolte"),
    ("Jürgen Schütte", "SCHUETTE"),
]


@pytest.mark.parametrize(("full", "variant"), SPELLINGS)
def test_a_spelling_variant_is_the_same_person_in_masking(full: str, variant: str) -> None:
    text = f"Herr {full} schrieb. Später rief Herr {variant} an."
    start = text.index(variant, len(full) + 5)
    findings = [
        Finding(5, 5 + len(full), PERSON, full, 0.9, "test"),
        Finding(start, start + len(variant), PERSON, variant, 0.9, "test"),
    ]
    masked = MaskingSession(load_default_policy()).mask(text, findings).text
    assert masked == "Herr [PERSON_1] schrieb. Später rief Herr [PERSON_1] an."
