"""Which person a mention is: "Sabine Kortmann", "Frau Kortmann", "S. Kortmann" and "Kortmanns" are one.

Masking gives every mention of one person the same placeholder and surrogate, across all texts of a
session. :class:`PersonEntities` keeps the session's person entities by surname and by first name (case
and umlaut spelling folded: "Kroeger" finds "Kröger") and resolves each new mention to one of them or to a
new one — the most complete mentions of a text first, so that the short ones find the full name wherever
it stands.
"""

from __future__ import annotations

from anonymizer import entities as E
from anonymizer.detection.persons.lexicon import spelling_key
from anonymizer.detection.persons.parsing import PersonName, parse_person
from anonymizer.entities import Finding
from anonymizer.masking.names import gender_of_first_name
from anonymizer.masking.table import EntityRecord


def _specificity(name: PersonName) -> int:
    return 2 if name.first else 1 if name.given else 0


class PersonEntities:
    """The person entities of one session, indexed by surname and first name.

    ``entities`` is the session's list of all entities: a new person is appended to it, so that its
    numbering and its table stay one list.
    """

    def __init__(self, entities: list[EntityRecord]) -> None:
        self.entities = entities
        self.by_surname: dict[str, list[EntityRecord]] = {}
        self.by_first: dict[str, list[EntityRecord]] = {}

    def add(self, entity: EntityRecord) -> None:
        """(Re-)index ``entity``; call again after its surname or first name was filled in."""
        for index, name in ((self.by_surname, entity.surname), (self.by_first, entity.first)):
            if name:
                bucket = index.setdefault(spelling_key(name), [])
                if entity not in bucket:
                    bucket.append(entity)

    def with_surname(self, surname: str) -> list[EntityRecord]:
        return self.by_surname.get(spelling_key(surname), [])

    def with_first(self, first: str) -> list[EntityRecord]:
        return self.by_first.get(spelling_key(first), [])


    def resolve(
        self, text: str, findings: list[Finding], originals: set[str]
    ) -> dict[int, tuple[EntityRecord, PersonName]]:
        """Map each person finding (by start offset) to its entity; the most complete mentions go first.

        Going from "Sabine Kortmann" to "Frau Kortmann" to "Kortmann" lets the short mentions find the
        full name wherever it stands in the text. Every word of a mention goes into ``originals`` (no
        surrogate may equal one).
        """
        known = set(self.by_surname)
        for finding in findings:
            parsed = parse_person(text[finding.start : finding.end])
            if parsed and not parsed.suffix:
                known.add(spelling_key(parsed.surname))
        surnames = frozenset(known)
        parsed_findings: list[tuple[Finding, PersonName]] = []
        for finding in findings:
            name = parse_person(text[finding.start : finding.end], surnames)
            if name is not None:
                parsed_findings.append((finding, name))
            for word in text[finding.start : finding.end].split():
                originals.add(word.strip(".,").casefold())
        resolved: dict[int, tuple[EntityRecord, PersonName]] = {}
        for finding, name in sorted(parsed_findings, key=lambda item: (-_specificity(item[1]), item[0].start)):
            resolved[finding.start] = (self.entity_for(name), name)
        return resolved

    def entity_for(self, name: PersonName) -> EntityRecord:
        """The entity a parsed mention is (a new one when no known person fits)."""
        gender = name.gender or (gender_of_first_name(name.first) if name.first else None)

        def compatible(entity: EntityRecord) -> bool:
            return gender is None or entity.gender is None or entity.gender == gender

        def latest(candidates: list[EntityRecord]) -> EntityRecord | None:
            return max(candidates, key=lambda e: e.last_seen) if candidates else None

        surname = name.surname.casefold()
        same = self.with_surname(surname)
        found: EntityRecord | None = None
        if name.first:
            first = name.first.casefold()
            found = next((e for e in same if e.first and spelling_key(e.first) == spelling_key(first)), None)
            if found is None:
                found = latest(
                    [e for e in same if e.first is None and compatible(e) and e.initial in (None, name.initial)]
                ) or latest([e for e in self.with_first(first) if e.surname is None])
        elif name.given:
            found = latest([e for e in same if compatible(e) and e.initial == name.initial]) or latest(
                [e for e in same if e.initial is None and compatible(e)]
            )
        else:
            found = latest([e for e in same if compatible(e)])
            if found is None and not name.prefix:
                by_first = self.with_first(surname)
                if len(by_first) == 1:
                    return by_first[0]
                lone_gender = gender_of_first_name(name.surname)
                if not by_first and lone_gender:  # a first name on its own ("Sabine")
                    found = EntityRecord(label="", type=E.PERSON, key=surname, first=name.surname, gender=lone_gender)
                    self.entities.append(found)
                    self.add(found)
                    return found
        if found is None:
            found = EntityRecord(label="", type=E.PERSON, key=name.stem().casefold(), surname=name.surname)
            self.entities.append(found)
        found.surname = found.surname or name.surname
        found.first = found.first or name.first
        found.initial = found.initial or name.initial
        found.gender = found.gender or gender
        self.add(found)
        return found
