"""What masking and restoring hand back to the GUI, the CLI and the document writers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Replacement:
    """One replaced span. ``start``/``end`` are offsets into the ORIGINAL text."""

    start: int
    end: int
    type: str
    original: str
    replacement: str


@dataclass(frozen=True, slots=True)
class MaskResult:
    """The masked text and every replacement made, in text order."""

    text: str
    replacements: list[Replacement] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """The restored answer.

    ``unresolved``: placeholders in the answer that the session does not know (e.g. "[PERSON_9]"),
    left as they are. ``unmentioned``: originals masked in this session that the answer never
    mentions — a hint that the chatbot dropped someone. ``warning``: a German sentence when the
    answer's placeholders were not issued by this session (restored with the wrong session?), else None.
    """

    text: str
    unresolved: list[str] = field(default_factory=list)
    unmentioned: list[str] = field(default_factory=list)
    warning: str | None = None
