"""Putting the originals back into a chatbot answer, tolerant of what chatbots do to placeholders.

Chatbots drop or change brackets ("PERSON_1", "(PERSON_1)", "[Person_1]", "[PERSON-1]", "IBAN 2"),
escape Markdown (``\\[PERSON\\_1\\]``), bold things (``**[PERSON_1]**``), inflect ("[PERSON_1]s")
and wrap lines inside a placeholder. Surrogates come back inflected too ("Vogts").

Each placeholder or surrogate found is given back **by mention** (:mod:`anonymizer.masking.mentions`):
where its surroundings are those of an occurrence in the session's masked texts, exactly the text
that occurrence replaced comes back ("Frau [PERSON_1]" → "Frau Lindner", "[PERSON_1] Immobilien"
→ "Lindner Immobilien", "([LICENSE_PLATE_1])" drifted to "(LICENSE_PLATE 1)" keeps its brackets).
Elsewhere the form that suits the new context is chosen (the surname after "Frau"/"Herr"/"Dr.",
the full name otherwise). Restoring must still never touch an ordinary word: an unbracketed
placeholder counts only in capitals or with its underscore ("Person 1" in prose stays; "die IBAN 2"
only where the answer shows that the chatbot writes placeholders that way), surrogates match
case-sensitively as whole words only, and a literal placeholder of the input (escaped on masking
as ``⟦[PERSON_1]⟧``) comes back as the literal it was.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from anonymizer import entities as E
from anonymizer.masking.mentions import (
    CONTEXT,
    MIN_FIT,
    Mention,
    best_mention,
    contexts,
    fit,
    mark_for,
    neighbour_words,
)
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

#: A literal placeholder of the input is written between these on masking ("⟦[PERSON_1]⟧").
ESCAPE_OPEN, ESCAPE_CLOSE = "⟦", "⟧"

_SEPARATOR = r"(?:\s*\\?[_-]\s*|[ \t]*\n\s*|[ \t]+)"
#: Types whose names are also written in prose ("die IBAN 2"): unbracketed without underscore only
#: at a place the session knows, or where the answer writes other placeholders that way too.
_PROSE_ABBREVIATIONS = frozenset({E.IBAN, E.BIC, E.URL, E.EMAIL})
#: A genitive ending after a placeholder: "s", "'s", or an apostrophe alone ("Lutz'" masked as
#: "[PERSON_1]'"); whether it is one, or the text's own (a closing quote), restore decides by context.
_GENITIVE = r"(?P<suffix>['’]?s(?!\w)|['’](?!\w))?"
_SPACES = re.compile(r"\s+")
_APOSTROPHES = frozenset("'’")

WRONG_SESSION_UNKNOWN = (
    "Die Antwort enthält Platzhalter, die diese Sitzung nicht vergeben hat ({labels}) – vom Chatbot "
    "erfunden, oder stammt die Antwort aus einer anderen Sitzung? Bitte das Ergebnis prüfen."
)
WRONG_SESSION_CONTEXT = (
    "Die Platzhalter der Antwort passen nicht zu den Texten dieser Sitzung. "
    "Stammt die Antwort aus einer anderen Sitzung? Bitte das Ergebnis prüfen."
)


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


def word_fingerprints(text: str) -> set[int]:
    """Short checksums of the words (four letters or more, casefolded) of a text.

    The session keeps these instead of the words: enough to tell whether a surrogate is a word of
    one of its texts and whether an answer talks about its texts, without keeping the texts.
    """
    return {zlib.crc32(word.encode("utf-8")) for word in re.findall(r"[^\W\d_]{4,}", text.casefold())}


@dataclass(slots=True)
class _Match:
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
    inner_surrogates: list[_Match] = field(default_factory=list)  # shorter surrogates inside this one


def _genitive(original: str, written_suffix: str) -> str:
    if not written_suffix:
        return ""
    return "'" if original[-1:] in ("s", "ß", "x", "z") else "s"


def _with_suffix(mention: Mention, written_suffix: str) -> str:
    """The occurrence's original, with the genitive ending the answer wrote."""
    if mention.suffix == written_suffix:
        return mention.original
    return mention.stem + _genitive(mention.stem, written_suffix)


def _form_for(entity: EntityRecord, after_salutation: bool, genitive: bool) -> str:
    """The original form that fits a new context: the surname after a salutation, else the full name."""
    if genitive:
        with_ending = [(counts[2], form) for form, counts in entity.forms.items() if counts[2]]
        if with_ending:
            best = max(count for count, _ in with_ending)
            return next(form for count, form in with_ending if count == best)
    if entity.type == E.PERSON and after_salutation:
        salutation_forms = [(counts[1], form) for form, counts in entity.forms.items() if counts[1]]
        if salutation_forms:
            best = max(count for count, _ in salutation_forms)
            return next(form for count, form in salutation_forms if count == best)
        return entity.surname or entity.canonical
    plain = [form for form, counts in entity.forms.items() if counts[0]]
    if plain:
        return max(plain, key=len)
    return entity.canonical


