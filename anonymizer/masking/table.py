"""The session's mapping table: one record per masked entity, serialisable to plain JSON types.

This table is the only place where originals live. The session store encrypts it as a whole; it is
never written anywhere in plaintext.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from anonymizer.masking.mentions import Mention

#: Version 2 added the occurrences (``mentions``) and the session's word fingerprints; version 1
#: tables (sessions kept before) still load: without occurrences, restore falls back to ``forms``.
TABLE_VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})


@dataclass
class EntityRecord:
    """One masked entity (a person, an IBAN, ...) and every way it was written.

    ``forms`` maps each surface form seen (a person's without genitive ending) to how often it was
    seen ``[after no salutation, after a salutation, with a genitive ending]``; restore uses it to
    pick the form that fits a new context. ``surrogate_forms`` maps a surrogate as written
    to the original it stood for. ``mentions`` are the single occurrences with the text around them
    (:mod:`anonymizer.masking.mentions`): restore gives each echoed occurrence back exactly. Persons
    also carry their name parts so later mentions ("Frau Kortmann") find them.
    """

    label: str
    type: str
    key: str
    forms: dict[str, list[int]] = field(default_factory=dict)
    surrogate_forms: dict[str, str] = field(default_factory=dict)
    operators: list[str] = field(default_factory=list)
    first: str | None = None
    initial: str | None = None
    surname: str | None = None
    gender: str | None = None
    last_seen: int = 0
    mentions: list[Mention] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        """The most complete original: the longest form seen (first seen on ties)."""
        return max(self.forms, key=len) if self.forms else self.key

    def add_form(self, form: str, after_salutation: bool, genitive: bool = False) -> None:
        counts = self.forms.setdefault(form, [0, 0, 0])
        counts[1 if after_salutation else 0] += 1
        if genitive:
            counts[2] += 1

    def used(self, operator: str) -> None:
        if operator not in self.operators:
            self.operators.append(operator)

    @property
    def restorable(self) -> bool:
        return any(op in ("placeholder", "surrogate") for op in self.operators)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "type": self.type,
            "key": self.key,
            "forms": self.forms,
            "surrogate_forms": self.surrogate_forms,
            "operators": self.operators,
            "first": self.first,
            "initial": self.initial,
            "surname": self.surname,
            "gender": self.gender,
            "last_seen": self.last_seen,
            "mentions": [mention.to_json() for mention in self.mentions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EntityRecord:
        return cls(
            label=str(data["label"]),
            type=str(data["type"]),
            key=str(data["key"]),
            forms={str(k): [int(n) for n in (*v, 0, 0, 0)[:3]] for k, v in data.get("forms", {}).items()},
            surrogate_forms={str(k): str(v) for k, v in data.get("surrogate_forms", {}).items()},
            operators=[str(op) for op in data.get("operators", [])],
            first=data.get("first"),
            initial=data.get("initial"),
            surname=data.get("surname"),
            gender=data.get("gender"),
            last_seen=int(data.get("last_seen", 0)),
            mentions=[Mention.from_json(item) for item in data.get("mentions", [])],
        )
