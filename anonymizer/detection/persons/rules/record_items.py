"""Reading a name item of a letter or record: a place that holds nothing but a person's name.

The record rules (:mod:`anonymizer.detection.persons.rules.records`) find the places — the line after "Herrn", the
value of "Pat.:", a bullet item, a chat sender label; this module decides whether the text there is a
person's name. The test is the same everywhere (:meth:`RecordItems.item_name`): a few capitalised words,
initials, titles, one comma ("Brinkhaus, Edeltraud"), surname first or last ("Wessendorf Ulla") — and
either the place vouches for a person or the item shows it by itself (a title, an initial, a listed name).
"""

from __future__ import annotations

import itertools
import re

from anonymizer.detection.persons.lexicon import NameLexicon
from anonymizer.detection.persons.reading import NameReader
from anonymizer.detection.persons.rules.base import PersonText, Span
from anonymizer.detection.persons.tokens import Token, is_initial, is_rank, tokenize
from anonymizer.detection.persons.vocabulary import (
    ADDRESS_WORDS,
    DEGREES,
    DOUBLE_NAME_PREFIXES,
    GREETING_WORDS,
    KIN_WORDS,
    PARTICLES,
    RECORD_PLACE_WORD,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS_MONTHS,
)

#: Score of a name found by its place in a record.
RECORD_SCORE = 0.9
#: Words of item lists that are never names, though the law-text lexicon may not know them.
_NOT_NAMES = GREETING_WORDS | {"anlage", "anlagen"}
#: A noun this frequent in law text is never a surname in a record item.
_MAX_EVERYDAY_COUNT = 500
#: Where an item of a field value or list line ends: a bracket, a dash between blanks, a slash, a
#: semicolon, a birth-date star.
_ITEM_BREAK = re.compile(r"[(/;*]|[ \t][–-][ \t]|\bgeb\.|\bgeboren\b")


