"""Rule-based PERSON candidates: what county texts need beyond the statistical model.

The NER model was trained on newspaper text; letters, notes, tables and chat messages name people
in ways it rarely saw: "Frau Pohlmann," as a salutation, a bare name under "Mit freundlichen
Grüßen", "Sachbearbeiterin: Kaya", a name column in a table, "hab mit frau kortmann gesprochen",
Münsterland double names and foreign names. Each rule (one class per context, in this package) looks
for such a context and then takes the name words that follow (:mod:`anonymizer.detection.persons.reading`).
Ordinary German words ("Richter", "Winter", "Antrag") are only taken where the context is strong (a
salutation or label), never on their own.
"""

from __future__ import annotations

from anonymizer.detection.base import Recognizer
from anonymizer.detection.persons.lexicon import NameLexicon, load_lexicon
from anonymizer.detection.persons.reading import NameReader
from anonymizer.detection.persons.rules.base import PersonRule, PersonText
from anonymizer.detection.persons.rules.full_names import FullNameRule, LowerCaseNameRule
from anonymizer.detection.persons.rules.initials import InitialsRule
from anonymizer.detection.persons.rules.kin import KinListRule
from anonymizer.detection.persons.rules.labels import LabelRule
from anonymizer.detection.persons.rules.lists import ListRule
from anonymizer.detection.persons.rules.nobility import NobilityRule
from anonymizer.detection.persons.rules.ranks import RankRule
from anonymizer.detection.persons.rules.records import AddressBlockRule, ChatSenderRule, FieldRule, LineItemRule
from anonymizer.detection.persons.rules.salutation import EnglishSalutationRule, SalutationRule
from anonymizer.detection.persons.rules.signature import SignatureRule
from anonymizer.detection.persons.rules.subject import SurnameSubjectRule, UnknownCallerRule
from anonymizer.detection.persons.rules.tables import TableColumnRule
from anonymizer.detection.persons.rules.titles import TitleChainRule
from anonymizer.detection.persons.tokens import is_initial, skip_initials, tokenize
from anonymizer.entities import PERSON, Finding

__all__ = ["RULES", "PersonRule", "PersonRuleRecognizer", "is_initial", "skip_initials"]

#: The rules in the order they run. Where two rules find the same span, the first one's score stays.
RULES: tuple[type[PersonRule], ...] = (
    SalutationRule,
    FullNameRule,
    TitleChainRule,
    EnglishSalutationRule,
    RankRule,
    NobilityRule,
    InitialsRule,
    KinListRule,
    SurnameSubjectRule,
    UnknownCallerRule,
    LowerCaseNameRule,
    LabelRule,
    ListRule,
    SignatureRule,
    TableColumnRule,
    AddressBlockRule,
    FieldRule,
    LineItemRule,
    ChatSenderRule,
)


class PersonRuleRecognizer(Recognizer):
    """PERSON candidates from salutations, labels, signatures, tables, lists, records and name lists."""

    name = "person_rules"
    entity_types = (PERSON,)

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.reader = NameReader(self.lexicon)
        self.rules = [rule(self.reader) for rule in RULES]

    def analyze(self, text: str) -> list[Finding]:
        page = PersonText(text, tokenize(text))
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        for rule in self.rules:
            for start, end, score in rule.spans(page):
                if (start, end) in seen or start >= end:
                    continue
                seen.add((start, end))
                findings.append(Finding(start, end, PERSON, text[start:end], score, self.name))
        return findings
