"""Overlap resolution: where two findings claim the same characters, one of them wins.

The order of preference is: a type the policy masks over one it only shows, a validated value
(check digit confirmed) over a guess, the longer span, then the higher score. Masked findings
therefore never lose characters to a shown-only ORGANIZATION or LOCATION.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from anonymizer.entities import Finding


def resolve_overlaps(
    findings: Iterable[Finding], is_masked: Callable[[str], bool] = lambda _type: True
) -> list[Finding]:
    """Return the non-overlapping winners, sorted by position."""

    def priority(finding: Finding) -> tuple[bool, bool, int, float, int]:
        return (is_masked(finding.type), finding.validated, finding.length, finding.score, -finding.start)

    winners: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for finding in sorted(findings, key=priority, reverse=True):
        if any(finding.start < end and start < finding.end for start, end in taken):
            continue
        winners.append(finding)
        taken.append((finding.start, finding.end))
    return sorted(winners, key=lambda f: (f.start, f.end))
