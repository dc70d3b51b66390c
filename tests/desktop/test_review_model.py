"""The plain-Python review model behind issue 19's points 3 and 4: undo/redo, categories, summary, F3, search."""

from __future__ import annotations

import pytest

from anonymizer.entities import IBAN, LOCATION, PERSON, REFERENCE, Finding
from anonymizer.policy import load_default_policy
from desktop.review import (
    BY_CLERK,
    BY_POLICY,
    BY_SESSION,
    ReviewedFinding,
    ReviewHistory,
    ReviewState,
    neighbour,
    summarize,
    term_pattern,
)

POLICY = load_default_policy()
TEXT = "Frau Kortmann aus Coesfeld, Herr Terhorst aus Dülmen, Kortmann zahlt an DE44500105175407324931."


def _finding(text: str, entity_type: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Finding(start, start + len(text), entity_type, text, 0.9, "fake")


DETECTED = [
    _finding("Kortmann", PERSON),
    _finding("Coesfeld", LOCATION),
    _finding("Terhorst", PERSON),
    _finding("Dülmen", LOCATION),
    _finding("Kortmann", PERSON, 1),
    _finding("DE44500105175407324931", IBAN),
]


def _masked(state: ReviewState) -> list[str]:
    return [item.finding.text for item in state.reviewed(TEXT, DETECTED, POLICY) if item.masked]


def _decide(state: ReviewState, history: ReviewHistory, text: str, label: str, decision) -> None:  # type: ignore[no-untyped-def]
    before = state.snapshot()
    decision()
    history.record(before, state.snapshot(), text, label)


def test_undo_and_redo_walk_back_and_forth_through_decisions() -> None:
    state, history = ReviewState(), ReviewHistory()
    items = state.reviewed(TEXT, DETECTED, POLICY)
    _decide(state, history, TEXT, "Kortmann", lambda: state.toggle(items[0], POLICY))
    _decide(state, history, TEXT, "Stadt", lambda: state.mask_term("Frau", REFERENCE))
    assert _masked(state) == ["Frau", "Terhorst", "DE44500105175407324931"]
    assert history.undo(state, TEXT) == "Stadt"
    assert _masked(state) == ["Terhorst", "DE44500105175407324931"]
    assert history.undo(state, TEXT) == "Kortmann"
    assert _masked(state) == ["Kortmann", "Terhorst", "Kortmann", "DE44500105175407324931"]
    assert history.undo(state, TEXT) is None  # nothing left
    assert history.redo(state, TEXT) == "Kortmann"
    assert _masked(state) == ["Terhorst", "DE44500105175407324931"]
    # a new decision drops what could have been redone
    _decide(state, history, TEXT, "Terhorst", lambda: state.never_mask("Terhorst"))
    assert history.redo_label(TEXT) is None


def test_undo_applies_only_to_the_text_the_decision_was_taken_on() -> None:
    state, history = ReviewState(), ReviewHistory()
    items = state.reviewed(TEXT, DETECTED, POLICY)
    _decide(state, history, TEXT, "Kortmann", lambda: state.toggle(items[0], POLICY))
    edited = TEXT + " Neu."
    assert history.undo_label(edited) is None  # typed since: Ctrl+Z undoes the typing first
    assert history.undo(state, edited) is None
    assert history.undo_label(TEXT) == "Kortmann"  # once the typing is undone, the decision is next


def test_a_decision_that_changes_nothing_is_no_undo_step() -> None:
    state, history = ReviewState(), ReviewHistory()
    _decide(state, history, TEXT, "nichts", lambda: state.set_category(PERSON, True, [], POLICY))
    assert history.undo_label(TEXT) is None


@pytest.mark.parametrize(
    ("entity_type", "masked", "expected"),
    [
        (PERSON, False, ["DE44500105175407324931"]),
        (LOCATION, True, ["Kortmann", "Coesfeld", "Terhorst", "Dülmen", "Kortmann", "DE44500105175407324931"]),
        (IBAN, True, ["Kortmann", "Terhorst", "Kortmann", "DE44500105175407324931"]),  # already masked: no change
    ],
)
def test_a_whole_category_is_masked_or_unmasked(entity_type: str, masked: bool, expected: list[str]) -> None:
    state = ReviewState()
    state.set_category(entity_type, masked, state.reviewed(TEXT, DETECTED, POLICY), POLICY)
    assert _masked(state) == expected


def test_summary_lists_what_stays_visible_and_why() -> None:
    state = ReviewState()
    items = state.reviewed(TEXT, DETECTED, POLICY)
    state.toggle(items[2], POLICY)  # Terhorst: the clerk unmasks him
    state.never_mask("Dülmen")
    items = state.reviewed(TEXT, DETECTED, POLICY)
    summary = summarize(items, {PERSON: 2, IBAN: 1, LOCATION: 0}, state, POLICY)
    assert summary.masked == {PERSON: 2, IBAN: 1}
    assert summary.total_masked == 3
    visible = {(value.type, value.text, value.count, value.reason) for value in summary.visible}
    assert visible == {
        (LOCATION, "Coesfeld", 1, BY_POLICY),
        (PERSON, "Terhorst", 1, BY_CLERK),
        (LOCATION, "Dülmen", 1, BY_SESSION),
    }


@pytest.mark.parametrize(
    ("selection", "forward", "expected"),
    [
        ((0, 0), True, "Kortmann"),  # cursor at the start: the first finding
        ((5, 13), True, "Coesfeld"),  # "Kortmann" selected: the one after it
        ((5, 13), False, "DE44500105175407324931"),  # before the first: wraps to the last
        ((len(TEXT), len(TEXT)), True, "Kortmann"),  # after the last: wraps to the first
        ((TEXT.index("Terhorst"), TEXT.index("Terhorst")), False, "Coesfeld"),
    ],
)
def test_neighbour_is_the_next_or_previous_finding(selection: tuple[int, int], forward: bool, expected: str) -> None:
    items = [ReviewedFinding(f, True) for f in DETECTED]
    found = neighbour(items, selection[0], selection[1], forward)
    assert found is not None and found.finding.text == expected
    assert neighbour([], 0, 0, True) is None


@pytest.mark.parametrize(
    ("query", "hits"),
    [("kortmann", 2), ("Kort", 0), ("aus Coesfeld", 1), ("Dülmen", 1), ("DE44", 0)],
)
def test_search_finds_whole_words_like_a_manual_mask(query: str, hits: int) -> None:
    assert len(term_pattern(query).findall(TEXT)) == hits
    state = ReviewState()
    state.mask_term(query, REFERENCE)
    manual = [item for item in state.reviewed(TEXT, [], POLICY) if item.manual]
    assert len(manual) == hits  # "alle Treffer maskieren" masks exactly the hits shown
