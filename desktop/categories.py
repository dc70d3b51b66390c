"""How the window shows each category: a translated label and a highlight colour.

Colour is never the only cue (BITV 2.0): every finding also gets an underline style, a label in
the margin, a tooltip and an entry in the findings list. Highlights are drawn with *black* text on
light backgrounds chosen for a contrast of at least 4.5:1 (WCAG 2.1 AA), so they stay readable in
dark and high-contrast themes too (tests check the ratio).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.facade import entities as e

_CONTEXT: Final = "Category"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (typed stand-in for Qt's macro of this name)."""
    return source


#: Source (German) labels; translated at display time through the "Category" context.
LABELS: Final[dict[str, str]] = {
    e.PERSON: QT_TRANSLATE_NOOP("Category", "Person"),
    e.ADDRESS: QT_TRANSLATE_NOOP("Category", "Adresse"),
    e.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("Category", "Geburtsdatum"),
    e.EMAIL: QT_TRANSLATE_NOOP("Category", "E-Mail"),
    e.PHONE: QT_TRANSLATE_NOOP("Category", "Telefon"),
    e.URL: QT_TRANSLATE_NOOP("Category", "Webadresse"),
    e.IP_ADDRESS: QT_TRANSLATE_NOOP("Category", "IP-Adresse"),
    e.IBAN: QT_TRANSLATE_NOOP("Category", "IBAN"),
    e.BIC: QT_TRANSLATE_NOOP("Category", "BIC"),
    e.CREDIT_CARD: QT_TRANSLATE_NOOP("Category", "Kreditkarte"),
    e.TAX_ID: QT_TRANSLATE_NOOP("Category", "Steuer-ID"),
    e.TAX_NUMBER: QT_TRANSLATE_NOOP("Category", "Steuernummer"),
    e.VAT_ID: QT_TRANSLATE_NOOP("Category", "USt-IdNr."),
    e.COMMERCIAL_REGISTER: QT_TRANSLATE_NOOP("Category", "Handelsregisternummer"),
    e.SOCIAL_SECURITY: QT_TRANSLATE_NOOP("Category", "Rentenversicherungsnummer"),
    e.HEALTH_INSURANCE: QT_TRANSLATE_NOOP("Category", "Krankenversichertennummer"),
    e.PHYSICIAN_NUMBER: QT_TRANSLATE_NOOP("Category", "Arztnummer (LANR)"),
    e.PRACTICE_NUMBER: QT_TRANSLATE_NOOP("Category", "Betriebsstättennummer (BSNR)"),
    e.ID_DOCUMENT: QT_TRANSLATE_NOOP("Category", "Ausweisnummer"),
    e.DRIVING_LICENSE: QT_TRANSLATE_NOOP("Category", "Führerscheinnummer"),
    e.LICENSE_PLATE: QT_TRANSLATE_NOOP("Category", "Kfz-Kennzeichen"),
    e.REFERENCE: QT_TRANSLATE_NOOP("Category", "Aktenzeichen/Nummer"),
    e.ORGANIZATION: QT_TRANSLATE_NOOP("Category", "Organisation"),
    e.LOCATION: QT_TRANSLATE_NOOP("Category", "Ort"),
}

