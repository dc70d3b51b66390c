"""A tiny word tokenizer with offsets, and the closed word classes the person rules need.

Why not the spaCy tokenizer: the rules must also run when the model is not loaded (tests,
``with_model=False``), and they only need words, line breaks and punctuation with offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anonymizer.persons.lexicon import fold

#: A letter followed by letters or combining marks: lower-cased Turkish "İ" is "i" + U+0307, and
#: decomposed accents must not split a name ("i̇lknur", "Ayşe" typed as "s" + cedilla).
WORD = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*"
_TOKEN = re.compile(rf"{WORD}(?:['’]{WORD})*(?:-{WORD})*|\n|\d+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    #: Lower-cased for lookups ("İlknur" -> "ilknur", see ``lexicon.fold``); computed once, since the
    #: rules look a token up a dozen times.
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter (a name candidate in normal German text)."""
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    low = text.replace("İ", "I").lower()  # "İ" lower-cases to two characters; ``fold`` reads it as "i"
    if len(low) != len(text):
        return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]
    if "\u0307" in low:  # a typed combining dot ("i̇lknur"): fold the tokens that hold one
        return [
            Token(s, e, m.group(), fold(m.group()) if "\u0307" in low[s:e] else low[s:e])
            for m in _TOKEN.finditer(text)
            for s, e in (m.span(),)
        ]
    return [Token(m.start(), m.end(), m.group(), low[m.start() : m.end()]) for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    return [word for word in _TOKEN.findall(text) if word[0].isalpha()]


#: Name particles that belong to the surname ("von Bülow", "van der Berg", "ter Horst").
PARTICLES = frozenset(
    [
        "von",
        "vom",
        "van",
        "der",
        "den",
        "de",
        "la",
        "le",
        "du",
        "di",
        "da",
        "del",
        "della",
        "ter",
        "ten",
        "te",
        "zur",
        "zum",
        "zu",
        "op",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "abu",
    ]
)
#: Münsterland surname prefixes that form double names ("Schulze Pellengahr", "Lütke Twenhöven").
DOUBLE_NAME_PREFIXES = frozenset(["schulze", "schulte", "lütke", "lütken", "große", "grosse", "kleine"])
#: Strong prefixes that make a double name even without other context.
STRONG_DOUBLE_NAME_PREFIXES = frozenset(["schulze", "schulte", "lütke", "lütken"])
#: Salutations and forms of address that announce a person.
ADDRESS_WORDS = frozenset(["herr", "herrn", "frau", "fr", "hr", "familie", "fam", "eheleute", "ehepaar", "geschwister"])
#: Academic and other titles between a salutation and the name ("Frau Dr. Kaya").
TITLES = frozenset(
    [
        "dr",
        "prof",
        "med",
        "dipl",
        "ing",
        "doktor",
        "professor",
        "professorin",
        "mag",
        "rer",
        "nat",
        "phil",
        "jur",
        "habil",
        "pd",
        "ma",
        "ba",
        # the rest of German title chains ("Dr. med. dent.", "Prof. Dr. mult.", "Priv.-Doz.", "Drs.")
        "drs",
        "doz",
        "priv",
        "dent",
        "vet",
        "mult",
        "univ",
        "oec",
        "pol",
        "theol",
        "paed",
    ]
)
#: Titles that vouch for the name after them even when it is an everyday word ("Dr. Kessel",
#: "Prof. Kamp", "Drs. Lampe und Eck"); "Dr" also without its dot ("Dr  med. Overbeck" in OCR text).
NAME_TITLES = frozenset(["dr", "drs", "prof", "doz", "doktor", "professor", "professorin"])
#: Service ranks and job abbreviations written before a surname in police, court, hospital and
#: care records ("PHK Brüning", "KOK'in Telgmann", "OA Dr. Lohmöller", "RAin Tebbe"). Many are also
#: ordinary abbreviations ("PK" Pressekonferenz, "KK" Krankenkasse), so the word after a rank must
#: look like a name by itself; female forms add "in", "'in" or "’in". Matched case-sensitively.
RANKS = frozenset(
    [
        # police (Polizei, Kriminalpolizei)
        "PM", "POM", "PHM", "PK", "POK", "PHK", "EPHK", "KM", "KOM", "KHM", "KK", "KOK", "KHK", "EKHK",
        "PR", "POR", "PD", "KR", "KOR", "KD", "LPD", "KDin", "PVB",
        # hospitals and care
        "OA", "OÄ", "CA", "CÄ", "LOA", "LOÄ", "FA", "FÄ", "AA", "AÄ", "Ass", "Assist", "Sr", "DGKS", "DGKP",
        "OT", "PT", "MTA", "MTRA",
        # justice and administration
        "RA", "RiAG", "RiLG", "VRiLG", "StA", "OStA", "RegR", "ORR", "RD", "KOAR", "VA", "VI", "OI",
    ]
)  # fmt: skip
#: Nobility words that are part of a German surname ("Gräfin zu Elmenhorst", "Freiherr von Stein").
NOBILITY = frozenset(
    [
        "graf",
        "gräfin",
        "freiherr",
        "freifrau",
        "freiin",
        "baron",
        "baronin",
    ]
)
#: Two-letter abbreviations of first names written as an initial ("Ch. Bruns", "Th. Kerkeling").
INITIAL_ABBREVIATIONS = frozenset(["Ch", "Th", "Ph", "Chr", "Hj", "Kl", "Wm", "Jo"])
#: Role nouns after a salutation that are not names ("Frau Bürgermeisterin", "Herr Landrat").
ROLE_WORDS = frozenset(
    [
        "bürgermeister",
        "bürgermeisterin",
        "landrat",
        "landrätin",
        "minister",
        "ministerin",
        "kollege",
        "kollegin",
        "präsident",
        "präsidentin",
        "direktor",
        "direktorin",
        "vorsitzender",
        "vorsitzende",
        "pfarrer",
        "pfarrerin",
        "richterin",
        "rechtsanwalt",
        "rechtsanwältin",
        "anwalt",
        "anwältin",
        "abgeordneter",
        "abgeordnete",
        "kreisdirektor",
        "kreisdirektorin",
        "dezernent",
        "dezernentin",
        "amtsleiter",
        "amtsleiterin",
        "schulleiter",
        "schulleiterin",
        "leiter",
        "leiterin",
        "sachbearbeiter",
        "sachbearbeiterin",
        "antragsteller",
        "antragstellerin",
        "nachbar",
        "nachbarin",
        "mutter",
        "vater",
        "tochter",
        "sohn",
        "oberbürgermeister",
        "oberbürgermeisterin",
        "staatssekretär",
        "staatssekretärin",
        "kommissar",
        "kommissarin",
        "hauptkommissar",
        "hauptkommissarin",
        # honorifics ("Seine Hoheit", "Sr. Exzellenz")
        "hoheit",
        "majestät",
        "exzellenz",
        "eminenz",
        "heiligkeit",
        "durchlaucht",
        # jobs that stand before a name in records ("Staatsanwalt Brüninghoff", "Oberärztin Dr. Eck")
        "staatsanwalt",
        "staatsanwältin",
        "oberarzt",
        "oberärztin",
        "chefarzt",
        "chefärztin",
        "assistenzarzt",
        "assistenzärztin",
        "stationsarzt",
        "stationsärztin",
        "facharzt",
        "fachärztin",
        "hausarzt",
        "hausärztin",
        "arzt",
        "ärztin",
        "amtsarzt",
        "amtsärztin",
        "kinderarzt",
        "kinderärztin",
        "polizeikommissar",
        "polizeikommissarin",
        "polizeioberkommissar",
        "polizeioberkommissarin",
        "polizeihauptkommissar",
        "polizeihauptkommissarin",
        "kriminalkommissar",
        "kriminalkommissarin",
        "kriminaloberkommissar",
        "kriminaloberkommissarin",
        "kriminalhauptkommissar",
        "kriminalhauptkommissarin",
        "notar",
        "notarin",
        "gutachter",
        "gutachterin",
        "betreuer",
        "betreuerin",
        "erzieher",
        "erzieherin",
    ]
)
#: Kinship words that are followed by a first name ("mein Sohn Tobias").
KIN_WORDS = frozenset(
    [
        "sohn",
        "sohnes",
        "tochter",
        "kind",
        "kindes",
        "enkel",
        "enkelin",
        "bruder",
        "schwester",
        "ehemann",
        "ehefrau",
        "gatte",
        "gattin",
        "partner",
        "partnerin",
        "lebensgefährte",
        "lebensgefährtin",
        "neffe",
        "nichte",
        "cousin",
        "cousine",
        "schüler",
        "schülerin",
        "mündel",
        "pflegekind",
        "pflegesohn",
        "pflegetochter",
        "söhne",
        "töchter",
        "kinder",
        "enkelkinder",
        "geschwister",
        "brüder",
        "schwestern",
        # English e-mails of newcomers ("my sons Artem and Bohdan", "my wife Olena")
        "son",
        "sons",
        "daughter",
        "daughters",
        "children",
        "kids",
        "wife",
        "husband",
        "brother",
        "sister",
        "grandson",
        "granddaughter",
    ]
)
#: Words before a noun that make a following capitalised word a common noun ("der Koch").
DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "als",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "sein",
        "seine",
        "seinen",
        "seinem",
        "jeder",
        "jede",
        "jeden",
        "jedem",
        "dieser",
        "diese",
        "diesen",
        "diesem",
    ]
)
#: Vietnamese family names, and the middle names that follow them ("Nguyen Thi Lan").
VIETNAMESE_SURNAMES = frozenset(
    [
        "nguyen",
        "nguyễn",
        "tran",
        "trần",
        "le",
        "lê",
        "pham",
        "phạm",
        "hoang",
        "hoàng",
        "huynh",
        "huỳnh",
        "phan",
        "vu",
        "vũ",
        "vo",
        "võ",
        "dang",
        "đặng",
        "bui",
        "bùi",
        "do",
        "đỗ",
        "ho",
        "hồ",
        "ngo",
        "ngô",
        "duong",
        "dương",
        "mai",
        "cao",
        "dinh",
        "đinh",
        "lam",
        "lâm",
        "truong",
        "trương",
        "ly",
        "lý",
    ]
)
VIETNAMESE_MIDDLE = frozenset(
    ["thi", "thị", "van", "văn", "duc", "đức", "minh", "thanh", "ngoc", "ngọc", "huu", "hữu", "quang", "xuan", "xuân"]
)
#: Words that open a greeting or closing ("Liebe Anna", "Hello", "Kind regards"), never a name, though the
#: law-text lexicon does not know most of them.
GREETING_WORDS = frozenset(
    [
        "liebe",
        "lieber",
        "liebes",
        "hallo",
        "hi",
        "hey",
        "moin",
        "servus",
        "danke",
        "dank",
        "gruß",
        "grüße",
        "gruss",
        "grüsse",
        "sehr",
        "geehrte",
        "geehrter",
        "guten",
        "tag",
        "morgen",
        "abend",
        "tschüss",
        "ciao",
        "bye",
        "dear",
        "hello",
        "thanks",
        "regards",
        "best",
        "kind",
        "herzliche",
        "viele",
        "beste",
        "schöne",
        "frohe",
        "alles",
        "gute",
    ]
)
#: Nouns that follow a saint's first name in feast days and church names ("Maria Himmelfahrt"), not a surname.
FEAST_WORDS = frozenset(["himmelfahrt", "empfängnis", "lichtmess", "heimsuchung", "geburt", "täufer"])

#: Word endings of offices and organisations, which also sign letters ("Straßenverkehrsamt").
ORG_WORD = re.compile(
    r"(?i)(?:amt|ämter|büro|verwaltung|stelle|behörde|dienst|team|zentrum|kasse|gericht|schule|"
    r"kreis|stadt|gemeinde|verein|gmbh|referat|abteilung|bereich|service|center|zentrale|polizei|feuerwehr|"
    r"agentur|ministerium|beratung|caritas|diakonie)$"
)
