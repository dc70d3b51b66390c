"""Names the name lists recognise without other context: first name + surname ("Reinhard Eling"),
surname-first lists ("Müller, Hans"), Münsterland double names, Vietnamese names, and in lower-case chat
a listed first name before a listed surname ("ayşe yılmaz hat angerufen")."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import LIST_SCORE, STRONG_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import Token, followed_by_number, is_rank, same_line, starts_line
from anonymizer.detection.persons.vocabulary import (
    ADDRESS_WORDS,
    DETERMINERS,
    DOUBLE_NAME_PREFIXES,
    FEAST_WORDS,
    INSTITUTION_WORD,
    NAME_INTRO,
    NAMES_NOT_WORDS,
    ROLE_WORDS,
    STRONG_DOUBLE_NAME_PREFIXES,
    TITLES,
    VIETNAMESE_MIDDLE,
    VIETNAMESE_SURNAMES,
    WEEKDAYS_MONTHS,
)

#: A first name this frequent in law text is also an everyday word ("Beste"): at a sentence start it
#: vouches for no noun after it.
_MAX_SENTENCE_START_COUNT = 25
#: A noun this frequent in law text is no surname after a bare first name, whatever precedes it.
_MAX_NOUN_SURNAME_COUNT = 500


class FullNameRule(PersonRule):
    """First name + surname, surname-first list items, double names and Vietnamese names."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        lex = self.lexicon
        reader = self.reader
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
                and same_line(tokens, i, i + 2)
            ):
                spans.append((token.start, tokens[i + 2].end, STRONG_SCORE))
                continue
            if low in STRONG_DOUBLE_NAME_PREFIXES and i + 1 < n and same_line(tokens, i, i + 1):
                nxt = tokens[i + 1]
                if reader.name_word(nxt, False) and nxt.lower not in DOUBLE_NAME_PREFIXES:
                    spans.append((token.start, nxt.end, LIST_SCORE))
                    continue
            if lex.is_first_name(token.text) and not reader.is_function_word(low):
                common_first = lex.is_common(token.text)
                j = i + 1
                # middle names ("Anna Lena Meier", "Hans Peter Bree")
                while (
                    j < n
                    and tokens[j].is_cap
                    and lex.is_first_name(tokens[j].text)
                    and same_line(tokens, j - 1, j)
                    and not lex.is_common(tokens[j].text)
                    and j + 1 < n
                    and tokens[j + 1].is_cap
                ):
                    j += 1
                if j >= n or not same_line(tokens, i, j):
                    continue
                end = reader.take_name(tokens, j, strong=False)
                if end == j and self.noun_surname(tokens, i, j):
                    end = j + 1  # "mit Katrin Senf", "Otto Pfeffer und …"
                if end == j:
                    continue
                last = tokens[end - 1]
                if common_first and not (lex.is_surname(last.text) and not lex.is_common(last.text)):
                    continue
                if followed_by_number(tokens, end):
                    continue  # "Maria Himmelfahrt 3"-like street names
                begin = token.start
                if i and tokens[i - 1].is_cap and tokens[i - 1].lower in VIETNAMESE_MIDDLE:
                    begin = tokens[i - 1].start  # "Van Phúc Hölthaus", "Thi Lan Becker"
                spans.append((begin, last.end, LIST_SCORE))
            # "Müller, Hans" in lists (a surname from the lists, or any rare word at a line start)
            if (
                (lex.is_surname(token.text) or starts_line(tokens, i))
                and not lex.is_common(token.text)
                and i + 2 < n
                and tokens[i + 1].text == ","
                and tokens[i + 2].is_cap
                and lex.is_first_name(tokens[i + 2].text)
                and not lex.is_common(tokens[i + 2].text)
                and same_line(tokens, i, i + 2)
                and previous not in ADDRESS_WORDS
                and not self._full_name_follows(tokens, i + 2)
            ):
                spans.append((token.start, tokens[i + 2].end, LIST_SCORE))
        return spans

    def _full_name_follows(self, tokens: list[Token], k: int) -> bool:
        """Does the first name ``tokens[k]`` start a full name of its own ("Herr Krause, Jana
        Ostendorf"), so that the word before the comma is another person, not its surname?"""
        nxt = k + 1
        return (
            nxt < len(tokens)
            and same_line(tokens, k, nxt)
            and self.reader.name_word(tokens[nxt], False)
            and not self.lexicon.is_first_name(tokens[nxt].text)
        )

    def noun_surname(self, tokens: list[Token], first: int, k: int) -> bool:
        """Is ``tokens[k]``, an everyday noun after the listed first name ``tokens[first]`` (and its middle
        names), the surname ("Otto Pfeffer", "mit Jana Kessel")? Only where the first name opens a phrase:
        at a line or sentence start, after a comma, a preposition or conjunction, a title or salutation;
        after a verb the noun is its object ("hat Lena Geburtstag")."""
        lex = self.lexicon
        if k >= len(tokens) or not same_line(tokens, first, k):
            return False
        noun = tokens[k]
        if not (noun.is_word and noun.is_cap and len(noun.text) >= 2) or noun.text.isupper():
            return False
        low = noun.lower
        if low in WEEKDAYS_MONTHS or low in ADDRESS_WORDS or low in TITLES or low in ROLE_WORDS:
            return False
        if low in FEAST_WORDS:
            return False  # "Maria Himmelfahrt", "Johannes Täufer"
        if lex.word_counts.get(low, 0) >= _MAX_NOUN_SURNAME_COUNT or INSTITUTION_WORD.search(noun.text):
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
        return before.lower in NAME_INTRO or (
            before.is_cap and (before.lower in ADDRESS_WORDS or before.lower in TITLES or is_rank(before.text))
        )


class LowerCaseNameRule(PersonRule):
    """ "ayşe yılmaz hat angerufen": in lower-case chat a listed first name directly followed by a listed
    surname, neither of them a word of the law-text lexicon."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
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
