"""Which original a placeholder or surrogate of a chatbot answer gets back: restore by mention.

Where the surroundings of a match are those of an occurrence in the session's masked texts, exactly the
text that occurrence replaced comes back ("Frau [PERSON_1]" → "Frau Lindner", "[PERSON_1] Immobilien" →
"Lindner Immobilien", a drifted "(LICENSE_PLATE 1)" keeps its brackets). Elsewhere the form that suits
the new context is chosen (the surname after "Frau"/"Herr"/"Dr.", the full name otherwise).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from anonymizer import entities as E
from anonymizer.detection.persons.parsing import SALUTATION_BEFORE
from anonymizer.masking.answer_scan import CODE_TYPES, AnswerMatch, surface_key
from anonymizer.masking.mentions import CONTEXT, MIN_FIT, Mention, best_mention, fit
from anonymizer.masking.table import EntityRecord

_SPACES = re.compile(r"\s+")
_APOSTROPHES = frozenset("'’")


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


class Restorer:
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
            pool.append(self._next_after(key, same, previous) or same[0])
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
        chosen = self._next_after(key, same, self._previous) or same[0]
        if self._following(owner, self._previous) is not chosen:
            return None
        self._previous = chosen.seq
        return chosen

    def _following(self, owner: object, previous: int) -> Mention | None:
        """The occurrence of ``owner`` masked next after the one with ``seq`` ``previous``."""
        return self._next_after(owner, self._by_owner[owner], previous)

    def _next_after(self, key: object, mentions: Sequence[Mention], previous: int) -> Mention | None:
        """The first of ``mentions`` (in masking order) masked after the one with ``seq`` ``previous``,
        or None; their seqs are kept under ``key`` for the next call."""
        if key not in self._seqs:
            self._seqs[key] = [mention.seq for mention in mentions]
        index = bisect.bisect_right(self._seqs[key], previous)
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

    def _readings(self, match: AnswerMatch, left: str, right: str) -> Iterator[_Reading]:
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

    def placeholder(self, match: AnswerMatch, left: str, right: str, spaced_drift: bool) -> str | None:
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

    def surrogate(self, match: AnswerMatch, left: str, right: str) -> str | None:
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
