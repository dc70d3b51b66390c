"""Rule-based PERSON candidates: what county texts need beyond the statistical model.

The NER model was trained on newspaper text; letters, notes, tables and chat messages name people
in ways it rarely saw: "Frau Pohlmann," as a salutation, a bare name under "Mit freundlichen
Grüßen", "Sachbearbeiterin: Kaya", a name column in a table, "hab mit frau kortmann gesprochen",
Münsterland double names and foreign names. Each rule here looks for such a context and then
takes the name words that follow. Ordinary German words ("Richter", "Winter", "Antrag") are only
taken where the context is strong (a salutation or label), never on their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from anonymizer.entities import PERSON, Finding
from anonymizer.layout import column_cells
from anonymizer.persons.forms import NameFormRules
from anonymizer.persons.lexicon import (
    COMMON_COUNT,
    NOUN_SURNAMES,
    WEEKDAYS_MONTHS,
    NameLexicon,
    load_lexicon,
)
from anonymizer.persons.records import RecordNameRules
from anonymizer.persons.tokens import (
    ADDRESS_WORDS,
    DETERMINERS,
    DOUBLE_NAME_PREFIXES,
    INITIAL_ABBREVIATIONS,
    ORG_WORD,
    PARTICLES,
    ROLE_WORDS,
    STRONG_DOUBLE_NAME_PREFIXES,
    TITLES,
    VIETNAMESE_MIDDLE,
    VIETNAMESE_SURNAMES,
    Token,
    tokenize,
)
from anonymizer.recognizers.base import Recognizer

#: Score of a name announced by a salutation, label or signature.
STRONG_SCORE = 0.9
#: Score of a name found by the name lists alone.
LIST_SCORE = 0.75
#: Longest name, in words, a rule takes after its context.
MAX_NAME_WORDS = 5

#: Line labels after which a name follows ("Sachbearbeiterin: Kaya", "Name: Müller, Hans").
LABEL = re.compile(
    r"(?im)(?:^|(?<=[\s|;(]))(?:"
    r"(?:vor|nach|familien|geburts|mädchen)?name(?:,\s*vorname)?|vorname|"
    r"sachbearbeit(?:er|ung)(?:/?in|\(in\)|In)?|ansprechpartner(?:/?in|\(in\)|In)?|"
    r"bearbeiter(?:/?in|\(in\))?|antragsteller(?:/?in|\(in\))?|verfasser(?:/?in)?|"
    r"schüler(?:/?in)?|kind|vater|mutter|erziehungsberechtigte[rn]?|betreuer(?:/?in)?|vormund|"
    r"patient(?:/?in)?|teilnehmer(?:/?in)?|empfänger(?:/?in)?|absender(?:/?in)?|"
    r"mitarbeiter(?:/?in)?|zeuge|zeugin|mieter(?:/?in)?|vermieter(?:/?in)?|eigentümer(?:/?in)?|"
    r"halter(?:/?in)?|klient(?:/?in)?|bewohner(?:/?in)?|inhaber(?:/?in)?|ehegatte|ehegattin|"
    r"unterzeichner(?:/?in)?|kontaktperson|leistungsberechtigte[rn]?|beschuldigte[rn]?"
    r")\s*:[ \t]*"
)
#: Labels of lists of people ("Anwesend: Meier, Schmitz, Hagedorn", "cc: Frau Kuhlmann"); the
#: items follow on the same line or as bullet lines below.
LIST_LABEL = re.compile(
    r"(?im)^[ \t>*-]*(?:"
    r"anwesend(?:e)?|abwesend(?:e)?|entschuldigt|es\s+fehl(?:t|en|ten)|"
    r"(?:gesprächs|sitzungs|besprechungs|termin)?teilnehm(?:er(?:/?in|\(in\)|innen|/innen)?|ende)|"
    r"beteiligte|gäste|verteiler|cc|bcc|kopie(?:\s+an)?|in\s+kopie|an|protokoll(?:führ(?:er|ung)(?:/?in)?)?|"
    r"moderation|leitung|sitzungsleitung|vorsitz"
    r")\s*:[ \t]*"
)
#: Separators of list items.
_ITEM_SEPARATORS = frozenset([",", ";", "und", "sowie", "&", "/"])
#: Words that announce a name without a colon ("z. Hd. Frau Kaya", "gez. Brockmann", "i. A. Kuhlmann").
HANDOVER = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:z\.\s?hd\.?|zu\s+händen(?:\s+von)?|c/o|gez\.|i\.\s?a\.|i\.\s?v\.)[ \t]*")
#: Closing formulas of letters and e-mails; the next line is usually the sender's name.
CLOSING = re.compile(
    r"(?im)^[ \t]*(?:(?:mit\s+)?(?:freundlich(?:en|e|em)|beste[n]?|viele[n]?|liebe[n]?|herzliche[n]?|"
    r"schöne[n]?|sonnige[n]?|kollegiale[n]?)\s+(?:grüßen|grüße|gruß|grüssen|gruss)|"
    r"gruß|grüße|gruss|hochachtungsvoll|lg|vg|mfg|beste\s+grüße)\b[ \t]*[,.!]?[ \t]*$"
)
#: A closing formula with the name on the same line ("Gruß Anja", "Viele Grüße, Tim").
CLOSING_INLINE = re.compile(
    r"(?i)^[ \t]*(?:(?:viele|liebe|beste|herzliche|freundliche)\s+(?:grüße|grüsse)|gruß|gruss|lg|vg)"
    r"[ \t]*[,:]?[ \t]+"
)
#: Verbs after which a listed surname is the acting person ("Kemper hat angerufen").
_PERSON_VERBS = frozenset(
    [
        "hat",
        "hatte",
        "ist",
        "war",
        "wird",
        "wurde",
        "kommt",
        "kam",
        "ruft",
        "rief",
        "möchte",
        "möchten",
        "bittet",
        "bat",
        "sagt",
        "sagte",
        "meint",
        "meinte",
        "teilt",
        "teilte",
        "schreibt",
        "schrieb",
        "wohnt",
        "wohnte",
        "arbeitet",
        "bringt",
        "brachte",
        "legt",
        "legte",
        "fragt",
        "fragte",
        "beantragt",
        "beantragte",
        "erscheint",
        "erschien",
        "meldet",
        "meldete",
        "will",
        "wollte",
        "kann",
        "konnte",
        "soll",
        "sollte",
        "muss",
        "musste",
        "sei",
        "habe",
        "hätte",
        "wäre",
        "erklärt",
        "erklärte",
        "berichtet",
        "berichtete",
        "bestätigt",
        "bestätigte",
        "schildert",
        "schilderte",
        "spricht",
        "sprach",
        "telefonierte",
        "wünscht",
        "wünschte",
        "lebt",
        "lebte",
        "erhält",
        "erhielt",
        "zieht",
        "zog",
        "reicht",
        "reichte",
    ]
)
#: Two words after a subject that only a person does in a clerk's note ("Brüggenkamp hat angerufen").
_CALLER_PHRASES = frozenset(
    [
        ("hat", "angerufen"),
        ("hatte", "angerufen"),
        ("hat", "zurückgerufen"),
        ("hat", "vorgesprochen"),
        ("hat", "sich"),  # "hat sich gemeldet / beschwert"
        ("bittet", "um"),  # "bittet um Rückruf / Terminverschiebung"
        ("ruft", "an"),
        ("ruft", "zurück"),
        ("rief", "an"),
        ("meldet", "sich"),
        ("meldete", "sich"),
    ]
)
#: Words before a name that quote a person ("Laut Kemper ist …", "nach Angaben von Kemper").
_QUOTING = frozenset(["laut", "lt"])
_PLACE_PREPOSITIONS = frozenset(
    ["in", "nach", "aus", "von", "bei", "über", "bis", "ab", "zwischen", "nahe", "richtung"]
)
_NOT_A_SUBJECT = frozenset(["deutschland", "europa", "bund", "land", "kreis", "stadt", "gemeinde"])
#: Table header cells that mark a column of person names.
NAME_HEADER = re.compile(
    r"(?i)^\s*(?:vor-?\s*und\s+nachname|name(?:,\s*vorname)?|nachname|vorname|familienname|"
    r"teilnehmer(?:/?in|innen)?|ansprechpartner(?:/?in)?|sachbearbeiter(?:/?in)?|mitarbeiter(?:/?in)?|"
    r"schüler(?:/?in)?|kind|antragsteller(?:/?in)?|person|erziehungsberechtigte[r]?|bearbeiter(?:/?in)?)\s*$"
)
#: Typical endings of German, Dutch, Slavic and Turkish surnames (for rare lower-case words).
_SURNAME_ENDING = re.compile(
    r"(?:mann|berg|meier|meyer|maier|ing|hoff|hof|kamp|haus|brock|horst|feld|bach|beck|busch|dorf|"
    r"rich|sen|ski|ska|wicz|oglu|oğlu|enko|ov|ova|ow|owa|ek|ak|ic|ić)$"
)
_NAME_CELL = re.compile(r"^[^\W\d_][\w'’.-]*(?:,?\s+[^\W\d_][\w'’.-]*){0,4}$")


class PersonRuleRecognizer(Recognizer):
    """PERSON candidates from salutations, labels, signatures, tables, lists and name lists."""

    name = "person_rules"
    entity_types = (PERSON,)

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.forms = NameFormRules(self)
        self.records = RecordNameRules(self)

    # ----------------------------------------------------------------- word tests
    def _name_word(self, token: Token, strong: bool) -> bool:
        """Could ``token`` be (part of) a capitalised name? ``strong``: context vouches for it."""
        if not token.is_word or not token.is_cap or len(token.text) < 2:
            return False
        low = token.lower
        if low in ADDRESS_WORDS or low in TITLES or low in ROLE_WORDS:
            return False
        if low in WEEKDAYS_MONTHS and not strong:
            return False  # "Frau Mai" is a person, "im Mai" a month
        if token.text.isupper() and len(token.text) <= 3:
            return False  # abbreviations such as "GmbH"-like "AG", "DRK"
        if strong:
            return low not in DETERMINERS and not _is_function_word(self.lexicon, low)
        if self._everyday_compound(token):
            return False
        return not self.lexicon.is_common(token.text) or self.lexicon.is_surname(token.text)

    def _everyday_compound(self, token: Token) -> bool:
        """A hyphenated word with an abbreviated or everyday part ("Steuer-ID", "E-Mail-Adresse",
        "Handy-Nummer"); double names ("Meyer-Koch", "Schulze-Pellengahr") have name parts."""
        if "-" not in token.text:
            return False
        lex = self.lexicon
        parts = token.text.split("-")
        if any(len(p) < 2 or (p.isupper() and len(p) <= 3) for p in parts):
            return True
        if all(lex.is_common(p) for p in parts):
            return True
        return any(lex.is_common(p) and not (lex.is_surname(p) or lex.is_first_name(p)) for p in parts)

    def _genitive_then_noun(self, previous: Token, token: Token) -> bool:
        """Is ``token`` the noun owned by a genitive surname ("Meiers Tochter", "Kortmanns Steuer-ID")?

        A first name ending in -s ("Hans", "Andreas") is no genitive; a following word counts as part
        of the name only when the lists know it as a name and it is no everyday word.
        """
        lex = self.lexicon
        if not (previous.is_cap and previous.text.endswith("s")) or lex.is_first_name(previous.text):
            return False
        known = (lex.is_surname(token.text) or lex.is_first_name(token.text)) and not lex.is_common(token.text)
        return not known

    def _lower_name_word(self, token: Token) -> bool:
        """A lower-case word in chat style that can only be a name ("kortmann", "schöneberg").

        Rare words of law text count when they end like a surname: verbs such as "sagt" or
        "fragt" are rare in laws too, so rarity alone is not enough.
        """
        if not (token.is_word and token.text.islower() and len(token.text) >= 3):
            return False
        if token.lower in ROLE_WORDS or token.lower in TITLES or token.lower in WEEKDAYS_MONTHS:
            return False
        if not self.lexicon.is_common(token.text):
            return True
        rare = self.lexicon.word_counts.get(token.lower, 0) < COMMON_COUNT
        return rare and token.lower not in NOUN_SURNAMES and bool(_SURNAME_ENDING.search(token.lower))

    # ----------------------------------------------------------------- name spans
    def _take_name(self, tokens: list[Token], i: int, strong: bool) -> int:
        """Index after the name that starts at ``tokens[i]`` (``i`` itself if there is none).

        Initials are part of a name: one before a name word vouches for it like a title does ("K.
        Wolterink", "Georg T. Wienhold", "Dr. F. Korte"), one after the name closes it ("Kemperdick K.").
        """
        j = i
        taken = 0
        n = len(tokens)
        vouched = False  # the word at j follows an initial
        while j < n and taken < MAX_NAME_WORDS:
            token = tokens[j]
            low = token.lower
            if is_initial(tokens, j):
                after = skip_initials(tokens, j)
                if after < n and _same_line(tokens, j, after) and self._name_word(tokens[after], True):
                    j = after
                    vouched = True
                    continue
                if taken > 0 and _closes_name(tokens, after):
                    j = after  # "Kemperdick K." / "Osterfeld O. Dr."
                break
            if (low in PARTICLES and token.is_word and not token.is_cap) or low in {"van", "von", "de"}:
                # Particles belong to the name only together with the name word after them: "Schulze zur
                # Wiesche", but "Herrn Müller zur Kenntnis", "Kurt Miller den Test" end before the particle.
                # After first names only, the word after the particle is the surname ("Burkhard zur Hausen").
                k = j
                while k < n and tokens[k].lower in PARTICLES and tokens[k].end - tokens[k].start < 5:
                    k += 1
                given_only = taken > 0 and all(self._first_name_only(t) for t in tokens[i:j] if t.is_word)
                if (
                    k > j
                    and k < n
                    and _same_line(tokens, j, k)
                    and not ORG_WORD.search(tokens[k].text)  # "Herr Meier vom Bauamt", "von der Caritas"
                    and not self._compound_noun(tokens[k].text)  # "Prof. Hagedorn zur Verlaufskontrolle"
                    and not (taken == 0 and self._first_name_only(tokens[k]))  # "Familie von Anna Nowak"
                    and (
                        self._continues_name(tokens[k], strong, taken)
                        or (given_only and self._name_word(tokens[k], True) and _ends_phrase(tokens, k + 1))
                    )
                ):
                    j = k + 1
                    taken += 1
                    continue
                break
            if low in DOUBLE_NAME_PREFIXES and j + 1 < n and _same_line(tokens, j, j + 1):
                follower = tokens[j + 1]
                if self._name_word(follower, True) and follower.lower not in DOUBLE_NAME_PREFIXES:
                    j += 2
                    taken += 2
                    continue
            if taken == 1 and self._genitive_then_noun(tokens[j - 1], token):
                break  # "Frau Kortmanns Steuer-ID": the noun after a genitive name is no name
            given_only = taken > 0 and all(self._first_name_only(t) for t in tokens[i:j] if t.is_word)
            if self._continues_name(token, strong or vouched, 0 if vouched else taken) or (
                strong and given_only and self._name_word(token, True) and not is_initial(tokens, j + 1)
            ):
                j += 1
                taken += 1
                vouched = False
                continue
            break
        return j

    def _first_name_only(self, token: Token) -> bool:
        """A first name that is no surname: a particle before it is a preposition ("die Familie von Anna
        Nowak"), since surnames, not first names, carry particles ("Familie von Bülow")."""
        return self.lexicon.is_first_name(token.text) and not self.lexicon.is_surname(token.text)

    def _continues_name(self, token: Token, strong: bool, taken: int) -> bool:
        """Is ``token`` the next word of a name of which ``taken`` words are taken?  The first word after
        strong context may be an everyday word ("Herr Koch", "Frau van den Berg"); later words must look
        like names themselves or be listed surnames ("Karl vom Stein")."""
        return (
            self._name_word(token, strong and taken == 0)
            or (taken > 0 and self._name_word(token, False))
            or (taken > 0 and self._name_word(token, True) and self.lexicon.is_surname(token.text))
        )

    def _skip_titles(self, tokens: list[Token], i: int) -> int:
        while i < len(tokens) and (tokens[i].lower in TITLES or tokens[i].text in {".", "-"}):
            i += 1
        return i

    def _skip_roles(self, tokens: list[Token], i: int) -> int:
        while i < len(tokens) and (
            tokens[i].lower in ROLE_WORDS or tokens[i].lower in TITLES or tokens[i].text in {".", "-"}
        ):
            i += 1
        return i

    # ----------------------------------------------------------------- rules
    def analyze(self, text: str) -> list[Finding]:
        tokens = tokenize(text)
        spans: list[tuple[int, int, float]] = []
        spans += self._after_address_words(tokens)
        spans += self._full_names(tokens)
        spans += self.forms.spans(tokens)
        spans += self._surname_as_subject(tokens)
        spans += self._unknown_caller(tokens)
        spans += self._lower_full_names(tokens)
        spans += self._after_labels(text, tokens)
        spans += self._listed_names(text)
        spans += self._signatures(text)
        spans += self._table_columns(text)
        spans += self.records.spans(text)
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        for start, end, score in spans:
            if (start, end) in seen or start >= end:
                continue
            seen.add((start, end))
            findings.append(Finding(start, end, PERSON, text[start:end], score, self.name))
        return findings

    def _after_address_words(self, tokens: list[Token]) -> list[tuple[int, int, float]]:
        """ "Herr Krause", "Frau Dr. Nguyen Thi Lan", "Familie Schulze Pellengahr", "frau kortmann"."""
        spans = []
        for i, token in enumerate(tokens):
            if token.lower not in ADDRESS_WORDS:
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].text == ".":
                j += 1
            if token.is_cap:
                j = self._skip_roles(tokens, j)
                if j < len(tokens) and not _same_line(tokens, i, j):
                    continue
                end = self._take_name(tokens, j, strong=True)
                if end > j and not _followed_by_number(tokens, end):
                    spans.append((tokens[j].start, tokens[end - 1].end, STRONG_SCORE))
            elif token.text.islower() and j < len(tokens) and _same_line(tokens, i, j):
                # chat style: "hab mit frau kortmann gesprochen"
                first = tokens[j]
                if self._lower_name_word(first) or (
                    first.text.islower()
                    and self.lexicon.is_surname(first.text)
                    and not _is_function_word(self.lexicon, first.lower)
                ):
                    end = j + 1
                    if (
                        first.lower in DOUBLE_NAME_PREFIXES
                        and end < len(tokens)
                        and tokens[end].text.islower()
                        and self._lower_name_word(tokens[end])
                    ):
                        end += 1  # "frau lütke brömhorst"
                    elif (
                        self.lexicon.is_first_name(first.text)
                        and end < len(tokens)
                        and self._lower_name_word(tokens[end])
                    ):
                        end += 1
                    spans.append((first.start, tokens[end - 1].end, STRONG_SCORE))
        return spans

    def _full_names(self, tokens: list[Token]) -> list[tuple[int, int, float]]:
        """First name + surname ("Reinhard Eling"), surname-first lists ("Müller, Hans"),
        Münsterland double names and Vietnamese names, found through the name lists."""
        spans = []
        lex = self.lexicon
        n = len(tokens)
        for i, token in enumerate(tokens):
            if not token.is_word or not token.is_cap or len(token.text) < 2:
                continue
            low = token.lower
            previous = tokens[i - 1].lower if i else ""
            if previous in DETERMINERS:
                continue
            if (
                low in VIETNAMESE_SURNAMES
                and i + 2 < n
                and tokens[i + 1].lower in VIETNAMESE_MIDDLE
                and tokens[i + 2].is_cap
                and tokens[i + 2].is_word
                and _same_line(tokens, i, i + 2)
            ):
                spans.append((token.start, tokens[i + 2].end, STRONG_SCORE))
                continue
            if low in STRONG_DOUBLE_NAME_PREFIXES and i + 1 < n and _same_line(tokens, i, i + 1):
                nxt = tokens[i + 1]
                if self._name_word(nxt, False) and nxt.lower not in DOUBLE_NAME_PREFIXES:
                    spans.append((token.start, nxt.end, LIST_SCORE))
                    continue
            if lex.is_first_name(token.text) and not _is_function_word(lex, low):
                common_first = lex.is_common(token.text)
                j = i + 1
                # middle names ("Anna Lena Meier", "Hans Peter Bree")
                while (
                    j < n
                    and tokens[j].is_cap
                    and lex.is_first_name(tokens[j].text)
                    and _same_line(tokens, j - 1, j)
                    and not lex.is_common(tokens[j].text)
                    and j + 1 < n
                    and tokens[j + 1].is_cap
                ):
                    j += 1
                if j >= n or not _same_line(tokens, i, j):
                    continue
                end = self._take_name(tokens, j, strong=False)
                if end == j and self.forms.noun_surname(tokens, i, j):
                    end = j + 1  # "mit Katrin Senf", "Otto Pfeffer und …"
                if end == j:
                    continue
                last = tokens[end - 1]
                if common_first and not (lex.is_surname(last.text) and not lex.is_common(last.text)):
                    continue
                if _followed_by_number(tokens, end):
                    continue  # "Maria Himmelfahrt 3"-like street names
                begin = token.start
                if i and tokens[i - 1].is_cap and tokens[i - 1].lower in VIETNAMESE_MIDDLE:
                    begin = tokens[i - 1].start  # "Van Phúc Hölthaus", "Thi Lan Becker"
                spans.append((begin, last.end, LIST_SCORE))
            # "Müller, Hans" in lists (a surname from the lists, or any rare word at a line start)
            if (
                (lex.is_surname(token.text) or _starts_line(tokens, i))
                and not lex.is_common(token.text)
                and i + 2 < n
                and tokens[i + 1].text == ","
                and tokens[i + 2].is_cap
                and lex.is_first_name(tokens[i + 2].text)
                and not lex.is_common(tokens[i + 2].text)
                and _same_line(tokens, i, i + 2)
                and previous not in ADDRESS_WORDS
                and not self._full_name_follows(tokens, i + 2)
            ):
                spans.append((token.start, tokens[i + 2].end, LIST_SCORE))
        return spans

    def _lower_full_names(self, tokens: list[Token]) -> list[tuple[int, int, float]]:
        """ "ayşe yılmaz hat angerufen": in lower-case chat a listed first name directly followed
        by a listed surname, neither of them a word of the law-text lexicon."""
        spans = []
        lex = self.lexicon
        for i, token in enumerate(tokens[:-1]):
            nxt = tokens[i + 1]
            if not (token.is_word and token.text.islower() and nxt.is_word and nxt.text.islower()):
                continue
            if min(len(token.text), len(nxt.text)) < 3 or any(lex.word_counts.get(t.lower) for t in (token, nxt)):
                continue
            if lex.is_first_name(token.text) and lex.is_surname(nxt.text):
                spans.append((token.start, nxt.end, LIST_SCORE))
        return spans

    def _full_name_follows(self, tokens: list[Token], k: int) -> bool:
        """Does the first name ``tokens[k]`` start a full name of its own ("Herr Krause, Jana
        Ostendorf"), so that the word before the comma is another person, not its surname?"""
        nxt = k + 1
        return (
            nxt < len(tokens)
            and _same_line(tokens, k, nxt)
            and self._name_word(tokens[nxt], False)
            and not self.lexicon.is_first_name(tokens[nxt].text)
        )

    def _unknown_caller(self, tokens: list[Token]) -> list[tuple[int, int, float]]:
        """ "Brüggenkamp hat angerufen": a capitalised word in no list and no everyday word, as the
        subject of a phrase only people use in a note (call, call back, ask for, report). A company
        or town named so ("Telekom hat angerufen") is masked too — the safe error."""
        spans = []
        for i, token in enumerate(tokens[:-2]):
            if (tokens[i + 1].lower, tokens[i + 2].lower) not in _CALLER_PHRASES:
                continue
            if not self._name_word(token, False) or len(token.text) < 3 or token.text.isupper():
                continue
            if self.lexicon.is_common(token.text) or token.lower in _NOT_A_SUBJECT:
                continue
            if self._compound_noun(token.text) or ORG_WORD.search(token.text):
                continue  # "Hausverwaltung meldet sich", "Bauamt hat angerufen": an office, not a person
            if not self._after_article_or_place_word(tokens, i):
                spans.append((token.start, token.end, LIST_SCORE))
        return spans

    @staticmethod
    def _after_article_or_place_word(tokens: list[Token], i: int) -> bool:
        """Token ``i`` follows an article ("der Koch") or a preposition of place ("nach Kemper"):
        then it is no subject that names a person."""
        previous = tokens[i - 1].lower if i else ""
        return previous in DETERMINERS or previous in _PLACE_PREPOSITIONS

    def _compound_noun(self, word: str) -> bool:
        """True for a German compound whose last part (5+ letters) is an everyday word
        ("Hausverwaltung", "Schneidermeister"); names rarely end so ("Brüggenkamp", "Rosenberg")."""
        return any(self.lexicon.is_common(word[cut:]) for cut in range(3, len(word) - 4))

    def _surname_as_subject(self, tokens: list[Token]) -> list[tuple[int, int, float]]:
        """ "Kemper hat angerufen", "Laut Kemper …": a listed surname (no everyday word) before a
        verb that people do or after "laut", not after a preposition of place ("nach Kemper" would
        be a town)."""
        spans = []
        lex = self.lexicon
        for i, token in enumerate(tokens[:-1]):
            if not (token.is_word and token.is_cap and lex.is_surname(token.text)):
                continue
            if lex.is_common(token.text) or token.lower in _NOT_A_SUBJECT:
                continue
            if self._after_article_or_place_word(tokens, i):
                continue
            previous = tokens[i - 1].lower if i else ""
            if tokens[i + 1].lower in _PERSON_VERBS or previous in _QUOTING:
                spans.append((token.start, token.end, LIST_SCORE))
        return spans

    def _after_labels(self, text: str, tokens: list[Token]) -> list[tuple[int, int, float]]:
        """ "Sachbearbeiterin: Frau Kaya", "Name: Müller, Hans", "z. Hd. Herrn Krause", "gez. Brockmann"."""
        spans = []
        starts = [t.start for t in tokens]
        for regex in (LABEL, HANDOVER):
            for match in regex.finditer(text):
                k = bisect_left(starts, match.end())  # the first token at or after the label
                if k == len(tokens):
                    continue
                if tokens[k].lower in ADDRESS_WORDS:
                    k += 1
                    if k < len(tokens) and tokens[k].text == ".":
                        k += 1
                k = self._skip_titles(tokens, k)
                if k >= len(tokens) or tokens[k].text == "\n":
                    continue
                end = self._take_name(tokens, k, strong=True)
                if end == k:
                    continue
                # "Müller, Hans" / "Müller, Dr. Hans"
                after = end
                if after + 1 < len(tokens) and tokens[after].text == "," and _same_line(tokens, k, after + 1):
                    nxt = self._skip_titles(tokens, after + 1)
                    if nxt < len(tokens) and self.lexicon.is_first_name(tokens[nxt].text) and tokens[nxt].is_cap:
                        end = self._take_name(tokens, nxt, strong=True)
                spans.append((tokens[k].start, tokens[end - 1].end, STRONG_SCORE))
        return spans

    def _listed_names(self, text: str) -> list[tuple[int, int, float]]:
        """Every name item of a list after "Anwesend:", "Teilnehmende:", "Verteiler:", "cc:" …

        An item counts when a salutation announces it ("Frau Kuhlmann") or the lists know one of
        its words as a name ("Schmitz", "Jana Ostendorf"); a capitalised word that is in no list
        and no everyday word ("Brüggenkamp") counts only next to such an item, so that
        "Anwesend: Vertreter der Stadt, Presse" stays visible.
        """
        spans: list[tuple[int, int, float]] = []
        for match in LIST_LABEL.finditer(text):
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            blocks = [(match.end(), text[match.end() : line_end])]
            if not blocks[0][1].strip():
                blocks = []
                pos = line_end + 1
                while pos < len(text) and len(blocks) < 40:
                    end = text.find("\n", pos)
                    end = len(text) if end < 0 else end
                    line = text[pos:end]
                    bullet = re.match(r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*", line)
                    if not line.strip() or ":" in line or bullet is None:
                        break
                    blocks.append((pos, line))
                    pos = end + 1
            strict: list[tuple[int, int]] = []
            loose: list[tuple[int, int]] = []
            for base, line in blocks:
                for start, end, known in self._list_items(line):
                    (strict if known else loose).append((base + start, base + end))
            spans += [(s, e, STRONG_SCORE) for s, e in strict]
            if strict:
                spans += [(s, e, LIST_SCORE) for s, e in loose]
        return spans

    def _list_items(self, line: str) -> list[tuple[int, int, bool]]:
        """(start, end, known) of each item of a list line that looks like a name."""
        tokens = tokenize(line)
        items: list[list[Token]] = [[]]
        for token in tokens:
            if token.lower in _ITEM_SEPARATORS:
                items.append([])
            else:
                items[-1].append(token)
        lex = self.lexicon
        found = []
        for item in items:
            k = 0
            while k < len(item) and item[k].text in {"-", "*", "•"}:
                k += 1
            addressed = k < len(item) and item[k].lower in ADDRESS_WORDS
            if addressed:
                k += 1
            titled = self._skip_titles(item, k)
            strong = addressed or titled > k  # "Dr. Fink"
            k = titled
            end = self._take_name(item, k, strong=strong)
            # "Anwesend: Holtkamp, Sommer, Dr. Fink": a noun surname among names
            noun_surname = k + 1 == len(item) and item[k].is_cap and lex.is_surname(item[k].text)
            if noun_surname:
                end = k + 1
            if end == k or (end < len(item) and item[end].is_word):
                continue  # no name, or more words follow ("Vertreter der Stadt")
            names = [t for t in item[k:end] if t.is_cap]
            if not names or any(ORG_WORD.search(t.text) or t.lower in ROLE_WORDS for t in names):
                continue
            known = strong or any(
                (lex.is_surname(t.text) or lex.is_first_name(t.text)) and not lex.is_common(t.text) for t in names
            )
            unknown = all(not lex.word_counts.get(t.lower) for t in names)
            if known or unknown or noun_surname:
                found.append((item[k].start, item[end - 1].end, known))
        return found

    def _signatures(self, text: str) -> list[tuple[int, int, float]]:
        """The name line under "Mit freundlichen Grüßen" (after an optional "i. A.")."""
        spans = []
        lines = text.split("\n")
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        for index, line in enumerate(lines):
            inline = CLOSING_INLINE.match(line)
            if inline and line[inline.end() :].strip():
                # "Gruß Anja", "Viele Grüße, Tim Kemper"
                span = self._signature_name(line[inline.end() :].rstrip())
                if span is not None:
                    base = offsets[index] + inline.end()
                    spans.append((base + span[0], base + span[1], STRONG_SCORE))
                continue
            if not CLOSING.match(line):
                continue
            for nxt in range(index + 1, min(index + 3, len(lines))):
                candidate = lines[nxt].strip()
                if not candidate:
                    continue
                candidate_start = offsets[nxt] + lines[nxt].index(candidate)
                span = self._signature_name(candidate)
                if span is not None:
                    spans.append((candidate_start + span[0], candidate_start + span[1], STRONG_SCORE))
                break
        return spans

    def _signature_name(self, line: str) -> tuple[int, int] | None:
        """Offsets of the name in a signature line, or None if the line is no name."""
        prefix = re.match(r"(?i)(?:i\.\s?a\.|i\.\s?v\.|gez\.)\s*", line)
        skip = prefix.end() if prefix else 0
        tokens = tokenize(line[skip:])
        k = self._skip_titles(tokens, 0)
        if k < len(tokens) and tokens[k].lower in ADDRESS_WORDS:
            return None
        words = tokens[k:]
        if not words or len(words) > MAX_NAME_WORDS or not all(t.is_word or t.text in {"-", "."} for t in words):
            return None
        lex = self.lexicon
        names = [t for t in words if t.is_word and t.lower not in PARTICLES]
        if not names:
            return None
        known = any(lex.is_first_name(t.text) or lex.is_surname(t.text) for t in names)
        if any(ORG_WORD.search(t.text) for t in names):
            return None
        if any(
            lex.is_common(t.text) and not lex.is_first_name(t.text) and t.lower not in DOUBLE_NAME_PREFIXES
            for t in names
        ):
            return None
        if not all(t.is_cap or t.text.islower() for t in names):
            return None
        if not known and not all(t.is_cap for t in names):
            return None
        return skip + words[0].start, skip + words[-1].end

    def _table_columns(self, text: str) -> list[tuple[int, int, float]]:
        """Cells under a "Name"/"Vorname"/"Teilnehmer" header in tab, pipe or semicolon tables."""
        return [
            (start, end, STRONG_SCORE)
            for start, end in column_cells(text, lambda cell: bool(NAME_HEADER.match(cell)))
            if _NAME_CELL.match(text[start:end]) and not set(text[start:end]) <= set("-. ")
        ]


def _is_function_word(lex: NameLexicon, low: str) -> bool:
    """Very frequent words (articles, pronouns, prepositions) are never names."""
    return lex.word_counts.get(low, 0) >= 5000 and low not in lex.surnames


def _same_line(tokens: list[Token], i: int, j: int) -> bool:
    return all(tokens[k].text != "\n" for k in range(i, min(j + 1, len(tokens))))


def _starts_line(tokens: list[Token], i: int) -> bool:
    """Only a list bullet ("-", "*", "•", "1.") stands between the line start and ``tokens[i]``."""
    k = i - 1
    while k >= 0 and tokens[k].text in {"-", "*", "•", ".", ")"} | (
        {tokens[k].text} if tokens[k].text.isdigit() else set()
    ):
        k -= 1
    return k < 0 or tokens[k].text == "\n"


def _followed_by_number(tokens: list[Token], end: int) -> bool:
    """A house number after the words means a street ("Am Bach 2"), not a person."""
    return end < len(tokens) and tokens[end].text.isdigit() and len(tokens[end].text) <= 4


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """No lower-case word follows at ``k`` ("Burkhard zur Hausen⏎", but "Elena zur Welt kam")."""
    return k >= len(tokens) or not (tokens[k].is_word and tokens[k].text.islower())


def is_initial(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is an initial: one capital letter (or "Ch", "Th" …) with a dot right after it."""
    if i + 1 >= len(tokens) or tokens[i + 1].text != "." or tokens[i + 1].start != tokens[i].end:
        return False
    word = tokens[i].text
    if i >= 2 and tokens[i - 1].text == "." and len(tokens[i - 2].text) <= 2 and tokens[i - 2].text.islower():
        return False  # "z.B.", "z. B.", "u. A.": an abbreviation, not an initial
    return (len(word) == 1 and word.isupper()) or word in INITIAL_ABBREVIATIONS


def skip_initials(tokens: list[Token], i: int) -> int:
    """Index after the initials starting at ``i`` ("H.-J.", "A. B.")."""
    while is_initial(tokens, i):
        i += 2
        if i + 1 < len(tokens) and tokens[i].text == "-" and is_initial(tokens, i + 1):
            i += 1
    return i


#: Words after a name that end it in a record ("Kemperdick K. MBA", "Osterfeld O. Dr.").
_NAME_END_WORDS = frozenset(["dr", "med", "prof", "mba", "msc", "bsc", "ma", "ba", "llm", "mph", "phd"])


def _closes_name(tokens: list[Token], k: int) -> bool:
    """Nothing that continues a sentence follows position ``k``: a trailing initial ends the name."""
    if k >= len(tokens):
        return True
    token = tokens[k]
    return token.text in {"\n", ",", ";", ")", "/", "|", "(", "\t"} or token.lower in _NAME_END_WORDS
