"""LicensePlateRecognizer: German plates with a real district code, context for loose forms."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.license_plate import LicensePlateRecognizer, district_codes
from anonymizer.entities import LICENSE_PLATE


@pytest.fixture(scope="module")
def recognizer() -> LicensePlateRecognizer:
    return LicensePlateRecognizer()


def found(recognizer: LicensePlateRecognizer, text: str) -> list[str]:
    return [f.text for f in recognizer.analyze(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Fahrzeug mit dem Kennzeichen COE-MP 311 wurde abgemeldet.", ["COE-MP 311"]),
        ("Halter des MS XY 4567 ist unbekannt.", ["MS XY 4567"]),
        ("Der Wagen MS-XY 4567 parkte dort.", ["MS-XY 4567"]),
        ("Kennzeichen B-A 1", ["B-A 1"]),
        ("Elektroauto COE-AB 123E", ["COE-AB 123E"]),
        ("Oldtimer mit H-Kennzeichen LH-XY 99H.", ["LH-XY 99H"]),
        ("Zulassung für STL AB 12 beantragt", ["STL AB 12"]),
        ("Das Auto (LÜN-K 7) stand im Halteverbot.", ["LÜN-K 7"]),
        ("amtliches Kennzeichen: COE-AB123", ["COE-AB123"]),
        ("Kfz-Kennzeichen COE AB-123", ["COE AB-123"]),
        ("zwei Fahrzeuge: MS-AB 12 und COE-CD 345", ["MS-AB 12", "COE-CD 345"]),
        ("Kennzeichen DIN-A 4 (Kreis Wesel)", ["DIN-A 4"]),
        ("Halter des DIN AB 12", ["DIN AB 12"]),
        ("Kennzeichen B-IV 12", ["B-IV 12"]),
        ("hab das kennzeichen: coe-mp 311", ["coe-mp 311"]),
        # issue 17 point 7 and Presidio's DeKfzRecognizer table: nine characters, hyphen-hyphen, e-plate
        ("Halter des BOR AB 1234 ist bekannt", ["BOR AB 1234"]),
        ("COE-XY 4567 (neun Zeichen, ein Tippfehler oder ein Beispiel)", ["COE-XY 4567"]),
        ("MIL EF 1234E", ["MIL EF 1234E"]),
        ("B-AB-1234", ["B-AB-1234"]),
        ("Kennzeichen: HH-AB-1234.", ["HH-AB-1234"]),
        ("Elektroauto MS-E 12 E", ["MS-E 12 E"]),
        ("Kennzeichen b ab 1234", ["b ab 1234"]),
        ("Kennzeichen FB-IT-2024", ["FB-IT-2024"]),
        ("Verwarnung für COE-AB 12 Ende März", ["COE-AB 12"]),  # "Ende" is no E suffix
    ],
)
def test_finds_plates(recognizer: LicensePlateRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == LICENSE_PLATE for f in findings)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    "text",
    [
        "Bitte im Format DIN A4 einreichen.",
        "Bitte auf Papier DIN A 4 drucken.",
        "ISBN 3-12-345678-9",
        "Der CO2-Ausstoß sinkt.",
        "Die Summe AB 123 ist offen.",
        "Leistungen nach SGB II 12 Monate lang",
        "Az. VG 123/25",
        "XYZ-AB 123",  # no such district
        "ABC-DE 1234",  # no such district
        "COE-AB123",  # run-together form without context
        "Artikel COEAB123",
        "COE-ABC 123",  # three letters after the code
        "COE-AB 12345",  # five digits
        "COE-AB 0123",  # digits never start with 0
        "Raum B-A 1.14",
        "siehe coe-mp 311",  # lower case without context
        "das kennzeichen xy-ab 12",  # no such district
        "nach DIN EN 872 (Ausgabe April 2005)",
        "DIN EN 12 566-6",
        "die BSB 5 -Fracht im Zulauf der Anlage nach Zulassung",
        "BAG, Urteil - 2 AZR 475/01 - zu B I 3 b der Gründe",
        "Bundesministerium der Verteidigung - R II 2 - Az.",
        "(ABl. EG L 175, S. 43)",
        "b ab 1234",  # lower case needs a context word
        "das gilt es ab 2024 für alle",  # ES is a district code
        "so ab 100 Euro",  # SO too
        "Az. FB-IT-2024",  # hyphen-hyphen with a year: a file reference
        "nach DIN-EN-1090 zertifiziert",
    ],
)
def test_ignores_look_alikes(recognizer: LicensePlateRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


def test_context_raises_score(recognizer: LicensePlateRecognizer) -> None:
    bare = recognizer.analyze("MS XY 4567")[0]
    with_context = recognizer.analyze("Kennzeichen MS XY 4567")[0]
    assert with_context.score > bare.score


@pytest.mark.parametrize(
    ("code", "present"),
    [
        ("COE", True),
        ("LH", True),
        ("STL", True),
        ("B", True),
        ("LÜN", True),
        ("BOR", True),
        ("XYZ", False),
        ("Q", False),
    ],
)
def test_district_code_list(code: str, present: bool) -> None:
    codes = district_codes()
    assert len(codes) > 600
    assert (code in codes) is present
