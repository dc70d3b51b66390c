"""One masking session: consistent placeholders and surrogates across texts, and the way back.

A clerk masks a letter, then maybe a second one, pastes both into a chatbot and pastes the answer
back. Everything that must agree across those steps lives here: "Sabine Kortmann", "Frau
Kortmann" and "Kortmanns" are one person, ``[PERSON_1]`` in the first text is ``[PERSON_1]`` in the
second, a surrogate is drawn once per original (seeded per session) and never equals a real value.
:meth:`MaskingSession.to_table` is what the session store encrypts. Which person a mention is decides
:class:`~anonymizer.masking.person_entities.PersonEntities`; the way back is :mod:`anonymizer.masking.restore`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from anonymizer import entities as E
from anonymizer.detection.persons.lexicon import spelling_key
from anonymizer.detection.persons.parsing import SALUTATION_BEFORE, PersonName
from anonymizer.entities import Finding
from anonymizer.masking.answer_scan import CODE_TYPES, surface_key
from anonymizer.masking.identifier_surrogates import reformat
from anonymizer.masking.literals import escaped, first_word, literal_placeholders, surrogate_words
from anonymizer.masking.mentions import Mention, contexts, mark_for
from anonymizer.masking.names import SURROGATE_SURNAMES, gender_of_first_name, surrogate_first_names
from anonymizer.masking.operators import OPERATORS, apply_operator
from anonymizer.masking.person_entities import PersonEntities
from anonymizer.masking.restore import restore_answer, word_fingerprints
from anonymizer.masking.results import MaskResult, Replacement, RestoreResult
from anonymizer.masking.surrogates import surrogate_value
from anonymizer.masking.table import READABLE_VERSIONS, TABLE_VERSION, EntityRecord
from anonymizer.policy import OPERATOR_STRENGTH, Policy

__all__ = ["MaskingSession", "new_session_id"]

_MAX_TRIES = 200
_INITIALS = "BCDFGHKLMNPRSTW"


def new_session_id() -> str:
    """A short random id that is safe as a file name and says nothing about the content."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%d}-{secrets.token_hex(4)}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _value_key(entity_type: str, text: str) -> str:
    """Two spellings of the same value get the same key: "DE44 5001…" and "DE445001…"."""
    if entity_type in CODE_TYPES or entity_type == E.IP_ADDRESS:
        compact = re.sub(r"[\s./()-]", "", text).casefold()
        if entity_type == E.PHONE:
            compact = re.sub(r"^(?:\+49|0049)", "0", compact)
        return compact
    return " ".join(text.split()).casefold()


def _non_overlapping(findings: Sequence[Finding]) -> list[Finding]:
    """Findings in text order; the engine resolved overlaps already, this only guards against misuse."""
    result: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.length)):
        if not result or finding.start >= result[-1].end:
            result.append(finding)
    return result


