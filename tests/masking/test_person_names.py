"""parse_person splits a found name into salutation, given names, surname (with its particles) and genitive."""

from __future__ import annotations

import pytest

from anonymizer.detection.persons.parsing import parse_person


@pytest.mark.parametrize(
    ("text", "prefix", "given", "surname", "suffix"),
    [
        ("Frau Dr. Sabine Kortmann", ("Frau", "Dr."), ("Sabine",), "Kortmann", ""),
        ("Ursula von der Leyen", (), ("Ursula",), "von der Leyen", ""),
        ("Kees van Dussen", (), ("Kees",), "van Dussen", ""),
        ("Ahmed bin Salman", (), ("Ahmed",), "bin Salman", ""),  # particle list shared with person detection
        ("Kortmann, Sabine", (), ("Sabine",), "Kortmann", ""),
        ("Herrn Lutz'", ("Herrn",), (), "Lutz", "'"),
        # titles as person detection knows them: abbreviated with a dot, or written out
        ("Herr Dipl.-Ing. Klaus Meier", ("Herr", "Dipl.-Ing."), ("Klaus",), "Meier", ""),
        ("Prof. Dr. h.c. Anna Schmidt", ("Prof.", "Dr.", "h.c."), ("Anna",), "Schmidt", ""),
        ("Frau Doktor Kaya", ("Frau", "Doktor"), (), "Kaya", ""),
        ("Frau Mag. Eva Gruber", ("Frau", "Mag."), ("Eva",), "Gruber", ""),
        # the bare words are names
        ("Herr Phil Collins", ("Herr",), ("Phil",), "Collins", ""),
        ("Herr Ma", ("Herr",), (), "Ma", ""),
    ],
)
def test_parse_person(text: str, prefix: tuple[str, ...], given: tuple[str, ...], surname: str, suffix: str) -> None:
    name = parse_person(text)
    assert name is not None
    assert (name.prefix, name.given, name.surname, name.suffix) == (prefix, given, surname, suffix)


def test_salutation_alone_is_no_name() -> None:
    assert parse_person("Frau") is None
