"""The review decisions (no Qt): unmask, force, manual terms, always/never — positive and negative cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from anonymizer.entities import IBAN, LOCATION, PERSON, REFERENCE, Finding
from anonymizer.policy import load_default_policy
from desktop.review import ReviewError, ReviewState

POLICY = load_default_policy()
TEXT = "Frau Kortmann aus Coesfeld, Rathaus Coesfeld, Rat der Stadt, IBAN DE44500105175407324931."


def _finding(text: str, entity_type: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Finding(start, start + len(text), entity_type, text, 0.9, "fake")


DETECTED = [
    _finding("Kortmann", PERSON),
    _finding("Coesfeld", LOCATION),
    _finding("Coesfeld", LOCATION, 1),
    _finding("DE44500105175407324931", IBAN),
]


def _masked(state: ReviewState, policy=POLICY) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.finding.text for item in state.reviewed(TEXT, DETECTED, policy) if item.masked]


@pytest.mark.parametrize(
    ("action", "masked"),
    [
        (lambda s: None, ["Kortmann", "DE44500105175407324931"]),
        (lambda s: s.mask_term("Rat", REFERENCE), ["Kortmann", "Rat", "DE44500105175407324931"]),  # not "Rathaus"
        (
            lambda s: s.mask_term("rathaus coesfeld", REFERENCE),
            ["Kortmann", "Rathaus Coesfeld", "DE44500105175407324931"],
        ),
        (lambda s: s.never_mask("KORTMANN"), ["DE44500105175407324931"]),
        (lambda s: s.mask_term("Stadt", PERSON, always=True), ["Kortmann", "Stadt", "DE44500105175407324931"]),
        (lambda s: s.mask_term("Hamburg", PERSON), ["Kortmann", "DE44500105175407324931"]),  # not in the text
    ],
)
def test_review_actions(action, masked: list[str]) -> None:  # type: ignore[no-untyped-def]
    state = ReviewState()
    action(state)
    assert _masked(state) == masked


def test_toggle_unmasks_a_value_everywhere_and_forces_a_shown_type() -> None:
    state = ReviewState()
    items = state.reviewed(TEXT, DETECTED, POLICY)
    assert state.toggle(items[0], POLICY) is False  # Kortmann stays visible
    place = next(item for item in items if item.finding.type == LOCATION)
    assert state.toggle(place, POLICY) is True  # both "Coesfeld" get masked
    assert _masked(state) == ["Coesfeld", "Coesfeld", "DE44500105175407324931"]


def test_manual_mask_wins_over_an_overlapping_finding() -> None:
    state = ReviewState()
    state.mask_term("Frau Kortmann", PERSON)
    items = state.reviewed(TEXT, DETECTED, POLICY)
    assert [(i.finding.text, i.manual) for i in items if i.finding.type == PERSON] == [("Frau Kortmann", True)]


def test_new_text_keeps_session_decisions_only() -> None:
    state = ReviewState()
    state.mask_term("Rat", REFERENCE)
    state.mask_term("Stadt", REFERENCE, always=True)
    state.never_mask("Kortmann")
    state.new_text()
    assert _masked(state) == ["Stadt", "DE44500105175407324931"]


@pytest.mark.parametrize("action", [lambda s, i: s.toggle(i, POLICY), lambda s, i: s.never_mask("Kortmann")])
def test_policy_without_unmask_refuses(action) -> None:  # type: ignore[no-untyped-def]
    policy = replace(POLICY, allow_unmask=False)
    state = ReviewState(allow_unmask=False)
    item = state.reviewed(TEXT, DETECTED, policy)[0]
    with pytest.raises(ReviewError):
        action(state, item)
    assert "Kortmann" in _masked(state, policy)


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_empty_selection_is_refused(blank: str) -> None:
    with pytest.raises(ReviewError):
        ReviewState().mask_term(blank, PERSON)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ((0, 0, 6), ["Kortmann", "DE44500105175407324931"]),  # typed before: both move
        ((len(TEXT), 0, 3), ["Kortmann", "DE44500105175407324931"]),  # typed after: nothing moves
        ((TEXT.index("Kortmann") + 2, 1, 0), ["DE44500105175407324931"]),  # edited inside: dropped until re-detection
    ],
)
def test_shift_findings_follows_edits(edit: tuple[int, int, int], expected: list[str]) -> None:
    from desktop.review import shift_findings

    position, removed, added = edit
    new_text = TEXT[:position] + "x" * added + TEXT[position + removed :]
    detected = [DETECTED[0], DETECTED[3]]
    moved = shift_findings(detected, new_text, position, removed, added)
    assert [new_text[f.start : f.end] for f in moved] == expected
    assert [f.text for f in moved] == expected


def test_clipboard_guard_keeps_what_the_clerk_copied_elsewhere(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from desktop.clipboard import ClipboardGuard

    guard = ClipboardGuard()
    guard.copy("[PERSON_1] schreibt", clear_after_seconds=1)
    QGuiApplication.clipboard().setText("etwas anderes")
    with qtbot.assertNotEmitted(guard.cleared):
        guard._timer.timeout.emit()  # the timeout fires: the foreign content must survive
    assert QGuiApplication.clipboard().text() == "etwas anderes"
