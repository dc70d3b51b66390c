"""Labels and hand-over words before a name: "Sachbearbeiterin: Frau Kaya", "Name: Müller, Hans",
"z. Hd. Herrn Krause", "gez. Brockmann", "i. A. Kuhlmann"."""

from __future__ import annotations

import re
from bisect import bisect_left

from anonymizer.detection.persons.rules.base import STRONG_SCORE, PersonRule, PersonText, Span
from anonymizer.detection.persons.tokens import same_line
from anonymizer.detection.persons.vocabulary import ADDRESS_WORDS

#: Line labels after which a name follows ("Sachbearbeiterin: Kaya", "Name: Müller, Hans").
LABEL = re.compile(
    r"(?im)(?:^|(?<=[\s|;(]))(?:"
    r"(?:vor|nach|familien|geburts|mädchen)?name(?:,\s*vorname)?|vorname|"
    r"sachbearbeit(?:er|ung)(?:/?in|\(in\)|In)?|ansprechpartner(?:/?in|\(in\)|In)?|"
    r"bearbeiter(?:/?in|\(in\))?|antragsteller(?:/?in|\(in\))?|verfasser(?:/?in)?|"
    r"schüler(?:/?in)?|kind|vater|mutter|erziehungsberechtigte[rn]?|betreuer(?:/?in)?|vormund|"
    r"patient(?:/?in)?|teilnehmer(?:/?in)?|empfänger(?:/?in)?|absender(?:/?in)?|"
    r"mitarbeiter(?:/?in)?|zeuge|zeugin|mieter(?:/?in)?|vermieter(?:/?in)?|eigentümer(?:/?in)?|"
    r"halter(?:/?in)?|klient(?:/?in)?|bewohner(?:/?in)?|inhaber(?:/?in)?|ehegatte|ehegattin|"
    r"unterzeichner(?:/?in)?|kontaktperson|leistungsberechtigte[rn]?|beschuldigte[rn]?"
    r")\s*:[ \t]*"
)
#: Words that announce a name without a colon ("z. Hd. Frau Kaya", "gez. Brockmann", "i. A. Kuhlmann").
HANDOVER = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:z\.\s?hd\.?|zu\s+händen(?:\s+von)?|c/o|gez\.|i\.\s?a\.|i\.\s?v\.)[ \t]*")


class LabelRule(PersonRule):
    """The name after a person label or a hand-over word, surname-first too ("Müller, Dr. Hans")."""

    def spans(self, page: PersonText) -> list[Span]:
        text, tokens = page.text, page.tokens
        reader = self.reader
        spans: list[Span] = []
        starts = [t.start for t in tokens]
        for regex in (LABEL, HANDOVER):
            for match in regex.finditer(text):
                k = bisect_left(starts, match.end())  # the first token at or after the label
                if k == len(tokens):
                    continue
                if tokens[k].lower in ADDRESS_WORDS:
                    k += 1
                    if k < len(tokens) and tokens[k].text == ".":
                        k += 1
                k = reader.skip_titles(tokens, k)
                if k >= len(tokens) or tokens[k].text == "\n":
                    continue
                end = reader.take_name(tokens, k, strong=True)
                if end == k:
                    continue
                # "Müller, Hans" / "Müller, Dr. Hans"
                after = end
                if after + 1 < len(tokens) and tokens[after].text == "," and same_line(tokens, k, after + 1):
                    nxt = reader.skip_titles(tokens, after + 1)
                    if nxt < len(tokens) and self.lexicon.is_first_name(tokens[nxt].text) and tokens[nxt].is_cap:
                        end = reader.take_name(tokens, nxt, strong=True)
                spans.append((tokens[k].start, tokens[end - 1].end, STRONG_SCORE))
        return spans
