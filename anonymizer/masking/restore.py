"""Putting the originals back into a chatbot answer, tolerant of what chatbots do to placeholders.

Chatbots drop or change brackets ("PERSON_1", "(PERSON_1)", "[Person_1]", "[PERSON-1]"), escape
Markdown (``\\[PERSON\\_1\\]``), bold things (``**[PERSON_1]**``), inflect ("[PERSON_1]s") and wrap
lines inside a placeholder. Surrogates come back inflected too ("Vogts"). Restoring must still never
touch an ordinary word: an unbracketed placeholder only counts in capitals or with its underscore
("Person 1" in prose stays), and surrogates match case-sensitively as whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from anonymizer import entities as E
from anonymizer.masking.persons import SALUTATION_BEFORE
from anonymizer.masking.results import RestoreResult
from anonymizer.masking.surrogates import date_spellings, parse_date
from anonymizer.masking.table import EntityRecord

#: Types whose values are codes: a chatbot may drop or add spaces, dots or dashes inside them.
CODE_TYPES = frozenset(
    {
        E.IBAN, E.BIC, E.CREDIT_CARD, E.TAX_ID, E.TAX_NUMBER, E.SOCIAL_SECURITY, E.HEALTH_INSURANCE,
        E.ID_DOCUMENT, E.LICENSE_PLATE, E.PHONE, E.REFERENCE,
        E.VAT_ID, E.COMMERCIAL_REGISTER, E.PHYSICIAN_NUMBER, E.PRACTICE_NUMBER, E.DRIVING_LICENSE,
    }
)  # fmt: skip

_SEPARATOR = r"(?:\s*\\?[_-]\s*|[ \t]*\n\s*|[ \t]+)"
#: Types whose names are also written in prose ("die IBAN 2"): unbracketed only with an underscore.
_PROSE_ABBREVIATIONS = frozenset({E.IBAN, E.BIC, E.URL, E.EMAIL})
_GENITIVE = r"(?P<suffix>['’]?s(?!\w))?"


def _type_pattern(types: Sequence[str]) -> str:
    names = sorted(set(types), key=len, reverse=True)
    return "|".join(_SEPARATOR.join(re.escape(part) for part in name.split("_")) for name in names)


def _placeholder_regex(types: Sequence[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?P<open>\\?[\[(<{]\s*)?"
        r"(?<![\w\\])(?P<type>" + _type_pattern(types) + r")"
        r"(?P<sep>\s*\\?[_-]?\s*)(?P<num>\d+)(?!\d)"
        r"(?P<close>\s*\\?[\])>}])?" + _GENITIVE,
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    text: str
    entity: EntityRecord | None
    priority: int  # 0 = placeholder, 1 = surrogate


def _canonical_type(written: str, types: Sequence[str]) -> str | None:
    """The type a drifted spelling stands for: "date of\\_birth" → "DATE_OF_BIRTH"."""
    letters = re.sub(r"[^A-Za-z0-9]", "", written).upper()
    return next((t for t in types if re.sub(r"[^A-Za-z0-9]", "", t).upper() == letters), None)


def _form_for(entity: EntityRecord, answer: str, position: int, genitive: bool) -> str:
    """The original form that fits where the placeholder stands in the answer."""
    if genitive:
        with_ending = [(counts[2], form) for form, counts in entity.forms.items() if counts[2]]
        if with_ending:
            best = max(count for count, _ in with_ending)
            return next(form for count, form in with_ending if count == best)
    if entity.type == E.PERSON and SALUTATION_BEFORE.search(answer[max(0, position - 40) : position]):
        after_salutation = [(counts[1], form) for form, counts in entity.forms.items() if counts[1]]
        if after_salutation:
            best = max(count for count, _ in after_salutation)
            return next(form for count, form in after_salutation if count == best)
        return entity.surname or entity.canonical
    plain = [form for form, counts in entity.forms.items() if counts[0]]
    if plain:
        return max(plain, key=len)
    return entity.canonical


def _genitive(original: str, written_suffix: str) -> str:
    if not written_suffix:
        return ""
    return "'" if original[-1:] in ("s", "ß", "x", "z") else "s"


def _placeholder_matches(answer: str, entities: Sequence[EntityRecord], unresolved: list[str]) -> list[_Match]:
    by_label = {entity.label.upper(): entity for entity in entities}
    types = sorted(set(E.ALL_TYPES) | {entity.type for entity in entities})
    matches: list[_Match] = []
    for match in _placeholder_regex(types).finditer(answer):
        start, end = match.start(), match.end()
        opened, closed = bool(match["open"]), bool(match["close"])
        suffix = match["suffix"] or ""
        if opened and not closed:  # a lone bracket belongs to the surrounding text
            start = match.start("type")
        elif closed and not opened:
            end, suffix = match.end("num"), ""
        bracketed = opened and closed
        written_type = match["type"]
        entity_type = _canonical_type(written_type, types)
        if entity_type is None:
            continue
        if (
            not bracketed
            and "_" not in match["sep"]
            and (written_type != written_type.upper() or entity_type in _PROSE_ABBREVIATIONS)
        ):
            continue  # "Person 1" or "die IBAN 2" in ordinary prose
        label = f"{entity_type}_{int(match['num'])}"
        entity = by_label.get(label)
        if entity is None:
            unresolved.append(f"[{label}]")
            continue
        original = _form_for(entity, answer, start, bool(suffix))
        matches.append(_Match(start, end, original + _genitive(original, suffix), entity, 0))
    return matches


_CODE_SEPARATORS = frozenset(" \t\r\n./-")
_FOLLOWING_GENITIVE = re.compile(r"['’]?s(?!\w)")


def _condense(text: str, code: bool) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space (or, for codes, without separators), plus where
    each kept character stood in ``text``: a chatbot may rewrap a name or regroup an IBAN."""
    chars: list[str] = []
    positions: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if code and char in _CODE_SEPARATORS:
            continue
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        chars.append(char)
        positions.append(index)
    return "".join(chars), positions


