"""What every person rule is: a context that announces a person, and the name words it takes after it.

Like :mod:`anonymizer.detection.recognizers`, one small class per rule. A rule finds its context (a salutation, a
label, a signature, a title, a list …) and hands the words after it to the shared
:class:`~anonymizer.detection.persons.reading.NameReader`, which says where the name ends. Rules return spans with a
score; :class:`~anonymizer.detection.persons.rules.PersonRuleRecognizer` runs them in a fixed order and keeps the
first score of each span.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cached_property

from anonymizer.detection.layout import Line, split_lines
from anonymizer.detection.persons.lexicon import NameLexicon
from anonymizer.detection.persons.reading import NameReader
from anonymizer.detection.persons.tokens import Token

#: ``(start, end, score)`` of a name a rule found.
Span = tuple[int, int, float]

#: Score of a name announced by a salutation, label or signature.
STRONG_SCORE = 0.9
#: Score of a name found by the name lists alone.
LIST_SCORE = 0.75
#: Score of a name vouched for by its form (title, rank, initial).
FORM_SCORE = 0.9


@dataclass
class PersonText:
    """One text as the rules read it: its tokens, its lines (split once, when a rule first asks), and
    the record rules' cache of the name items they have read (salutations and labels repeat)."""

    text: str
    tokens: list[Token]
    items: dict[tuple[str, bool, bool, bool, bool], list[tuple[int, int]]] = field(default_factory=dict)

    @cached_property
    def lines(self) -> list[Line]:
        return split_lines(self.text)


class PersonRule(ABC):
    """Finds the names that one kind of context announces."""

    def __init__(self, reader: NameReader) -> None:
        self.reader = reader
        self.lexicon: NameLexicon = reader.lexicon

    @abstractmethod
    def spans(self, page: PersonText) -> list[Span]:
        """``(start, end, score)`` of every name this rule finds in ``page``."""
