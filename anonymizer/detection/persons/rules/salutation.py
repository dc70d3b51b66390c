"""Salutations: "Herr Krause", "Frau Dr. Nguyen Thi Lan", "Familie Schulze Pellengahr", "frau kortmann",
and the English forms of newcomers' e-mails ("Dear Ms Kortenbrede", "Mr. Hrytsenko")."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import FORM_SCORE, STRONG_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import followed_by_number, same_line
from anonymizer.detection.persons.vocabulary import ADDRESS_WORDS, DOUBLE_NAME_PREFIXES, ENGLISH_ADDRESS


class SalutationRule(PersonRule):
    """The name after a salutation, also after role words and titles ("Frau Bürgermeisterin Dr. Eck"),
    and in lower-case chat ("hab mit frau kortmann gesprochen")."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        reader = self.reader
        spans: list[Span] = []
        for i, token in enumerate(tokens):
            if token.lower not in ADDRESS_WORDS:
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].text == ".":
                j += 1
            if token.is_cap:
                j = reader.skip_roles(tokens, j)
                if j < len(tokens) and not same_line(tokens, i, j):
                    continue
                end = reader.take_name(tokens, j, strong=True)
                if end > j and not followed_by_number(tokens, end):
                    spans.append((tokens[j].start, tokens[end - 1].end, STRONG_SCORE))
            elif token.text.islower() and j < len(tokens) and same_line(tokens, i, j):
                # chat style: "hab mit frau kortmann gesprochen"
                first = tokens[j]
                if reader.lower_name_word(first) or (
                    first.text.islower()
                    and self.lexicon.is_surname(first.text)
                    and not reader.is_function_word(first.lower)
                ):
                    end = j + 1
                    if (
                        first.lower in DOUBLE_NAME_PREFIXES
                        and end < len(tokens)
                        and tokens[end].text.islower()
                        and reader.lower_name_word(tokens[end])
                    ):
                        end += 1  # "frau lütke brömhorst"
                    elif (
                        self.lexicon.is_first_name(first.text)
                        and end < len(tokens)
                        and reader.lower_name_word(tokens[end])
                    ):
                        end += 1
                    spans.append((first.start, tokens[end - 1].end, STRONG_SCORE))
        return spans


class EnglishSalutationRule(PersonRule):
    """ "Dear Ms Kortenbrede", "Mr. Hrytsenko": English forms of address in the e-mails of newcomers,
    case-sensitive ("MS" is multiple sclerosis or a licence plate)."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        n = len(tokens)
        for i, token in enumerate(tokens[:-1]):
            if token.text not in ENGLISH_ADDRESS:
                continue
            k = i + 2 if tokens[i + 1].text == "." else i + 1
            if k >= n or not same_line(tokens, i, k) or not tokens[k].is_cap:
                continue
            end = self.reader.take_name(tokens, k, strong=True)
            if end > k:
                spans.append((tokens[k].start, tokens[end - 1].end, FORM_SCORE))
        return spans