def _surface_key(surface: str, code: bool) -> str:
    if code:
        return "".join(char for char in surface if char not in _CODE_SEPARATORS)
    return " ".join(surface.split())


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _surrogate_surfaces(entities: Sequence[EntityRecord]) -> dict[str, tuple[str, EntityRecord]]:
    """Every way a surrogate may appear in the answer, with the original it stands for."""
    surfaces: dict[str, tuple[str, EntityRecord]] = {}
    for entity in entities:
        for surrogate, original in entity.surrogate_forms.items():
            surfaces.setdefault(surrogate, (original, entity))
    for entity in entities:  # a chatbot may rewrite "17.07.1984" as "17. Juli 1984"
        if entity.type != E.DATE_OF_BIRTH:
            continue
        for surrogate, original in entity.surrogate_forms.items():
            fake, real = parse_date(surrogate), parse_date(original)
            if fake and real:
                for fake_text, real_text in zip(date_spellings(fake), date_spellings(real), strict=True):
                    surfaces.setdefault(fake_text, (real_text, entity))
    return surfaces


def _surrogate_matches(answer: str, entities: Sequence[EntityRecord]) -> list[_Match]:
    """Surrogates in the answer as whole words, case-sensitive, found in one Aho-Corasick pass each
    for plain values and for codes (which may come back with other spacing)."""
    surfaces = _surrogate_surfaces(entities)
    matches: list[_Match] = []
    for code in (False, True):
        automaton = ahocorasick.Automaton()
        for surface, (original, entity) in surfaces.items():
            key = _surface_key(surface, entity.type in CODE_TYPES)
            if (entity.type in CODE_TYPES) == code and key and key not in automaton:
                automaton.add_word(key, (len(key), original, entity))
        if len(automaton) == 0:
            continue
        automaton.make_automaton()
        haystack, positions = _condense(answer, code)
        for last, (length, original, entity) in automaton.iter(haystack):
            start, end = positions[last - length + 1], positions[last] + 1
            if start > 0 and (_is_word(answer[start - 1]) or answer[start - 1] in "@.-"):
                continue
            suffix = ""
            if entity.type == E.PERSON and (genitive := _FOLLOWING_GENITIVE.match(answer, end)):
                suffix = genitive.group()
                end = genitive.end()
            if end < len(answer) and (_is_word(answer[end]) or answer[end] == "@"):
                continue
            matches.append(_Match(start, end, original + _genitive(original, suffix), entity, 1))
    return matches


def _label_order(entity: EntityRecord) -> tuple[int, int]:
    """Catalogue order of the type, then the placeholder number: PERSON_1, PERSON_2, ADDRESS_1, …"""
    position = E.ALL_TYPES.index(entity.type) if entity.type in E.ALL_TYPES else len(E.ALL_TYPES)
    number = entity.label.rsplit("_", 1)[-1]
    return position, int(number) if number.isdigit() else 0


def restore_answer(answer: str, entities: Sequence[EntityRecord]) -> RestoreResult:
    """Replace placeholders and surrogates in ``answer`` by the originals of ``entities``."""
    unresolved: list[str] = []
    candidates = _placeholder_matches(answer, entities, unresolved) + _surrogate_matches(answer, entities)
    candidates.sort(key=lambda m: (m.start, m.priority, -(m.end - m.start)))
    pieces: list[str] = []
    position = 0
    mentioned: set[str] = set()
    for match in candidates:
        if match.start < position:
            continue
        pieces.append(answer[position : match.start])
        pieces.append(match.text)
        position = match.end
        if match.entity is not None:
            mentioned.add(match.entity.label)
    pieces.append(answer[position:])
    unmentioned = [
        entity.canonical
        for entity in sorted(entities, key=_label_order)
        if entity.restorable and entity.label not in mentioned
    ]
    return RestoreResult("".join(pieces), list(dict.fromkeys(unresolved)), unmentioned)
