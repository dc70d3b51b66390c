"""Issue 19, point 4: the review-duty dialog lists what stays visible too, and is big enough to read."""

from __future__ import annotations

from gui_fakes import load_text
from PySide6.QtWidgets import QTableWidget

from anonymizer.entities import (
    ADDRESS,
    DATE_OF_BIRTH,
    EMAIL,
    IBAN,
    LICENSE_PLATE,
    LOCATION,
    ORGANIZATION,
    PERSON,
    PHONE,
    REFERENCE,
    TAX_ID,
)
from desktop.review import BY_CLERK, BY_POLICY, BY_SESSION, ReviewSummary, VisibleValue
from desktop.widgets.review_dialog import ReviewDutyDialog

NINE = {PERSON: 3, ADDRESS: 2, DATE_OF_BIRTH: 1, EMAIL: 1, PHONE: 2, IBAN: 1, TAX_ID: 1, LICENSE_PLATE: 1, REFERENCE: 2}
VISIBLE = (
    VisibleValue(ORGANIZATION, "Krankenversicherung Westfalen-Lippe", 2, BY_POLICY),
    VisibleValue(LOCATION, "Coesfeld", 1, BY_POLICY),
    VisibleValue(PERSON, "Jens Terhorst", 1, BY_CLERK),
    VisibleValue(PERSON, "Hoffmeister", 1, BY_SESSION),
)


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _all_rows_visible(table: QTableWidget) -> bool:
    needed = sum(table.rowHeight(row) for row in range(table.rowCount()))
    return table.viewport().height() >= needed


def test_dialog_shows_every_row_its_title_and_what_stays_visible(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDutyDialog(ReviewSummary(NINE, VISIBLE))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Text vor dem Kopieren prüfen"
    metrics = dialog.fontMetrics()
    assert dialog.width() >= metrics.horizontalAdvance(dialog.windowTitle()) + 150  # a window title is not cut
    assert dialog.width() >= 500 and dialog.height() >= 400
    assert dialog.masked_label.text() == "Wird maskiert (14 Stellen):"
    assert dialog.masked_table.rowCount() == 9
    assert _all_rows_visible(dialog.masked_table)  # all nine categories, not six of them
    assert dialog.visible_label.text() == "Bleibt sichtbar und geht so an den Chatbot (4 Werte):"
    assert _rows(dialog.visible_table) == [  # sorted by category, then value
        ["Person", "„Nie maskieren“", "Hoffmeister"],
        ["Person", "von Ihnen freigegeben", "Jens Terhorst"],
        ["Organisation", "laut Richtlinie nicht maskiert", "Krankenversicherung Westfalen-Lippe ×2"],
        ["Ort", "laut Richtlinie nicht maskiert", "Coesfeld"],
    ]
    assert _all_rows_visible(dialog.visible_table)
    assert not dialog.copy_button.isEnabled()


def test_nothing_masked_and_nothing_visible_say_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReviewDutyDialog(ReviewSummary({}, ()))
    qtbot.addWidget(dialog)
    assert "Es wurde nichts maskiert" in dialog.masked_label.text()
    assert dialog.masked_table.isHidden() and dialog.visible_table.isHidden()
    assert dialog.visible_label.text() == "Jede erkannte Fundstelle wird maskiert."


def test_the_window_hands_the_dialog_what_the_clerk_left_visible(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    terhorst = next(item for item in window.model.items if item.finding.text == "Jens Terhorst")
    window.review.toggle_finding(terhorst)
    window.manual_masks.never_mask_text("s.kortmann@example.org")
    shown: list[ReviewSummary] = []
    monkeypatch.setattr(window, "confirm_review", lambda summary: shown.append(summary) or True)
    assert window.release.copy_cleaned()
    (summary,) = shown
    assert summary.masked == {PERSON: 1, IBAN: 1}
    assert {(v.text, v.reason) for v in summary.visible} == {
        ("Coesfeld", BY_POLICY),
        ("Jens Terhorst", BY_CLERK),
        ("s.kortmann@example.org", BY_SESSION),
    }
