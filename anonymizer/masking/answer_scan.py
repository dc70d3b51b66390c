"""Where placeholders and surrogates stand in a chatbot answer, however the chatbot wrote them.

The first half of restoring (:mod:`anonymizer.masking.restore`): every spelling of ``[TYPE_N]`` that
chatbots produce ("PERSON_1", "(PERSON_1)", "[Person_1]", "[PERSON-1]", Markdown-escaped, wrapped over a
line), escaped literals of the input (``⟦[PERSON_1]⟧``), and the session's surrogates — plain values as
whole words, codes with any spacing ("DE44 5001 …" regrouped) — each as an :class:`AnswerMatch`. Which
original a match gets back is decided by :class:`~anonymizer.masking.restorer.Restorer`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from anonymizer import entities as E
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

#: A literal placeholder of the input is written between these on masking ("⟦[PERSON_1]⟧").
ESCAPE_OPEN, ESCAPE_CLOSE = "⟦", "⟧"

_SEPARATOR = r"(?:\s*\\?[_-]\s*|[ \t]*\n\s*|[ \t]+)"
#: Types whose names are also written in prose ("die IBAN 2"): unbracketed without underscore only
#: at a place the session knows, or where the answer writes other placeholders that way too.
_PROSE_ABBREVIATIONS = frozenset({E.IBAN, E.BIC, E.URL, E.EMAIL})
#: A genitive ending after a placeholder: "s", "'s", or an apostrophe alone ("Lutz'" masked as
#: "[PERSON_1]'"); whether it is one, or the text's own (a closing quote), restore decides by context.
_GENITIVE = r"(?P<suffix>['’]?s(?!\w)|['’](?!\w))?"


def _type_pattern(types: Sequence[str]) -> str:
    names = sorted(set(types), key=len, reverse=True)
    return "|".join(_SEPARATOR.join(re.escape(part) for part in name.split("_")) for name in names)


def placeholder_regex(types: Sequence[str]) -> re.Pattern[str]:
    """Every spelling of ``[TYPE_N]`` restore reads, for the given types (case-insensitive)."""
    return _compiled_placeholder_regex(tuple(sorted(set(types))))


@lru_cache(maxsize=8)
def _compiled_placeholder_regex(types: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?P<open>\\?[\[(<{]\s*)?"
        r"(?<![\w\\])(?P<type>" + _type_pattern(types) + r")"
        r"(?P<sep>\s*\\?[_-]?\s*)(?P<num>\d+)(?!\d)"
        r"(?P<close>\s*\\?[\])>}])?" + _GENITIVE,
        re.IGNORECASE,
    )


_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")


@lru_cache(maxsize=8)
def _types_by_letters(types: tuple[str, ...]) -> dict[str, str]:
    return {_NOT_ALNUM.sub("", t).upper(): t for t in reversed(types)}


def canonical_type(written: str, types: Sequence[str]) -> str | None:
    """The type a drifted spelling stands for: "date of\\_birth" → "DATE_OF_BIRTH"."""
    return _types_by_letters(tuple(types)).get(_NOT_ALNUM.sub("", written).upper())


def may_be_placeholder(match: re.Match[str], types: Sequence[str]) -> bool:
    """Whether restore could read this match as a placeholder (given a session that issued it)."""
    if canonical_type(match["type"], types) is None:
        return False
    bracketed = bool(match["open"]) and bool(match["close"])
    return bracketed or "_" in match["sep"] or match["type"] == match["type"].upper()


@dataclass(slots=True)
class AnswerMatch:
    start: int
    end: int
    kind: int  # 0 = escaped literal, 1 = placeholder, 2 = surrogate
    entity: EntityRecord | None = None
    suffix: str = ""  # the genitive ending written after it
    surface: str = ""  # a surrogate's surface (its key for codes)
    default: str = ""  # a surrogate's original where no occurrence fits
    type_start: int = 0  # a placeholder's own text: answer[type_start:num_end], brackets around it
    num_end: int = 0
    close_end: int = 0  # where its closing bracket ends (num_end when there is none)
    opened: bool = False
    closed: bool = False
    weak: bool = False  # "IBAN 2": a placeholder only with evidence
    spaced: bool = False  # written "TYPE N" without brackets and underscore
    glued: bool = False  # a surrogate touching a word character: only at a known place
    inner_surrogates: list[AnswerMatch] = field(default_factory=list)  # shorter surrogates inside this one


def placeholder_matches(answer: str, entities: Sequence[EntityRecord], unresolved: list[str]) -> list[AnswerMatch]:
    by_label = {entity.label.upper(): entity for entity in entities}
    types = sorted(set(E.ALL_TYPES) | {entity.type for entity in entities})
    matches: list[AnswerMatch] = []
    for match in placeholder_regex(types).finditer(answer):
        start, end = match.start(), match.end()
        if answer[start - 1 : start] == ESCAPE_OPEN and answer[end : end + 1] == ESCAPE_CLOSE:
            matches.append(AnswerMatch(start - 1, end + 1, 0))
            continue
        opened, closed = bool(match["open"]), bool(match["close"])
        written_type = match["type"]
        entity_type = canonical_type(written_type, types)
        if entity_type is None:
            continue
        spaced = not (opened and closed) and "_" not in match["sep"]
        if spaced and written_type != written_type.upper():
            continue  # "Person 1" in ordinary prose
        weak = spaced and entity_type in _PROSE_ABBREVIATIONS
        label = f"{entity_type}_{int(match['num'])}"
        entity = by_label.get(label)
        if entity is None:
            if not weak:
                unresolved.append(f"[{label}]")
            continue
        suffix = match["suffix"] or ""
        matches.append(
            AnswerMatch(
                start, end, 1, entity, suffix,
                type_start=match.start("type"), num_end=match.end("num"),
                close_end=match.end("close") if closed else match.end("num"),
                opened=opened, closed=closed, weak=weak, spaced=spaced,
            )
        )  # fmt: skip
    return matches


_CODE_SEPARATORS = frozenset(" \t\r\n./-")
#: A genitive ending right after a surrogate ("Beckers", "Becker's", "Lutz'").
FOLLOWING_GENITIVE = re.compile(r"['’]?s(?!\w)|['’](?!\w)")


def _is_code_separator(char: str) -> bool:
    return char in _CODE_SEPARATORS or char.isspace()


def _condense(text: str, code: bool) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space (or, for codes, without separators), plus where
    each kept character stood in ``text``: a chatbot may rewrap a name or regroup an IBAN."""
    chars: list[str] = []
    positions: list[int] = []
    if code:
        for index, char in enumerate(text):
            if char not in _CODE_SEPARATORS and not char.isspace():
                chars.append(char)
                positions.append(index)
        return "".join(chars), positions
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        chars.append(char)
        positions.append(index)
    return "".join(chars), positions


