"""Overlap resolution: masked beats shown-only, validated beats guessed, longer beats shorter."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from anonymizer.entities import ADDRESS, IBAN, LOCATION, PERSON, PHONE, TAX_ID, Finding
from anonymizer.overlaps import resolve_overlaps


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