def _placeholder_matches(answer: str, entities: Sequence[EntityRecord], unresolved: list[str]) -> list[_Match]:
    by_label = {entity.label.upper(): entity for entity in entities}
    types = sorted(set(E.ALL_TYPES) | {entity.type for entity in entities})
    matches: list[_Match] = []
    for match in placeholder_regex(types).finditer(answer):
        start, end = match.start(), match.end()
        if answer[start - 1 : start] == ESCAPE_OPEN and answer[end : end + 1] == ESCAPE_CLOSE:
            matches.append(_Match(start - 1, end + 1, 0))
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
            _Match(
                start, end, 1, entity, suffix,
                type_start=match.start("type"), num_end=match.end("num"),
                close_end=match.end("close") if closed else match.end("num"),
                opened=opened, closed=closed, weak=weak, spaced=spaced,
            )
        )  # fmt: skip
    return matches


_CODE_SEPARATORS = frozenset(" \t\r\n./-")
_FOLLOWING_GENITIVE = re.compile(r"['’]?s(?!\w)|['’](?!\w)")


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


def _surrogate_matches(answer: str, entities: Sequence[EntityRecord]) -> list[_Match]:
    """Surrogates in the answer, found in one Aho-Corasick pass each for plain values and for codes
    (which may come back with other spacing). A surrogate glued to a word or joiner ("_", "-", ".",
    "@") is kept as a candidate that only a known occurrence can confirm ("Lohnnachweis_Vogt.pdf")."""
    surfaces = _surrogate_surfaces(entities)
    matches: list[_Match] = []
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
            if entity.type == E.PERSON and (genitive := _FOLLOWING_GENITIVE.match(answer, end)):
                suffix = genitive.group()
                end = genitive.end()
            glued = glued or (end < len(answer) and (_is_word(answer[end]) or answer[end] == "@"))
            key = surface_key(surface, code)
            matches.append(_Match(start, end, 2, entity, suffix, surface=key, default=original, glued=glued))
    return matches


def _token(match: _Match) -> str:
    """What stands for a match in a context: its placeholder label or its surrogate as looked up."""
    if match.kind == 1:
        assert match.entity is not None
        return mark_for(match.entity.label)
    return mark_for(match.surface)


def _label_order(entity: EntityRecord) -> tuple[int, int]:
    """Catalogue order of the type, then the placeholder number: PERSON_1, PERSON_2, ADDRESS_1, …"""
    position = E.ALL_TYPES.index(entity.type) if entity.type in E.ALL_TYPES else len(E.ALL_TYPES)
    number = entity.label.rsplit("_", 1)[-1]
    return position, int(number) if number.isdigit() else 0


def _left(text: str) -> str:
    return _SPACES.sub(" ", text)[-CONTEXT:]


def _right(text: str) -> str:
    return _SPACES.sub(" ", text)[:CONTEXT]


def _salutation_before(left: str) -> bool:
    return bool(SALUTATION_BEFORE.search(left))


class _Reading(NamedTuple):
    """One way of reading a match: its context, text of the answer kept around the original
    (brackets that belong to the text), and the genitive ending taken in."""

    left: str
    right: str
    before: str = ""
    after: str = ""
    suffix: str = ""


