"""German by default, English on request; accessible names, mnemonics, contrast, 200 % font."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_fakes import load_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from anonymizer.entities import ALL_TYPES
from desktop import categories
from desktop.i18n import effective_language, system_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("language", "tab", "menu", "copy", "category_row"),
    [
        ("de", "Text &prüfen", "&Datei", "Bereinigten Text &kopieren", "Person (2)"),
        ("en", "Check te&xt", "&File", "&Copy cleaned text", "Person (2)"),
    ],
)
def test_language_switch_retranslates_the_window(qtbot, window, language, tab, menu, copy, category_row) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    assert window.set_language(language) == language
    assert window.tabs.tabText(0) == tab
    assert window.menus.file_menu.title() == menu
    assert window.copy_button.text() == copy
    assert category_row in dict(window.findings.findings_rows())
    window.set_language("de")
    assert window.tabs.tabText(0) == "Text &prüfen"


def test_english_translates_categories_and_status(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    window.set_language("en")
    rows = dict(window.findings.findings_rows())
    assert "E-mail (1)" in rows and "Place (1)" in rows
    assert window.status_label.text() == "Ready. 5 findings, 4 of them masked."
    assert window.restore_page.copy_button.text() == "Cop&y restored answer"
    help_text = window.help_page.browser.toPlainText()
    assert "Key rules" in help_text and "Keyboard shortcuts" in help_text
    assert "Ctrl+Shift+C" in help_text and "Strg" not in help_text


def test_every_translation_is_filled_in() -> None:
    ts = (ROOT / "resources" / "translations" / "anonymisierungshelfer_en.ts").read_text(encoding="utf-8")
    assert ts.count("<message>") > 100
    assert 'type="unfinished"' not in ts
    assert "<translation></translation>" not in ts and "<translation />" not in ts
    # The DSB's policy editor is part of the catalogue, its module-level strings as well as its classes.
    for context in ("PolicyEditor", "PolicyEditorWindow", "CategoriesSection", "LiveTestPanel", "ReviewSection"):
        assert f"<name>{context}</name>" in ts


def test_update_scans_the_policy_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    """``build/translations.py --update`` extracts the editor's strings too (no module left out)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations_build", ROOT / "build" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calls: list[list[str]] = []
    monkeypatch.setattr(module.subprocess, "run", lambda command, **_kwargs: calls.append(command))
    module.update_sources()
    assert calls
    for command in calls:
        scanned = {Path(argument).as_posix() for argument in command}
        editor = {"window.py", "sections.py", "term_sections.py", "live_test.py"}
        assert {f"desktop/policy_editor/{name}" for name in editor} <= scanned
        assert {"desktop/main_window.py", "desktop/window/review_controller.py"} <= scanned


def test_every_visible_string_goes_through_tr() -> None:
    """No German literal is set on a widget directly (they would stay German in English)."""
    offenders = []
    pattern = re.compile(r"\.(?:setText|setTitle|setWindowTitle|setAccessibleName|setToolTip)\(\s*\"")
    in_fstring = re.compile(r"tr\('")  # lupdate does not see tr('…') inside an f-string: it stays German
    for path in (ROOT / "desktop").rglob("*.py"):  # the policy editor included
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) or in_fstring.search(line):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []


@pytest.mark.parametrize(
    ("choice", "expected"), [("de", "de"), ("en", "en"), ("", system_language()), ("xx", system_language())]
)
def test_effective_language(choice: str, expected: str) -> None:
    assert effective_language(choice) == expected


