"""CommercialRegisterRecognizer: HRA/HRB on their own, VR/PR/GnR/GsR next to a register word."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.commercial_register import CommercialRegisterRecognizer
from anonymizer.entities import COMMERCIAL_REGISTER


@pytest.fixture(scope="module")
def recognizer() -> CommercialRegisterRecognizer:
    return CommercialRegisterRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amtsgericht Coesfeld HRB 4711", ["HRB 4711"]),
        ("Malerbetrieb Kortmann e.K., HRA 1234", ["HRA 1234"]),
        ("Registergericht: Amtsgericht Charlottenburg, HRB 12345 B", ["HRB 12345 B"]),
        ("HR B 9876 und HRB-Nr. 55", ["HR B 9876", "HRB-Nr. 55"]),
        ("eingetragen unter HRB Nr. 55", ["HRB Nr. 55"]),
        ("hrb 12345", ["hrb 12345"]),
        ("HRB123456", ["HRB123456"]),
        ("Vereinsregister des Amtsgerichts Coesfeld, VR 1234", ["VR 1234"]),
        ("Amtsgericht Essen PR 567", ["PR 567"]),
        ("Genossenschaftsregister GnR 89", ["GnR 89"]),
        ("HRB 1234567", []),
        ("HRC 12345", []),
        ("HR 12345", []),
        ("Die VR 360-Brille und PR 7/2024", []),
        ("Mitglied im VR 1234-Verband", []),
    ],
)
def test_table(recognizer: CommercialRegisterRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == COMMERCIAL_REGISTER and text[f.start : f.end] == f.text for f in findings)
