"""Every repeat of a found value is masked too (issue 23, point 4).

Recognizers judge each occurrence by what stands around it: a Steuer-ID needs its label, a birth date
its "geb.", a phone number must not follow another number. A value written twice ("Rückruf unter
+49 2541 181234 +49 2541 181234"), repeated on a form without its label, or copied into brackets
would stay in clear the second time. Once a value is found, it is personal data wherever it stands
in the same text, so this post-processor adds a candidate for every other occurrence: the same
characters, or the same characters without their spaces ("DE23 4006 …" and "DE234006…").

Persons are left to the person post-processor, which propagates name parts with its own care (no
"der Koch" for a found "Koch"). Values too short to be distinctive (fewer than five letters and
digits, such as an extension "-12" or a year) are never propagated.

The search is one pass over the text: each value is indexed by its first run of letters or digits,
and only where that run stands in the text is the whole value compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from anonymizer.detection.base import PostProcessor
from anonymizer.detection.overlaps import resolve_overlaps
from anonymizer.entities import PERSON, Finding

#: Fewest letters and digits a value needs to be propagated.
MIN_ALNUM = 5
#: Score taken off a propagated occurrence: a recognizer's own finding at the same place wins a tie.
REPEAT_PENALTY = 0.05
_RUN = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


class RepeatPostProcessor(PostProcessor):
    """Adds a candidate at every other occurrence of a value that some recognizer found."""

    def __init__(self, is_masked: Callable[[str], bool] = lambda _type: True) -> None:
        self.is_masked = is_masked

    def qualifies(self, finding: Finding) -> bool:
        """A masked, non-person finding with enough letters and digits to be distinctive."""
        if finding.type == PERSON or not self.is_masked(finding.type):
            return False
        return sum(map(str.isalnum, finding.text)) >= MIN_ALNUM

    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        return self._add_repeats(text, candidates, _index(self._values(candidates)))

    def first_pass(self, text: str, candidates: list[Finding]) -> tuple[list[Finding], list[Finding]]:
        """One window of a long text: note its values; their repeats are added once all are known."""
        return candidates, self._values(candidates)

    def combine(self, learnt: list[list[Finding]]) -> _Index:
        return _index([finding for values in learnt for finding in values])

    def second_pass(self, text: str, candidates: list[Finding], learnt: _Index) -> list[Finding]:
        return self._add_repeats(text, candidates, learnt)

    def _values(self, candidates: list[Finding]) -> list[Finding]:
        """The findings whose value is masked at every occurrence."""
        return [finding for finding in resolve_overlaps(candidates, self.is_masked) if self.qualifies(finding)]

    def _add_repeats(self, text: str, candidates: list[Finding], index: _Index) -> list[Finding]:
        if not index:
            return candidates
        taken = {(finding.start, finding.end) for finding in candidates}
        added: list[Finding] = []
        for run in _RUN.finditer(text):
            by_second = index.get(run.group())
            if by_second is None:
                continue
            following = _RUN.search(text, run.end(), run.end() + _MAX_GAP + 1)
            entries = [*by_second.get(None, ()), *(by_second.get(following.group(), ()) if following else ())]
            for value, offset, template in entries:
                start = run.start() - offset
                end = start + len(value)
                if start < 0 or (start, end) in taken or not text.startswith(value, start):
                    continue
                if _continues(text, start, end):
                    continue  # part of a longer number or word ("12345" in "912345", "12345,00")
                taken.add((start, end))
                added.append(
                    replace(
                        template,
                        start=start,
                        end=end,
                        text=value,
                        score=max(0.0, template.score - REPEAT_PENALTY),
                        recognizer="repeat",
                    )
                )
        return candidates + added if added else candidates


#: The longest gap between two runs of letters/digits inside a value that the index looks across.
_MAX_GAP = 3
#: A value as the index holds it: its text, where its first run starts in it, the finding it came from.
_Entry = tuple[str, int, Finding]
#: The values by their first run of letters/digits, then by the second (see :func:`_index`).
_Index = dict[str, dict[str | None, list[_Entry]]]


def _index(findings: list[Finding]) -> _Index:
    """The values of ``findings`` (as written and without spaces) by their first two runs of letters/digits.

    Keyed twice, so that a text with hundreds of phone numbers of one area code ("0251 …") compares each
    occurrence of "0251" only with the numbers that continue the same way. A value of one run (or whose
    second run lies further than :data:`_MAX_GAP` away) is filed under ``None``.
    """
    index: dict[str, dict[str | None, list[_Entry]]] = {}
    seen: set[str] = set()
    for finding in findings:
        for value in (finding.text, _SPACES.sub("", finding.text)):
            if value in seen:
                continue
            seen.add(value)
            first = _RUN.search(value)
            if first is None:
                continue
            second = _RUN.search(value, first.end(), first.end() + _MAX_GAP + 1)
            key = second.group() if second is not None else None
            index.setdefault(first.group(), {}).setdefault(key, []).append((value, first.start(), finding))
    return index


#: Characters that join two digit groups into one number ("12345,00", "2025/12345", "1.234").
_NUMBER_JOINTS = ".,/-"


def _continues(text: str, start: int, end: int) -> bool:
    """Whether the occurrence ``start:end`` is only part of a longer word or number in ``text``."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() and text[start].isalnum():
            return True
        if before in _NUMBER_JOINTS and text[start].isdigit() and start > 1 and text[start - 2].isdigit():
            return True
    if end < len(text):
        after = text[end]
        if after.isalnum() and text[end - 1].isalnum():
            return True
        if after in _NUMBER_JOINTS and text[end - 1].isdigit() and end + 1 < len(text) and text[end + 1].isdigit():
            return True
    return False
