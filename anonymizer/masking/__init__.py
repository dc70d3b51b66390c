"""Masking: replace the findings in a text by placeholders such as ``[PERSON_1]``.

The same value gets the same number everywhere in a text, so a chatbot can still tell people apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from anonymizer.entities import Finding


def _identity_key(finding: Finding) -> tuple[str, str]:
    return finding.type, " ".join(finding.text.split()).casefold()


@dataclass
class PlaceholderNumbering:
    """Hands out ``[TYPE_n]`` placeholders, one number per distinct value and type."""

    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def placeholder(self, finding: Finding) -> str:
        key = _identity_key(finding)
        if key not in self.numbers:
            self.counters[finding.type] = self.counters.get(finding.type, 0) + 1
            self.numbers[key] = self.counters[finding.type]
        return f"[{finding.type}_{self.numbers[key]}]"


def mask_with_placeholders(
    text: str, findings: Sequence[Finding], numbering: PlaceholderNumbering | None = None
) -> str:
    """Replace each (non-overlapping) finding by its placeholder."""
    numbering = numbering or PlaceholderNumbering()
    ordered = sorted(findings, key=lambda f: f.start)
    labels = [numbering.placeholder(f) for f in ordered]
    pieces: list[str] = []
    position = 0
    for finding, label in zip(ordered, labels, strict=True):
        pieces.append(text[position : finding.start])
        pieces.append(label)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)
