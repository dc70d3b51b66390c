"""Kinship words before first names: "meine Söhne Artem und Bohdan", "my daughters Zlata and Sofiia",
"Oma Greta" — every name of the list after the kinship word."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import FORM_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.rules.titles import LIST_JOINERS
from anonymizer.detection.persons.tokens import same_line
from anonymizer.detection.persons.vocabulary import (
    ENGLISH_KIN,
    ENGLISH_NOT_NAMES,
    GRAND_KIN,
    KIN_WORDS,
    WEEKDAYS_MONTHS,
)


class KinListRule(PersonRule):
    """Listed first names after a kinship word; after an English one also names no list knows (in an
    English sentence only names are capitalised)."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        n = len(tokens)
        lex = self.lexicon
        for i, token in enumerate(tokens[:-1]):
            if token.lower not in KIN_WORDS and token.lower not in GRAND_KIN:
                continue
            english = token.lower in ENGLISH_KIN
            k = i + 1
            while k < n and same_line(tokens, i, k):
                name = tokens[k]
                if not (name.is_word and name.is_cap):
                    break
                known = lex.is_first_name(name.text) and not lex.is_common(name.text)
                unknown = (
                    english
                    and not lex.word_counts.get(name.lower)
                    and name.lower not in ENGLISH_NOT_NAMES
                    and name.lower not in WEEKDAYS_MONTHS
                )
                if not (known or unknown):
                    break
                end = self.reader.take_name(tokens, k, strong=True) if known else k + 1
                end = max(end, k + 1)
                spans.append((name.start, tokens[end - 1].end, FORM_SCORE))
                if end + 1 < n and tokens[end].lower in LIST_JOINERS:
                    k = end + 1
                    if k < n and tokens[k].lower in LIST_JOINERS:
                        k += 1  # ", und"
                    continue
                break
        return spans
