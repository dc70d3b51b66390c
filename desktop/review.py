"""The clerk's review decisions for one text and for the session — plain Python, no Qt.

Decisions are stored by *value* (category + normalised text), not by offset: a re-detection after
an edit moves every offset, but "keep Kreis Coesfeld unmasked" must survive it. Manual masks
("Maskieren" on a selection) mask every occurrence of the selected words in the current text;
"Immer maskieren"/"Nie maskieren" hold for the rest of the session.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from anonymizer.entities import Finding
from anonymizer.errors import AnonymizerError
from anonymizer.policy import Policy

MANUAL_RECOGNIZER = "manuell"


class ReviewError(AnonymizerError):
    """A review decision the policy does not allow (e.g. unmasking when the policy forbids it)."""


def value_key(text: str) -> str:
    """The identity of a value: whitespace collapsed, case folded ("Kortmann" == "KORTMANN")."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class ReviewedFinding:
    """A finding as the window shows it: detected or manual, and whether it will be masked."""

    finding: Finding
    masked: bool
    manual: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return self.finding.type, value_key(self.finding.text)


def _term_pattern(term: str) -> re.Pattern[str]:
    """Find ``term`` case-insensitively, as a whole word where it starts/ends with a word character."""
    words = [re.escape(part) for part in term.split()]
    body = r"\s+".join(words)
    prefix = r"(?<!\w)" if term[:1].isalnum() else ""
    suffix = r"(?!\w)" if term[-1:].isalnum() else ""
    return re.compile(prefix + body + suffix, re.IGNORECASE)


@dataclass
class ReviewState:
    """What the clerk decided; :meth:`reviewed` applies it to the detector's findings."""

    allow_unmask: bool = True
    unmasked: set[tuple[str, str]] = field(default_factory=set)
    forced: set[tuple[str, str]] = field(default_factory=set)
    manual: dict[str, str] = field(default_factory=dict)
    always: dict[str, str] = field(default_factory=dict)
    never: set[str] = field(default_factory=set)
    _terms: dict[str, str] = field(default_factory=dict)

    def new_text(self) -> None:
        """Forget the decisions that belong to one text (a new paste or file); keep session ones."""
        self.unmasked.clear()
        self.forced.clear()
        self.manual.clear()

    def toggle(self, item: ReviewedFinding, policy: Policy) -> bool:
        """Flip whether ``item`` is masked; return the new state. Unmasking needs the policy's consent."""
        key = item.key
        if item.masked:
            if not self.allow_unmask:
                raise ReviewError("Die Richtlinie erlaubt nicht, Fundstellen unmaskiert zu lassen.")
            if item.manual:
                self.manual.pop(key[1], None)
                self.always.pop(key[1], None)
            self.forced.discard(key)
            if policy.is_masked(key[0]) or key[1] in self.always:
                self.unmasked.add(key)
            return False
        self.unmasked.discard(key)
        self.never.discard(key[1])
        if not policy.is_masked(key[0]):
            self.forced.add(key)
        return True

    def mask_term(self, text: str, entity_type: str, always: bool = False) -> None:
        """Mask every occurrence of ``text`` as ``entity_type`` (in this text, or the whole session)."""
        key = value_key(text)
        if not key:
            raise ReviewError("Bitte zuerst den Text markieren, der maskiert werden soll.")
        self.never.discard(key)
        self.unmasked = {k for k in self.unmasked if k[1] != key}
        self._terms[key] = text.strip()
        (self.always if always else self.manual)[key] = entity_type

    def never_mask(self, text: str) -> None:
        """Keep every occurrence of ``text`` unmasked for the rest of the session."""
        if not self.allow_unmask:
            raise ReviewError("Die Richtlinie erlaubt nicht, Fundstellen unmaskiert zu lassen.")
        key = value_key(text)
        if not key:
            raise ReviewError("Bitte zuerst den Text markieren, der nie maskiert werden soll.")
        self.manual.pop(key, None)
        self.always.pop(key, None)
        self.never.add(key)

    def _manual_findings(self, text: str) -> list[Finding]:
        terms = {**self.always, **self.manual}
        found: list[Finding] = []
        for key in sorted(terms, key=len, reverse=True):
            pattern = _term_pattern(self._terms.get(key, key))
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    found.append(Finding(match.start(), match.end(), terms[key], match.group(), 1.0, MANUAL_RECOGNIZER))
        chosen: list[Finding] = []
        for finding in sorted(found, key=lambda f: (-f.length, f.start)):
            if not any(finding.overlaps(other) for other in chosen):
                chosen.append(finding)
        return chosen

    def reviewed(self, text: str, detected: Sequence[Finding], policy: Policy) -> list[ReviewedFinding]:
        """Every finding to show, sorted by position, with the masking decision applied."""
        manual = self._manual_findings(text)
        items = [ReviewedFinding(f, True, manual=True) for f in manual]
        for finding in detected:
            if finding.end > len(text) or any(finding.overlaps(m) for m in manual):
                continue
            key = (finding.type, value_key(finding.text))
            if key in self.forced:
                masked = True
            elif key in self.unmasked or key[1] in self.never:
                masked = not self.allow_unmask and policy.is_masked(finding.type)
            else:
                masked = policy.is_masked(finding.type)
            items.append(ReviewedFinding(finding, masked))
        items.sort(key=lambda item: (item.finding.start, item.finding.end))
        return items


def to_mask(items: Sequence[ReviewedFinding]) -> list[Finding]:
    """The findings that will be replaced in the copied text."""
    return [item.finding for item in items if item.masked]


def shift_findings(findings: Sequence[Finding], text: str, position: int, removed: int, added: int) -> list[Finding]:
    """Move findings behind an edit, drop those it touched (until re-detection replaces them)."""
    moved: list[Finding] = []
    delta = added - removed
    for finding in findings:
        if finding.end <= position:
            moved.append(finding)
        elif finding.start >= position + removed:
            start, end = finding.start + delta, finding.end + delta
            if 0 <= start < end <= len(text):
                moved.append(finding.moved(start, end, text[start:end]))
    return moved
