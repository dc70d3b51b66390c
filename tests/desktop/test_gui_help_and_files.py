"""Issue 19, points 8 and 10: help page with the guideline's structure and a colour key, .odt in the open
dialog, a German line instead of Qt's misleading abort when there is no display."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_fakes import FakeEngine
from PySide6.QtWidgets import QFileDialog

from anonymizer.entities import ALL_TYPES
from anonymizer.policy import load_default_policy
from desktop import categories
from desktop.app import display_problem
from desktop.widgets.help_page import guideline_html

GUIDELINE = (
    "Leitlinie (Kurzfassung)\n\n"
    "1. Keine personenbezogenen Daten in externe Chatbots.\n"
    "2. Prüfen Sie vor dem Kopieren, was markiert wurde.\n"
    "3. Prüfen Sie die Ergebnisse gewissenhaft.\n\n"
    "Bei Fragen:\n- Datenschutz, Tel. 1234\n- IT-Service\nZeile ohne Strich"
)


def _list_items(window) -> list[str]:  # type: ignore[no-untyped-def]
    document = window.help_page.browser.document()
    block, items = document.begin(), []
    while block.isValid():
        if block.textList() is not None:
            items.append(block.text())
        block = block.next()
    return items


def test_the_guideline_keeps_its_numbered_rules_apart(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(FakeEngine(policy=replace(load_default_policy(), guideline=GUIDELINE)))
    items = _list_items(window)
    assert items[:3] == [
        "Keine personenbezogenen Daten in externe Chatbots.",
        "Prüfen Sie vor dem Kopieren, was markiert wurde.",
        "Prüfen Sie die Ergebnisse gewissenhaft.",
    ]
    assert items[3:5] == ["Datenschutz, Tel. 1234", "IT-Service"]
    text = window.help_page.browser.toPlainText()
    assert "Leitlinie (Kurzfassung)" in text and "Zeile ohne Strich" in text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1. Eins\n2. Zwei", "<ol><li>Eins</li><li>Zwei</li></ol>"),
        ("Titel", "<p><b>Titel</b></p>"),
        ("Satz eins.\nSatz zwei.", "<p>Satz eins.<br>Satz zwei.</p>"),
        ("- a\n- b <c>", "<ul><li>a</li><li>b &lt;c&gt;</li></ul>"),
    ],
)
def test_guideline_html(source: str, expected: str) -> None:
    assert guideline_html(source) == expected


def test_help_has_a_colour_key_for_every_category(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    html = window.help_page.browser.toHtml().lower()
    text = window.help_page.browser.toPlainText()
    assert "Farben der Kategorien" in text
    for entity_type in ALL_TYPES:
        assert categories.label(entity_type) in text
        assert categories.colour(entity_type).name().lower() in html
    cells = [cell.strip() for cell in text[text.index("Farben der Kategorien") :].split("\n")]
    assert cells[4:7] == ["Person", "Person", "wird maskiert"]  # category, its margin label, what the policy does
    place = cells.index("Ort")
    assert cells[place : place + 3] == ["Ort", "Ort", "nur angezeigt (Richtlinie)"]
    assert "F3" in text and "Eingabetaste" in text


def test_open_dialog_offers_odt(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    filters: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: filters.append(args[3]) or ("", ""))
    window.files.open_file()
    assert "*.odt" in filters[0] and "*.docx" in filters[0]


@pytest.mark.parametrize(
    ("environ", "platform", "problem"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
    ],
)
def test_no_display_is_one_german_line(environ: dict[str, str], platform: str, problem: bool) -> None:
    message = display_problem(environ, platform)
    assert (message is not None) is problem
    if message is not None:
        assert message.startswith("Fehler: Keine grafische Anzeige gefunden") and "xvfb-run" in message
        assert "\n" not in message
