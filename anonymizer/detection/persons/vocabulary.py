"""The closed word classes of person detection, read once from ``resources/data/persons/vocabulary.toml``.

Why data, not code: the classes are vocabulary (salutations, titles, ranks, kinship words, verbs of a
caller's note, office word endings …) that a reviewer should be able to read and extend without reading
the rules. The rules look the words up in the frozensets below; :func:`endings` turns a class of word
endings into the pattern that tests a word's end. A file that is missing or malformed stops detection with
a German :class:`ModelError`, like a missing name list.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from anonymizer.errors import ModelError
from anonymizer.resources import resource_path

#: The data file, relative to ``resources/``.
VOCABULARY_FILE = ("data", "persons", "vocabulary.toml")


@cache
def word_classes() -> dict[str, tuple[str, ...]]:
    """Every class of the data file in its written order (read once per process)."""
    path = resource_path(*VOCABULARY_FILE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ModelError(f"Die Wortliste {path.name} fehlt oder ist nicht lesbar.") from error
    classes: dict[str, tuple[str, ...]] = {}
    for name, words in data.items():
        if not isinstance(words, list) or not all(isinstance(word, str) and word.strip() for word in words):
            raise ModelError(f"Die Wortliste {path.name} ist beschädigt: „{name}“ ist keine Liste von Wörtern.")
        classes[name] = tuple(words)
    return classes


def entries(name: str) -> tuple[str, ...]:
    """The words of one class in their written order."""
    try:
        return word_classes()[name]
    except KeyError:
        raise ModelError(f"Die Wortliste {VOCABULARY_FILE[-1]} ist unvollständig: „{name}“ fehlt.") from None


def word_class(name: str) -> frozenset[str]:
    """The words of one class, for lookups."""
    return frozenset(entries(name))


def endings(*names: str, ignore_case: bool = True) -> re.Pattern[str]:
    """A pattern that finds a word ending in one of the endings of the classes ``names`` (in that order)."""
    words = [ending for name in names for ending in entries(name)]
    return re.compile(("(?i)" if ignore_case else "") + "(?:" + "|".join(map(re.escape, words)) + ")$")


def alternation(name: str) -> str:
    """The entries of class ``name`` as a regular-expression alternation (in written order); the words of a
    phrase may be parted by any white space, a line break too ("Hänsel und⏎Gretel")."""
    return "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in entries(name))


# -- salutations, titles and ranks
#: Salutations and forms of address that announce a person ("Herr", "Frau", "Familie").
ADDRESS_WORDS = word_class("address_words")
#: Academic and other titles between a salutation and the name ("Frau Dr. Kaya"), title chains included.
TITLES = word_class("titles")
#: Titles that vouch for the name after them even when it is an everyday word ("Dr. Kessel").
NAME_TITLES = word_class("name_titles")
#: Service ranks and job abbreviations before a surname ("PHK Brüning"); case-sensitive.
RANKS = word_class("ranks")
#: Role nouns after a salutation that are not names ("Frau Bürgermeisterin", "Herr Landrat").
ROLE_WORDS = word_class("role_words")
#: Nobility words that are part of a German surname ("Gräfin zu Elmenhorst").
NOBILITY = word_class("nobility")
#: English forms of address ("Dear Ms Kortenbrede"); case-sensitive.
ENGLISH_ADDRESS = word_class("english_address")

# -- name shapes
#: Name particles that belong to the surname ("von Bülow", "van der Berg", "ter Horst").
PARTICLES = word_class("particles")
#: Münsterland surname prefixes that form double names ("Schulze Pellengahr", "Lütke Twenhöven").
DOUBLE_NAME_PREFIXES = word_class("double_name_prefixes")
#: Strong prefixes that make a double name even without other context.
STRONG_DOUBLE_NAME_PREFIXES = word_class("strong_double_name_prefixes")
#: Abbreviations of first names written as an initial ("Ch. Bruns"); case-sensitive.
INITIAL_ABBREVIATIONS = word_class("initial_abbreviations")
#: Vietnamese family names, and the middle names that follow them ("Nguyen Thi Lan").
VIETNAMESE_SURNAMES = word_class("vietnamese_surnames")
VIETNAMESE_MIDDLE = word_class("vietnamese_middle")
#: Words after a name that end it in a record ("Kemperdick K. MBA", "Osterfeld O. Dr.").
NAME_END_WORDS = word_class("name_end_words")
#: Degrees after a name ("Kemperdick K. MBA").
DEGREES = word_class("degrees")

# -- kinship
#: Kinship words that are followed by a first name ("mein Sohn Tobias").
KIN_WORDS = word_class("kin_words")
#: English kinship words: the capitalised word after them is a name even if no list knows it.
ENGLISH_KIN = word_class("english_kin")
#: Grandparents and aunts before a first name ("Oma Greta", "Tante Hanne").
GRAND_KIN = word_class("grand_kin")
#: Family words that open a chat sender's label; the name follows.
CHAT_KIN = word_class("chat_kin")

# -- words that are no names
#: Words before a noun that make a following capitalised word a common noun ("der Koch").
DETERMINERS = word_class("determiners")
#: Words that open a greeting or closing ("Liebe Anna", "Kind regards").
GREETING_WORDS = word_class("greeting_words")
#: Nouns after a saint's first name in feast days and church names ("Maria Himmelfahrt").
FEAST_WORDS = word_class("feast_words")
#: Weekdays and months ("Frau Mai" is a person, "im Mai" a month).
WEEKDAYS_MONTHS = word_class("weekdays_months")
#: Surnames that are also everyday nouns or adjectives ("Koch", "Richter"): always context-dependent.
NOUN_SURNAMES = word_class("noun_surnames")
#: First names that law text uses often, but only inside institution names ("Robert Koch-Institut").
NAMES_NOT_WORDS = word_class("names_not_words")
#: Capitalised English words after an English kinship word that are no names.
ENGLISH_NOT_NAMES = word_class("english_not_names")
#: Capitalised words before a person verb that name a place or public body ("Kreis hat …").
NOT_A_SUBJECT = word_class("not_a_subject")

# -- words around a name in a sentence
#: Verbs after which a listed surname is the acting person ("Kemper hat angerufen").
PERSON_VERBS = word_class("person_verbs")
#: Two words after a subject that only a person does in a clerk's note ("… hat angerufen").
CALLER_PHRASES = frozenset((first, second) for first, second in (p.split() for p in word_class("caller_phrases")))
#: Words before a name that quote a person ("Laut Kemper ist …").
QUOTING = word_class("quoting")
#: Prepositions of place: the capitalised word after them is a town ("nach Kemper").
PLACE_PREPOSITIONS = word_class("place_prepositions")
#: Words before a first name after which a capitalised noun is its surname ("mit Jana Kessel").
NAME_INTRO = word_class("name_intro")

# -- name propagation and its filters
#: Courts and territorial units before a word that names a place ("Gemeinde Rosendahl"), genitive included.
PLACE_HEADS = frozenset(head + ending for head in word_class("place_heads") for ending in ("", "s", "es"))

# -- parsing a found name
#: Salutations and the gender they tell ("Herrn" is the accusative/dative of "Herr").
SALUTATION_GENDERS = {
    **dict.fromkeys(entries("female_salutations"), "f"),
    **dict.fromkeys(entries("male_salutations"), "m"),
}
#: Titles written out in full ("Frau Doktor Kaya").
WRITTEN_OUT_TITLES = word_class("written_out_titles")

# -- word endings
#: Word endings of offices and organisations, which also sign letters ("Straßenverkehrsamt").
ORG_WORD = endings("office_endings")
#: Endings of nouns that name institutions and places, never a surname after a first name ("Anna Schule").
INSTITUTION_WORD = endings("institution_endings")
#: Offices, institutions, places and practices: never a surname in a record item ("Jugendamt", "Praxis").
RECORD_PLACE_WORD = endings("office_endings", "record_place_endings")
#: Typical endings of German, Dutch, Slavic and Turkish surnames (for rare lower-case words).
SURNAME_ENDING = endings("surname_endings", ignore_case=False)
