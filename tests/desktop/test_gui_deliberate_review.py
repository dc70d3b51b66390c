"""Issue 19, point 3: unmasking takes a deliberate act, and every review decision can be undone.

Also what clerks of redaction tools expect: search with "Alle Treffer maskieren", a whole category
at once, F3 / Shift+F3 through the findings, and a colour key.
"""

from __future__ import annotations

from gui_fakes import SAMPLE, click_chip, click_text, load_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from anonymizer.entities import EMAIL, IBAN, LOCATION, PERSON, REFERENCE
from desktop.main_window import MainWindow


def _masked(window: MainWindow) -> set[str]:
    return {item.finding.text for item in window.model.items if item.masked}


def test_a_plain_click_only_places_the_cursor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    before = _masked(window)
    for value in ("Sabine Kortmann", "DE44 5001", "Coesfeld"):
        click_text(qtbot, window, SAMPLE.index(value) + 3)
        assert window.editor.textCursor().position() in range(SAMPLE.index(value), SAMPLE.index(value) + 6)
    assert _masked(window) == before
    assert "Sabine Kortmann" not in window.preview.toPlainText()
    assert window.model.history.undo_label(SAMPLE) is None  # no decision was taken


def test_a_click_on_the_label_in_the_margin_toggles_that_finding(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    labels = [(chip.text, chip.items[0].finding.text) for chip in window.editor.chips()]
    assert labels == [
        ("Person", "Sabine Kortmann"),
        ("IBAN", "DE44 5001 0517 5407 3249 31"),
        ("(Ort)", "Coesfeld"),
        ("E-Mail", "s.kortmann@example.org"),
        ("Person", "Jens Terhorst"),
    ]
    click_chip(qtbot, window, "Sabine Kortmann")
    assert "Sabine Kortmann" in window.preview.toPlainText()
    assert window.editor.chips()[0].text == "(Person)"  # the label says "visible" now
    click_chip(qtbot, window, "Sabine Kortmann")
    assert "Sabine Kortmann" not in window.preview.toPlainText()


def test_a_crowded_line_offers_the_rest_in_a_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1600, 800)
    line = "Kortmann in Coesfeld, Kortmann, Coesfeld, Kortmann."
    load_text(qtbot, window, line)
    assert window.editor.document().firstBlock().layout().lineCount() == 1
    chips = window.editor.chips()
    assert chips[-1].text.startswith("+")  # five findings on one line do not fit the margin
    assert sum(len(chip.items) for chip in chips) == 5
    menu = window.editor.overflow_menu(chips[-1])
    entries = {action.text(): action for action in menu.actions()}
    assert "Ort: Coesfeld" in entries and not entries["Ort: Coesfeld"].isChecked()
    entries["Ort: Coesfeld"].trigger()
    assert "Coesfeld" not in window.preview.toPlainText()


def test_list_check_box_space_del_and_enter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    findings = window.findings
    row = findings.value_row(PERSON, "Jens Terhorst")
    assert row is not None and row.checkState(0) == Qt.CheckState.Checked
    row.setCheckState(0, Qt.CheckState.Unchecked)  # what a click on the check box does
    qtbot.waitUntil(lambda: "Jens Terhorst" in window.preview.toPlainText(), timeout=5_000)
    assert findings.value_row(PERSON, "Jens Terhorst").checkState(0) == Qt.CheckState.Unchecked
    # Enter goes to the finding in the text; it no longer toggles
    assert findings.select_value(IBAN, "DE44 5001 0517 5407 3249 31")
    findings.setFocus()
    qtbot.keyClick(findings, Qt.Key.Key_Return)
    assert "DE44" not in window.preview.toPlainText()
    assert window.editor.hasFocus()
    assert window.editor.textCursor().selectedText() == "DE44 5001 0517 5407 3249 31"
    # Space on a category row: the whole category
    findings.setFocus()
    findings.setCurrentItem(findings.category_row(PERSON))
    qtbot.keyClick(findings, Qt.Key.Key_Space)  # partly masked -> all masked
    assert {PERSON} <= {i.finding.type for i in window.model.items if i.masked}
    assert "Jens Terhorst" not in window.preview.toPlainText()
    findings.setCurrentItem(findings.category_row(PERSON))
    qtbot.keyClick(findings, Qt.Key.Key_Delete)
    assert "Sabine Kortmann" in window.preview.toPlainText() and "Jens Terhorst" in window.preview.toPlainText()