class RecordItems:
    """Says whether an item (a line, a field value, a piece of either) is a person's name."""

    def __init__(self, reader: NameReader) -> None:
        self.reader = reader
        self.lexicon: NameLexicon = reader.lexicon

    def item_name(
        self, tokens: list[Token], strong: bool, among_names: bool = False, alone: bool = True
    ) -> tuple[int, int] | None:
        """Offsets of the name when ``tokens`` (one item, no line break) hold nothing but a person's
        name, else None. ``strong``: the place vouches for a person; otherwise the item must show it
        by a salutation, a title, an initial or a name the lists know (and no everyday word).
        ``among_names``: other items of the same list are names, so words in no list count too.
        ``alone``: the item is the whole place, not one piece of a line split at commas or dashes — a
        single listed name cut out of a line ("Sofia, 3. April", "Canal - Liste") needs more than the list."""
        lex = self.lexicon
        n = len(tokens)
        k = 0
        evidence = False
        if k < n and tokens[k].lower in ADDRESS_WORDS:
            k += 1
            evidence = True
            if k < n and tokens[k].text == ".":
                k += 1
        while k < n and (tokens[k].lower in TITLES or tokens[k].text in {".", "-"} or is_rank(tokens[k].text)):
            evidence = evidence or tokens[k].lower in TITLES
            k += 1
        end = n
        trailing_title = False
        while end > k and (
            (tokens[end - 1].text in {".", ",", "-", ":"} and not is_initial(tokens, end - 2))
            or tokens[end - 1].lower in TITLES
            or tokens[end - 1].lower in DEGREES
        ):
            if tokens[end - 1].lower in {"ma", "ba"}:
                break  # "Ma" is a name, "BA" an ophthalmologist's "beidseits"
            if tokens[end - 1].lower in TITLES or tokens[end - 1].lower in DEGREES:
                trailing_title = True
            end -= 1
        if end <= k:
            return None
        names: list[Token] = []
        commas = 0
        before_comma = 0
        m = k
        while m < end:
            token = tokens[m]
            if token.is_word and is_initial(tokens, m):
                # "K. Wolterink", "Georg T. Wienhold", "Kemperdick K.": before a middle initial only
                # first names ("Bekannter M. Parkinson" is none)
                if names and m + 2 < end and not all(self._given(t) for t in names):
                    return None
                evidence = True
                m += 2
                continue
            if token.text == ",":
                commas += 1
                before_comma = len(names)
            elif token.text == "-" or (token.is_word and token.lower in PARTICLES and not token.is_cap):
                pass
            elif token.is_word:
                names.append(token)
            else:
                return None
            m += 1
        if commas > 1 or not 1 <= len(names) <= 4:
            return None
        # a title after the name vouches for two name words ("Kamp Werner Dr.", "Greta Wagenfeld, Dr. med."),
        # not for one ("Reichstagsabgeordneter Dr.")
        evidence = evidence or (trailing_title and len(names) >= 2)
        if len(names) == 1 and not (alone or strong or evidence):
            return None
        if commas and not self._surname_comma_given(names[:before_comma], names[before_comma:], strong):
            return None
        firsts = 0
        listed = 0
        everyday: list[Token] = []
        for token in names:
            low = token.lower
            if not token.is_cap or low in ADDRESS_WORDS or low in TITLES or low in ROLE_WORDS or low in KIN_WORDS:
                return None
            if low in _NOT_NAMES or (low in WEEKDAYS_MONTHS and not strong) or _org_compound(token.text):
                return None
            if token.text.isupper() and len(token.text) <= 3:
                return None
            if "-" in token.text and self.reader.everyday_compound(token):
                return None  # "AV-Block", "E-Mail"
            first = lex.is_first_name(token.text) and not lex.is_common(token.text)
            surname = lex.is_surname(token.text) and not lex.is_common(token.text)
            firsts += first
            listed += first or surname
            if lex.is_common(token.text) and not first and low not in DOUBLE_NAME_PREFIXES:
                everyday.append(token)
        for token in everyday:
            if lex.word_counts.get(token.lower, 0) >= _MAX_EVERYDAY_COUNT or self.reader.compound_noun(token.text):
                return None
        if everyday:
            # an everyday word is a surname only beside a first name, a title or an initial ("Sommer Gerd",
            # "Dr. Kessel", "Kamp Werner Dr."), and only one of them; in a weak place it must be a listed
            # surname too ("Sommer"), so that "- Termin Anna" stays
            if len(everyday) > 1 or (len(everyday) == len(names) and not (strong or evidence)):
                return None
            if not (strong or evidence) and not (firsts and all(lex.is_surname(t.text) for t in everyday)):
                return None
        if not (strong or evidence or listed or (among_names and not everyday and len(names) >= 2)):
            return None
        start_token = tokens[k]
        return start_token.start, tokens[end - 1].end

    def _surname_comma_given(self, surname: list[Token], given: list[Token], strong: bool) -> bool:
        """ "Brinkhaus, Edeltraud", "KAMPMANN, Reinhild": one surname (a double name at most) before the
        comma, first names after it — listed ones, or in a person's place any name word ("Pat.: Ghebre,
        Senait"); not two people ("Herr Krause, Jana Ostendorf")."""
        if not 1 <= len(surname) <= 2 or not 1 <= len(given) <= 2:
            return False
        if len(surname) == 2 and surname[0].lower not in DOUBLE_NAME_PREFIXES:
            return False
        if len(given) == 2:
            return all(self._given(t) for t in given)  # "Müller, Hans Peter"
        return self._given(given[0]) or (strong and not self.lexicon.is_common(given[0].text))

    def _given(self, token: Token) -> bool:
        return self.lexicon.is_first_name(token.text) and not self.lexicon.is_common(token.text)

    def parts_name(
        self,
        page: PersonText,
        start: int,
        end: int,
        strong: bool,
        among_names: bool = False,
        own_line: bool = False,
    ) -> list[Span]:
        """The names in ``text[start:end]`` read as items: the whole, else its pieces between item breaks
        (brackets, slashes, " – ", "geb."), each whole or split at "und" / a comma. ``own_line``: a short
        line of its own, not split where it holds a number ("Sofia, 3. April" is a dateline); a field
        value or address line may list a name beside a number."""
        text = page.text
        spans: list[Span] = []
        pieces = []
        pos = start
        for match in _ITEM_BREAK.finditer(text, start, end):
            pieces.append((pos, match.start()))
            pos = match.end()
        pieces.append((pos, end))
        alone = len(pieces) == 1
        for piece_start, piece_end in pieces:
            piece = text[piece_start:piece_end]
            key = (piece, strong, among_names, alone, own_line)
            if key not in page.items:  # "Gruß", "Vermerk" repeat
                page.items[key] = self._piece_names(piece, strong, among_names, alone, own_line)
            spans += [(piece_start + s, piece_start + e, RECORD_SCORE) for s, e in page.items[key]]
        return spans

    def _piece_names(
        self, piece: str, strong: bool, among_names: bool, alone: bool, own_line: bool
    ) -> list[tuple[int, int]]:
        """Offsets of the names in one piece: the whole piece, else its groups (split at "und", commas)."""
        if not _may_be_name(piece) and not any(map(_may_be_name, _SEGMENT_BREAK.split(piece))):
            return []
        tokens = tokenize(piece)
        if not tokens:
            return []
        found = self.item_name(tokens, strong, among_names, alone)
        if found is not None:
            return [found]
        if own_line and not (strong or among_names) and any(ch.isdigit() for ch in piece):
            return []
        return [
            name for group in _split_items(tokens) if (name := self.item_name(group, strong, among_names, alone=False))
        ]


