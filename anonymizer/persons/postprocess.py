"""Engine post-processor for persons: drop the model's false alarms, then propagate names.

Why after all recognizers: only with every candidate in view can a name found once ("Frau
Kortmann" in the salutation) be masked everywhere else in the text ("Kortmanns Antrag",
"kortmann" in a chat line), and only then can the model's guesses be checked against the rules
(a sentence-initial "Winter" or a "Koch" after an article is no person unless a rule says so).
"""

from __future__ import annotations

import re

from anonymizer.engine import PostProcessor
from anonymizer.entities import PERSON, Finding
from anonymizer.persons.lexicon import WEEKDAYS_MONTHS, NameLexicon, load_lexicon
from anonymizer.persons.tokens import (
    ADDRESS_WORDS,
    DETERMINERS,
    DOUBLE_NAME_PREFIXES,
    PARTICLES,
    ROLE_WORDS,
    TITLES,
    words,
)

#: Recognizer name of the statistical model (see anonymizer.ner.recognizer).
MODEL_RECOGNIZER = "ner_model"
#: Score of a propagated mention.
PROPAGATED_SCORE = 0.8
_NOT_NAME = ADDRESS_WORDS | TITLES | ROLE_WORDS | WEEKDAYS_MONTHS | PARTICLES | DOUBLE_NAME_PREFIXES


class PersonPostProcessor(PostProcessor):
    """Filters model PERSON guesses and adds every further mention of a found name."""

    name = "person_propagation"

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        rule_spans = [(c.start, c.end) for c in candidates if c.type == PERSON and c.recognizer != MODEL_RECOGNIZER]
        kept = [self._widen(text, c, rule_spans) for c in candidates if not self._false_alarm(text, c, rule_spans)]
        return kept + self._propagate(text, kept)

    @staticmethod
    def _widen(text: str, finding: Finding, rule_spans: list[tuple[int, int]]) -> Finding:
        """A model PERSON that overlaps a rule's name becomes the union of both, so that neither
        a shorter rule span ("Lütke Twenhöven") nor a shorter model span leaves a name part open."""
        if finding.type != PERSON or finding.recognizer != MODEL_RECOGNIZER:
            return finding
        start, end = finding.start, finding.end
        for s, e in rule_spans:
            if s < end and start < e:
                start, end = min(start, s), max(end, e)
        if (start, end) == (finding.start, finding.end) or "\n" in text[start:end]:
            return finding
        return finding.moved(start, end, text[start:end])

    # ------------------------------------------------------------------ filtering
    def _false_alarm(self, text: str, finding: Finding, rule_spans: list[tuple[int, int]]) -> bool:
        """A model PERSON made only of everyday words, with no rule backing it."""
        if finding.type != PERSON or finding.recognizer != MODEL_RECOGNIZER:
            return False
        if any(s < finding.end and finding.start < e for s, e in rule_spans):
            return False
        parts = [w for w in words(finding.text) if w.lower() not in PARTICLES]
        if not parts:
            return True
        lex = self.lexicon
        if all(p.lower() in _NOT_NAME or lex.is_common(p) for p in parts):
            return not any(lex.is_first_name(p) and not lex.is_common(p) for p in parts)
        return False

    # ------------------------------------------------------------------ propagation
    def _propagate(self, text: str, candidates: list[Finding]) -> list[Finding]:
        persons = [c for c in candidates if c.type == PERSON]
        parts: dict[str, bool] = {}  # name word -> was it found lower-case (chat)?
        for finding in persons:
            for part in words(finding.text):
                if len(part) < 2 or part.lower() in _NOT_NAME:
                    continue
                parts.setdefault(part, part.islower())
        if not parts:
            return []
        covered = sorted((c.start, c.end) for c in persons)
        added: list[Finding] = []
        for part, lower in parts.items():
            flags = re.IGNORECASE if lower else 0
            variants = {re.escape(part), re.escape(part.upper())}
            if not self.lexicon.is_common(part):
                variants.add(re.escape(part.lower()))  # "Frau Kortmann" ... "kortmann anrufen"
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(variants) + r")(?:s|'s|’s|')?(?![\w-])", flags)
            everyday = self.lexicon.is_common(part)
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(s <= start and end <= e for s, e in covered):
                    continue
                if everyday and _after_determiner(text, start):
                    continue  # "der Koch" stays even when "Herr Koch" is in the text
                added.append(Finding(start, end, PERSON, text[start:end], PROPAGATED_SCORE, self.name))
                covered.append((start, end))
        return added


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _after_determiner(text: str, start: int) -> bool:
    match = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return bool(match and match.group(1).lower() in DETERMINERS)
