"""Overlap resolution: masked beats shown-only, validated beats guessed, longer beats shorter."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonymizer.detection.overlaps import outermost, resolve_overlaps
from anonymizer.entities import ADDRESS, IBAN, LOCATION, PERSON, PHONE, TAX_ID, Finding


def finding(start: int, end: int, type_: str, score: float = 0.5, validated: bool = False) -> Finding:
    return Finding(start, end, type_, "x" * (end - start), score, "test", validated)


def test_validated_wins_over_longer_guess() -> None:
    tax_id = finding(10, 21, TAX_ID, 0.95, validated=True)
    phone = finding(5, 21, PHONE, 0.6)
    assert resolve_overlaps([phone, tax_id]) == [tax_id]


def test_longer_wins_among_equals() -> None:
    street = finding(0, 15, ADDRESS, 0.6)
    part = finding(0, 11, ADDRESS, 0.7)
    assert resolve_overlaps([part, street]) == [street]


def test_masked_type_beats_shown_only_type() -> None:
    location = finding(0, 20, LOCATION, 0.9)
    address = finding(0, 15, ADDRESS, 0.6)
    masked = {ADDRESS, PERSON, IBAN}
    assert resolve_overlaps([location, address], lambda t: t in masked) == [address]


def test_disjoint_findings_all_kept_in_order() -> None:
    first, second = finding(20, 25, PERSON), finding(0, 5, PERSON)
    assert resolve_overlaps([first, second]) == [second, first]


def test_touching_spans_do_not_overlap() -> None:
    left, right = finding(0, 5, PERSON), finding(5, 9, PHONE)
    assert resolve_overlaps([left, right]) == [left, right]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.booleans(), st.integers(0, 9)), max_size=40))
def test_winners_are_disjoint_and_every_loser_collides_with_a_winner(
    spans: list[tuple[int, int, bool, int]],
) -> None:
    candidates = [finding(start, start + length, PERSON, score / 10, validated) for start, length, validated, score
                  in spans]
    winners = resolve_overlaps(candidates)
    for left, right in pairwise(winners):
        assert left.end <= right.start
    for candidate in candidates:
        assert candidate in winners or any(candidate.overlaps(winner) for winner in winners)


def found(text: str, part: str, type_: str, score: float = 0.6, validated: bool = False) -> Finding:
    """A finding of ``part`` at its first occurrence in ``text``."""
    start = text.index(part)
    return Finding(start, start + len(part), type_, part, score, "test", validated)


# Issue 23, point 4: the loser of an overlap keeps what it claimed outside the winner, where that rest is
# still a sensible finding of its type.
@pytest.mark.parametrize(
    ("text", "winner", "loser", "loser_type", "expected_rest"),
    [
        # a person span that ran into a validated IBAN keeps the name
        (
            "Frau Sabine Kortmann, IBAN DE44 5001 0517 5407 3249 31",
            "DE44 5001 0517 5407 3249 31",
            "Sabine Kortmann, IBAN DE44",
            PERSON,
            "Sabine Kortmann, IBAN",
        ),
        ("Herrn Paul Berg 0171 2345678", "0171 2345678", "Paul Berg 0171", PERSON, "Paul Berg"),
        ("Gartenweg 3, 48653 Coesfeld", "48653 Coesfeld", "Gartenweg 3, 48653", ADDRESS, "Gartenweg 3"),
        # a cut inside a word leaves no piece of that word
        ("Anna Meierstraße 5", "Meierstraße 5", "Anna Meier", PERSON, "Anna"),
        # pieces of numbers and too short rests are no findings
        ("Tel. 02541 28365461076", "28365461076", "02541 28365461076", PHONE, None),
        (
            "Dr. Kö, IBAN DE44 5001 0517 5407 3249 31",
            "DE44 5001 0517 5407 3249 31",
            "Kö, IBAN DE44 5001",
            PERSON,
            "Kö, IBAN",
        ),
        ("A 0171 2345678", "0171 2345678", "A 0171", PERSON, None),
    ],
)
def test_loser_is_trimmed_to_its_rest(
    text: str, winner: str, loser: str, loser_type: str, expected_rest: str | None
) -> None:
    strong = found(text, winner, IBAN if winner.startswith("DE") else PHONE, 0.95, validated=True)
    weak = found(text, loser, loser_type, 0.6)
    result = resolve_overlaps([weak, strong])
    rests = [f for f in result if f is not strong and f != strong]
    assert strong in result
    assert [f.text for f in rests] == ([expected_rest] if expected_rest else [])
    for finding in result:
        assert text[finding.start : finding.end] == finding.text


def test_trimmed_rest_competes_with_its_own_length() -> None:
    """A trimmed rest does not keep the priority of the long span it came from."""
    text = "Sabine Kortmann Gartenweg 3"
    winner = found(text, "Kortmann Gartenweg 3", ADDRESS, 0.9)
    loser = found(text, "Sabine Kortmann", PERSON, 0.8)
    other = Finding(0, 6, LOCATION, "Sabine", 0.99, "test")
    result = resolve_overlaps([loser, winner, other])
    assert [(f.type, f.text) for f in result] == [(LOCATION, "Sabine"), (ADDRESS, "Kortmann Gartenweg 3")]


# Issue 18, point 4: a span never takes an unbalanced bracket or quote.
@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("(0171 2345678", "0171 2345678"),
        ("0171 2345678)", "0171 2345678"),
        ("(0171) 2345678", "(0171) 2345678"),
        ("+43 (662) 80-44-1234", "+43 (662) 80-44-1234"),
        ("06108 Halle (Saale)", "06108 Halle (Saale)"),
        ("((0251) 123456", "(0251) 123456"),
        ("„Meier", "Meier"),
        ("Meier“", "Meier"),
        ("„Meier“", "„Meier“"),
        ("»Meier«", "»Meier«"),
        ('"Meier', "Meier"),
        ("Meier'", "Meier"),
        ("Up'n Hook 8", "Up'n Hook 8"),
        ("[Meier", "Meier"),
        ("<p.meier@example.de", "p.meier@example.de"),
        (" (Meier) ", "(Meier)"),
        ("(", None),
        ("()", "()"),
    ],
)
def test_unbalanced_brackets_and_quotes_leave_the_span(span: str, expected: str | None) -> None:
    text = f"xx {span} yy"
    candidate = found(text, span, PERSON)
    result = resolve_overlaps([candidate])
    if expected is None:
        assert result == []
        return
    (finding,) = result
    assert finding.text == expected
    assert text[finding.start : finding.end] == expected


def test_outermost_drops_nested_spans_and_keeps_partial_overlaps() -> None:
    outer, inner, same = finding(0, 15, ADDRESS), finding(4, 15, ADDRESS), finding(0, 15, ADDRESS, 0.9)
    partly, later = finding(10, 20, ADDRESS), finding(25, 30, ADDRESS)
    assert outermost([later, inner, partly, outer, same]) == [outer, partly, later]