def test_every_focusable_control_has_an_accessible_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    load_text(qtbot, window)
    missing = []
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        for widget in window.findChildren(QWidget):
            if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if widget.parentWidget() is not None and isinstance(widget.parentWidget(), QAbstractScrollArea):
                continue  # the viewport of a named editor or list
            owner = widget
            if type(widget).__name__ in ("QTabBar",):
                owner = window.tabs
            if not owner.accessibleName():
                missing.append(f"{type(widget).__name__}:{widget.objectName()}")
            if not owner.accessibleDescription():
                missing.append(f"{type(widget).__name__} {owner.accessibleName()} (no description)")
    assert sorted(set(missing)) == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_mnemonics_are_unique_per_page(qtbot, window, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    bar = window.menus
    menus = [bar.file_menu, bar.edit_menu, bar.view_menu, bar.extras_menu, bar.help_menu]
    for menu in menus:  # within each menu, too (Alt+I was "Immer" and "Nie maskieren")
        menu_keys = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
        assert len(menu_keys) == len(set(menu_keys)), [a.text() for a in menu.actions()]
    global_keys = [m.title().split("&")[1][0].lower() for m in menus]
    global_keys += [window.tabs.tabText(i).split("&")[1][0].lower() for i in range(window.tabs.count())]
    assert len(global_keys) == len(set(global_keys))
    for page in (window.tabs.widget(0), window.restore_page):
        texts = [w.text() for w in page.findChildren(QWidget) if hasattr(w, "text") and "&" in str(w.text())]
        texts = [t for t in texts if "<" not in t]  # rich text ("&nbsp;") has no mnemonic
        keys = [t.split("&")[1][0].lower() for t in texts if isinstance(t, str)]
        assert len(keys) == len(set(keys)), texts
        assert not set(keys) & set(global_keys), texts
    window.set_language("de")


@pytest.mark.parametrize("entity_type", ALL_TYPES)
def test_highlight_colours_have_aa_contrast(entity_type: str) -> None:
    ratio = categories.contrast_ratio(categories.HIGHLIGHT_TEXT, categories.colour(entity_type))
    assert ratio >= 4.5


def test_categories_are_listed_in_the_order_of_all_types_with_unknown_ones_last() -> None:
    mixed = ["ZZZ_NEU", *reversed(ALL_TYPES), "AAA_NEU"]
    assert sorted(mixed, key=categories.order) == [*ALL_TYPES, "ZZZ_NEU", "AAA_NEU"]  # unknown ones keep their order


@pytest.mark.parametrize(("a", "b", "expected"), [("#000000", "#ffffff", 21.0), ("#777777", "#ffffff", 4.48)])
def test_contrast_ratio_matches_wcag_examples(a: str, b: str, expected: float) -> None:
    from PySide6.QtGui import QColor

    assert categories.contrast_ratio(QColor(a), QColor(b)) == pytest.approx(expected, abs=0.01)


def test_window_works_with_a_200_percent_font(qtbot, make_window, engine) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    big = app.font()
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        window = make_window(engine)
        load_text(qtbot, window)
        assert window.editor.margin_width() >= 2 * 10 * 5  # the label margin grows with the font
        hint = window.minimumSizeHint()
        assert hint.width() <= 1920 and hint.height() <= 1080
        assert window.findings.findings_rows()
    finally:
        app.setFont(original)


def test_highlights_stay_readable_in_a_dark_high_contrast_palette(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette, QTextCharFormat

    palette = window.editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    window.editor.setPalette(palette)
    load_text(qtbot, window)
    selections = window.editor.extraSelections()
    formats = [QTextCharFormat(selection.format) for selection in selections]
    masked = [f for f in formats if f.background().style() != Qt.BrushStyle.NoBrush]
    visible = [f for f in formats if f.background().style() == Qt.BrushStyle.NoBrush]
    assert masked and visible
    for fmt in masked:
        assert categories.contrast_ratio(fmt.foreground().color(), fmt.background().color()) >= 4.5
    for fmt in visible:  # no colour of its own: the dotted underline in the palette's text colour
        assert fmt.underlineColor() == QColor("#ffffff")


def test_tab_order_of_the_review_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    wanted = [
        window.editor,
        window.open_button,
        window.mask_button,
        window.findings,
        window.preview,
        window.copy_button,
    ]
    load_text(qtbot, window)
    order = []
    widget = window.editor
    for _ in range(60):
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted


@pytest.mark.parametrize("content", [None, b"not a catalogue"])
def test_without_a_readable_qm_the_app_stays_german_with_a_note_and_builds_nothing(  # type: ignore[no-untyped-def]
    qapp, monkeypatch, tmp_path, content: bytes | None
) -> None:
    """The running app never compiles a catalogue: a missing or broken .qm means German and a one-line note."""
    from desktop import i18n

    if content is not None:
        (tmp_path / "anonymisierungshelfer_en.qm").write_bytes(content)
    before = sorted(tmp_path.iterdir())
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    manager = i18n.LanguageManager(qapp)
    try:
        assert manager.apply("en") == "de"
        assert "anonymisierungshelfer_en.qm" in manager.fallback_note and "deutsch" in manager.fallback_note
        assert sorted(tmp_path.iterdir()) == before
        assert manager.apply("de") == "de" and manager.fallback_note == ""
    finally:
        manager.remove()


def test_the_committed_qm_says_what_the_ts_says(qapp) -> None:  # type: ignore[no-untyped-def]
    """The .qm is committed so that a source checkout shows English; after a .ts edit it must be rebuilt
    (``python build/translations.py``). Compared message by message, so another lrelease version passes."""
    from xml.etree import ElementTree

    from PySide6.QtCore import QTranslator

    folder = ROOT / "resources" / "translations"
    for ts in sorted(folder.glob("*.ts")):
        translator = QTranslator()
        assert translator.load(str(ts.with_suffix(".qm"))), f"{ts.with_suffix('.qm').name} fehlt"
        stale = []
        checked = 0
        for context in ElementTree.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                source = message.findtext("source", "")
                checked += 1
                if translator.translate(name, source, message.findtext("comment")) != (translation.text or ""):
                    stale.append((name, source))
        assert checked > 100
        assert stale == [], f"{ts.name} changed: python build/translations.py, then commit the .qm ({stale[:3]})"


@pytest.mark.parametrize("which", ["review", "settings"])
def test_dialog_controls_are_named(qtbot, settings, which: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.review import BY_POLICY, ReviewSummary, VisibleValue
    from desktop.widgets.review_dialog import ReviewDutyDialog
    from desktop.widgets.settings_dialog import SettingsDialog

    summary = ReviewSummary({"PERSON": 2}, (VisibleValue("LOCATION", "Coesfeld", 1, BY_POLICY),))
    dialog = ReviewDutyDialog(summary) if which == "review" else SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea):
            continue
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if not name.replace("&", "").strip():
            unnamed.append(type(widget).__name__)
    assert unnamed == []
