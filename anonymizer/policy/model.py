"""The policy as plain immutable data: which types are masked, how, and the DSB's own rules.

A :class:`Policy` is what one run of the engine obeys. It is built from the layered TOML files
(see :mod:`anonymizer.policy.layers`) and never changes while a text is analysed, so the engine,
the GUI and the command line can share one object without locking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

OPERATORS = ("placeholder", "surrogate", "redact", "mask", "keep")

#: How strongly an operator hides a value. A clerk under a machine-wide policy may only move
#: up this scale: placeholder and surrogate both hide the value reversibly, mask and redact
#: remove it for good, keep shows it.
OPERATOR_STRENGTH: dict[str, int] = {"keep": 0, "placeholder": 1, "surrogate": 1, "mask": 2, "redact": 2}


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """How one entity type is treated."""

    mask: bool = True
    operator: str = "placeholder"

    @property
    def masks(self) -> bool:
        return self.mask and self.operator != "keep"


@dataclass(frozen=True, slots=True)
class DenyTerm:
    """A word or phrase that is always masked as ``type`` (whole word, any case)."""

    text: str
    type: str


@dataclass(frozen=True, slots=True)
class OwnPattern:
    """A recognizer the DSB defines: a regular expression, optional context words, a score."""

    name: str
    type: str
    regex: str
    context: tuple[str, ...] = ()
    score: float = 0.8


@dataclass(frozen=True, slots=True)
class TermListRef:
    """A big list of terms in a file (one term a line, or one CSV column), all masked as ``type``.

    ``path`` is absolute: relative paths in the TOML file are resolved against the policy file.
    ``column`` names the CSV column (header text or 1-based number); None means the first.
    """

    path: Path
    type: str
    column: str | int | None = None


@dataclass(frozen=True, slots=True)
class AuditSettings:
    """The usage log. ``path`` None means the user data folder; ``user`` logs a salted hash."""

    enabled: bool = False
    path: Path | None = None
    user: bool = False


@dataclass(frozen=True)
class Policy:
    """The effective rules for one run. Unknown types are masked with a placeholder (fail safe)."""

    categories: dict[str, CategoryRule] = field(default_factory=dict)
    confirm_before_copy: bool = True
    allow_unmask: bool = True
    keep_days: int = 7
    allow_terms: tuple[str, ...] = ()
    deny_terms: tuple[DenyTerm, ...] = ()
    patterns: tuple[OwnPattern, ...] = ()
    term_lists: tuple[TermListRef, ...] = ()
    audit: AuditSettings = AuditSettings()
    guideline: str = ""
    #: Remove images and embedded objects from saved Word files: the app cannot check their content.
    remove_embedded: bool = False

    def rule(self, entity_type: str) -> CategoryRule:
        return self.categories.get(entity_type, CategoryRule())

    def is_masked(self, entity_type: str) -> bool:
        return self.rule(entity_type).masks

    def operator_for(self, entity_type: str) -> str:
        return self.rule(entity_type).operator
