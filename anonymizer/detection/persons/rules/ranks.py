"""Service ranks and job words before a name: "PHK Brüning", "KOK'in Telgmann", "Staatsanwalt Brüninghoff".

The ranks are also everyday abbreviations ("PK" Pressekonferenz, "KK" Krankenkasse), so the word after a
rank must look like a name by itself."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import FORM_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import close, is_rank
from anonymizer.detection.persons.vocabulary import ADDRESS_WORDS, INSTITUTION_WORD, NAME_TITLES, ORG_WORD, ROLE_WORDS


class RankRule(PersonRule):
    """The name after a rank (also in a chain: "OA Dr.", "KOK'in") or right after a job word."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        n = len(tokens)
        reader = self.reader
        for i, token in enumerate(tokens):
            rank = is_rank(token.text)
            if not (rank or (token.is_cap and token.lower in ROLE_WORDS)):
                continue
            # a rank may stand in a chain ("OA Dr.", "KOK'in"), a job word right before the name only
            k = reader.skip_chain(tokens, i + 1) if rank else i + 1
            if k >= n or not tokens[k].is_word or not close(tokens, i, k):
                continue
            if any(t.lower in NAME_TITLES for t in tokens[i + 1 : k]):
                continue  # "OA Dr. Lohmöller": the title rule reads it
            first = tokens[k]
            if first.lower in ADDRESS_WORDS or not reader.name_word(first, False) or len(first.text) < 3:
                continue
            if INSTITUTION_WORD.search(first.text) or ORG_WORD.search(first.text):
                continue  # "Leiter Kinderklinik", "Arzt Bereitschaftsdienst"; surnames such as "Tenbusch" stay
            if first.text.isupper() and not token.text.isupper():
                continue
            end = reader.take_name(tokens, k, strong=False)
            if end > k:
                spans.append((first.start, tokens[end - 1].end, FORM_SCORE))
        return spans
