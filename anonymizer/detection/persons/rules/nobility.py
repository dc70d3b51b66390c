"""Nobility words before a particle: "Gräfin zu Elmenhorst", "Freiherr von Landsberg"."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import FORM_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import same_line
from anonymizer.detection.persons.vocabulary import NOBILITY, PARTICLES


class NobilityRule(PersonRule):
    """The nobility word belongs to the surname; without a particle "Graf" is an ordinary surname or noun."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        n = len(tokens)
        for i, token in enumerate(tokens[:-1]):
            if token.lower not in NOBILITY or not token.is_cap:
                continue
            k = i + 1
            while k < n and tokens[k].lower in PARTICLES and not tokens[k].is_cap:
                k += 1
            if k >= n or k == i + 1 or not same_line(tokens, i, k):
                continue  # without a particle "Graf" is an ordinary surname or noun
            end = self.reader.take_name(tokens, k, strong=True)
            if end > k:
                spans.append((token.start, tokens[end - 1].end, FORM_SCORE))
        return spans