#: Lower-case words a name item may hold besides its capitalised words: particles, joiners, the
#: lower-case parts of title chains ("Dr. med.", "Dr. rer. nat.").
_LOWER_IN_NAMES = PARTICLES | TITLES | {"und", "sowie"}


_SEGMENT_BREAK = re.compile(r",|&|\bund\b|\bsowie\b")


def _may_be_name(piece: str) -> bool:
    """A cheap test before tokenizing: every word of a name item starts with a capital, a dot, a hyphen
    or a comma, or is a particle, joiner or title (most lines of a text fail at their first word)."""
    chunks = piece.split()
    if not chunks or len(chunks) > 12:
        return False
    for chunk in chunks:
        head = chunk[0]
        if head.isupper() or head in ",.-–&'’":
            continue
        if chunk.rstrip(".,").lower() not in _LOWER_IN_NAMES:
            return False
    return True


def _org_compound(word: str) -> bool:
    """A compound that ends in an office or place word ("Jugendamt", "Kreiskasse", "Marienschule");
    the bare word may be a surname ("Haus", "Kirch")."""
    match = RECORD_PLACE_WORD.search(word)
    return match is not None and match.start() > 0


def _split_items(tokens: list[Token]) -> list[list[Token]]:
    """An item split at "und"/"&" and, unless it is "Surname, First name", at commas."""
    groups: list[list[Token]] = [[]]
    for token in tokens:
        if token.lower in {"und", "&", "sowie"}:
            groups.append([])
        else:
            groups[-1].append(token)
    result: list[list[Token]] = []
    for group in groups:
        commas = [k for k, t in enumerate(group) if t.text == ","]
        if not commas:
            result.append(group)
            continue
        # "Brinkhaus, Edeltraud, Pflegeheim", "Kamp Werner Dr., Herrn Dr. Elsner": each pair of neighbouring
        # parts, then each part alone
        bounds = [-1, *commas, len(group)]
        parts = [(bounds[m] + 1, bounds[m + 1]) for m in range(len(bounds) - 1)]
        result.extend(group[a_start:b_end] for (a_start, _), (_, b_end) in itertools.pairwise(parts))
        result.extend(group[a_start:a_end] for a_start, a_end in parts)
    return [g for g in result if g]
