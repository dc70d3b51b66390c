"""The letter/record structure pass (anonymizer.detection.layout): fields, address blocks, table columns, chat senders.

Positions only — what a value means is for the recognizers — so these tables check offsets and roles,
positive and negative, on invented letters and exports.
"""

from __future__ import annotations

import pytest

from anonymizer.detection.layout import (
    address_blocks,
    chat_senders,
    column_cells,
    fields,
    lines_after_recipient,
    split_lines,
)

FIELDS = [
    ("Pat.: Brömmel, Annegret\n", [("pat.", "Brömmel, Annegret")]),
    ("PATIENTIN: ROSWITHA KLEINEHEISMANN", [("patientin", "ROSWITHA KLEINEHEISMANN")]),
    ("Name: Kortmann, Vorname: Sabine", [("name", "Kortmann"), ("vorname", "Sabine")]),
    ("dikt. Arzt: OA Dr. Ewers\nBefund: o. B.", [("dikt. arzt", "OA Dr. Ewers"), ("befund", "o. B.")]),
    ("Absender:\nTjarda Lübbering", [("absender", "")]),
    ("Nr.\tName: Terwey\tKlasse: 3b", [("name", "Terwey"), ("klasse", "3b")]),
]
NOT_FIELDS = [
    "Er sagte gestern am Telefon zu mir: Das geht so nicht.",  # a sentence, not a label
    "Termin um 09:14 Uhr",  # a time
    "Siehe https://www.kreis-coesfeld.de/wohngeld",  # a URL
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_fields_give_label_and_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.key, f.value(text)) for f in fields(text)] == expected


@pytest.mark.parametrize("text", NOT_FIELDS)
def test_sentences_times_and_urls_are_no_fields(text: str) -> None:
    assert fields(text) == []


ADDRESS_BLOCKS = [
    (
        "Herrn\nDr. Wendelin Overbeck\nFacharzt für Orthopädie\nMünsterstr. 22 b\n48653 Coesfeld",
        ("Herrn", "Dr. Wendelin Overbeck", "Münsterstr. 22 b", "48653 Coesfeld"),
    ),
    (
        "Absender:\nKarl-Heinz Osterloh\nMöllenweg 17\n48653 Coesfeld",
        (None, "Absender:", "Möllenweg 17", "48653 Coesfeld"),
    ),
    ("Eheleute\nKonrad und Hedwig Schürmann\nAm Wall 3\nA-5020 Salzburg", ("Eheleute", None, None, None)),
    ("Frau\nGesine Rottmann\nPostfach 12 34\nCH-3011 Bern", ("Frau", "Gesine Rottmann", "Postfach 12 34", None)),
]


@pytest.mark.parametrize(("text", "roles"), ADDRESS_BLOCKS)
def test_address_block_roles(text: str, roles: tuple[str | None, ...]) -> None:
    (block,) = address_blocks(text)
    recipient, name, street, postcode = roles
    assert (block.recipient.text if block.recipient else None) == recipient
    if name is not None:
        assert block.name is not None and block.name.text == name
    if street is not None:
        assert block.street is not None and block.street.text == street
    if postcode is not None:
        assert block.postcode.text == postcode


def test_a_line_of_only_a_salutation_announces_the_next_line() -> None:
    text = "Herrn\nDr. Ansgar Tiemeyer\n\nSehr geehrter Herr Tiemeyer,\nFrau und Herrn\nEva und Ole Brink"
    after = [line.text for line in lines_after_recipient(split_lines(text))]
    assert after == ["Dr. Ansgar Tiemeyer", "Eva und Ole Brink"]


def test_text_without_a_postcode_line_has_no_address_block() -> None:
    assert address_blocks("Herrn Krause\nbitte rufen Sie zurück.\nDanke") == []


def test_column_cells_under_a_matching_header() -> None:
    text = "Nachname;Vorname;Gruppe\nTerwey;Ole;Igel\n\nOrt;Datum\nCoesfeld;01.02.2025"
    cells = [text[s:e] for s, e in column_cells(text, lambda cell: cell.strip() in {"Nachname", "Vorname"})]
    assert cells == ["Terwey", "Ole"]


CHATS = [
    ("[12.03.25, 09:14:02] Rieke Tenbrink: Hallo zusammen", ["Rieke Tenbrink"]),
    ("[09:14] Tante Hanne (Hanne): ok danke", ["Tante Hanne (Hanne)"]),
    ("12.03.25, 18:04 - Dilara: komme später\n12.03.25, 18:05 - Papa: gut", ["Dilara", "Papa"]),
    ("[3/12/25, 9:14 PM] Olena: thanks", ["Olena"]),
    ("Betreff: Termin am 12.03.\nUhrzeit: 09:14", []),
]


@pytest.mark.parametrize(("text", "senders"), CHATS)
def test_chat_sender_labels(text: str, senders: list[str]) -> None:
    assert [text[s:e] for s, e in chat_senders(text)] == senders
