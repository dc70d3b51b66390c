"""Every rule recognizer scans in linear time: a long run of one special character is no attack.

The e-mail pattern used to rescan a run of ``= * / & #`` from every position (100,000 "&" took three
minutes). The bound is generous on purpose — one second for 100,000 characters is about ten times
what each recognizer needs on a loaded machine; a quadratic pattern needs minutes.
"""

from __future__ import annotations

import base64
import random
import time

import pytest

from anonymizer.detection.base import Recognizer
from anonymizer.detection.recognizers.credit_card import CreditCardRecognizer
from anonymizer.detection.recognizers.email import EmailRecognizer
from anonymizer.detection.recognizers.registry import RULE_RECOGNIZERS

RUN = 100_000
SPECIAL_CHARACTERS = "=*/&#.-_+@!?%$'\"()[]{}<>|\\~^`:;,§€ \n\t0aA"
BOUND_SECONDS = 1.0


@pytest.fixture(scope="module")
def recognizers() -> list[Recognizer]:
    return [factory() for factory in RULE_RECOGNIZERS]


def _slow(recognizers: list[Recognizer], text: str) -> list[tuple[str, float]]:
    slow = []
    for recognizer in recognizers:
        started = time.perf_counter()
        recognizer.analyze(text)
        elapsed = time.perf_counter() - started
        if elapsed >= BOUND_SECONDS:
            slow.append((type(recognizer).__name__, round(elapsed, 2)))
    return slow


@pytest.mark.parametrize("character", list(SPECIAL_CHARACTERS), ids=[f"U+{ord(c):04X}" for c in SPECIAL_CHARACTERS])
def test_a_long_run_of_one_character_is_scanned_quickly(recognizers: list[Recognizer], character: str) -> None:
    assert _slow(recognizers, character * RUN) == []


def test_base64_on_one_line_is_scanned_quickly(recognizers: list[Recognizer]) -> None:
    line = base64.b64encode(random.Random(23).randbytes(225_000)).decode("ascii")  # 300,000 characters
    assert _slow(recognizers, line) == []


@pytest.mark.parametrize(
    "text",
    [
        "&" * RUN + "r.eling@posteo.de",
        "x@" * (RUN // 2),
        "a." * (RUN // 2) + "@posteo.de",
        "r.eling@" + "a-" * (RUN // 2),
        "r.eling (at) " + "posteo [dot] " * (RUN // 13),
    ],
    ids=["ampersands-then-address", "at-signs", "dotted-local-part", "long-domain", "obfuscated"],
)
def test_e_mail_pattern_is_linear_around_the_at_sign(text: str) -> None:
    assert _slow([EmailRecognizer()], text) == []


def test_bounded_repetitions_still_find_addresses_next_to_long_runs() -> None:
    text = "=" * 1000 + " Kontakt: r.eling@posteo.de " + "&" * 1000
    assert [finding.text for finding in EmailRecognizer().analyze(text)] == ["r.eling@posteo.de"]


def test_a_long_row_of_card_sized_numbers_is_checked_quickly() -> None:
    # Every number is a card candidate whose neighbours are looked at; copying the text before and
    # after each one took four seconds for these 1,000,000 characters, looking at the neighbours
    # alone takes a third of a second.
    text = "1234567890123 " * (10 * RUN // 14)
    started = time.perf_counter()
    assert CreditCardRecognizer().analyze(text) == []
    assert time.perf_counter() - started < 2 * BOUND_SECONDS
