"""Person detection in county texts: model + rules + propagation, through the real engine.

Each positive case names the words that must be masked as PERSON; each negative case names the
words that must stay visible (over-masking makes the chatbot answer useless).
"""

from __future__ import annotations

import re

import pytest

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.persons import PersonRuleRecognizer

from .person_helpers import person_spans

pytestmark = pytest.mark.model


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Every character of text[start:end] lies inside a PERSON finding."""
    return all(any(s <= k < e for s, e in spans) for k in range(start, end))


def touched(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some character of text[start:end] lies inside a PERSON finding."""
    return any(s < end and start < e for s, e in spans)


POSITIVE = [
    # salutation and title context
    ("salutation", "Sehr geehrte Frau Pohlmann,\nvielen Dank für Ihre Nachricht.", ["Pohlmann"]),
    ("salutation", "Bitte leiten Sie das an Herrn Krause weiter.", ["Krause"]),
    ("salutation", "Die Familie Rüschhoff hat den Antrag gestellt.", ["Rüschhoff"]),
    ("salutation", "Frau Kreis aus der Gemeinde Rosendahl hat angerufen.", ["Kreis"]),
    ("unlisted caller", "Brüggenkamp hat angerufen, bittet um Rückruf.", ["Brüggenkamp"]),
    ("unlisted caller", "Notiz: Ölkers ruft zurück.", ["Ölkers"]),
    ("title", "Termin bei Frau Dr. Aylin Kaya am Donnerstag.", ["Aylin Kaya"]),
    ("title", "Das Gutachten von Dr. Hendrik Wessels liegt vor.", ["Hendrik Wessels"]),
    ("z. Hd.", "Kreis Coesfeld\nz. Hd. Herrn Bernd Vogt\nFriedrich-Ebert-Str. 7", ["Bernd Vogt"]),
    ("label", "Sachbearbeiterin: Frau Tepe\nZimmer 214", ["Tepe"]),
    ("label", "Sachbearbeiter/in: Kemper", ["Kemper"]),
    ("label", "Ansprechpartner: Tim Brüggemann, Tel. intern 1234", ["Tim Brüggemann"]),
    # signatures
    ("signature", "Mit freundlichen Grüßen\n\nHeike Wiesmann\nJugendamt", ["Heike Wiesmann"]),
    ("signature", "Viele Grüße\nTerhorst", ["Terhorst"]),
    ("signature", "Gruß\ni. A. Jana Kuhlmann", ["Jana Kuhlmann"]),
    ("signature", "Lieber Jens,\nbis morgen!\nGruß Anja", ["Jens", "Anja"]),
    ("signature", "Viele Grüße, Tim Kemper", ["Tim Kemper"]),
    # tables and lists
    (
        "table",
        "Name | Geburtsdatum\nKemper, Lea | 01.02.2015\nOstendorf, Finn | 03.04.2016",
        ["Kemper, Lea", "Ostendorf, Finn"],
    ),
    (
        "table",
        "Vorname\tNachname\tKlasse\nLea\tKemper\t3b\nFinn\tOstendorf\t4a",
        ["Lea", "Kemper", "Finn", "Ostendorf"],
    ),
    (
        "list",
        "Teilnehmende:\n- Müller, Hans\n- Özdemir, Ayten\n- Nowak, Katarzyna",
        ["Müller, Hans", "Özdemir, Ayten", "Nowak, Katarzyna"],
    ),
    ("list", "Name: Wennemer, Birgit\nGeburtsort: Dülmen", ["Wennemer, Birgit"]),
    # lower-case chat
    ("chat", "hab mit frau kortmann gesprochen, passt alles", ["kortmann"]),
    ("chat", "moin, kannst du bei frau brockmann zurückrufen?", ["brockmann"]),
    ("chat", "herr schöneberg hat wieder angerufen", ["schöneberg"]),
    ("chat", "bitte bei frau lütke brömhorst zurückrufen", ["lütke brömhorst"]),
    ("chat", "hab mit herr richter gesprochen", ["richter"]),
    # particles
    ("particle", "Herr von Bülow hat den Antrag unterschrieben.", ["von Bülow"]),
    ("particle", "Frau van der Meer wohnt jetzt in Billerbeck.", ["van der Meer"]),
    ("particle", "Rückruf an Frau de Vries erbeten.", ["de Vries"]),
    ("particle", "Herr ter Horst kommt um 10 Uhr.", ["ter Horst"]),
    ("particle", "Die Stellungnahme von Frau zur Mühlen fehlt noch.", ["zur Mühlen"]),
    ("particle", "Herr Schulze zur Wiesche hat angerufen.", ["Schulze zur Wiesche"]),
    # first names that law text only uses inside institution names ("Max Rubner-Institut")
    ("names in lists", "Die Kinder Lena, Paul und Max kommen am Montag.", ["Lena", "Paul", "Max"]),
    ("names in lists", "Grüße an Max und Frieda.", ["Max", "Frieda"]),
    ("particle", "Ludwig van Beethoven und Karl vom Stein sind verzogen.", ["Ludwig van Beethoven", "Karl vom Stein"]),
    ("particle", "Bitte legen Sie Herrn Müller zur Kenntnis vor.", ["Müller"]),
    ("particle", "Herr Meier vom Bauamt und Frau Nowak von der Caritas waren da.", ["Meier", "Nowak"]),
    ("particle", "Die Familie von Anna Nowak ist umgezogen. Familie von Bülow auch.", ["Anna Nowak", "von Bülow"]),
    # Münsterland double names
    ("double name", "Der Hof von Schulze Pellengahr liegt bei Everswinkel.", ["Schulze Pellengahr"]),
    ("double name", "Herr Lütke Twenhöven war heute da.", ["Lütke Twenhöven"]),
    ("double name", "Frau Große Kleimann hat angerufen.", ["Große Kleimann"]),
    ("double name", "Antragsteller ist Werner Lütke Twenhöven aus Nottuln.", ["Werner Lütke Twenhöven"]),
    # surnames that are also nouns, with person context
    ("noun surname", "Herr Koch hat die Unterlagen eingereicht.", ["Koch"]),
    ("noun surname", "Bitte Frau Richter informieren.", ["Richter"]),
    ("noun surname", "Herrn Bauer wurde geantwortet.", ["Bauer"]),
    ("noun surname", "Gespräch mit Frau Vogel am Freitag.", ["Vogel"]),
    ("noun surname", "Sabine Winter hat den Bescheid erhalten.", ["Sabine Winter"]),
    # foreign names
    ("turkish", "Die Mutter Ayşe Yılmaz spricht wenig Deutsch.", ["Ayşe Yılmaz"]),
    ("turkish", "Mehmet Öztürk hat die Bescheinigung vorgelegt.", ["Mehmet Öztürk"]),
    ("arabic", "Herr Abdelkader Benali bittet um einen Termin.", ["Abdelkader Benali"]),
    ("ukrainian", "Olena Kovalenko ist mit zwei Kindern aus Charkiw gekommen.", ["Olena Kovalenko"]),
    ("polish", "Katarzyna Nowak arbeitet als Pflegekraft.", ["Katarzyna Nowak"]),
    ("polish", "Wiśniewska hat angerufen, sie bringt die Unterlagen.", ["Wiśniewska"]),
    ("polish", "Laut Kowalski fehlt noch die Meldebescheinigung.", ["Kowalski"]),
    ("russian", "Die Akte von Dmitri Iwanow liegt im Fach.", ["Dmitri Iwanow"]),
    ("vietnamese", "Die Unterlagen von Frau Nguyen Thi Lan sind vollständig.", ["Nguyen Thi Lan"]),
    ("vietnamese", "Nguyen Van Minh hat sich angemeldet.", ["Nguyen Van Minh"]),
    ("vietnamese", "Es geht um das Kind Van Phúc Hölthaus.", ["Van Phúc Hölthaus"]),
    ("vietnamese", "Die Mutter Mai Thi Dương kommt am Montag.", ["Mai Thi Dương"]),
    ("kin", "Für meinen Sohn Tobias beantrage ich BAföG.", ["Tobias"]),
    ("surname as subject", "Lehmann hat angerufen, Yılmaz bringt die Unterlagen.", ["Lehmann", "Yılmaz"]),
    ("kin", "Das Kind Lea-Marie wohnt bei der Mutter.", ["Lea-Marie"]),
    # genitive surname after a salutation: the name, not the noun it owns
    ("genitive", "Frau Kortmanns Steuer-ID liegt vor.", ["Kortmanns"]),
    ("genitive", "Herrn Müllers Antrag wurde bewilligt.", ["Müllers"]),
    ("genitive", "Frau Meiers Tochter kommt morgen.", ["Meiers"]),
    ("genitive", "Frau Kortmanns E-Mail-Adresse ist bekannt.", ["Kortmanns"]),
    ("first name in -s", "Herr Andreas Brüggenkamp hat angerufen.", ["Andreas Brüggenkamp"]),
    ("hyphenated surname", "Frau Meyer-Koch hat angerufen.", ["Meyer-Koch"]),
    # surname alone as the acting or quoted person
    ("surname as subject", "Kemper hat angerufen und bittet um Rückruf.", ["Kemper"]),
    ("surname as subject", "Laut Kemper ist der Antrag vollständig.", ["Kemper"]),
    ("surname as subject", "Hagedorn erklärte, er komme morgen.", ["Hagedorn"]),
    ("surname as subject", "Vogel hat angerufen. Frau Vogel bittet um Rückruf.", ["Vogel"]),
    # lists after a label
    ("list label", "Anwesend: Meier, Schmitz, Hagedorn", ["Meier", "Schmitz", "Hagedorn"]),
    ("list label", "Teilnehmer: Frau Kuhlmann, Herr Krause, Jana Ostendorf", ["Kuhlmann", "Krause", "Jana Ostendorf"]),
    ("list label", "Verteiler: Kemper, Brockmann und Tepe", ["Kemper", "Brockmann", "Tepe"]),
    ("list label", "Gesprächsteilnehmende: Herr Kemper, Frau Ostendorf", ["Kemper", "Ostendorf"]),
    ("list label", "cc: Hagedorn, Kuhlmann", ["Hagedorn", "Kuhlmann"]),
    ("list label", "Anwesend: Meier, Schmitz, Brüggenkamp (Jugendamt)", ["Meier", "Schmitz", "Brüggenkamp"]),
    ("list label", "Verteiler: Jugendamt, Sozialamt, Herr Kemper", ["Kemper"]),
    (
        "list label",
        "Anwesend:\n- Frau Kuhlmann\n- Brüggenkamp\n- Dr. Hagedorn\n\nTOP 1: Haushalt",
        ["Kuhlmann", "Brüggenkamp", "Hagedorn"],
    ),
    # supplementary first names and Turkish i in chat
    ("model span", "Hallo Herr Gogol,\n\nbitte leiten Sie die Unterlagen weiter.", ["Gogol"]),
    ("extra first name", "Ayşe Brüggenkamp hat den Antrag gestellt.", ["Ayşe Brüggenkamp"]),
    ("extra first name", "İlknur Demir kommt morgen.", ["İlknur Demir"]),
    ("turkish i", "ayşe yılmaz hat angerufen", ["ayşe yılmaz"]),
    ("turkish i", "hab mit i\u0307lknur demir gesprochen", ["i\u0307lknur demir"]),
    ("turkish i", "bitte mehmet öztürk zurückrufen", ["mehmet öztürk"]),
    ("turkish i", "Frau İlknur Brüggenkamp war da.\nnotiz: ilknur zurückrufen", ["İlknur Brüggenkamp", "ilknur"]),
    ("balkan", "Dragan Brüggenkamp und Milica Jovanović haben den Antrag gestellt.", ["Dragan", "Milica Jovanović"]),
]

