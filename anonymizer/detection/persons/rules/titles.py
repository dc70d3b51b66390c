"""Title chains: "Dr. Kessel", "Prof. Dr. Hals", "DR. MED. K. WOLTERINK", "Drs. Lampe und Eck".

A title vouches for the name after it even when that name is an everyday word ("Dr. Kessel"), which the
sentence rules would never take on their own."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import FORM_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import Token, same_line
from anonymizer.detection.persons.vocabulary import NAME_TITLES

#: Words that join further names to a name ("Drs. Lampe und Eck", "Lena, Paul und Max").
LIST_JOINERS = frozenset([",", "und", "and", "&", "sowie"])


class TitleChainRule(PersonRule):
    """The name after a chain of titles, and a name broken over two lines after its title
    ("Dr. Jürgen⏎Schneider")."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        n = len(tokens)
        reader = self.reader
        for i, token in enumerate(tokens):
            if token.lower not in NAME_TITLES or not token.is_cap:
                continue
            k = reader.skip_chain(tokens, i + 1)
            if k >= n or tokens[k].text == "\n" or not same_line(tokens, i, k):
                continue
            if len(token.text) > 4 and not tokens[k].is_cap:
                continue  # "Professor der Rhetorik": a written-out title before a particle is a job
            if tokens[k - 1].text == "-" and tokens[k - 1].end == tokens[k].start:
                continue  # "Dr.-Titel", "Prof.-Stelle": a compound noun
            end = _before_house_number(tokens, k, reader.take_name(tokens, k, strong=True))
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
        after = self.reader.take_name(tokens, end + 1, strong=True)
        return after if after > end + 1 else end

    def _joined_names(self, tokens: list[Token], k: int, strong: bool) -> list[Span]:
        """Further names joined by ",", "und", "and", "&" after a name that ends at ``k``."""
        spans: list[Span] = []
        n = len(tokens)
        while k + 1 < n and tokens[k].lower in LIST_JOINERS and same_line(tokens, k, k + 1):
            start = self.reader.skip_chain(tokens, k + 1)
            if start >= n or not same_line(tokens, k, start):
                break
            end = self.reader.take_name(tokens, start, strong=strong)
            if end == start:
                break
            spans.append((tokens[start].start, tokens[end - 1].end, FORM_SCORE))
            k = end
        return spans


def _before_house_number(tokens: list[Token], k: int, end: int) -> int:
    """A name that runs into a street ("Dr. Lukas Elsner Lindenstraße 21") ends before the street word."""
    if end - k >= 2 and end < len(tokens) and tokens[end].text.isdigit() and len(tokens[end].text) <= 4:
        return end - 1
    return end
