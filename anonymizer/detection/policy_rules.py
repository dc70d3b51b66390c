"""The policy's own rules as engine parts: deny terms, term lists, own patterns, allow terms.

Deny terms and term lists are matched with one Aho-Corasick automaton (pyahocorasick), so tens
of thousands of street or staff names cost one pass over the text. Matches are whole words,
case-insensitive, and tolerate the German genitive and plural endings -s, -es and -n
("Falkenhorsts", "Müllers"). Allow terms are a :class:`PostProcessor`: they drop any finding
that lies inside an allowed phrase — except findings of the deny list (deny wins, fail safe).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick

from anonymizer.detection.base import PostProcessor, Recognizer
from anonymizer.detection.normalize import normalize
from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import Finding
from anonymizer.policy.model import OwnPattern, Policy
from anonymizer.policy.terms import load_term_list

#: Endings a term may carry and still count as the term (genitive, plural, dative plural).
INFLECTION_ENDINGS = ("", "s", "es", "n", "en", "'s", "’s")
#: Recognizer name of deny-term findings (the allow filter never drops these).
DENY_RECOGNIZER = "Richtlinie: Sperrbegriff"
TERM_LIST_RECOGNIZER = "Richtlinie: Begriffsliste"
TERM_SCORE = 0.95


def _lower_same_length(text: str) -> str:
    """``text.lower()`` that keeps every offset (a few letters lower to two code points)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _term_key(term: str) -> str:
    return _lower_same_length(normalize(" ".join(term.split())).text)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class TermMatcher:
    """Whole-word, case-insensitive, inflection-tolerant search for many terms at once."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._size = 0
        self._built = False

    def add(self, term: str, value: tuple[str, str]) -> None:
        """Add ``term`` with ``value`` (entity type, recognizer name); the first value of a term wins."""
        key = _term_key(term)
        if len(key) < 2 or key in self._automaton:
            return
        self._automaton.add_word(key, (len(key), value))
        self._size += 1
        self._built = False

    def __len__(self) -> int:
        return self._size

    def finalize(self) -> None:
        """Build the automaton now (on load), so the first search does not pay for it."""
        if self._size and not self._built:
            self._automaton.make_automaton()
            self._built = True

    def matches(self, text: str) -> Iterator[tuple[int, int, tuple[str, str]]]:
        """Every (start, end, value) of a term in ``text``, end including an inflection ending."""
        if not self._size:
            return
        self.finalize()
        lowered = _lower_same_length(text)
        for last, (length, value) in self._automaton.iter(lowered):
            start = last - length + 1
            if start > 0 and _is_word_char(lowered[start - 1]):
                continue
            end = last + 1
            for ending in INFLECTION_ENDINGS:
                stop = end + len(ending)
                if lowered.startswith(ending, end) and (stop == len(lowered) or not _is_word_char(lowered[stop])):
                    yield start, stop, value
                    break


class TermRecognizer(Recognizer):
    """Finds the policy's deny terms and the entries of its term lists."""

    name = "policy_terms"

    def __init__(self, matcher: TermMatcher, entity_types: Iterable[str]) -> None:
        self._matcher = matcher
        self.entity_types = tuple(sorted(set(entity_types)))

    def analyze(self, text: str) -> list[Finding]:
        return [
            Finding(start, end, entity_type, text[start:end], TERM_SCORE, recognizer)
            for start, end, (entity_type, recognizer) in self._matcher.matches(text)
        ]


class OwnPatternRecognizer(PatternRecognizer):
    """One ``[[patterns]]`` entry of the policy; its findings carry the pattern's ``name``."""

    min_score = 0.0

    def __init__(self, pattern: OwnPattern) -> None:
        self.name = pattern.name
        self.entity_type = pattern.type
        self.patterns = (Pattern(pattern.name, pattern.regex, pattern.score),)
        self.context = pattern.context
        super().__init__()


class AllowTermsFilter(PostProcessor):
    """Drops findings inside a phrase of the allow list ("Kreis Coesfeld" is never masked)."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._matcher = TermMatcher()
        for term in terms:
            self._matcher.add(term, ("", "allow"))
        self._matcher.finalize()

    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        allowed = [(start, end) for start, end, _ in self._matcher.matches(text)]
        if not allowed:
            return candidates
        return [
            finding
            for finding in candidates
            if finding.recognizer in (DENY_RECOGNIZER, TERM_LIST_RECOGNIZER)
            or not any(start <= finding.start and finding.end <= end for start, end in allowed)
        ]


def build_term_matcher(policy: Policy) -> TermMatcher:
    """One automaton over the deny terms (first, so their type wins) and every term list."""
    matcher = TermMatcher()
    for deny in policy.deny_terms:
        matcher.add(deny.text, (deny.type, DENY_RECOGNIZER))
    for ref in policy.term_lists:
        for term in load_term_list(ref.path, ref.column):
            matcher.add(term, (ref.type, TERM_LIST_RECOGNIZER))
    matcher.finalize()
    return matcher


def policy_recognizers(policy: Policy) -> list[Recognizer]:
    """The recognizers the policy adds to the engine: its terms and its own patterns."""
    recognizers: list[Recognizer] = []
    if policy.deny_terms or policy.term_lists:
        types = [d.type for d in policy.deny_terms] + [r.type for r in policy.term_lists]
        recognizers.append(TermRecognizer(build_term_matcher(policy), types))
    recognizers.extend(OwnPatternRecognizer(pattern) for pattern in policy.patterns)
    return recognizers


def policy_postprocessors(policy: Policy) -> list[PostProcessor]:
    """The post-processors the policy adds: the allow-list filter when there are allow terms."""
    return [AllowTermsFilter(policy.allow_terms)] if policy.allow_terms else []
