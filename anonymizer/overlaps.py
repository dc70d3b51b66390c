"""Overlap resolution: where two findings claim the same characters, one of them wins.

The order of preference is: a type the policy masks over one it only shows, a validated value
(check digit confirmed) over a guess, the longer span, then the higher score. Masked findings
therefore never lose characters to a shown-only ORGANIZATION or LOCATION.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable

from anonymizer.entities import Finding


def resolve_overlaps(
    findings: Iterable[Finding], is_masked: Callable[[str], bool] = lambda _type: True
) -> list[Finding]:
    """Return the non-overlapping winners, sorted by position."""

    def priority(finding: Finding) -> tuple[bool, bool, int, float, int]:
        return (is_masked(finding.type), finding.validated, finding.length, finding.score, -finding.start)

    # The accepted spans are disjoint, so sorted by start they are sorted by end too: a new span
    # can only collide with its two neighbours. This keeps long documents (10,000+ findings) fast.
    winners: list[Finding] = []
    starts: list[int] = []
    ends: list[int] = []
    for finding in sorted(findings, key=priority, reverse=True):
        index = bisect_left(starts, finding.start)
        if index > 0 and ends[index - 1] > finding.start:
            continue
        if index < len(starts) and starts[index] < finding.end:
            continue
        starts.insert(index, finding.start)
        ends.insert(index, finding.end)
        winners.append(finding)
    return sorted(winners, key=lambda f: (f.start, f.end))