def test_tab_into_the_list_lands_on_a_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    assert window.findings.currentItem() is None
    window.mask_button.setFocus()
    qtbot.keyClick(window.mask_button, Qt.Key.Key_Tab)
    assert window.findings.hasFocus()
    assert window.findings.current_finding() is not None
    assert window.findings.isHeaderHidden()  # its meaning is in the label: "Fundstellen (Haken = wird maskiert)"


def test_ctrl_z_undoes_review_decisions_while_the_text_is_unchanged(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    click_chip(qtbot, window, "Sabine Kortmann")
    click_chip(qtbot, window, "Coesfeld")
    assert "Sabine Kortmann" in window.preview.toPlainText() and "Coesfeld" not in window.preview.toPlainText()
    assert window.menus.undo_action.text() == "&Rückgängig: „Coesfeld“ maskieren"
    window.editor.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, ctrl)
    assert "Coesfeld" in window.preview.toPlainText()
    assert window.editor.toPlainText() == SAMPLE  # the text itself is untouched
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert "Coesfeld" not in window.preview.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, ctrl)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, ctrl)
    assert "Sabine Kortmann" not in window.preview.toPlainText()
    assert window.menus.undo_action.text() == "&Rückgängig"


def test_typing_and_decisions_are_undone_in_the_order_they_were_made(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    click_chip(qtbot, window, "Jens Terhorst")  # decision on the text as loaded
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.setFocus()
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        qtbot.keyClicks(window.editor, "PS")  # then typing
    ctrl = Qt.KeyboardModifier.ControlModifier
    with qtbot.waitSignal(window.findings_updated, timeout=10_000):
        qtbot.keyClick(window.editor, Qt.Key.Key_Z, ctrl)  # first the typing ...
    assert window.editor.toPlainText() == SAMPLE
    assert "Jens Terhorst" in window.preview.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, ctrl)  # ... then the decision
    assert "Jens Terhorst" not in window.preview.toPlainText()
    assert window.editor.toPlainText() == SAMPLE


def test_ctrl_z_outside_the_editor_undoes_the_last_decision(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    window.findings.select_value(EMAIL, "s.kortmann@example.org")
    window.findings.setFocus()
    qtbot.keyClick(window.findings, Qt.Key.Key_Space)
    assert "s.kortmann@example.org" in window.preview.toPlainText()
    qtbot.keyClick(window.findings, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "s.kortmann@example.org" not in window.preview.toPlainText()


def test_search_and_mask_every_hit(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "Projekt Falkenhorst: Falkenhorst startet, falkenhorst endet. Falkenhorstweg bleibt."
    load_text(qtbot, window, text)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "Falkenhorst")
    assert window.find_bar.count.text() == "3 Treffer"  # whole words, any case: not "Falkenhorstweg"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectionStart() == text.index("Falkenhorst startet")
    monkeypatch.setattr(window, "choose_category", lambda query: REFERENCE)
    window.find_bar.mask_all_button.click()
    preview = window.preview.toPlainText()
    assert preview.count("[REFERENCE_1]") == 3 and "Falkenhorstweg" in preview
    assert window.status_label.text() == "3 Treffer maskiert."
    window.review.undo(False)
    assert "[REFERENCE_1]" not in window.preview.toPlainText()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_f3_walks_through_the_findings_and_the_list_follows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen = []
    for _ in range(6):
        qtbot.keyClick(window.editor, Qt.Key.Key_F3)
        seen.append(window.editor.textCursor().selectedText())
    assert seen == [
        "Sabine Kortmann",
        "DE44 5001 0517 5407 3249 31",
        "Coesfeld",
        "s.kortmann@example.org",
        "Jens Terhorst",
        "Sabine Kortmann",  # wraps around
    ]
    current = window.findings.current_finding()
    assert current is not None and current.finding.text == "Sabine Kortmann"
    qtbot.keyClick(window.editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().selectedText() == "Jens Terhorst"
    assert window.editor.toPlainText() == SAMPLE and window.model.history.undo_label(SAMPLE) is None


def test_the_colour_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    legend = window.review_page.legend
    assert "wird maskiert" in legend.text() and "bleibt sichtbar" in legend.text()
    assert all(name in legend.accessibleDescription() for name in ("Person", "IBAN", "Ort", "E-Mail"))
    for entity_type in (PERSON, IBAN, LOCATION, EMAIL):
        row = window.findings.category_row(entity_type)
        assert row is not None and not row.icon(0).isNull()  # a swatch of the highlight colour
