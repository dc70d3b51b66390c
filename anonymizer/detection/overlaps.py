"""Overlap resolution: where two findings claim the same characters, one of them wins.

The order of preference is: a type the policy masks over one it only shows, a validated value
(check digit confirmed) over a guess, the longer span, then the higher score. Masked findings
therefore never lose characters to a shown-only ORGANIZATION or LOCATION.

The loser is not simply dropped: what it claimed outside the winner is kept when that rest is still
a sensible finding of its type. A person span that ran into a validated IBAN ("Sabine Kortmann, IBAN
DE…") keeps the name; a fragment of a number is no identifier and goes (issue 23, point 4).

Before anything else every span gives up an unbalanced bracket or quote at its edges: "(0171 2345678"
becomes "0171 2345678", so that the masked text reads "([PHONE_1])" and not "[PHONE_1])" (issue 18,
point 4).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import count

from anonymizer.entities import ADDRESS, LOCATION, ORGANIZATION, PERSON, Finding

#: Opening brackets and quotes with the characters that may close them (German „…“ and »…«, English “…”).
OPENERS: dict[str, str] = {
    "(": ")", "[": "]", "{": "}", "<": ">", "„": "“”", "‚": "‘’", "“": "”", "‘": "’", "«": "»", "»": "«",
    "‹": "›", "›": "‹",
}  # fmt: skip
#: Closing characters with the openers they belong to.
CLOSERS: dict[str, str] = {}
for _opener, _closers in OPENERS.items():
    for _closer in _closers:
        CLOSERS[_closer] = CLOSERS.get(_closer, "") + _opener
#: Quotes that open and close alike: balanced when they occur an even number of times.
SYMMETRIC_QUOTES = "\"'`"
#: Types whose rest after a cut can still be a finding: names and addresses are words; a piece of an
#: IBAN, a phone or a date is nothing.
TRIMMABLE_TYPES = frozenset((PERSON, ORGANIZATION, LOCATION, ADDRESS))
#: What a trimmed rest may not start or end with.
_EDGE_JUNK = " \t\r\n,;:·–—-/|&+"


def balanced_edges(text: str) -> tuple[int, int]:
    """The offsets of ``text`` without surrounding spaces and unbalanced brackets or quotes at its edges."""
    start, end = 0, len(text)
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            break
        first, last = text[start], text[end - 1]
        body = text[start:end]
        if first in OPENERS and body.count(first) > sum(body[1:].count(closer) for closer in OPENERS[first]):
            start += 1
        elif last in CLOSERS and body.count(last) > sum(body[:-1].count(opener) for opener in CLOSERS[last]):
            end -= 1
        elif first in SYMMETRIC_QUOTES and body.count(first) % 2:
            start += 1
        elif last in SYMMETRIC_QUOTES and body.count(last) % 2:
            end -= 1
        else:
            break
    return start, end


def balance(finding: Finding) -> Finding | None:
    """The finding without an unbalanced bracket or quote at its edges; None if nothing is left."""
    start, end = balanced_edges(finding.text)
    if start == 0 and end == len(finding.text):
        return finding
    if start >= end:
        return None
    return finding.moved(finding.start + start, finding.start + end, finding.text[start:end])


def trimmed(finding: Finding, start: int, end: int) -> Finding | None:
    """The part ``start:end`` of ``finding`` (text offsets) as a finding of its own, if it is a sensible one.

    Only names and addresses survive a cut; a cut inside a word drops that word's piece; the rest must
    keep a word of at least two letters.
    """
    if finding.type not in TRIMMABLE_TYPES:
        return None
    text = finding.text
    left, right = start - finding.start, end - finding.start
    # a cut in the middle of a word leaves no word: step over its remains
    if left > 0 and text[left - 1].isalnum():
        while left < right and text[left].isalnum():
            left += 1
    if right < len(text) and text[right].isalnum():
        while right > left and text[right - 1].isalnum():
            right -= 1
    while left < right and text[left] in _EDGE_JUNK:
        left += 1
    while right > left and text[right - 1] in _EDGE_JUNK:
        right -= 1
    inner_left, inner_right = balanced_edges(text[left:right])
    left, right = left + inner_left, left + inner_right
    piece = text[left:right]
    if not any(len(word) >= 2 and word.isalpha() for word in piece.replace("-", " ").split()):
        return None
    return finding.moved(finding.start + left, finding.start + right, piece)


def resolve_overlaps(
    findings: Iterable[Finding], is_masked: Callable[[str], bool] = lambda _type: True
) -> list[Finding]:
    """Return the non-overlapping winners, sorted by position (losers trimmed where sensible)."""

    def priority(finding: Finding) -> tuple[bool, bool, int, float, int]:
        return (is_masked(finding.type), finding.validated, finding.length, finding.score, -finding.start)

    # Findings in order of priority; a trimmed loser waits in a small heap with its own (lower) priority
    # and is taken when it outranks the next finding of the list. Most texts trim nothing, so this costs
    # one sort, as before trimming existed.
    ordered = sorted(
        (kept for finding in findings if (kept := balance(finding)) is not None), key=priority, reverse=True
    )
    rests: list[tuple[tuple[bool, bool, int, float, int], int, Finding]] = []
    tie_breaker = count()
    # The accepted spans are disjoint, so sorted by start they are sorted by end too: a new span
    # collides with a run of neighbours found by bisection. This keeps long documents (10,000+
    # findings) fast.
    winners: list[Finding] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    while position < len(ordered) or rests:
        if rests and (position == len(ordered) or _negated(priority(ordered[position])) > rests[0][0]):
            finding = heapq.heappop(rests)[2]
        else:
            finding = ordered[position]
            position += 1
        index = bisect_left(starts, finding.start)
        first = index - 1 if index > 0 and ends[index - 1] > finding.start else index
        last = index
        while last < len(starts) and starts[last] < finding.end:
            last += 1
        if first == last:
            starts.insert(index, finding.start)
            ends.insert(index, finding.end)
            winners.append(finding)
            continue
        # the parts of the loser that no winner claims: before the first, between, after the last
        pieces: list[tuple[int, int]] = []
        cursor = finding.start
        for neighbour in range(first, last):
            if starts[neighbour] > cursor:
                pieces.append((cursor, starts[neighbour]))
            cursor = max(cursor, ends[neighbour])
        if cursor < finding.end:
            pieces.append((cursor, finding.end))
        for piece_start, piece_end in pieces:
            rest = trimmed(finding, piece_start, piece_end)
            if rest is not None:
                heapq.heappush(rests, (_negated(priority(rest)), next(tie_breaker), rest))
    return sorted(winners, key=lambda f: (f.start, f.end))


def outermost(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that lie inside no other one, in text order (of equal spans the first); findings that
    only overlap are all kept. For a recognizer whose own candidates nest ("Zum Sportplatz 1" holds the
    street "Sportplatz 1", "::ffff:192.0.2.1" the v4 address)."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if not kept or finding.end > kept[-1].end:
            kept.append(finding)
    return kept


def _negated(key: tuple[bool, bool, int, float, int]) -> tuple[bool, bool, int, float, int]:
    """The priority turned around for :mod:`heapq`, which pops the smallest item first."""
    masked, validated, length, score, position = key
    return (not masked, not validated, -length, -score, -position)
