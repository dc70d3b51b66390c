"""A person as the subject of a clerk's note: "Kemper hat angerufen", "Laut Kemper …", and an unknown
caller ("Brüggenkamp hat angerufen")."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import LIST_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.vocabulary import CALLER_PHRASES, NOT_A_SUBJECT, ORG_WORD, PERSON_VERBS, QUOTING


class SurnameSubjectRule(PersonRule):
    """A listed surname (no everyday word) before a verb that people do or after "laut", not after a
    preposition of place ("nach Kemper" would be a town)."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        lex = self.lexicon
        for i, token in enumerate(tokens[:-1]):
            if not (token.is_word and token.is_cap and lex.is_surname(token.text)):
                continue
            if lex.is_common(token.text) or token.lower in NOT_A_SUBJECT:
                continue
            if self.reader.after_article_or_place_word(tokens, i):
                continue
            previous = tokens[i - 1].lower if i else ""
            if tokens[i + 1].lower in PERSON_VERBS or previous in QUOTING:
                spans.append((token.start, token.end, LIST_SCORE))
        return spans


class UnknownCallerRule(PersonRule):
    """A capitalised word in no list and no everyday word, as the subject of a phrase only people use in
    a note (call, call back, ask for, report). A company or town named so ("Telekom hat angerufen") is
    masked too — the safe error."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        reader = self.reader
        for i, token in enumerate(tokens[:-2]):
            if (tokens[i + 1].lower, tokens[i + 2].lower) not in CALLER_PHRASES:
                continue
            if not reader.name_word(token, False) or len(token.text) < 3 or token.text.isupper():
                continue
            if self.lexicon.is_common(token.text) or token.lower in NOT_A_SUBJECT:
                continue
            if reader.compound_noun(token.text) or ORG_WORD.search(token.text):
                continue  # "Hausverwaltung meldet sich", "Bauamt hat angerufen": an office, not a person
            if not reader.after_article_or_place_word(tokens, i):
                spans.append((token.start, token.end, LIST_SCORE))
        return spans