NEGATIVE = [
    # a particle without a name after it is a preposition or article, an office is no surname: the
    # name ends before them (the names themselves are in the particle cases above)
    ("particle", "Bitte legen Sie Herrn Müller zur Kenntnis vor.", ["zur", "Kenntnis"]),
    ("particle", "Frau Kortmann zum Termin am Montag einladen.", ["zum", "Termin"]),
    ("particle", "Trotz allem hält Kurt Miller den Test für sinnvoll.", ["den", "Test"]),
    ("particle", "Das hat Reinhard Keller vom Ordnungsamt gesagt.", ["vom", "Ordnungsamt"]),
    ("particle", "Herr Meier vom Bauamt hat angerufen.", ["vom", "Bauamt"]),
    ("particle", "Die Familie von Anna Nowak ist umgezogen.", ["von"]),
    # everyday words that are also first names, in lower case in a normal line
    ("lower-case word", "Wir nehmen Ihre Beschwerde sehr ernst und melden uns.", ["ernst"]),
    ("lower-case word", "Das Kind ist noch jung und wirkt matt und sauer.", ["jung", "matt", "sauer"]),
    ("particle", "Frau Nowak von der Caritas und Herr Wolff vom Jobcenter waren da.", ["Caritas", "Jobcenter"]),
    (
        "sentence start",
        "Antrag und Bescheid liegen vor. Bearbeitung erfolgt zeitnah.",
        ["Antrag", "Bescheid", "Bearbeitung"],
    ),
    ("sentence start", "Winter ist in Coesfeld meist mild. Koch dich warm!", ["Winter", "Koch"]),
    ("Frau Doktor", "Frau Doktor, bitte kommen Sie ins Sprechzimmer.", ["Frau", "Doktor"]),
    ("street and town", "Die Bahnhofstraße in Dülmen wird ab Montag gesperrt.", ["Bahnhofstraße", "Dülmen"]),
    ("street and town", "Der Bus fährt über Am Bach 2 nach Lüdinghausen.", ["Am Bach"]),
    ("weekday and month", "Am Montag, dem 3. Mai, und im August ist das Amt geschlossen.", ["Montag", "Mai", "August"]),
    ("job", "Der Koch der Kantine hat gekündigt, ein neuer Koch wird gesucht.", ["Koch"]),
    ("job", "Der Richter hat entschieden, der Bauer muss zahlen.", ["Richter", "Bauer"]),
    ("animal", "Ein Vogel sitzt auf dem Dach des Kreishauses.", ["Vogel"]),
    ("closing without name", "Mit freundlichen Grüßen\nStraßenverkehrsamt", ["Straßenverkehrsamt"]),
    ("closing without name", "Mit freundlichen Grüßen\nIhr Bürgerbüro", ["Ihr", "Bürgerbüro"]),
    ("closing without name", "Viele Grüße aus Coesfeld und bis bald", ["Coesfeld", "bald"]),
    ("role after salutation", "Frau Bürgermeisterin eröffnete die Sitzung.", ["Bürgermeisterin"]),
    ("chat", "hab mit der frau vom amt gesprochen, die frau sagt nein", ["vom", "amt", "sagt"]),
    ("chat", "hab mit frau kortmann gesprochen, bitte bei herrn vogt zurückrufen", ["gesprochen", "zurückrufen"]),
    ("table", "Ort | Datum\nCoesfeld | 01.02.2025\nDülmen | 03.04.2025", ["Coesfeld", "Dülmen"]),
    ("table", "Name | Geburtsdatum | Klasse\nGerwkamp, Eduard | 09.03.2015 | 4a", ["09.03.2015", "4a"]),
    ("model span", "Frau Bragina prüft die Unterlagen im Mai.", ["prüft", "Mai"]),
    ("model span", "Hallo Herr Gogol,\n\nbitte leiten Sie die Unterlagen weiter.", ["Herr", "Hallo"]),
    (
        "no spread of everyday words",
        "Der Kreis Schweinitz lag in Sachsen. Der Kreis Coesfeld liegt im Münsterland.",
        ["Kreis"],
    ),
    ("codes", "Anlage R 541482, Blatt S und H", ["R", "541482", "S", "H"]),
    (
        "caller phrase after an office",
        "Hausverwaltung meldet sich morgen. Das Jobcenter hat angerufen. Nachbar hat angerufen.",
        ["Hausverwaltung", "Jobcenter", "Nachbar"],
    ),
    (
        "place after an institution",
        "Richter und Schöffen des Amtsgerichts Havixbeck tagen montags. Die Gemeinde Rosendahl lädt ein.",
        ["Havixbeck", "Rosendahl"],
    ),
    ("town before verb", "Die Fahrt nach Ahlen hat sich gelohnt. Coesfeld hat gewonnen.", ["Ahlen", "Coesfeld"]),
    # the noun owned by a genitive surname
    ("genitive", "Frau Kortmanns Steuer-ID liegt vor.", ["Steuer-ID", "liegt"]),
    ("genitive", "Herrn Müllers Antrag wurde bewilligt.", ["Antrag"]),
    ("genitive", "Frau Meiers Tochter kommt morgen.", ["Tochter"]),
    ("genitive", "Frau Kortmanns E-Mail-Adresse ist bekannt.", ["E-Mail-Adresse"]),
    ("genitive", "Frau Kortmanns Handy-Nummer fehlt.", ["Handy-Nummer"]),
    # everyday words before a verb, and after "laut"
    ("noun as subject", "Vogel hat angerufen.", ["Vogel"]),
    ("noun as subject", "Laut Gesetz ist das so. Laut Vogel ist alles gut.", ["Gesetz", "Vogel"]),
    ("noun as subject", "Der Hagedorn hat geblüht.", ["Hagedorn"]),
    ("noun as subject", "Antrag hat Vorrang. Bescheid wird erteilt.", ["Antrag", "Bescheid"]),
    # list labels without persons
    ("list label", "Anwesend: Vertreter der Stadt, Presse", ["Vertreter", "Stadt", "Presse"]),
    ("list label", "Verteiler: Jugendamt, Sozialamt, Herr Kemper", ["Jugendamt", "Sozialamt"]),
    ("list label", "An: Kreistag, Presse", ["Kreistag", "Presse"]),
    ("list label", "Anwesend: alle Mitglieder des Ausschusses", ["Mitglieder", "Ausschusses"]),
    ("list label", "Anwesend: Brüggenkamp, Hölterweg", ["Brüggenkamp", "Hölterweg"]),
    ("list label", "Anwesend:\n- Frau Kuhlmann\n\nTOP 1: Haushalt, Finanzen", ["TOP", "Haushalt", "Finanzen"]),
    ("list label", "Teilnehmer: Frau Kuhlmann, Herr Krause, Jana Ostendorf", [", "]),
    ("lower-case chat", "ok ich ruf morgen an, bitte antrag prüfen", ["antrag", "prüfen"]),
]


