"""Take the README screenshots from the real app under X (Xvfb).

    xvfb-run -a -s "-screen 0 1280x800x24" python -m desktop.screenshot_tour de docs/screenshots
    xvfb-run -a -s "-screen 0 1280x800x24" python -m desktop.screenshot_tour en docs/screenshots
    xvfb-run -a -s "-screen 0 1280x800x24" python -m desktop.screenshot_tour de docs/screenshots folder

Per language: the main window (``main``), the same at 1024×700 (``main_small``), the review-duty
dialog (``review_dialog``), the restore page (``restore``), the help page with the colour key
(``help``), the folder dialog (``folder_dialog``) and its report (``folder_report``), and the policy
editor with its live test (``policy_editor``). A third argument ``folder`` takes only the folder's two.

The real engine and policy are used; the letter is invented. Names are masked by hand in the tour
where the installed engine does not find them (the same "Maskieren" a clerk uses). The screen is
captured with ImageMagick's ``import -window root``, i.e. what X really shows. Settings go to a
temporary file, never to the clerk's settings.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.facade import PERSON, CoreFacade, OwnPattern, in_memory_sessions
from desktop.i18n import LanguageManager
from desktop.main_window import MainWindow
from desktop.policy_editor import PolicyEditorWindow
from desktop.settings import AppSettings
from desktop.widgets.review_dialog import ReviewDutyDialog

LETTER = """Kreis Coesfeld – Jobcenter, Team Leistungen
Aktenzeichen: 51.2-0815/2025

Sehr geehrte Frau Sabine Kortmann,

wir bestätigen den Eingang Ihres Antrags vom 12.03.2025. Sie wohnen in der Lüdinghauser Straße 45, \
48653 Coesfeld, geboren am 14.03.1985.
Die Zahlung erfolgt auf Ihr Konto DE44 5001 0517 5407 3249 31 (BIC INGDDEFFXXX).
Ihre Steuer-ID 28365461076 haben wir vermerkt.

Bei Rückfragen erreichen Sie Herrn Jens Terhorst unter 02541 / 18-1234 oder j.terhorst@kreis-coesfeld.example.
Ihr Fahrzeug COE-AB 123 ist ebenfalls erfasst. Ihre Kinder Martina Hoffmeister, Martin Hoffmeister und
Marta Hoffmeister-Kleinschmidt sind mitversichert.

