"""Take the README screenshots from the real app under X (Xvfb): main window and restore page.

    xvfb-run -a -s "-screen 0 1280x800x24" python -m desktop.screenshot_tour de docs/screenshots
    xvfb-run -a -s "-screen 0 1280x800x24" python -m desktop.screenshot_tour en docs/screenshots

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

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from anonymizer.entities import PERSON
from desktop.facade import CoreFacade, in_memory_sessions
from desktop.i18n import LanguageManager
from desktop.main_window import MainWindow
from desktop.settings import AppSettings

LETTER = """Kreis Coesfeld – Jobcenter, Team Leistungen
Aktenzeichen: 51.2-0815/2025

Sehr geehrte Frau Sabine Kortmann,

wir bestätigen den Eingang Ihres Antrags vom 12.03.2025. Sie wohnen in der Lüdinghauser Straße 45, \
48653 Coesfeld, geboren am 14.03.1985.
Die Zahlung erfolgt auf Ihr Konto DE44 5001 0517 5407 3249 31 (BIC INGDDEFFXXX).
Ihre Steuer-ID 28365461076 haben wir vermerkt.

Bei Rückfragen erreichen Sie Herrn Jens Terhorst unter 02541 / 18-1234 oder j.terhorst@kreis-coesfeld.example.
Ihr Fahrzeug COE-AB 123 ist ebenfalls erfasst.

Mit freundlichen Grüßen
Im Auftrag
"""

ANSWER = {
    "de": (
        "Hier ist ein Entwurf für Ihre Antwort:\n\n"
        "Sehr geehrte Frau [PERSON_1],\n\n"
        "vielen Dank für Ihren Antrag (Az. [REFERENCE_1]). Die Leistung wird ab April auf das Konto "
        "[IBAN_1] überwiesen. Für Rückfragen steht Ihnen Herr [PERSON_2] unter [PHONE_1] zur Verfügung.\n\n"
        "Bitte prüfen Sie noch, ob [PERSON_3] ebenfalls informiert werden soll."
    ),
    "en": (
        "Here is a draft for your reply (in German, as requested):\n\n"
        "Sehr geehrte Frau [PERSON_1],\n\n"
        "vielen Dank für Ihren Antrag (Az. [REFERENCE_1]). Die Leistung wird ab April auf das Konto "
        "[IBAN_1] überwiesen. Für Rückfragen steht Ihnen Herr [PERSON_2] unter [PHONE_1] zur Verfügung.\n\n"
        "Please check whether [PERSON_3] should be informed as well."
    ),
}


def _wait(signal: object, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _capture(path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(path)


def main(argv: list[str]) -> int:
    language, out_dir = argv[0], Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    languages = LanguageManager(app)
    languages.apply(language)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "tour.ini"), QSettings.Format.IniFormat))
        window = MainWindow(CoreFacade(store_factory=in_memory_sessions), settings, languages)
        window.confirm_review = lambda counts: True  # type: ignore[method-assign]
        screen = app.primaryScreen().geometry()
        window.setGeometry(screen)
        window.show()
        window.start_engine()
        if not window.facade.ready:
            _wait(window.engine_ready)
        QGuiApplication.clipboard().setText(LETTER)
        window.paste_action.trigger()
        _wait(window.findings_updated)
        found = {item.finding.text for item in window.reviewed if item.finding.type == PERSON}
        for name in ("Sabine Kortmann", "Jens Terhorst"):
            if name not in found:
                window.mask_text(name, PERSON)
        bic = [item for item in window.reviewed if item.finding.type == "BIC"]
        if bic:  # a bank's BIC is no personal data: the clerk keeps it visible (dotted underline, "sichtbar")
            window.toggle_finding(bic[0])
        window.findings.setFocus()
        first = window.findings.topLevelItem(0)
        if first is not None:
            window.findings.setCurrentItem(first)
        _settle(app)
        _capture(out_dir / f"main_{language}.png")
        window.copy_cleaned()
        window.tabs.setCurrentIndex(1)
        window.restore_page.answer.setPlainText(ANSWER[language])
        window.restore_page.answer.setFocus()
        _settle(app)
        _capture(out_dir / f"restore_{language}.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
