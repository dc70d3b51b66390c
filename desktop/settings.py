"""The app's settings: UI language and clipboard timeout — never any text content (PRODUCT.md)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Anonymisierungshelfer"
APPLICATION = "Anonymisierungshelfer"
LANGUAGES = ("", "de", "en")  # "" = follow the system locale


class AppSettings:
    """Typed access to a :class:`QSettings` store; tests pass one backed by a temp INI file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "")
        self._store.sync()

    @property
    def clipboard_clear_seconds(self) -> int:
        """Seconds after which a copied text is removed from the clipboard (0 = never)."""
        try:
            value = int(str(self._store.value("clipboard/clear_seconds", 0)))
        except ValueError:
            return 0
        return max(0, min(value, 3600))

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, value: int) -> None:
        self._store.setValue("clipboard/clear_seconds", max(0, min(int(value), 3600)))
        self._store.sync()

    def keys(self) -> list[str]:
        return list(self._store.allKeys())
