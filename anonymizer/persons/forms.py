"""Name forms of letters and records that the sentence rules of :mod:`anonymizer.persons.rules` miss.

Medical reports, police records and letter heads name people by forms more than by sentences: a title
chain before a surname that is also a noun ("Dr. Kessel", "OBERARZT: DR. MED. K. WOLTERINK"), a service
rank ("PHK Brüning", "KOK'in Telgmann"), initials ("J. Lammers", "Georg T. Wienhold"), nobility words
("Gräfin zu Elmenhorst"), a listed first name before a surname that is also a noun ("Katrin Senf"), the
children listed after a kinship word ("meine Söhne Artem und Bohdan", "my daughters Zlata and Sofiia").
Each form is its own evidence, so the name words after it may be everyday words or in no list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from anonymizer.persons.lexicon import NAMES_NOT_WORDS, WEEKDAYS_MONTHS
from anonymizer.persons.tokens import (
    ADDRESS_WORDS,
    FEAST_WORDS,
    KIN_WORDS,
    NAME_TITLES,
    NOBILITY,
    ORG_WORD,
    PARTICLES,
    RANKS,
    ROLE_WORDS,
    TITLES,
    Token,
)

if TYPE_CHECKING:
    from anonymizer.persons.rules import PersonRuleRecognizer

Span = tuple[int, int, float]

#: Score of a name vouched for by its form (title, rank, initial).
FORM_SCORE = 0.9
#: Words before a first name after which a capitalised noun is its surname ("mit Jana Kessel"): the
#: name opens a phrase. After a verb the noun is an object instead ("hat Lena Geburtstag").
_NAME_INTRO = frozenset(
    [
        "mit",
        "von",
        "bei",
        "für",
        "an",
        "und",
        "oder",
        "sowie",
        "zu",
        "laut",
        "durch",
        "gegen",
        "ohne",
        "neben",
        "über",
        "zwischen",
        "dass",
        "wie",
        "als",
        "ob",
        "wenn",
        "weil",
        "bzw",
    ]
)
#: A first name this frequent in law text is also an everyday word ("Beste"): at a sentence start it
#: vouches for no noun after it.
_MAX_SENTENCE_START_COUNT = 25
#: A noun this frequent in law text is no surname after a bare first name, whatever precedes it.
_MAX_NOUN_SURNAME_COUNT = 500
#: English kinship words: in an English sentence only names are capitalised, so the word after them is
#: a name even if the German lists do not know it.
_ENGLISH_KIN = frozenset(
    ["son", "sons", "daughter", "daughters", "children", "kids", "wife", "husband", "brother", "sister"]
)
_ENGLISH_NOT_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "school", "kindergarten"]
)
#: Endings of nouns that name institutions and places, never a surname after a first name
#: ("Paul Gerhardt Haus", "Anna Schule").
_ORG_HEAD = re.compile(
    r"(?i)(?:schule|klinik|klinikum|institut|straße|strasse|platz|kirche|zentrum|logie|ambulanz|gymnasium)$"
)
_ENGLISH_ADDRESS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mister"])
_LIST_JOINERS = frozenset([",", "und", "and", "&", "sowie"])


class NameFormRules:
    """Names announced by their form; reads words with the recognizer's word tests."""

    def __init__(self, reader: PersonRuleRecognizer) -> None:
        self.reader = reader
        self.lexicon = reader.lexicon

    def spans(self, tokens: list[Token]) -> list[Span]:
        return [
            *self._after_titles(tokens),
            *self._english_salutations(tokens),
            *self._after_ranks(tokens),
            *self._nobility(tokens),
            *self._initial_names(tokens),
            *self._kin_lists(tokens),
        ]

    # ------------------------------------------------------------------------------------------ titles
    def _skip_chain(self, tokens: list[Token], i: int) -> int:
        """Index after a chain of titles and ranks ("Prof. Dr. med.", "OA Dr.", "Priv.-Doz. Dr.")."""
        n = len(tokens)
        while (
            i < n
            and (tokens[i].lower in TITLES or tokens[i].text in {".", "-"} or is_rank(tokens[i].text))
            and tokens[i].text != "\n"
        ):
            i += 1
        return i

    def _after_titles(self, tokens: list[Token]) -> list[Span]:
        """ "Dr. Kessel", "Prof. Dr. Hals", "DR. MED. K. WOLTERINK", "Drs. Lampe und Eck", and a name
        broken over two lines after its title ("Dr. Jürgen⏎Schneider")."""
        spans: list[Span] = []
        n = len(tokens)
        reader = self.reader
        for i, token in enumerate(tokens):
            if token.lower not in NAME_TITLES or not token.is_cap:
                continue
            k = self._skip_chain(tokens, i + 1)
            if k >= n or tokens[k].text == "\n" or not _same_line(tokens, i, k):
                continue
            if len(token.text) > 4 and not tokens[k].is_cap:
                continue  # "Professor der Rhetorik": a written-out title before a particle is a job
            if tokens[k - 1].text == "-" and tokens[k - 1].end == tokens[k].start:
                continue  # "Dr.-Titel", "Prof.-Stelle": a compound noun
            end = _before_house_number(tokens, k, reader._take_name(tokens, k, strong=True))
            if end == k:
                continue
            end = self._wrapped_surname(tokens, k, end)
            spans.append((tokens[k].start, tokens[end - 1].end, FORM_SCORE))
            if token.lower == "drs":  # "Drs. Lampe und Eck": several people behind one title
                spans += self._joined_names(tokens, end, strong=True)
        return spans

    def _wrapped_surname(self, tokens: list[Token], start: int, end: int) -> int:
        """A name of first names only at a line end continues on the next line ("Dr. Jürgen⏎Schneider"):
        text copied from PDFs breaks lines anywhere."""
        lex = self.lexicon
        if not all(t.is_word and lex.is_first_name(t.text) and not lex.is_surname(t.text) for t in tokens[start:end]):
            return end
        if end + 1 >= len(tokens) or tokens[end].text != "\n":
            return end
        after = self.reader._take_name(tokens, end + 1, strong=True)
        return after if after > end + 1 else end

    def _joined_names(self, tokens: list[Token], k: int, strong: bool) -> list[Span]:
        """Further names joined by ",", "und", "and", "&" after a name that ends at ``k``."""
        spans: list[Span] = []
        n = len(tokens)
        while k + 1 < n and tokens[k].lower in _LIST_JOINERS and _same_line(tokens, k, k + 1):
            start = self._skip_chain(tokens, k + 1)
            if start >= n or not _same_line(tokens, k, start):
                break
            end = self.reader._take_name(tokens, start, strong=strong)
            if end == start:
                break
            spans.append((tokens[start].start, tokens[end - 1].end, FORM_SCORE))
            k = end
        return spans

    def noun_surname(self, tokens: list[Token], first: int, k: int) -> bool:
        """Is ``tokens[k]``, an everyday noun after the listed first name ``tokens[first]`` (and its middle
        names), the surname ("Otto Pfeffer", "mit Jana Kessel")? Only where the first name opens a phrase:
        at a line or sentence start, after a comma, a preposition or conjunction, a title or salutation;
        after a verb the noun is its object ("hat Lena Geburtstag")."""
        lex = self.lexicon
        if k >= len(tokens) or not _same_line(tokens, first, k):
            return False
        noun = tokens[k]
        if not (noun.is_word and noun.is_cap and len(noun.text) >= 2) or noun.text.isupper():
            return False
        low = noun.lower
        if low in WEEKDAYS_MONTHS or low in ADDRESS_WORDS or low in TITLES or low in ROLE_WORDS:
            return False
        if low in FEAST_WORDS:
            return False  # "Maria Himmelfahrt", "Johannes Täufer"
        if lex.word_counts.get(low, 0) >= _MAX_NOUN_SURNAME_COUNT or _ORG_HEAD.search(noun.text):
            return False
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and (after.text == "-" or (after.text.isdigit() and len(after.text) <= 4)):
            return False  # "Maria-Hilf-…", "Anna Weg 3": a street
        before = tokens[first - 1] if first else None
        if before is None or not before.is_word:
            if before is not None and before.text == "-":
                return False
            # at a sentence start a capital says nothing: the first name must be no everyday word
            # ("Beste Akteure waren …"), unless it is one only in institution names ("Otto")
            given = tokens[first]
            return lex.word_counts.get(given.lower, 0) < _MAX_SENTENCE_START_COUNT or given.lower in NAMES_NOT_WORDS
        return before.lower in _NAME_INTRO or (
            before.is_cap and (before.lower in ADDRESS_WORDS or before.lower in TITLES or is_rank(before.text))
        )

    def _english_salutations(self, tokens: list[Token]) -> list[Span]:
        """ "Dear Ms Kortenbrede", "Mr. Hrytsenko": English forms of address in the e-mails of newcomers,
        case-sensitive ("MS" is multiple sclerosis or a licence plate)."""
        spans: list[Span] = []
        n = len(tokens)
        for i, token in enumerate(tokens[:-1]):
            if token.text not in _ENGLISH_ADDRESS:
                continue
            k = i + 2 if tokens[i + 1].text == "." else i + 1
            if k >= n or not _same_line(tokens, i, k) or not tokens[k].is_cap:
                continue
            end = self.reader._take_name(tokens, k, strong=True)
            if end > k:
                spans.append((tokens[k].start, tokens[end - 1].end, FORM_SCORE))
        return spans

    # ------------------------------------------------------------------------------------------- ranks
    def _after_ranks(self, tokens: list[Token]) -> list[Span]:
        """ "PHK Brüning", "KOK'in Telgmann", "Staatsanwalt Brüninghoff": a rank or job word, then a word
        that looks like a name by itself (the ranks are also everyday abbreviations: "PK", "KK")."""
        spans: list[Span] = []
        n = len(tokens)
        reader = self.reader
        for i, token in enumerate(tokens):
            rank = is_rank(token.text)
            if not (rank or (token.is_cap and token.lower in ROLE_WORDS)):
                continue
            # a rank may stand in a chain ("OA Dr.", "KOK'in"), a job word right before the name only
            k = self._skip_chain(tokens, i + 1) if rank else i + 1
            if k >= n or not tokens[k].is_word or not _close(tokens, i, k):
                continue
            if any(t.lower in NAME_TITLES for t in tokens[i + 1 : k]):
                continue  # "OA Dr. Lohmöller": the title rule reads it
            first = tokens[k]
            if first.lower in ADDRESS_WORDS or not reader._name_word(first, False) or len(first.text) < 3:
                continue
            if _ORG_HEAD.search(first.text) or ORG_WORD.search(first.text):
                continue  # "Leiter Kinderklinik", "Arzt Bereitschaftsdienst"; surnames such as "Tenbusch" stay
            if first.text.isupper() and not token.text.isupper():
                continue
            end = reader._take_name(tokens, k, strong=False)
            if end > k:
                spans.append((first.start, tokens[end - 1].end, FORM_SCORE))
        return spans

    # ---------------------------------------------------------------------------------------- nobility
    def _nobility(self, tokens: list[Token]) -> list[Span]:
        """ "Gräfin zu Elmenhorst", "Freiherr von Landsberg": the nobility word belongs to the surname."""
        spans: list[Span] = []
        n = len(tokens)
        for i, token in enumerate(tokens[:-1]):
            if token.lower not in NOBILITY or not token.is_cap:
                continue
            k = i + 1
            while k < n and tokens[k].lower in PARTICLES and not tokens[k].is_cap:
                k += 1
            if k >= n or k == i + 1 or not _same_line(tokens, i, k):
                continue  # without a particle "Graf" is an ordinary surname or noun
            end = self.reader._take_name(tokens, k, strong=True)
            if end > k:
                spans.append((token.start, tokens[end - 1].end, FORM_SCORE))
        return spans

    # ---------------------------------------------------------------------------------------- initials
    def _initial_names(self, tokens: list[Token]) -> list[Span]:
        """ "J. Lammers", "B. Overkamp-Heller", "H.-J. Tewes": initials before a word that is a listed
        surname or in no list at all (not "A. Bescheid")."""
        from anonymizer.persons.rules import is_initial, skip_initials

        spans: list[Span] = []
        n = len(tokens)
        lex = self.lexicon
        for i in range(n):
            if not is_initial(tokens, i) or (i >= 2 and is_initial(tokens, i - 2)):
                continue
            k = skip_initials(tokens, i)
            if k >= n or not _same_line(tokens, i, k):
                continue
            word = tokens[k]
            if not (word.is_word and word.is_cap and len(word.text) >= 3) or word.text.isupper():
                continue
            listed = lex.is_surname(word.text) and not lex.is_common(word.text)
            if not (listed or self._unknown_name_word(word)):
                continue
            end = self.reader._take_name(tokens, k, strong=False)
            if end > k:
                spans.append((tokens[i].start, tokens[end - 1].end, FORM_SCORE))
        return spans

    def _unknown_name_word(self, token: Token) -> bool:
        """A capitalised word in no list and no everyday word; hyphenated: every part so."""
        lex = self.lexicon
        reader = self.reader
        for part in token.text.split("-"):
            everyday = len(part) < 2 or bool(lex.word_counts.get(part.lower()))
            if everyday and (lex.is_common(part) or not (lex.is_surname(part) or lex.is_first_name(part))):
                return False
        return reader._name_word(token, False) and not reader._compound_noun(token.text)

    # --------------------------------------------------------------------------------------- kin lists
    def _kin_lists(self, tokens: list[Token]) -> list[Span]:
        """ "meine Söhne Artem und Bohdan", "my daughters Zlata and Sofiia", "Oma Greta": every name
        of the list after a kinship word."""
        spans: list[Span] = []
        n = len(tokens)
        lex = self.lexicon
        for i, token in enumerate(tokens[:-1]):
            if token.lower not in KIN_WORDS and token.lower not in _GRAND_KIN:
                continue
            english = token.lower in _ENGLISH_KIN
            k = i + 1
            while k < n and _same_line(tokens, i, k):
                name = tokens[k]
                if not (name.is_word and name.is_cap):
                    break
                known = lex.is_first_name(name.text) and not lex.is_common(name.text)
                unknown = (
                    english
                    and not lex.word_counts.get(name.lower)
                    and name.lower not in _ENGLISH_NOT_NAMES
                    and name.lower not in WEEKDAYS_MONTHS
                )
                if not (known or unknown):
                    break
                end = self.reader._take_name(tokens, k, strong=True) if known else k + 1
                end = max(end, k + 1)
                spans.append((name.start, tokens[end - 1].end, FORM_SCORE))
                if end + 1 < n and tokens[end].lower in _LIST_JOINERS:
                    k = end + 1
                    if k < n and tokens[k].lower in _LIST_JOINERS:
                        k += 1  # ", und"
                    continue
                break
        return spans


