"""VehicleIdRecognizer: 17-character VINs, validated by their check digit or found after their label."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.vehicle_id import VehicleIdRecognizer, vin_check_character
from anonymizer.entities import REFERENCE


@pytest.fixture(scope="module")
def recognizer() -> VehicleIdRecognizer:
    return VehicleIdRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "validated"),
    [
        # the check digit at position 9 is right: no label needed
        ("Fahrzeug: Ford Focus, WF0AXXWPXAJK71234, rot", ["WF0AXXWPXAJK71234"], True),
        ("VW Golf WVWZZZ1K00W123456", ["WVWZZZ1K00W123456"], True),
        ("1FTFW1E51PFA12345", ["1FTFW1E51PFA12345"], True),
        # European makers often put no check digit there: then only after a label
        ("FIN WVWZZZ1JZXW000001", ["WVWZZZ1JZXW000001"], False),
        ("Fahrgestellnummer: WDB2110421A123456", ["WDB2110421A123456"], False),
        ("Fahrzeug-Identifizierungsnummer VF3LBHZE5AS123456", ["VF3LBHZE5AS123456"], False),
    ],
)
def test_finds_vins(recognizer: VehicleIdRecognizer, text: str, expected: list[str], validated: bool) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == REFERENCE and f.validated is validated for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Lizenzschlüssel ABCDE12345FGHJK67",  # no label, wrong check digit
        "WDB2110421A123456",  # a plausible VIN without check digit and without label
        "FIN WVWZZZ1JZXW00000",  # 16 characters
        "FIN WVWZZZ1JZXW0000012",  # 18 characters
        "FIN WVWZZZ1JZXW00000O",  # O is never part of a VIN
        "FIN wvwzzz1jzxw000001",  # VINs are written in capitals
        "FIN ABCDEFGHJKLMNPRST",  # no digits
        "Kundennummer 12345678901234567",  # digits only
    ],
)
def test_ignores_look_alikes(recognizer: VehicleIdRecognizer, text: str) -> None:
    assert recognizer.analyze(text) == []


def test_check_character_of_a_known_vin() -> None:
    # the worked example of 49 CFR 565 (1M8GDM9A_KP042788: check digit X)
    assert vin_check_character("1M8GDM9A0KP042788") == "X"