class _Restorer:
    """One restore: the answer, the session's occurrences, and which occurrence each owner used last.

    An *owner* is an entity (for its placeholder) or a surrogate as looked up (a surface key, which
    several entities and literal words may share).
    """

    def __init__(self, answer: str, entities: Sequence[EntityRecord], literals: Sequence[Mention]) -> None:
        self.answer = answer
        self._by_owner: dict[object, list[Mention]] = {}  # in the order they were masked
        #: Occurrences by owner, exact context and genitive or not: an echoed text finds them at once.
        self._exact: dict[tuple[object, str, str, bool], list[Mention]] = {}
        self._text_start: dict[tuple[object, str, bool], list[Mention]] = {}  # by right context
        self._text_end: dict[tuple[object, str, bool], list[Mention]] = {}  # by left context
        self._entity: dict[int, EntityRecord | None] = {}  # a surrogate occurrence's entity (None: literal)
        self._previous = -1  # the seq of the occurrence restored last, whatever its owner
        self._salutation: dict[int, bool] = {}
        self._seqs: dict[object, list[int]] = {}
        for entity in entities:
            own = f"[{entity.label}]"
            code = entity.type in CODE_TYPES
            for mention in entity.mentions:
                owner: object = id(entity) if mention.surface == own else surface_key(mention.surface, code)
                self._add(owner, mention, entity)
        for mention in literals:
            for key in {surface_key(mention.surface, False), surface_key(mention.surface, True)}:
                self._add(key, mention, None)
        for mentions in (*self._by_owner.values(), *self._exact.values()):
            mentions.sort(key=lambda mention: mention.seq)

    def _add(self, owner: object, mention: Mention, entity: EntityRecord | None) -> None:
        self._by_owner.setdefault(owner, []).append(mention)
        genitive = bool(mention.suffix)
        self._exact.setdefault((owner, mention.left, mention.right, genitive), []).append(mention)
        # at the start or end of its text: an answer that joins several texts goes on beyond it
        if len(mention.left) < CONTEXT:
            self._text_start.setdefault((owner, mention.right, genitive), []).append(mention)
        if len(mention.right) < CONTEXT:
            self._text_end.setdefault((owner, mention.left, genitive), []).append(mention)
        self._entity[id(mention)] = entity

    def mentions_of(self, entity: EntityRecord) -> list[Mention]:
        return self._by_owner.get(id(entity), [])

    def _after_salutation(self, mention: Mention) -> bool:
        if id(mention) not in self._salutation:
            self._salutation[id(mention)] = _salutation_before(mention.left)
        return self._salutation[id(mention)]

    def _choose(self, owner: object, reading: _Reading, person: bool, exact_only: bool) -> tuple[Mention | None, int]:
        """The occurrence of ``owner`` that fits ``reading`` best (see :func:`best_mention`).

        Only occurrences of the same kind compete: with or without a genitive ending, and for persons
        after a salutation or not ("Frau [PERSON_1]" comes from an occurrence after "Frau").
        ``exact_only``: only those with this very context, and the one masked next (cheap: an answer
        that repeats the masked texts needs no more).
        """
        salutation = person and _salutation_before(reading.left)

        def same_kind(mention: Mention) -> bool:
            return bool(mention.suffix) == bool(reading.suffix) and (
                not person or self._after_salutation(mention) == salutation
            )

        previous = self._previous
        if exact_only:
            return self._choose_exact(owner, reading, previous, same_kind)
        pool = [m for m in self._by_owner.get(owner, []) if same_kind(m)]
        return best_mention(pool, reading.left, reading.right, previous)

    def _choose_exact(
        self, owner: object, reading: _Reading, previous: int, same_kind: Callable[[Mention], bool]
    ) -> tuple[Mention | None, int]:
        """The occurrences whose context is this very one (also where theirs stopped at the start or
        end of their text), of those with the same context the next one masked after ``previous``
        (the occurrence restored last), and the occurrence of ``owner`` masked next: the best of
        them by :func:`best_mention`. An answer that repeats one of several similar letters, or a
        text of repeated sentences, so comes back in order."""
        genitive = bool(reading.suffix)
        key = (owner, reading.left, reading.right, genitive)
        same = self._exact.get(key)
        pool: list[Mention] = []
        if same:
            if key not in self._seqs:
                self._seqs[key] = [mention.seq for mention in same]
            index = bisect.bisect_right(self._seqs[key], previous)
            pool.append(same[index] if index < len(same) else same[0])
        pool += [m for m in self._text_start.get((owner, reading.right, genitive), []) if reading.left.endswith(m.left)]
        pool += [
            m for m in self._text_end.get((owner, reading.left, genitive), []) if reading.right.startswith(m.right)
        ]
        if not pool:
            return None, -1
        following = self._following(owner, previous)
        if following is not None and all(following is not m for m in pool) and same_kind(following):
            pool.append(following)
        if len(pool) == 1:  # the usual case of an echo: nothing to weigh
            return pool[0], fit(pool[0], reading.left, reading.right)
        return best_mention(pool, reading.left, reading.right, previous)

    def _echoed(self, owner: object, left: str, right: str, suffix: str) -> Mention | None:
        """The quick way for an answer that repeats the masked text: the occurrence with this very
        context that is also the next one of ``owner`` after the occurrence restored last."""
        key = (owner, left, right, bool(suffix))
        same = self._exact.get(key)
        if not same:
            return None
        if key not in self._seqs:
            self._seqs[key] = [mention.seq for mention in same]
        index = bisect.bisect_right(self._seqs[key], self._previous)
        chosen = same[index] if index < len(same) else same[0]
        if self._following(owner, self._previous) is not chosen:
            return None
        self._previous = chosen.seq
        return chosen

    def _following(self, owner: object, previous: int) -> Mention | None:
        """The occurrence of ``owner`` masked next after the one with ``seq`` ``previous``."""
        mentions = self._by_owner[owner]
        if owner not in self._seqs:
            self._seqs[owner] = [mention.seq for mention in mentions]
        index = bisect.bisect_right(self._seqs[owner], previous)
        return mentions[index] if index < len(mentions) else None

    def _best(
        self, options: Sequence[tuple[object, _Reading]], person: bool
    ) -> tuple[Mention | None, int, object, _Reading]:
        """The best occurrence over all (owner, reading) options of a match: first among those with
        the very context (an echoed text needs no more), then among all."""
        owner, reading = options[0]
        best: tuple[Mention | None, int, object, _Reading] = (None, -1, owner, reading)
        for exact_only in (True, False):
            for owner, reading in options:
                mention, score = self._choose(owner, reading, person, exact_only)
                if mention is not None and score > best[1]:
                    best = (mention, score, owner, reading)
            if best[1] >= MIN_FIT:
                break
        return best

    def _readings(self, match: _Match, left: str, right: str) -> Iterator[_Reading]:
        """The ways of reading a placeholder match, the usual one first.

        A bracket may be the placeholder's own or the original's ("(BOR-K 12)" masked as
        "([LICENSE_PLATE_1])", then drifted to "(LICENSE_PLATE 1)"); an "s" or apostrophe after it
        may be a genitive ending or the text's own ("Kortmann's").
        """
        answer = self.answer
        own_open = answer[match.start : match.type_start]
        own_close = answer[match.num_end : match.close_end]
        trailing = answer[match.close_end : match.end]  # the genitive ending as written
        lone_apostrophe = match.suffix in _APOSTROPHES  # usually the text's own (a closing quote)
        for open_is_text in (not match.closed, match.closed) if match.opened else (False,):
            for close_is_text in (not match.opened, match.opened) if match.closed else (False,):
                before = own_open if open_is_text else ""
                if close_is_text:
                    after = own_close + trailing
                    yield _Reading(_left(left + before), _right(after + right), before, after)
                    continue
                own_left = _left(left + before) if before else left
                as_genitive = _Reading(own_left, right, before, "", match.suffix)
                if not match.suffix:
                    yield as_genitive
                    continue
                as_text = _Reading(own_left, _right(trailing + right), before, trailing)
                yield from (as_text, as_genitive) if lone_apostrophe else (as_genitive, as_text)

    def placeholder(self, match: _Match, left: str, right: str, spaced_drift: bool) -> str | None:
        """The original for a placeholder, or None to leave the text as it is."""
        entity = match.entity
        assert entity is not None
        if echoed := self._echoed(id(entity), left, right, match.suffix):  # its brackets, if any, its own
            return _with_suffix(echoed, match.suffix)
        person = entity.type == E.PERSON
        readings = self._readings(match, left, right)
        usual = next(readings)
        mention, score = self._choose(id(entity), usual, person, True)  # an echo: found at once
        reading = usual
        if mention is None or score < MIN_FIT:
            options = [(id(entity), usual), *((id(entity), other) for other in readings)]
            mention, score, _, reading = self._best(options, person)
        if mention is not None and score >= MIN_FIT:
            self._previous = mention.seq
            return reading.before + _with_suffix(mention, reading.suffix) + reading.after
        if match.weak and not spaced_drift:
            return None
        original = _form_for(entity, _salutation_before(usual.left), bool(usual.suffix))
        return usual.before + original + _genitive(original, usual.suffix) + usual.after

    def surrogate(self, match: _Match, left: str, right: str) -> str | None:
        """The original for a surrogate, or None to leave the text as it is (an ordinary word).

        Where the match has no fitting occurrence, a shorter surrogate inside it may have one
        ("Frau Vogt" found, but "Frau" was the text's and "Vogt" the replacement).
        """
        if echoed := self._echoed(match.surface, left, right, match.suffix):
            match.entity = self._entity[id(echoed)]
            return None if match.entity is None else _with_suffix(echoed, match.suffix)  # None: a literal word
        answer = self.answer
        options: list[tuple[object, _Reading]] = []
        for candidate in (match, *match.inner_surrogates):
            before, after = answer[match.start : candidate.start], answer[candidate.end : match.end]
            suffix = candidate.suffix
            as_genitive = _Reading(_left(left + before), _right(after + right), before, after, suffix)
            as_text = _Reading(as_genitive.left, _right(suffix + after + right), before, suffix + after)
            if not suffix:
                readings = [as_genitive]
            else:
                readings = [as_text, as_genitive] if suffix in _APOSTROPHES else [as_genitive, as_text]
            options += [(candidate.surface, reading) for reading in readings]
        mention, score, _, reading = self._best(options, False)
        if mention is not None and score >= MIN_FIT:
            self._previous = mention.seq
            entity = self._entity[id(mention)]
            if entity is None:  # an ordinary word of the masked text that looks like a surrogate
                return None
            match.entity = entity
            return reading.before + _with_suffix(mention, reading.suffix) + reading.after
        if match.glued:
            return None
        if match.suffix in _APOSTROPHES:  # a closing quote, most likely
            return match.default + match.suffix
        return match.default + _genitive(match.default, match.suffix)