def _occurs_as_word(needle: str, haystack: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` with no letter or digit glued to either side."""
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        start = haystack.find(needle, start + 1)
    return False


@dataclass(frozen=True, slots=True)
class _Placed:
    """A replacement as it stands in the masked text, with what restore needs to know about it."""

    start: int
    end: int
    original: str
    suffix: str
    entity: EntityRecord | None  # None: not restorable (redact, mask)


class MaskingSession:
    """Masks texts consistently and restores chatbot answers; see the module docstring."""

    def __init__(self, policy: Policy, session_id: str | None = None, seed: int | None = None) -> None:
        self.policy = policy
        self.session_id = session_id or new_session_id()
        self.seed = seed if seed is not None else secrets.randbits(64)
        self.created = _now()
        self.updated = self.created
        self._entities: list[EntityRecord] = []
        self._values: dict[tuple[str, str], EntityRecord] = {}  # (type, key) -> entity, for non-persons
        self._people = PersonEntities(self._entities)
        self._counters: dict[str, int] = {}
        self._surnames: dict[str, str] = {}  # spelling_key(original surname) -> surrogate
        self._first_names: dict[str, str] = {}  # spelling_key(original first name) -> surrogate
        self._originals: set[str] = set()  # casefolded originals and name parts: no surrogate may equal one
        self._used_surrogates: set[str] = set()
        self._clock = 0
        self._folded_text: tuple[str | None, str] = (None, "")  # the text being masked, casefolded once
        self._words: set[int] = set()  # fingerprints of the words of every text masked (restore.word_fingerprints)
        self._seq = 0  # numbers the occurrences in the order they were masked
        self._literals: list[Mention] = []  # surrogate-like words that stood in a masked text as ordinary words
        self._surfaces: dict[str, list[str]] = {}  # first word -> surrogate surfaces (not codes), longest first
        self._types: set[str] = set(E.ALL_TYPES)  # every type a placeholder of this session can have

    # --- public API ------------------------------------------------------------------------------------

    @property
    def entities(self) -> list[EntityRecord]:
        """The mapping table, one record per entity (read-only use: the GUI lists it)."""
        return list(self._entities)

    def mask(self, text: str, findings: Sequence[Finding], operator: str | None = None) -> MaskResult:
        """Replace the findings by the operator of their category, or by ``operator`` where that is not weaker.

        Findings of categories the policy does not mask (or masks with "keep") stay as they are. A
        literal placeholder of the text ("[PERSON_1]" in a form letter) is escaped (``⟦[PERSON_1]⟧``),
        so that restore gives it back as it was; every placeholder and surrogate is remembered with the
        text around it, so that restore gives back exactly the text it replaced.
        """
        if operator is not None and operator not in OPERATORS:
            raise ValueError(f"unknown operator {operator!r}")
        active = [(f, op) for f in _non_overlapping(findings) if (op := self._operator(f.type, operator)) != "keep"]
        self._words |= word_fingerprints(text)
        restorable = [f for f, op in active if f.type == E.PERSON and op in ("placeholder", "surrogate")]
        persons = self._people.resolve(text, restorable, self._originals)
        for finding, _ in active:
            self._originals.add(_value_key(finding.type, text[finding.start : finding.end]))
        literals = literal_placeholders(text, [(f.start, f.end) for f, _ in active], self._types)
        pieces: list[str] = []
        replacements: list[Replacement] = []
        placed: list[_Placed] = []
        position = length = 0
        for finding, op in active:
            original = text[finding.start : finding.end]
            params, entity, suffix = self._params(text, finding, original, op, persons.get(finding.start))
            replacement = apply_operator(op, original, params)
            before = escaped(text, position, finding.start, literals)
            pieces += (before, replacement)
            length += len(before)
            placed.append(_Placed(length, length + len(replacement), original, suffix, entity))
            length += len(replacement)
            position = finding.end
            replacements.append(Replacement(finding.start, finding.end, finding.type, original, replacement))
        pieces.append(escaped(text, position, len(text), literals))
        masked = "".join(pieces)
        self._remember(masked, placed)
        if active:
            self.updated = _now()
        return MaskResult(masked, replacements)

    def _remember(self, masked: str, placed: list[_Placed]) -> None:
        """Keep each restorable replacement with the text around it (restore by mention), and the
        surrogate-like words of the masked text that are ordinary words (restore leaves them)."""
        restorable = [p for p in placed if p.entity is not None]
        literals = surrogate_words(masked, [(p.start, p.end) for p in placed], self._surfaces)
        if not restorable and not literals:
            return
        marked = sorted(
            [(p.start, p.end, p) for p in restorable] + [(start, end, surface) for start, end, surface in literals],
            key=lambda item: item[0],
        )
        marks = [self._mark(masked, what, start, end) for start, end, what in marked]
        found = contexts(masked, [(start, end) for start, end, _ in marked], marks)
        for (start, end, what), (left, right) in zip(marked, found, strict=True):
            if isinstance(what, str):
                self._add_mention(None, Mention(masked[start:end], what, "", left, right, self._next_seq()))
                continue
            surface = masked[start : end - len(what.suffix)] if what.suffix else masked[start:end]
            self._add_mention(what.entity, Mention(what.original, surface, what.suffix, left, right, self._next_seq()))

    @staticmethod
    def _mark(masked: str, what: _Placed | str, start: int, end: int) -> str:
        """The skeleton character of a replacement, as restore will see it: the placeholder's label,
        or the surrogate (without its genitive ending) as restore looks it up."""
        if isinstance(what, str):
            return mark_for(surface_key(what, False))
        assert what.entity is not None
        surface = masked[start : end - len(what.suffix)] if what.suffix else masked[start:end]
        if surface == f"[{what.entity.label}]":
            return mark_for(what.entity.label)
        return mark_for(surface_key(surface, what.entity.type in CODE_TYPES))

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _add_mention(self, entity: EntityRecord | None, mention: Mention) -> None:
        """Keep every occurrence, repeats too: restore counts on meeting them in the order they were masked."""
        (entity.mentions if entity is not None else self._literals).append(mention)

    def restore(self, answer: str) -> RestoreResult:
        """Put the originals back into a chatbot answer (placeholders and surrogates, with drift)."""
        return restore_answer(answer, [e for e in self._entities if e.label], self._literals, self._words)

    def to_table(self) -> dict[str, Any]:
        """Everything needed to continue the session later, as plain JSON types (contains originals!)."""
        return {
            "version": TABLE_VERSION,
            "session_id": self.session_id,
            "seed": self.seed,
            "created": self.created,
            "updated": self.updated,
            "counters": dict(self._counters),
            "surnames": dict(self._surnames),
            "first_names": dict(self._first_names),
            "originals": sorted(self._originals),
            "used_surrogates": sorted(self._used_surrogates),
            "clock": self._clock,
            "entities": [entity.to_json() for entity in self._entities],
            "literals": [mention.to_json() for mention in self._literals],
            "seq": self._seq,
            "words": sorted(self._words),
        }

    @classmethod
    def from_table(cls, table: dict[str, Any], policy: Policy) -> MaskingSession:
        """The session saved by :meth:`to_table`; raises ValueError for a table of an unknown version.

        Tables of version 1 (kept before occurrences were remembered) load as they are: their answers
        are restored with the form that fits each place, as before.
        """
        if table.get("version") not in READABLE_VERSIONS:
            raise ValueError(f"unsupported session table version {table.get('version')!r}")
        session = cls(policy, str(table["session_id"]), int(table["seed"]))
        session.created = str(table.get("created", session.created))
        session.updated = str(table.get("updated", session.updated))
        session._counters = {str(k): int(v) for k, v in table.get("counters", {}).items()}
        # Tables kept before spellings were one key hold casefolded names; the first spelling wins.
        for key, value in table.get("surnames", {}).items():
            session._surnames.setdefault(spelling_key(str(key)), str(value))
        for key, value in table.get("first_names", {}).items():
            session._first_names.setdefault(spelling_key(str(key)), str(value))
        session._originals = {str(v) for v in table.get("originals", [])}
        session._used_surrogates = {str(v) for v in table.get("used_surrogates", [])}
        session._clock = int(table.get("clock", 0))
        session._entities.extend(EntityRecord.from_json(data) for data in table.get("entities", []))
        session._literals = [Mention.from_json(item) for item in table.get("literals", [])]
        session._words = {int(word) for word in table.get("words", [])}
        session._seq = int(table.get("seq", 0))
        for entity in session._entities:
            session._types.add(entity.type)
            for surrogate in entity.surrogate_forms:
                session._index_surface(entity, surrogate)
            if entity.type == E.PERSON:
                session._people.add(entity)
            else:
                session._values[(entity.type, entity.key)] = entity
        return session

    # --- operators -----------------------------------------------------------------------------------------

    def _operator(self, entity_type: str, override: str | None) -> str:
        """The category's operator; an override (CLI ``--mode``) may switch it but never weaken it.

        A binding policy that says "redact" for a category stays "redact" under ``--mode placeholder``.
        """
        if not self.policy.is_masked(entity_type):
            return "keep"
        operator = self.policy.operator_for(entity_type)
        if override and OPERATOR_STRENGTH.get(override, 0) >= OPERATOR_STRENGTH.get(operator, 0):
            return override
        return operator

    def _params(
        self, text: str, finding: Finding, original: str, op: str, person: tuple[EntityRecord, PersonName] | None
    ) -> tuple[dict[str, Any], EntityRecord | None, str]:
        """The operator's params, the entity (None where the operator cannot be restored) and the
        genitive ending written after the placeholder or surrogate."""
        if op not in ("placeholder", "surrogate"):
            return {}, None, ""
        after_salutation = bool(SALUTATION_BEFORE.search(text[max(0, finding.start - 40) : finding.start]))
        self._clock += 1
        if person is not None:
            entity, name = person
            stem = original[: len(original) - len(name.suffix)] if name.suffix else original
            suffix = name.suffix
        else:
            entity = self._value_entity(finding.type, original)
            stem, suffix = original, ""
        entity.last_seen = self._clock
        self._types.add(entity.type)
        entity.add_form(stem, after_salutation, bool(suffix))
        entity.used(op)
        if not entity.label:
            self._counters[entity.type] = self._counters.get(entity.type, 0) + 1
            entity.label = f"{entity.type}_{self._counters[entity.type]}"
        if op == "placeholder":
            return {"label": entity.label, "suffix": suffix, "entity_type": entity.type}, entity, suffix
        if person is not None:
            surrogate = self._person_surrogate(entity, person[1], text)
            if suffix in ("'", "’") and surrogate[-1:] not in ("s", "ß", "x", "z"):
                suffix = "s"  # "Yıldız' Antrag" → "Vollbrechts Antrag"
            return {"surrogate": surrogate + suffix, "entity_type": entity.type}, entity, suffix
        return {"surrogate": self._value_surrogate(entity, stem, text), "entity_type": entity.type}, entity, ""

    # --- entity resolution (persons: person_entities.PersonEntities) --------------------------------------

    def _value_entity(self, entity_type: str, original: str) -> EntityRecord:
        key = (entity_type, _value_key(entity_type, original))
        entity = self._values.get(key)
        if entity is None:
            entity = EntityRecord(label="", type=entity_type, key=key[1])
            self._entities.append(entity)
            self._values[key] = entity
        return entity

    # --- surrogates ------------------------------------------------------------------------------------------

    def _rng(self, *parts: object) -> random.Random:
        return random.Random("|".join(str(p) for p in (self.seed, *parts)))

    def _acceptable(self, candidate: str, text: str) -> bool:
        """A surrogate must be new, must not equal any original, and must not occur in the text (nor,
        as a single word, in any text of the session: restore would take that word for the surrogate)."""
        folded = candidate.casefold()
        if not folded or folded in self._used_surrogates or folded in self._originals:
            return False
        if any(_value_key(t, candidate) in self._originals for t in (E.IBAN, E.PERSON)):
            return False
        if candidate.isalpha() and word_fingerprints(candidate) & self._words:
            return False  # a word of one of the session's texts, in any case form ("Sommer", "sommer")
        return not _occurs_as_word(folded, self._folded(text))

    def _folded(self, text: str) -> str:
        if self._folded_text[0] is not text:
            self._folded_text = (text, text.casefold())
        return self._folded_text[1]

    def _draw(self, kind: str, original: str, text: str, make: Any, fallback: Any = None) -> str:
        """Draw until a candidate is acceptable; when the pool is used up, draw from ``fallback``."""
        candidate = ""
        makers = (make, fallback or make)
        for attempt in range(2 * _MAX_TRIES):
            candidate = str(makers[attempt // _MAX_TRIES](self._rng(kind, original.casefold(), attempt)))
            if self._acceptable(candidate, text):
                break
        else:  # pragma: no cover - needs thousands of distinct originals
            candidate = f"{candidate}-{len(self._used_surrogates)}"
        self._used_surrogates.add(candidate.casefold())
        return candidate

    def _surname_surrogate(self, surname: str, text: str) -> str:
        parts = surname.split("-")
        if len(parts) > 1:
            return "-".join(self._surname_surrogate(part, text) for part in parts)
        key = spelling_key(surname)  # "Kröger" and "Kroeger" are one person, so one surrogate
        if key not in self._surnames:
            self._surnames[key] = self._draw(
                "surname",
                surname,
                text,
                lambda rng: rng.choice(SURROGATE_SURNAMES),
                lambda rng: "-".join(rng.sample(SURROGATE_SURNAMES, 2)),  # double names once the list is used up
            )
        return self._surnames[key]

    def _first_surrogate(self, first: str, gender: str | None, text: str) -> str:
        key = spelling_key(first)
        if key not in self._first_names:
            sex = gender or gender_of_first_name(first) or self._rng("gender", key).choice("fm")
            pool = surrogate_first_names(sex)
            self._first_names[key] = self._draw(
                "first", first, text, lambda rng: rng.choice(pool), lambda rng: "-".join(rng.sample(pool, 2))
            )
        return self._first_names[key]

    def _add_surrogate_form(self, entity: EntityRecord, surrogate: str, original: str) -> None:
        """Remember what a surrogate stood for (first original wins; restore by mention knows better)."""
        if surrogate not in entity.surrogate_forms:
            entity.surrogate_forms[surrogate] = original
            self._index_surface(entity, surrogate)

    def _index_surface(self, entity: EntityRecord, surrogate: str) -> None:
        """File a surrogate under its first word, for the check of a text's ordinary words."""
        first = first_word(surrogate)
        if entity.type in CODE_TYPES or first is None:
            return
        bucket = self._surfaces.setdefault(first, [])
        if surrogate not in bucket:
            bucket.append(surrogate)
            bucket.sort(key=len, reverse=True)

    def _person_surrogate(self, entity: EntityRecord, name: PersonName, text: str) -> str:
        """The mention's shape with surrogate parts: "Frau Kortmann" → "Frau Vogt", "S. Kortmann" → "P. Vogt"."""
        surrogate_first = self._first_surrogate(entity.first, entity.gender, text) if entity.first else None
        lone_first = (
            not name.given
            and not name.prefix
            and entity.first is not None
            and name.surname.casefold() == entity.first.casefold()
            and (entity.surname is None or entity.surname.casefold() != name.surname.casefold())
        )
        if lone_first and surrogate_first:
            self._add_surrogate_form(entity, surrogate_first, name.surname)
            return surrogate_first
        parts = list(name.prefix)
        for given in name.given:
            if re.fullmatch(r"[A-ZÄÖÜ]\.", given):
                initial = surrogate_first[0] if surrogate_first else self._rng("initial", given).choice(_INITIALS)
                parts.append(initial + ".")
            elif entity.first and given.casefold() == entity.first.casefold() and surrogate_first:
                parts.append(surrogate_first)
            else:
                parts.append(self._first_surrogate(given, entity.gender, text))
        surrogate_surname = self._surname_surrogate(name.surname, text)
        parts.append(surrogate_surname)
        rendered = " ".join(parts)
        self._add_surrogate_form(entity, rendered, name.stem())
        self._add_surrogate_form(entity, surrogate_surname, name.surname)
        if entity.first and surrogate_first:
            full = f"{surrogate_first} {surrogate_surname}"
            self._add_surrogate_form(entity, full, f"{entity.first} {name.surname}")
            self._add_surrogate_form(entity, surrogate_first, entity.first)
        return rendered

    def _value_surrogate(self, entity: EntityRecord, original: str, text: str) -> str:
        existing = next((s for s, o in entity.surrogate_forms.items() if o == original), None)
        if existing is not None:
            return existing
        if entity.surrogate_forms and entity.type in CODE_TYPES:
            first = next(iter(entity.surrogate_forms))
            surrogate = reformat(original, re.sub(r"[^0-9A-Za-z]", "", first))
        elif entity.surrogate_forms:
            surrogate = next(iter(entity.surrogate_forms))
        else:
            surrogate = self._draw(
                entity.type, entity.key, text, lambda rng: surrogate_value(entity.type, original, rng)
            )
        self._add_surrogate_form(entity, surrogate, original)
        return surrogate
