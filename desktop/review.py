"""The clerk's review decisions for one text and for the session — plain Python, no Qt.

Decisions are stored by *value* (category + normalised text), not by offset: a re-detection after
an edit moves every offset, but "keep Kreis Coesfeld unmasked" must survive it. Manual masks
("Maskieren" on a selection) mask every occurrence of the selected words in the current text;
"Immer maskieren"/"Nie maskieren" hold for the rest of the session.

Besides the decisions themselves this module holds what the window needs to *show* them without
owning review logic: their undo/redo history (:class:`ReviewHistory`), the summary the review-duty
dialog asks the clerk to confirm (:func:`summarize`), search hits that "alle Treffer maskieren"
masks (:func:`term_pattern`), and the next/previous finding for F3 (:func:`neighbour`). The review model
(:mod:`desktop.review_model`) puts them together for one text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.facade import AnonymizerError, Finding, Policy

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


def term_pattern(term: str) -> re.Pattern[str]:
    """Find ``term`` case-insensitively, as a whole word where it starts/ends with a word character.

    The search bar finds with this pattern too, so "alle Treffer maskieren" masks exactly the hits shown.
    """
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

    def snapshot(self) -> ReviewSnapshot:
        """Every decision as it is now (for undo/redo)."""
        return ReviewSnapshot(
            frozenset(self.unmasked),
            frozenset(self.forced),
            tuple(self.manual.items()),
            tuple(self.always.items()),
            frozenset(self.never),
            tuple(self._terms.items()),
        )

    def restore(self, snapshot: ReviewSnapshot) -> None:
        """Go back to the decisions of ``snapshot``."""
        self.unmasked = set(snapshot.unmasked)
        self.forced = set(snapshot.forced)
        self.manual = dict(snapshot.manual)
        self.always = dict(snapshot.always)
        self.never = set(snapshot.never)
        self._terms = dict(snapshot.terms)

    def set_category(self, entity_type: str, masked: bool, items: Sequence[ReviewedFinding], policy: Policy) -> None:
        """Mask (or keep visible) every value of one category in ``items``."""
        for item in _distinct(items):
            if item.finding.type == entity_type and item.masked != masked:
                self.toggle(item, policy)

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
            pattern = term_pattern(self._terms.get(key, key))
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


@dataclass(frozen=True, slots=True)
class ReviewSnapshot:
    """The decisions of a :class:`ReviewState` at one moment (immutable, cheap to keep)."""

    unmasked: frozenset[tuple[str, str]]
    forced: frozenset[tuple[str, str]]
    manual: tuple[tuple[str, str], ...]
    always: tuple[tuple[str, str], ...]
    never: frozenset[str]
    terms: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _Step:
    before: ReviewSnapshot
    after: ReviewSnapshot
    text: str
    label: str


class ReviewHistory:
    """Undo and redo of review decisions, apart from the editor's own text undo.

    Each step remembers the text it was taken on. Ctrl+Z undoes the last decision only while the
    text is that text; after typing, Ctrl+Z first undoes the typing (the editor's stack), and once
    the text is back, the decision. So both stacks interleave in the order the clerk worked.
    """

    def __init__(self) -> None:
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    def record(self, before: ReviewSnapshot, after: ReviewSnapshot, text: str, label: str) -> None:
        """A decision was taken on ``text``: ``before`` → ``after``; a new decision drops the redo stack."""
        if before == after:
            return
        self._undo.append(_Step(before, after, text, label))
        self._redo.clear()

    def undo_label(self, text: str) -> str | None:
        """What Ctrl+Z would undo on ``text`` (None: nothing of the review, the editor's undo applies)."""
        return self._undo[-1].label if self._undo and self._undo[-1].text == text else None

    def redo_label(self, text: str) -> str | None:
        return self._redo[-1].label if self._redo and self._redo[-1].text == text else None

    def undo(self, state: ReviewState, text: str) -> str | None:
        """Undo the last decision if it was taken on ``text``; return its label."""
        if self.undo_label(text) is None:
            return None
        step = self._undo.pop()
        state.restore(step.before)
        self._redo.append(step)
        return step.label

    def redo(self, state: ReviewState, text: str) -> str | None:
        if self.redo_label(text) is None:
            return None
        step = self._redo.pop()
        state.restore(step.after)
        self._undo.append(step)
        return step.label


#: Why a found value stays visible in the copied text.
BY_POLICY = "policy"
BY_CLERK = "clerk"
BY_SESSION = "session"


@dataclass(frozen=True, slots=True)
class VisibleValue:
    """A found value that will go out unmasked, and why (:data:`BY_POLICY`, :data:`BY_CLERK`, :data:`BY_SESSION`)."""

    type: str
    text: str
    count: int
    reason: str


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """What the review-duty dialog asks the clerk to confirm: what is masked and what stays visible."""

    masked: dict[str, int]
    visible: tuple[VisibleValue, ...]

    @property
    def total_masked(self) -> int:
        return sum(self.masked.values())


def summarize(
    items: Sequence[ReviewedFinding], masked_counts: Mapping[str, int], state: ReviewState, policy: Policy
) -> ReviewSummary:
    """The counts actually masked per category, and every distinct found value that stays visible."""
    visible: dict[tuple[str, str], list[ReviewedFinding]] = {}
    for item in items:
        if not item.masked:
            visible.setdefault(item.key, []).append(item)
    values: list[VisibleValue] = []
    for key, occurrences in visible.items():
        if key[1] in state.never:
            reason = BY_SESSION
        elif key in state.unmasked or policy.is_masked(key[0]):
            reason = BY_CLERK
        else:
            reason = BY_POLICY
        text = " ".join(occurrences[0].finding.text.split())
        values.append(VisibleValue(key[0], text, len(occurrences), reason))
    return ReviewSummary({t: n for t, n in masked_counts.items() if n}, tuple(values))


def neighbour(items: Sequence[ReviewedFinding], start: int, end: int, forward: bool) -> ReviewedFinding | None:
    """The finding after the selection ``start``–``end`` (or before it), wrapping around; for F3 / Shift+F3."""
    if not items:
        return None
    starts = [item.finding.start for item in items]
    if forward:
        index = bisect.bisect_left(starts, end if end > start else start)
        return items[index % len(items)]
    index = bisect.bisect_left(starts, start) - 1
    return items[index] if index >= 0 else items[-1]


def _distinct(items: Sequence[ReviewedFinding]) -> list[ReviewedFinding]:
    """One item per value (toggling one occurrence decides for all of them)."""
    seen: dict[tuple[str, str], ReviewedFinding] = {}
    for item in items:
        seen.setdefault(item.key, item)
    return list(seen.values())


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