#: An answer needs this many words (four letters or more) before its vocabulary can say that it
#: belongs to another session's texts; a short answer ("Antwort an [PERSON_1].") says nothing.
_MIN_WORDS_FOR_VERDICT = 6


def _wrong_session(
    answer: str,
    resolved: list[tuple[_Match, str, str]],
    unresolved: Sequence[str],
    restorer: _Restorer,
    known_words: Collection[int],
) -> str | None:
    """A German warning when the answer's placeholders were not issued by this session.

    Certain when the answer uses placeholders the session never issued. Otherwise a judgement: no
    placeholder stands next to a word it stood next to in the session's texts, and most words of a
    long enough answer never occurred in them (the session keeps word fingerprints, not words).
    """
    if unresolved:
        return WRONG_SESSION_UNKNOWN.format(labels=", ".join(unresolved))
    if not resolved or not known_words:
        return None
    for match, left, right in resolved:
        before, after = neighbour_words(left, right)
        assert match.entity is not None
        for mention in restorer.mentions_of(match.entity):
            known_before, known_after = neighbour_words(mention.left, mention.right)
            if (before and before == known_before) or (after and after == known_after):
                return None
    words = word_fingerprints(answer)
    if len(words) < _MIN_WORDS_FOR_VERDICT or len(words & set(known_words)) * 2 >= len(words):
        return None
    return WRONG_SESSION_CONTEXT


