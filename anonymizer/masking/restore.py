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

Three steps, three modules: :mod:`anonymizer.masking.answer_scan` finds the placeholders and surrogates
in the answer, :class:`~anonymizer.masking.restorer.Restorer` chooses the original of each, and
:func:`restore_answer` here puts them together and warns when the answer belongs to another session.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection, Sequence

from anonymizer import entities as E
from anonymizer.masking.answer_scan import AnswerMatch, placeholder_matches, surrogate_matches
from anonymizer.masking.mentions import Mention, contexts, mark_for, neighbour_words
from anonymizer.masking.restorer import Restorer
from anonymizer.masking.results import RestoreResult
from anonymizer.masking.table import EntityRecord

__all__ = ["WRONG_SESSION_CONTEXT", "WRONG_SESSION_UNKNOWN", "restore_answer", "word_fingerprints"]

WRONG_SESSION_UNKNOWN = (
    "Die Antwort enthält Platzhalter, die diese Sitzung nicht vergeben hat ({labels}) – vom Chatbot "
    "erfunden, oder stammt die Antwort aus einer anderen Sitzung? Bitte das Ergebnis prüfen."
)
WRONG_SESSION_CONTEXT = (
    "Die Platzhalter der Antwort passen nicht zu den Texten dieser Sitzung. "
    "Stammt die Antwort aus einer anderen Sitzung? Bitte das Ergebnis prüfen."
)


def word_fingerprints(text: str) -> set[int]:
    """Short checksums of the words (four letters or more, casefolded) of a text.

    The session keeps these instead of the words: enough to tell whether a surrogate is a word of
    one of its texts and whether an answer talks about its texts, without keeping the texts.
    """
    return {zlib.crc32(word.encode("utf-8")) for word in re.findall(r"[^\W\d_]{4,}", text.casefold())}


def _token(match: AnswerMatch) -> str:
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


#: An answer needs this many words (four letters or more) before its vocabulary can say that it
#: belongs to another session's texts; a short answer ("Antwort an [PERSON_1].") says nothing.
_MIN_WORDS_FOR_VERDICT = 6


def _wrong_session(
    answer: str,
    resolved: list[tuple[AnswerMatch, str, str]],
    unresolved: Sequence[str],
    restorer: Restorer,
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
    candidates = placeholder_matches(answer, entities, unresolved) + surrogate_matches(answer, entities)
    candidates.sort(key=lambda m: (m.start, m.kind, -(m.end - m.start)))
    chosen: list[AnswerMatch] = []
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
    restorer = Restorer(answer, entities, literals)
    pieces: list[str] = []
    position = 0
    mentioned: set[str] = set()
    resolved: list[tuple[AnswerMatch, str, str]] = []
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
