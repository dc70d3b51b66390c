"""Reference numbers introduced by a label: "Aktenzeichen: 20.4-113/2025", "Kunden-Nr. K-12345".

Administrative texts are full of identifiers that no check digit describes: file numbers, customer,
member and staff numbers, parcel numbers, chip numbers of dogs. What they share is the label
before them. So this is one generic recognizer: a label (from ``resources/data/reference_labels.txt``,
any word ending in "nummer", "-Nr.", "-ID" or "kennung", and labels the policy adds), a few
connecting words ("lautet", "unseres Verfahrens ist", ":"), then a token that contains a digit.
Labels that number things that are no personal data ("Hausnummer", "Seite", "TOP Nr. 1") and
phone labels (the phone recognizer's job) are left out; dates are never references.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from anonymizer.detection.base import Recognizer
from anonymizer.detection.recognizers.tables import table_columns
from anonymizer.entities import REFERENCE, Finding
from anonymizer.resources import data_lines, resource_path

#: The data file with one label a line ("#" starts a comment).
LABELS_FILE = ("data", "reference_labels.txt")

#: Word endings that make any word a label ("Mitgliedsnummer", "BG-Nr.", "Kunden-ID", "Benutzerkennung").
#: A word is scanned once (possessive) and its ending checked by look-behinds, which is much faster
#: than trying each ending at each letter.
GENERIC_LABEL = (
    r"[\w.-]*+(?:"
    + "|".join(f"(?<={ending})" for ending in ("nummer", "nummern", r"nr\.", "nr", "-id", "kennung", "kennziffer"))
    + ")"
)

#: First parts of "…nummer"/"…-Nr." words and words before a bare "Nr." that number no personal data,
#: or numbers another recognizer owns (phones).
NOT_LABELS = frozenset(
    (
        "haus", "telefon", "tel", "fax", "telefax", "handy", "mobil", "mobilfunk", "ruf", "rückruf", "durchwahl",
        "kurzwahl", "notruf", "service", "hotline", "sammel", "zentral", "zimmer", "raum", "seiten", "seite",
        "kapitel", "version", "versions", "ausgabe", "auflage", "top", "anlage", "anlagen", "folge", "lfd",
        "laufende", "bus", "linie", "gleis", "tagesordnungspunkt", "punkt", "ziffer", "position", "pos",
        "artikel", "paragraph", "paragraphen", "abschnitt", "absatz", "satz", "drucksache", "drucksachen",
        "vorlage", "vorlagen", "sitzung", "sitzungs", "heft", "band", "spalte", "zeile", "tabelle", "abbildung",
        "bild", "haus-", "platz", "sitzplatz", "lager", "modell", "typ", "typen", "bau", "baujahr", "los",
        "kontakt", "whatsapp", "signal", "notfall", "gesetz", "folien", "folie", "schritt", "stufe",
        # numbering of laws, tariffs and documents ("Gliederungsnummer 4132-1", "Randnummer 12")
        "gliederungs", "waren", "sammelwaren", "rand", "fundstellen", "rang", "listen", "tarif", "zolltarif",
        "schlüssel", "kapitel", "abschnitts", "positions", "verordnung", "richtlinie", "anhang", "amtsblatt",
        "amtsblattmitteilung", "beschluss", "entscheidung", "gesetzblatt", "bundesgesetzblatt", "datenelement",
        "titel", "teil", "buchstabe", "hinweis", "fußnote", "randziffer", "ziffern", "nummer", "tabellen",
        "rd", "rdnr", "rn", "randnr", "rz",
    )
)  # fmt: skip

#: Words between label and value: "lautet", "ist", "unseres Verfahrens ist", "Ihres Antrags:", "(neu)".
_ARTICLE = (
    r"(?:unser(?:es|er|em|e)?|Ihr(?:es|er|em|e)?|ihr(?:es|er|em|e)?|sein(?:es|er)?"
    r"|des|der|dem|den|die|das|eines|einer|dieses|diesem)"
)
_GAP_WORD = (
    r"(?:" + _ARTICLE + r"(?:[ \t]+[A-ZÄÖÜ][a-zäöüß]+)?"
    r"|lautet|lauten|lautete|ist|sind|war|wird|heißt|bitte|neu|alt|hier|noch|also|jeweils|laut|lt\.|"
    r"\((?:neu|alt)\))"
)
#: A few words (letters only, so never the value itself) or a remark in brackets between label and colon:
#: "Kundennummer bei der Agentur für Arbeit: …", "Kundennummer (bitte immer angeben): …".
_LETTER_WORD = r"[^\W\d_]+(?:[.-][^\W\d_]*)*"
_WORDS_TO_COLON = (
    r"(?:[ \t]*\([^()\n]{1,40}\)[ \t]*:|[ \t]+(?:" + _LETTER_WORD + r"[ \t]+){0,5}?" + _LETTER_WORD + r"[ \t]*:)"
)
#: Quotes or backticks around the value ("Kundennummer: `271K339015`"); the value stops before the closing one.
_OPENING_QUOTE = r"(?:[`'\"„“‚‘»«][ \t]*)?"
_GAP = (
    r"(?:" + _WORDS_TO_COLON + r")?[ \t]*(?:[:#=][ \t]*\n?[ \t]*)?(?:" + _GAP_WORD + r"[ \t]*(?::[ \t]*)?){0,3}"
    + _OPENING_QUOTE
)
#: A date or an ISO date as a whole group: never part of a number written with spaces.
_NO_DATE = r"(?!\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\w)|\d{4}-\d{2}-\d{2}(?!\w))"
#: One more space-separated group of a number written with spaces ("65 170839 J 004", "123 456 789"):
#: short, capitals/digits only, with a digit, not a date; or a single capital letter that is followed
#: by such a group. A group that ends in a dot ends the value (sentence end), and so does a word.
_DIGIT_GROUP = r"(?-i:(?=[0-9A-Z./-]{0,11}\d)[0-9A-Z][0-9A-Z./-]{1,11}+)(?!\w)"
_NEXT_GROUP = (
    r"(?<![.])[ ](?:" + _NO_DATE + _DIGIT_GROUP
    + r"|(?-i:[A-Z])[ ]" + _NO_DATE + r"\d(?-i:[0-9A-Z./-]{0,11}+)(?!\w)"
    + r"|-[ ]\d[\w./-]*)"
)
#: The value: "20.4-113/2025", "K-12345", "123/45", "5 O 123/24" (court files), "12 345 678", "DE 123456".
_VALUE = (
    r"(?P<value>\d{1,3}[ ](?-i:[A-Z][A-Za-z]{0,4})[ ]\d{1,5}/\d{2,4}"
    r"|(?:(?-i:[A-Z]{1,4})[ ])?\d[\w./-]*(?:" + _NEXT_GROUP + r")*"
    r"|(?=[\w./-]*\d)[A-ZÄÖÜa-zäöü][\w./-]*(?:" + _NEXT_GROUP + r")*"
    r"|[A-ZÄÖÜa-zäöü][\w./-]*)"
)
#: Section numbering such as "1.7.1" or "5.3" after a bare "Nummer" is a cross-reference, not an identifier.
_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})+[a-z]?")
#: Words before a bare "Nr." that make it someone's number ("Ihre Nr. 4711").
POSSESSIVES = frozenset(("ihre", "ihrer", "ihr", "unsere", "unserer", "unser", "meine", "meiner", "seine", "seiner"))
#: Prepositions and articles, capitalised at a sentence start ("Nach Nr. 4142 des Verzeichnisses").
FUNCTION_WORDS = frozenset(
    ("nach", "gemäß", "laut", "siehe", "vgl", "unter", "in", "von", "vom", "bis", "vor", "mit", "zu", "zur", "zum",
     "aus", "bei", "für", "und", "oder", "der", "die", "das", "den", "dem", "des", "im", "am", "auf", "ab", "an")
)  # fmt: skip
#: Identifiers whose format is distinctive enough to need no label: the Jobcenter's
#: Bedarfsgemeinschaftsnummer "36201BG0012345"; livestock numbers of the Viehverkehrsverordnung, "DE"
#: and 10 digits (a cattle ear tag, "DE 05 193 27740") or 12 digits (a farm's register number,
#: "DE 05 558 0021 807") in any grouping — an IBAN has 20 digits, a VAT number 9.
_KNOWN_FORMATS = re.compile(
    r"(?<![\w-])(?:\d{5}[ ]?BG[ ]?\d{7}(?!\w)"
    r"|DE[ ]?(?=(?:\d[ ]?){9}\d(?![ ]?\d)|(?:\d[ ]?){11}\d(?![ ]?\d))\d(?:[ ]?\d){9,11}(?!\w))"
)
#: A table cell that can be an identifier: up to four short groups, at least one digit.
_CELL_VALUE = re.compile(r"(?=[^ ]*\d)[\w./-]{3,25}(?:[ ][\w./-]{1,12}){0,3}")
#: Fewest characters of a value after a label that ends in a colon ("Fall:", "SV:").
MIN_COLON_LABEL_VALUE = 4
#: Where a label that ends in a colon ("Fall:", "SV:") may start: a line start, a tab, two spaces, "," or ";".
_FIELD_START = re.compile(r"(?:^|[\t,;|]|[ ]{2})[ ]*\Z", re.MULTILINE)
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}-\d{2}-\d{2}")


def _clean(label: str) -> str:
    """A label as compared against :data:`NOT_LABELS`: lower case, no dots or hyphens at the ends."""
    return label.lower().strip(".- ")


@cache
def default_labels() -> tuple[str, ...]:
    """The labels of the bundled data file, read once."""
    return tuple(data_lines(resource_path(*LABELS_FILE)))


def _labels_regex(labels: Iterable[str]) -> str:
    """All labels as one regex in trie form ("Akten(?:zeichen|…)"), followed by a word end.

    A plain alternation of sixty labels makes the regex engine try every label at every word start;
    the trie tries each letter once. A label ending in a dot ("Az.") may be followed directly by
    its value; any other label must end at a word boundary.
    """
    root: dict[str, dict[str, Any]] = {}
    for label in labels:
        node = root
        for char in " ".join(label.lower().split()):
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [
            (r"[ \t]+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return "(?:" + build(root) + r")(?:(?<=[.:])|(?!\w))"


def _names_a_record(text: str, start: int) -> bool:
    """Whether a bare "Nr."/"Nummer" at ``start`` numbers someone's record.

    Laws and letters cite "Verordnung (EG) Nr. 1013/2006", "nach Nummer 1.7.1", "Anhang 1 Nr. 9.2";
    a clerk writes "Rechnung Nr. 2025-0815", "Ihre Nr. 4711" or "Nr.: 4711" at the start of a line.
    So the word before must be a possessive or a plain capitalised noun, or there is none.
    """
    line_start = text.rfind("\n", 0, start) + 1
    words = text[max(line_start, start - 40) : start].split()
    if not words:
        return True
    word = words[-1]
    if word.lower() in POSSESSIVES:
        return True
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and _clean(word) not in NOT_LABELS
        and word.lower() not in FUNCTION_WORDS
    )


class ReferenceRecognizer(Recognizer):
    """Finds identifiers that a label introduces; the labels are data, not code."""

    name = "reference"
    entity_types = (REFERENCE,)
    #: A value after a real label; a bare "Nr." is weaker.
    score = 0.7
    bare_score = 0.5

    def __init__(self, extra_labels: Iterable[str] = ()) -> None:
        labels = sorted({*default_labels(), *(label.strip() for label in extra_labels if label.strip())}, key=len)
        self._labels = frozenset(label.lower() for label in labels)
        labels_regex = _labels_regex(labels)
        self._regex = re.compile(
            r"(?<![\w.-])(?P<label>" + labels_regex + "|" + GENERIC_LABEL + r"(?!\w))" + _GAP + _VALUE,
            re.IGNORECASE,
        )
        self._header_regex = re.compile(r"(?P<label>" + labels_regex + "|" + GENERIC_LABEL + r")", re.IGNORECASE)

    def analyze(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        for match in self._regex.finditer(text):
            label = match.group("label")
            bare = _clean(label) in {"nr", "nummer", "nummern"}
            generic = label.lower() not in self._labels
            if self._label_excluded(text, match, label, bare):
                continue
            colon_label = label.endswith(":")
            if colon_label and not _FIELD_START.search(text, max(0, match.start() - 3), match.start()):
                continue
            start, end = match.span("value")
            while end > start and text[end - 1] in ".,;:/-":
                end -= 1
            value = text[start:end]
            if not any(char.isdigit() for char in value) or _DATE.fullmatch(value):
                continue
            if bare and (len(value) < 3 or _SECTION.fullmatch(value)):
                continue  # "TOP Nr. 1", "nach Nummer 1.7.1": list numbering, not an identifier
            if generic and len(value) < 3:
                continue  # "Rechtsträgerkennung: 1. Kreditinstitute": an enumeration follows
            if colon_label and len(value) < MIN_COLON_LABEL_VALUE:
                continue  # "Piz: 3 Gipfel": a short word before a count
            score = self.bare_score if bare else self.score
            findings.append(Finding(start, end, REFERENCE, value, score, self.name))
        taken = {(f.start, f.end) for f in findings}
        for match in _KNOWN_FORMATS.finditer(text):
            if match.span() not in taken:
                taken.add(match.span())
                findings.append(Finding(match.start(), match.end(), REFERENCE, match.group(), self.score, self.name))
        for start, end in self._column_cells(text):
            if (start, end) not in taken:
                findings.append(Finding(start, end, REFERENCE, text[start:end], self.score, self.name))
        return findings

    def _column_cells(self, text: str) -> list[tuple[int, int]]:
        """Identifiers in the cells of a table column whose header is a label ("Kunden-Nr.;Name;…")."""
        spans: list[tuple[int, int]] = []
        for column in table_columns(text):
            header = column.header.rstrip(" :")
            match = self._header_regex.fullmatch(header) or self._header_regex.fullmatch(header + ":")
            # a bare "Nr." column numbers the rows
            bare = _clean(header) in {"nr", "nummer", "nummern"}
            if match is None or bare or self._label_excluded(text, match, header, bare=False):
                continue
            spans.extend(
                (start, end)
                for start, end in column.cells
                if _CELL_VALUE.fullmatch(text, start, end) and not _DATE.fullmatch(text, start, end)
            )
        return spans

    def _label_excluded(self, text: str, match: re.Match[str], label: str, bare: bool) -> bool:
        """True for labels that number no personal data ("Hausnummer", "Seite Nr.", "Tel.-Nr.").

        A label that the data file or the policy names explicitly always counts.
        """
        if bare:
            return not _names_a_record(text, match.start())
        lower = label.lower()
        if lower in self._labels:
            return False
        for suffix in ("nummern", "nummer", "-nr.", "-nr", "nr.", "nr", "-id", "kennung", "kennziffer"):
            if lower.endswith(suffix):
                return _clean(lower[: -len(suffix)]) in NOT_LABELS
        return False