def restore_answer(
    answer: str,
    entities: Sequence[EntityRecord],
    literals: Sequence[Mention] = (),
    known_words: Collection[int] = (),
) -> RestoreResult:
    """Replace placeholders and surrogates in ``answer`` by the originals of ``entities``.

    ``literals`` are surrogate-like words that stood in the masked texts as ordinary words;
    ``known_words`` the word fingerprints of the session's texts (for the wrong-session warning).
    """
    unresolved: list[str] = []
    candidates = _placeholder_matches(answer, entities, unresolved) + _surrogate_matches(answer, entities)
    candidates.sort(key=lambda m: (m.start, m.kind, -(m.end - m.start)))
    chosen: list[_Match] = []
    position = 0
    for match in candidates:
        if match.start >= position:
            chosen.append(match)
            position = match.end
        elif match.kind == 2 and chosen[-1].kind == 2 and match.end <= chosen[-1].end:
            chosen[-1].inner_surrogates.append(match)
    marked = [m for m in chosen if m.kind != 0]
    found = contexts(answer, [(m.start, m.end) for m in marked], [_token(m) for m in marked])
    places = dict(zip((id(m) for m in marked), found, strict=True))
    spaced_drift = any(m.kind == 1 and m.spaced and not m.weak for m in chosen)
    restorer = _Restorer(answer, entities, literals)
    pieces: list[str] = []
    position = 0
    mentioned: set[str] = set()
    resolved: list[tuple[_Match, str, str]] = []
    for match in chosen:
        if match.start < position:
            continue
        if match.kind == 0:
            text: str | None = answer[match.start + 1 : match.end - 1]
        else:
            left, right = places[id(match)]
            if match.kind == 1:
                text = restorer.placeholder(match, left, right, spaced_drift)
                if text is not None:
                    resolved.append((match, left, right))
            else:
                text = restorer.surrogate(match, left, right)
        if text is None:
            continue
        pieces.append(answer[position : match.start])
        pieces.append(text)
        position = match.end
        if match.entity is not None and match.kind != 0:
            mentioned.add(match.entity.label)
    pieces.append(answer[position:])
    unmentioned = [
        entity.canonical
        for entity in sorted(entities, key=_label_order)
        if entity.restorable and entity.label not in mentioned
    ]
    warning = _wrong_session(answer, resolved, list(dict.fromkeys(unresolved)), restorer, known_words)
    return RestoreResult("".join(pieces), list(dict.fromkeys(unresolved)), unmentioned, warning)