#: Grandparents and aunts before a first name in chat labels and notes ("Oma Greta", "Tante Hanne").
_GRAND_KIN = frozenset(["oma", "opa", "tante", "onkel", "mama", "papa", "uroma", "uropa"])


#: Every written form of the ranks, female forms included.
_RANK_FORMS = RANKS | {
    rank + suffix for rank in RANKS if rank.isupper() for suffix in ("'in", "’in", "in", "In")
}


def is_rank(word: str) -> bool:
    """A service rank or job abbreviation, also in its female form ("KOK'in", "POKin", "RAin")."""
    return word in _RANK_FORMS


def _before_house_number(tokens: list[Token], k: int, end: int) -> int:
    """A name that runs into a street ("Dr. Lukas Elsner Lindenstraße 21") ends before the street word."""
    if end - k >= 2 and end < len(tokens) and tokens[end].text.isdigit() and len(tokens[end].text) <= 4:
        return end - 1
    return end


def _close(tokens: list[Token], i: int, k: int) -> bool:
    """Tokens ``i`` to ``k`` stand on one line with at most two blanks between neighbours (not in two
    table cells: "Chefarzt⇥⇥Oberärztin")."""
    return all(
        tokens[m + 1].start - tokens[m].end <= 2 and tokens[m].text != "\n" for m in range(i, min(k, len(tokens) - 1))
    )


def _same_line(tokens: list[Token], i: int, j: int) -> bool:
    return all(tokens[k].text != "\n" for k in range(i, min(j + 1, len(tokens))))