#: Short labels for the margin beside the text (the full label is in its tooltip and the findings list).
SHORT_LABELS: Final[dict[str, str]] = {
    e.PERSON: QT_TRANSLATE_NOOP("CategoryShort", "Person"),
    e.ADDRESS: QT_TRANSLATE_NOOP("CategoryShort", "Adresse"),
    e.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("CategoryShort", "Geb.-Dat."),
    e.EMAIL: QT_TRANSLATE_NOOP("CategoryShort", "E-Mail"),
    e.PHONE: QT_TRANSLATE_NOOP("CategoryShort", "Telefon"),
    e.URL: QT_TRANSLATE_NOOP("CategoryShort", "Web"),
    e.IP_ADDRESS: QT_TRANSLATE_NOOP("CategoryShort", "IP"),
    e.IBAN: QT_TRANSLATE_NOOP("CategoryShort", "IBAN"),
    e.BIC: QT_TRANSLATE_NOOP("CategoryShort", "BIC"),
    e.CREDIT_CARD: QT_TRANSLATE_NOOP("CategoryShort", "Karte"),
    e.TAX_ID: QT_TRANSLATE_NOOP("CategoryShort", "St.-ID"),
    e.TAX_NUMBER: QT_TRANSLATE_NOOP("CategoryShort", "St.-Nr."),
    e.SOCIAL_SECURITY: QT_TRANSLATE_NOOP("CategoryShort", "RV-Nr."),
    e.HEALTH_INSURANCE: QT_TRANSLATE_NOOP("CategoryShort", "KV-Nr."),
    e.ID_DOCUMENT: QT_TRANSLATE_NOOP("CategoryShort", "Ausweis"),
    e.LICENSE_PLATE: QT_TRANSLATE_NOOP("CategoryShort", "Kfz"),
    e.REFERENCE: QT_TRANSLATE_NOOP("CategoryShort", "Az./Nr."),
    e.VAT_ID: QT_TRANSLATE_NOOP("CategoryShort", "USt-ID"),
    e.COMMERCIAL_REGISTER: QT_TRANSLATE_NOOP("CategoryShort", "HR-Nr."),
    e.PHYSICIAN_NUMBER: QT_TRANSLATE_NOOP("CategoryShort", "LANR"),
    e.PRACTICE_NUMBER: QT_TRANSLATE_NOOP("CategoryShort", "BSNR"),
    e.DRIVING_LICENSE: QT_TRANSLATE_NOOP("CategoryShort", "FS-Nr."),
    e.ORGANIZATION: QT_TRANSLATE_NOOP("CategoryShort", "Org."),
    e.LOCATION: QT_TRANSLATE_NOOP("CategoryShort", "Ort"),
}

#: Light backgrounds (black text on each has a contrast ratio well above 4.5:1).
_COLOURS: Final[dict[str, str]] = {
    e.PERSON: "#ffe066",
    e.ADDRESS: "#b2f2bb",
    e.DATE_OF_BIRTH: "#ffc9c9",
    e.EMAIL: "#a5d8ff",
    e.PHONE: "#a5d8ff",
    e.URL: "#a5d8ff",
    e.IP_ADDRESS: "#a5d8ff",
    e.IBAN: "#ffd8a8",
    e.BIC: "#ffd8a8",
    e.CREDIT_CARD: "#ffd8a8",
    e.TAX_ID: "#e5dbff",
    e.TAX_NUMBER: "#e5dbff",
    e.VAT_ID: "#e5dbff",
    e.COMMERCIAL_REGISTER: "#e5dbff",
    e.SOCIAL_SECURITY: "#e5dbff",
    e.HEALTH_INSURANCE: "#e5dbff",
    e.PHYSICIAN_NUMBER: "#e5dbff",
    e.PRACTICE_NUMBER: "#e5dbff",
    e.ID_DOCUMENT: "#e5dbff",
    e.DRIVING_LICENSE: "#e5dbff",
    e.LICENSE_PLATE: "#c3fae8",
    e.REFERENCE: "#eebefa",
    e.ORGANIZATION: "#dee2e6",
    e.LOCATION: "#dee2e6",
}
_FALLBACK_COLOUR: Final = "#ffec99"

#: Each category's place in lists: the order of ``ALL_TYPES``.
_ORDER: Final[dict[str, int]] = {name: index for index, name in enumerate(e.ALL_TYPES)}

#: The text colour drawn on every highlight.
HIGHLIGHT_TEXT: Final = QColor("#000000")


def label(entity_type: str) -> str:
    """The category's label in the current UI language (unknown types show their type name)."""
    source = LABELS.get(entity_type)
    return QCoreApplication.translate(_CONTEXT, source) if source else entity_type


def short_label(entity_type: str) -> str:
    """The category's short label for the margin (unknown types: their full label)."""
    source = SHORT_LABELS.get(entity_type)
    return QCoreApplication.translate("CategoryShort", source) if source else label(entity_type)


def order(entity_type: str) -> int:
    """The sort key of a category in lists and tables: the order of ``ALL_TYPES``, unknown types after them."""
    return _ORDER.get(entity_type, len(_ORDER))


def colour(entity_type: str) -> QColor:
    return QColor(_COLOURS.get(entity_type, _FALLBACK_COLOUR))


def swatch(entity_type: str, size: int) -> QIcon:
    """A square of the category's colour with a dark border (the findings list's and legend's key)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(colour(entity_type))
    painter = QPainter(pixmap)
    painter.setPen(HIGHLIGHT_TEXT)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(c: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
