"""Lists of people: every name item after "Anwesend:", "Teilnehmende:", "Verteiler:", "cc:" …, on the
label's line or as lines below it, bulleted or not, up to a blank line or a line with a colon."""

from __future__ import annotations

import re

from anonymizer.detection.persons.rules.base import LIST_SCORE, STRONG_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import Token, tokenize
from anonymizer.detection.persons.vocabulary import ADDRESS_WORDS, ORG_WORD, ROLE_WORDS

#: Labels of lists of people ("Anwesend: Meier, Schmitz, Hagedorn", "cc: Frau Kuhlmann"); the
#: items follow on the same line or as bullet lines below.
LIST_LABEL = re.compile(
    r"(?im)^[ \t>*-]*(?:"
    r"anwesend(?:e)?|abwesend(?:e)?|entschuldigt|es\s+fehl(?:t|en|ten)|"
    r"(?:gesprächs|sitzungs|besprechungs|termin)?teilnehm(?:er(?:/?in|\(in\)|innen|/innen)?|ende)|"
    r"beteiligte|gäste|verteiler|cc|bcc|kopie(?:\s+an)?|in\s+kopie|an|protokoll(?:führ(?:er|ung)(?:/?in)?)?|"
    r"moderation|leitung|sitzungsleitung|vorsitz"
    r")\s*:[ \t]*"
)
#: Separators of list items.
_ITEM_SEPARATORS = frozenset([",", ";", "und", "sowie", "&", "/"])


class ListRule(PersonRule):
    """An item counts when a salutation announces it ("Frau Kuhlmann") or the lists know one of its words
    as a name ("Schmitz", "Jana Ostendorf"); a capitalised word that is in no list and no everyday word
    ("Brüggenkamp") counts only next to such an item, so that "Anwesend: Vertreter der Stadt, Presse"
    stays visible."""

    def spans(self, page: PersonText) -> list[Span]:
        text = page.text
        spans: list[Span] = []
        for match in LIST_LABEL.finditer(text):
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            blocks = [(match.end(), text[match.end() : line_end])]
            if not blocks[0][1].strip():
                blocks = []
                pos = line_end + 1
                while pos < len(text) and len(blocks) < 40:
                    end = text.find("\n", pos)
                    end = len(text) if end < 0 else end
                    line = text[pos:end]
                    if not line.strip() or ":" in line:
                        break
                    blocks.append((pos, line))
                    pos = end + 1
            strict: list[tuple[int, int]] = []
            loose: list[tuple[int, int]] = []
            for base, line in blocks:
                for start, end, known in self._list_items(line):
                    (strict if known else loose).append((base + start, base + end))
            spans += [(s, e, STRONG_SCORE) for s, e in strict]
            if strict:
                spans += [(s, e, LIST_SCORE) for s, e in loose]
        return spans

    def _list_items(self, line: str) -> list[tuple[int, int, bool]]:
        """(start, end, known) of each item of a list line that looks like a name."""
        tokens = tokenize(line)
        items: list[list[Token]] = [[]]
        for token in tokens:
            if token.lower in _ITEM_SEPARATORS:
                items.append([])
            else:
                items[-1].append(token)
        lex = self.lexicon
        reader = self.reader
        found = []
        for item in items:
            k = 0
            while k < len(item) and item[k].text in {"-", "*", "•"}:
                k += 1
            addressed = k < len(item) and item[k].lower in ADDRESS_WORDS
            if addressed:
                k += 1
            titled = reader.skip_titles(item, k)
            strong = addressed or titled > k  # "Dr. Fink"
            k = titled
            end = reader.take_name(item, k, strong=strong)
            # "Anwesend: Holtkamp, Sommer, Dr. Fink": a noun surname among names
            noun_surname = k + 1 == len(item) and item[k].is_cap and lex.is_surname(item[k].text)
            if noun_surname:
                end = k + 1
            if end == k or (end < len(item) and item[end].is_word):
                continue  # no name, or more words follow ("Vertreter der Stadt")
            names = [t for t in item[k:end] if t.is_cap]
            if not names or any(ORG_WORD.search(t.text) or t.lower in ROLE_WORDS for t in names):
                continue
            known = strong or any(
                (lex.is_surname(t.text) or lex.is_first_name(t.text)) and not lex.is_common(t.text) for t in names
            )
            unknown = all(not lex.word_counts.get(t.lower) for t in names)
            if known or unknown or noun_surname:
                found.append((item[k].start, item[end - 1].end, known))
        return found
