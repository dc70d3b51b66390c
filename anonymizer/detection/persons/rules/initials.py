"""Initials before a surname: "J. Lammers", "B. Overkamp-Heller", "H.-J. Tewes"."""

from __future__ import annotations

from anonymizer.detection.persons.rules.base import FORM_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import Token, is_initial, same_line, skip_initials


class InitialsRule(PersonRule):
    """Initials before a word that is a listed surname or in no list at all (not "A. Bescheid")."""

    def spans(self, page: PersonText) -> list[Span]:
        tokens = page.tokens
        spans: list[Span] = []
        n = len(tokens)
        lex = self.lexicon
        for i in range(n):
            if not is_initial(tokens, i) or (i >= 2 and is_initial(tokens, i - 2)):
                continue
            k = skip_initials(tokens, i)
            if k >= n or not same_line(tokens, i, k):
                continue
            word = tokens[k]
            if not (word.is_word and word.is_cap and len(word.text) >= 3) or word.text.isupper():
                continue
            listed = lex.is_surname(word.text) and not lex.is_common(word.text)
            if not (listed or self._unknown_name_word(word)):
                continue
            end = self.reader.take_name(tokens, k, strong=False)
            if end > k:
                spans.append((tokens[i].start, tokens[end - 1].end, FORM_SCORE))
        return spans

    def _unknown_name_word(self, token: Token) -> bool:
        """A capitalised word in no list and no everyday word; hyphenated: every part so."""
        lex = self.lexicon
        for part in token.text.split("-"):
            everyday = len(part) < 2 or bool(lex.word_counts.get(part.lower()))
            if everyday and (lex.is_common(part) or not (lex.is_surname(part) or lex.is_first_name(part))):
                return False
        return self.reader.name_word(token, False) and not self.reader.compound_noun(token.text)
