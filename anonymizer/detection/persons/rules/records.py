"""Names in the structure of letters and records (issue 17): address blocks, ``Label: value`` fields,
bullet items and short lines of their own, chat sender labels.

:mod:`anonymizer.detection.layout` says *where* such places are;
:class:`~anonymizer.detection.persons.rules.record_items.RecordItems` decides whether the text there is a
person's name.
"""

from __future__ import annotations

import re

from anonymizer.detection.layout import address_blocks, chat_senders, fields, lines_after_recipient
from anonymizer.detection.persons.reading import NameReader
from anonymizer.detection.persons.rules.base import PersonRule, PersonText, Span
from anonymizer.detection.persons.rules.record_items import RECORD_SCORE, RecordItems
from anonymizer.detection.persons.tokens import Token, tokenize
from anonymizer.detection.persons.vocabulary import CHAT_KIN, KIN_WORDS

#: Labels whose value is a person ("Pat.:", "PATIENTIN:", "Absender:", "Untersucher:", "Hausarzt:").
PERSON_FIELD = re.compile(
    r"(?i)^(?:(?:vor|nach|familien|geburts|mädchen)?name|vorname|pat\.?|patient(?:in)?|absender(?:in)?|"
    r"empfänger(?:in)?|untersucher(?:in)?|unterzeichner(?:in)?|verfasser(?:in)?|"
    r"(?:ober|chef|assistenz|stations|fach|haus|kinder|amts|dikt\.?\s*)?(?:arzt|ärztin)|"
    r"dikt\.|diktiert(?:\s+von)?|befundet(?:\s+von)?|erstellt\s+von|vidiert|unterschrift|assistenz|"
    r"orthoptist(?:in)?|therapeut(?:in)?|pflegekraft|klient(?:in)?|versicherte[rn]?|kind|mutter|vater|"
    r"antragsteller(?:in)?|halter(?:in)?|beschuldigte[rn]?|geschädigte[rn]?|betroffene[rn]?|zeug(?:e|in)|"
    r"teilnehmer(?:in)?|schüler(?:in)?|bewohner(?:in)?|sachbearbeiter(?:in)?|ansprechpartner(?:in)?|"
    r"bearbeiter(?:in)?|betreuer(?:in)?|vormund|mieter(?:in)?|vermieter(?:in)?|eigentümer(?:in)?|"
    r"inhaber(?:in)?|ehegatte|ehegattin|kontaktperson|leistungsberechtigte[rn]?|erziehungsberechtigte[rn]?)$"
)
#: Labels whose value is never a person, though it may hold initials and capitalised words
#: ("Diagnose: M. Parkinson", "Medikation: L-Thyroxin").
NOT_PERSON_FIELD = re.compile(
    r"(?i)^(?:diagnose(?:n|\(n\))?|befund|befunde|beurteilung|therapie|medikation|empfehlung|procedere|anamnese|"
    r"untersuchung|indikation|verlauf|epikrise|labor|datum|uhrzeit|zeit|ort|station|abteilung|tel\.?|"
    r"telefon|fax|e-?mail|iban|bic)$"
)
#: Bullet list lines ("- Wessendorf Ulla", "• Dr. Eck", "3) Kösters Bernd").
_BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+")
#: A short line standing alone is read as a possible name only up to this many words.
_MAX_LINE_TOKENS = 8


class RecordRule(PersonRule):
    """A rule that reads the items of a record place with :class:`RecordItems`."""

    def __init__(self, reader: NameReader) -> None:
        super().__init__(reader)
        self.items = RecordItems(reader)


class AddressBlockRule(RecordRule):
    """The line after "Herrn" / "Frau" / "Eheleute" (strong), and the first line of an address block
    above its street and postcode lines (the item must show a name)."""

    def spans(self, page: PersonText) -> list[Span]:
        spans: list[Span] = []
        for line in lines_after_recipient(page.lines):
            start, end = line.stripped()
            spans += self.items.parts_name(page, start, end, strong=True)
        for block in address_blocks(page.text, page.lines):
            if block.name is not None and block.recipient is None:
                start, end = block.name.stripped()
                spans += self.items.parts_name(page, start, end, strong=False)
        return spans


class FieldRule(RecordRule):
    """The value of a person label ("Pat.: Brinkhaus, Edeltraud", "PATIENTIN: WALBURGA ESCHKÖTTER"), and a
    name-shaped value of any other label ("Orthoptistin: Kemperdick K. MBA")."""

    def spans(self, page: PersonText) -> list[Span]:
        spans: list[Span] = []
        for field in fields(page.text):
            if field.value_end <= field.value_start or NOT_PERSON_FIELD.match(field.key):
                continue
            strong = bool(PERSON_FIELD.match(field.key))
            spans += self.items.parts_name(page, field.value_start, field.value_end, strong)
        return spans


class LineItemRule(RecordRule):
    """A bullet item or a short line of its own that holds only a name ("- Wessendorf Ulla", "Greta
    Wagenfeld, Dr. med.", "Osterfeld O. Dr."); the item must show the name by itself, or, in a bullet list
    where other items are names, be made of name-shaped words in no list ("1. Wiemeler Jonte" under
    "2. Frericks Mila")."""

    def spans(self, page: PersonText) -> list[Span]:
        parts_name = self.items.parts_name
        spans: list[Span] = []
        failed: list[tuple[int, int]] = []  # bullet items of the current list without a name
        list_has_names = False
        for line in page.lines:
            bullet = _BULLET.match(line.text)
            if not bullet or line.blank:
                if list_has_names:
                    spans += [s for a, b in failed for s in parts_name(page, a, b, False, True, own_line=True)]
                failed, list_has_names = [], False
            if line.blank or ":" in line.text or "\t" in line.text.strip():
                continue
            start = line.start + (bullet.end() if bullet else 0)
            if not bullet and len(line.text.split()) > _MAX_LINE_TOKENS:
                continue
            _, end = line.stripped()
            found = parts_name(page, start, end, strong=False, own_line=True)
            spans += found
            if bullet:
                list_has_names = list_has_names or bool(found)
                if not found:
                    failed.append((start, end))
        if list_has_names:
            spans += [s for a, b in failed for s in parts_name(page, a, b, False, True, own_line=True)]
        return spans


class ChatSenderRule(RecordRule):
    """The sender of each exported chat message ("[09:14] Tante Hanne (Hanne): …"): a kinship word before
    the name stays ("Tante"), the name in brackets counts too."""

    def spans(self, page: PersonText) -> list[Span]:
        text = page.text
        spans: list[Span] = []
        for start, end in chat_senders(text):
            tokens = tokenize(text[start:end])
            groups: list[list[Token]] = [[]]
            for token in tokens:
                if token.text in {"(", ")"}:
                    groups.append([])
                elif not (token.lower in KIN_WORDS or token.lower in CHAT_KIN) or groups[-1]:
                    groups[-1].append(token)
            for group in groups:
                if group and (found := self.items.item_name(group, strong=True)) is not None:
                    spans.append((start + found[0], start + found[1], RECORD_SCORE))
        return spans
