"""Issue 19, point 5: names are never cut off — in the findings list or in the margin, also at 1024×700."""

from __future__ import annotations

import pytest
from gui_fakes import SAMPLE, load_text
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidgetItem

from anonymizer.entities import ALL_TYPES, EMAIL, PERSON
from desktop import categories
from desktop.widgets.findings_list import FindingsList, wrapped_height

FAMILY = ("Martina Hoffmeister", "Martin Hoffmeister", "Marta Hoffmeister-Kleinschmidt")
LETTER = SAMPLE + "Familie: " + ", ".join(FAMILY) + "; Martina Hoffmeister schreibt.\n"


def _needed_height(findings: FindingsList, row: QTreeWidgetItem) -> int:
    """Height the row's text needs when wrapped into the text area Qt's style gives it."""
    option = QStyleOptionViewItem()
    findings.itemDelegate().initStyleOption(option, findings.row_index(row))  # type: ignore[attr-defined]
    option.rect = findings.visualItemRect(row)
    text_rect = findings.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, findings)
    return wrapped_height(row.text(0), option.font, text_rect.width() - 4)


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_every_name_in_the_list_is_shown_whole(qtbot, window, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    load_text(qtbot, window, LETTER)
    for name in FAMILY:
        window.manual_masks.mask_text(name, PERSON)
    third = size[0] // 6  # a narrow list, as at 1024 px or after dragging the splitter
    window.review_page.splitter.setSizes([size[0] - 3 * third, third, 2 * third])
    qtbot.wait(50)  # the delayed item layout after the resize
    findings = window.findings
    rows = dict(findings.findings_rows())
    assert set(FAMILY) <= set(rows["Person (6)"])
    for name in (*FAMILY, "s.kortmann@example.org"):
        row = findings.value_row(EMAIL if "@" in name else PERSON, name)
        assert row is not None
        rect = findings.visualItemRect(row)
        assert rect.height() >= _needed_height(findings, row), name  # wrapped, not shortened
    counted = findings.value_row(PERSON, "Martina Hoffmeister")
    assert counted is not None and counted.text(1) == "×2"  # the count has its own column
    assert findings.header().sectionSize(1) >= findings.fontMetrics().horizontalAdvance("×2")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_margin_label_fits_the_margin(qtbot, window, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    try:
        metrics = QFontMetrics(window.editor.chip_font())
        room = window.editor.margin_width() - 4
        for entity_type in ALL_TYPES:
            visible = f"({categories.short_label(entity_type)})"
            assert metrics.horizontalAdvance(visible) + 8 <= room, visible
    finally:
        window.set_language("de")


def test_margin_chips_are_not_shortened_and_name_their_finding(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    load_text(qtbot, window, "Versichertennummer von Sabine Kortmann\n")
    window.manual_masks.mask_text("Versichertennummer", "HEALTH_INSURANCE")
    metrics = QFontMetrics(window.editor.chip_font())
    chips = window.editor.chips()
    assert [chip.text for chip in chips] == ["KV-Nr.", "Person"]
    for chip in chips:
        assert metrics.horizontalAdvance(chip.text) + 4 <= chip.rect.width()
        assert chip.rect.height() >= metrics.height() - 2  # and not cut at the top or bottom
    assert window.editor.describe_chip(chips[0]) == (
        "Krankenversichertennummer „Versichertennummer“ – wird maskiert. Klicken: sichtbar lassen"
    )
