"""IbanRecognizer: any country, compact or grouped, check digits verified."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban

from anonymizer.detection.factory import build_engine
from anonymizer.detection.recognizers.iban import IbanRecognizer
from anonymizer.entities import IBAN


@pytest.fixture(scope="module")
def recognizer() -> IbanRecognizer:
    return IbanRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auf Ihr Konto DE44 5001 0517 5407 3249 31 erstattet", ["DE44 5001 0517 5407 3249 31"]),
        ("IBAN: DE44500105175407324931", ["DE44500105175407324931"]),
        ("IBAN DE44 5001 0517 5407 3249 31 BIC WELADED1COE", ["DE44 5001 0517 5407 3249 31"]),
        ("IBAN DE89 3704 0044 0532 0130 00 KONTO", ["DE89 3704 0044 0532 0130 00"]),
        ("niederländisches Konto NL91ABNA0417164300.", ["NL91ABNA0417164300"]),
        ("GB29 NWBK 6016 1331 9268 19", ["GB29 NWBK 6016 1331 9268 19"]),
        ("kleingeschrieben de44 5001 0517 5407 3249 31", ["de44 5001 0517 5407 3249 31"]),
        ("falsche Prüfziffer DE45 5001 0517 5407 3249 31", []),
        # a typo next to its label still identifies the account holder: kept (unvalidated), fail closed
        ("IBAN: DE45 5001 0517 5407 3249 31", ["DE45 5001 0517 5407 3249 31"]),
        ("Bankverbindung DE45500105175407324931 Sparkasse", ["DE45500105175407324931"]),
        ("IBAN DE45 5001 0517 5407 3249 31 BIC WELADED1COE", ["DE45 5001 0517 5407 3249 31"]),
        ("zu kurz DE44 5001 0517", []),
        ("Aktenzeichen DE12 3456", []),
        ("Betrag 1.234,56 €", []),
    ],
)
def test_table(recognizer: IbanRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == IBAN and text[f.start : f.end] == f.text for f in findings)


def test_engine_maps_iban_with_no_break_spaces_back() -> None:
    """NBSP inside an IBAN (copied from a PDF) is a space for matching; offsets stay original."""
    text = "Konto: DE44 5001 0517 5407 3249 31."
    (finding,) = [f for f in build_engine(with_model=False).analyze(text) if f.type == IBAN]
    assert (finding.start, finding.end) == (7, 34)
    assert finding.text == text[7:34]


def _german_iban(bban: str) -> str:
    return "DE" + iban.calc_check_digits("DE00" + bban) + bban


def _grouped(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


@given(bban=st.text(alphabet="0123456789", min_size=18, max_size=18), grouped=st.booleans())
def test_any_valid_german_iban_is_found(bban: str, grouped: bool) -> None:
    number = _german_iban(bban)
    written = _grouped(number) if grouped else number
    assert [f.text for f in IbanRecognizer().analyze(f"Konto {written}, Kontoinhaber")] == [written]


@given(
    bban=st.text(alphabet="0123456789", min_size=18, max_size=18),
    position=st.integers(4, 21),
    step=st.integers(1, 9),
)
def test_one_wrong_digit_is_rejected_bare_and_kept_unvalidated_next_to_its_label(
    bban: str, position: int, step: int
) -> None:
    number = _german_iban(bban)
    wrong = number[:position] + str((int(number[position]) + step) % 10) + number[position + 1 :]
    assert IbanRecognizer().analyze(f"Bitte {_grouped(wrong)} notieren") == []
    (finding,) = IbanRecognizer().analyze(f"IBAN: {_grouped(wrong)}")
    assert finding.text == _grouped(wrong)
    assert not finding.validated