_CODE_SEPARATOR_RUN = re.compile(r"[\s./-]+")


def surface_key(surface: str, code: bool) -> str:
    """How a surrogate is looked up: codes without any separator (NBSP too), names with single spaces."""
    if code:
        return _CODE_SEPARATOR_RUN.sub("", surface)
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


def _edge(surface: str, leading: bool) -> str:
    """The separators a code surrogate starts (or ends) with ("-2217"): condensing drops them."""
    chars = surface if leading else reversed(surface)
    edge = []
    for char in chars:
        if not _is_code_separator(char):
            break
        edge.append(char)
    return "".join(edge if leading else reversed(edge))


def surrogate_matches(answer: str, entities: Sequence[EntityRecord]) -> list[AnswerMatch]:
    """Surrogates in the answer, found in one Aho-Corasick pass each for plain values and for codes
    (which may come back with other spacing). A surrogate glued to a word or joiner ("_", "-", ".",
    "@") is kept as a candidate that only a known occurrence can confirm ("Lohnnachweis_Vogt.pdf")."""
    surfaces = _surrogate_surfaces(entities)
    matches: list[AnswerMatch] = []
    for code in (False, True):
        automaton = ahocorasick.Automaton()
        for surface, (original, entity) in surfaces.items():
            key = surface_key(surface, entity.type in CODE_TYPES)
            if (entity.type in CODE_TYPES) == code and key and key not in automaton:
                automaton.add_word(key, (len(key), surface, original, entity))
        if len(automaton) == 0:
            continue
        automaton.make_automaton()
        haystack, positions = _condense(answer, code)
        for last, (length, surface, original, entity) in automaton.iter(haystack):
            start, end = positions[last - length + 1], positions[last] + 1
            if code:
                lead, trail = _edge(surface, True), _edge(surface, False)
                if lead and answer[start - len(lead) : start] == lead:
                    start -= len(lead)
                if trail and answer[end : end + len(trail)] == trail:
                    end += len(trail)
            glued = start > 0 and (_is_word(answer[start - 1]) or answer[start - 1] in "@.-")
            suffix = ""
            if entity.type == E.PERSON and (genitive := FOLLOWING_GENITIVE.match(answer, end)):
                suffix = genitive.group()
                end = genitive.end()
            glued = glued or (end < len(answer) and (_is_word(answer[end]) or answer[end] == "@"))
            key = surface_key(surface, code)
            matches.append(AnswerMatch(start, end, 2, entity, suffix, surface=key, default=original, glued=glued))
    return matches
