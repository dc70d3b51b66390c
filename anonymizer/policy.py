"""The masking policy: which entity types are masked and with which operator.

The built-in default lives in ``resources/policy/default.toml`` as a readable file. This module
reads the ``[categories.*]`` tables; the data protection officer's layers, term lists and own
patterns build on the same :class:`Policy` object.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anonymizer.entities import ALL_TYPES
from anonymizer.errors import PolicyError
from anonymizer.resources import resource_path

OPERATORS = ("placeholder", "surrogate", "redact", "mask", "keep")


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """How one entity type is treated."""

    mask: bool = True
    operator: str = "placeholder"

    @property
    def masks(self) -> bool:
        return self.mask and self.operator != "keep"


@dataclass(frozen=True)
class Policy:
    """The effective rules for one run. Unknown types are masked with a placeholder (fail safe)."""

    categories: dict[str, CategoryRule] = field(default_factory=dict)
    confirm_before_copy: bool = True
    allow_unmask: bool = True
    keep_days: int = 7

    def rule(self, entity_type: str) -> CategoryRule:
        return self.categories.get(entity_type, CategoryRule())

    def is_masked(self, entity_type: str) -> bool:
        return self.rule(entity_type).masks

    def operator_for(self, entity_type: str) -> str:
        return self.rule(entity_type).operator

    def with_operator(self, operator: str) -> Policy:
        """The same policy with every masked category switched to ``operator`` (CLI ``--mode``)."""
        categories = {
            name: CategoryRule(rule.mask, operator if rule.masks else rule.operator)
            for name, rule in self.categories.items()
        }
        return Policy(categories, self.confirm_before_copy, self.allow_unmask, self.keep_days)


def default_policy_path() -> Path:
    return resource_path("policy", "default.toml")


def _parse_categories(data: dict[str, Any], source: str) -> dict[str, CategoryRule]:
    categories: dict[str, CategoryRule] = {}
    for name, table in data.get("categories", {}).items():
        if name not in ALL_TYPES:
            raise PolicyError(f"{source}: unbekannte Kategorie „{name}“.")
        if not isinstance(table, dict):
            raise PolicyError(f"{source}: [categories.{name}] muss eine Tabelle sein.")
        mask = table.get("mask", True)
        operator = table.get("operator", "placeholder")
        if not isinstance(mask, bool):
            raise PolicyError(f"{source}: categories.{name}.mask muss true oder false sein.")
        if operator not in OPERATORS:
            raise PolicyError(
                f"{source}: categories.{name}.operator muss placeholder, surrogate, redact, mask oder keep sein."
            )
        categories[name] = CategoryRule(mask, operator)
    return categories


def load_policy(path: Path) -> Policy:
    """Read a policy file; raise :class:`PolicyError` with a German message when it is invalid."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"Die Richtlinie „{path}“ kann nicht gelesen werden.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"Die Richtlinie „{path}“ ist kein gültiges TOML: {exc}") from exc
    review = data.get("review", {})
    sessions = data.get("sessions", {})
    return Policy(
        categories=_parse_categories(data, str(path)),
        confirm_before_copy=bool(review.get("confirm_before_copy", True)),
        allow_unmask=bool(review.get("allow_unmask", True)),
        keep_days=int(sessions.get("keep_days", 7)),
    )


def load_default_policy() -> Policy:
    return load_policy(default_policy_path())
