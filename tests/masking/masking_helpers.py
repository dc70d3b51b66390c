"""Findings built by hand, so masking tests do not depend on detector quality."""

from __future__ import annotations

import re
from collections.abc import Callable

from anonymizer.entities import Finding


def find(text: str, value: str, entity_type: str, occurrence: int = 1) -> Finding:
    """The finding for the ``occurrence``-th ``value`` in ``text`` (1-based)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(value, start + 1)
    return Finding(start, start + len(value), entity_type, value, 0.9, "test")


def find_all(text: str, spans: list[tuple[str, str]]) -> list[Finding]:
    """Findings for ``(value, type)`` pairs, each value at every place it occurs as a whole word."""
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for value, entity_type in sorted(spans, key=lambda s: -len(s[0])):
        for match in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            start, end = match.span()
            if all(end <= a or start >= b for a, b in taken):
                findings.append(Finding(start, end, entity_type, value, 0.9, "test"))
                taken.append((start, end))
    return sorted(findings, key=lambda f: f.start)


#: The ways a chatbot rewrites a placeholder ``[TYPE_N]``, as functions of type and number.
Drift = Callable[[str, str], str]
DRIFTS: tuple[Drift, ...] = (
    lambda t, n: f"[{t}_{n}]",
    lambda t, n: f"{t}_{n}",
    lambda t, n: f"{t} {n}",  # "EMAIL 3", "IBAN 2", "PERSON 1": upper case type and number
    lambda t, n: f"({t}_{n})",
    lambda t, n: f"[{t.title()}_{n}]",
    lambda t, n: f"[{t.lower()} {n}]".replace("_", " "),
    lambda t, n: f"[{t}-{n}]",
    lambda t, n: "\\[" + t.replace("_", "\\_") + f"\\_{n}\\]",
    lambda t, n: f"[{t}_\n{n}]",
    lambda t, n: f"{{{t}_{n}}}",
    lambda t, n: f"[{t}_{n}",  # the closing bracket lost
)