def _spans_of(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize(("bullet", "text", "names"), POSITIVE, ids=[f"{b}:{n[0]}" for b, _, n in POSITIVE])
def test_person_is_found(engine: AnalyzerEngine, bullet: str, text: str, names: list[str]) -> None:
    spans = person_spans(engine, text)
    for name in names:
        for start, end in _spans_of(text, name):
            assert covered(spans, start, end), f"{bullet}: {name!r} not masked in {text!r}: {spans}"


@pytest.mark.parametrize(("bullet", "text", "words"), NEGATIVE, ids=[f"{b}:{w[0]}" for b, _, w in NEGATIVE])
def test_non_person_stays(engine: AnalyzerEngine, bullet: str, text: str, words: list[str]) -> None:
    spans = person_spans(engine, text)
    for word in words:
        for start, end in _spans_of(text, word):
            assert not touched(spans, start, end), f"{bullet}: {word!r} masked in {text!r}: {spans}"


PROPAGATION = [
    (
        "Sehr geehrte Frau Kortmann,\nwir haben Ihren Antrag erhalten. Kortmanns Unterlagen sind "
        "vollständig. Frau Kortmann wird benachrichtigt.\nnotiz: kortmann nochmal anrufen",
        ["Kortmann", "Kortmanns", "kortmann"],
    ),
    ("Kemper hat angerufen. Später kam Frau Kemper persönlich vorbei.", ["Kemper"]),
    ("Vermerk: Frau Elif Gülcan war da. Elif möchte einen Termin, Gülcan bringt die Papiere.", ["Elif", "Gülcan"]),
    ("Herr Koch war da. Koch bringt morgen die Papiere. Der Koch der Kantine bleibt.", ["Koch bringt"]),
]


def test_subject_rule_skips_a_listed_surname_after_a_place_preposition() -> None:
    """The rule "listed surname before a verb" ("Kemper hat angerufen") must not read "nach Lehmann hat"
    as a person: after "nach"/"in"/"aus" the word is a place. (The engine as a whole may still mask
    "Lehmann" there: the model reads the common surname as a person, the safer error.)"""
    text = "Die Fahrt nach Lehmann hat sich gelohnt. Kemper hat angerufen."
    found = {finding.text for finding in PersonRuleRecognizer().analyze(text)}
    assert "Kemper" in found and "Lehmann" not in found


@pytest.mark.parametrize(("text", "names"), PROPAGATION)
def test_found_name_is_masked_everywhere(engine: AnalyzerEngine, text: str, names: list[str]) -> None:
    spans = person_spans(engine, text)
    for name in names:
        occurrences = _spans_of(text, name)
        assert occurrences
        for start, _end in occurrences:
            word_end = start + len(name.split()[0])
            assert covered(spans, start, word_end), f"{name!r} at {start} not masked: {spans}"


def test_propagation_keeps_the_job_after_an_article(engine: AnalyzerEngine) -> None:
    text = "Herr Koch war da. Der Koch der Kantine bleibt."
    spans = person_spans(engine, text)
    job = text.index("Koch der")
    assert not touched(spans, job, job + 4)