Mit freundlichen Grüßen
Im Auftrag
"""

#: Names of the letter the tour masks by hand if the installed engine does not find them.
NAMES = (
    "Sabine Kortmann",
    "Jens Terhorst",
    "Martina Hoffmeister",
    "Martin Hoffmeister",
    "Marta Hoffmeister-Kleinschmidt",
)

#: The policy editor's live-test sample (invented).
POLICY_SAMPLE = """Die Einrichtung KITA-0815 im Kreis Coesfeld meldet: Herr Jens Terhorst, Steuer-ID 28365461076,
Rückfragen an r.eling@posteo.de. Projekt Falkenhorst startet im Mai."""

ANSWER = {
    "de": (
        "Hier ist ein Entwurf für Ihre Antwort:\n\n"
        "Sehr geehrte Frau [PERSON_1],\n\n"
        "vielen Dank für Ihren Antrag (Az. [REFERENCE_1]). Die Leistung wird ab April auf das Konto "
        "[IBAN_1] überwiesen. Für Rückfragen steht Ihnen Herr [PERSON_2] unter [PHONE_1] zur Verfügung.\n\n"
        "Bitte prüfen Sie noch, ob [PERSON_9] ebenfalls informiert werden soll."
    ),
    "en": (
        "Here is a draft for your reply (in German, as requested):\n\n"
        "Sehr geehrte Frau [PERSON_1],\n\n"
        "vielen Dank für Ihren Antrag (Az. [REFERENCE_1]). Die Leistung wird ab April auf das Konto "
        "[IBAN_1] überwiesen. Für Rückfragen steht Ihnen Herr [PERSON_2] unter [PHONE_1] zur Verfügung.\n\n"
        "Please check whether [PERSON_9] should be informed as well."
    ),
}


def _wait(signal: SignalInstance, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _capture(path: Path, size: tuple[int, int] | None = None) -> None:
    """What X shows (the whole screen, or its top-left ``size``)."""
    crop = ["-crop", f"{size[0]}x{size[1]}+0+0", "+repage"] if size else []
    subprocess.run(["import", "-window", "root", *crop, str(path)], check=True)
    print(path)


def _case_folder(root: Path) -> Path:
    """An invented case folder: letters, a note about a phone call, an e-mail, a photo, a damaged Word file."""
    folder = root / "Akte Kortmann"
    (folder / "Schriftverkehr").mkdir(parents=True)
    (folder / "Notizen").mkdir()
    document = docx.Document()
    for paragraph in LETTER.split("\n"):
        document.add_paragraph(paragraph)
    document.save(str(folder / "Schriftverkehr" / "Bescheid_Kortmann.docx"))
    (folder / "Schriftverkehr" / "Antrag.txt").write_text(LETTER, encoding="utf-8")
    (folder / "Notizen" / "Telefonat_Terhorst.txt").write_text(
        "Telefonat mit Herrn Jens Terhorst (02541 / 18-1234): Frau Kortmann reicht die Unterlagen nach.\n",
        encoding="utf-8",
    )
    (folder / "Notizen" / "Foto_Hausbesuch.jpg").write_bytes(b"\xff\xd8\xff\xe0 kein Text")
    (folder / "Schriftverkehr" / "Entwurf_alt.docx").write_bytes(b"PK\x03\x04 abgebrochen")
    return folder


def _tour_folder(app: QApplication, window: MainWindow, out_dir: Path, language: str, tmp: Path) -> None:
    """*Datei → Ordner bereinigen …*: the dialog with both folders chosen, then its report."""
    source = _case_folder(tmp)
    window.menus.folder_action.trigger()
    dialog = window.sessions.folder_dialog
    assert dialog is not None
    dialog.source.setText(str(source))
    dialog.move(190, 140)
    _settle(app)
    _capture(out_dir / f"folder_dialog_{language}.png")
    dialog.start_button.click()
    _wait(window.folder_cleaner.finished, 300_000)
    dialog.move(140, 120)
    _settle(app)
    _capture(out_dir / f"folder_report_{language}.png")
    dialog.done_button.click()


def main(argv: list[str]) -> int:
    language, out_dir = argv[0], Path(argv[1])
    only_folder = argv[2:] == ["folder"]
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    languages = LanguageManager(app)
    languages.apply(language)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "tour.ini"), QSettings.Format.IniFormat))
        # The folder run in this process, with this engine (no worker processes for six invented files).
        window = MainWindow(CoreFacade(store_factory=in_memory_sessions, folder_jobs=1), settings, languages)
        screen = app.primaryScreen().geometry()
        window.setGeometry(screen)
        window.show()
        window.engine_controller.start_engine()
        if not window.facade.ready:
            _wait(window.engine_ready)
        if only_folder:
            _tour_folder(app, window, out_dir, language, Path(tmp))
            window.close()
            return 0
        QGuiApplication.clipboard().setText(LETTER)
        window.menus.paste_action.trigger()
        _wait(window.findings_updated)
        found = {item.finding.text for item in window.model.items if item.finding.type == PERSON}
        for name in NAMES:
            if name not in found:
                window.manual_masks.mask_text(name, PERSON)
        bic = [item for item in window.model.items if item.finding.type == "BIC"]
        if bic:  # a bank's BIC is no personal data: the clerk keeps it visible (dotted underline, "sichtbar")
            window.review.toggle_finding(bic[0])
        window.findings.setFocus()
        row = window.findings.value_row(PERSON, "Sabine Kortmann")
        if row is not None:
            window.findings.setCurrentItem(row)
        _settle(app)
        _capture(out_dir / f"main_{language}.png")

        window.setGeometry(0, 0, 1024, 700)
        window.manual_masks.open_find()
        window.find_bar.field.insert("Hoffmeister")
        _settle(app)
        _capture(out_dir / f"main_small_{language}.png", (1024, 700))
        window.find_bar.close_bar()
        window.setGeometry(screen)
        _settle(app)

        dialog = ReviewDutyDialog(window.model.summary(), window)
        dialog.confirm.setChecked(True)
        dialog.show()
        _settle(app)
        _capture(out_dir / f"review_dialog_{language}.png")
        dialog.close()

        window.confirm_review = lambda summary: True  # type: ignore[method-assign]  # the tour shows the dialog itself
        window.release.copy_cleaned()
        window.tabs.setCurrentIndex(1)
        window.restore_page.answer.setPlainText(ANSWER[language])
        window.restore_page.answer.setFocus()
        _settle(app)
        _capture(out_dir / f"restore_{language}.png")

        window.tabs.setCurrentIndex(2)
        window.help_page.browser.verticalScrollBar().setValue(
            window.help_page.browser.verticalScrollBar().maximum() // 2
        )
        _settle(app)
        _capture(out_dir / f"help_{language}.png")
        window.tabs.setCurrentIndex(0)
        _tour_folder(app, window, out_dir, language, Path(tmp))
        window.close()

        editor = PolicyEditorWindow()
        editor.setGeometry(screen)
        editor.show()
        editor.tabs.setCurrentWidget(editor.patterns)
        editor.patterns.add_pattern(OwnPattern("Kita-Nummer", "REFERENCE", r"KITA-\d{4}", ("Einrichtung",), 0.8))
        editor.terms.add_deny("Falkenhorst", "REFERENCE")
        editor.live.sample.setPlainText(POLICY_SAMPLE)
        _wait(editor.live.result_ready)
        _settle(app)
        _capture(out_dir / f"policy_editor_{language}.png")
        editor.confirm_close = lambda: "discard"  # type: ignore[method-assign]  # an invented sample, never saved
        editor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
