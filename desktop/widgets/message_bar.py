"""An in-window message line for errors and notices (never a traceback, never a crash)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class MessageBar(QFrame):
    """Shows one German sentence with an icon until closed; colours come from the palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self._icon = QLabel(self)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._close = QPushButton(self)
        self._close.clicked.connect(self.hide)
        layout.addWidget(self._icon)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self._close.setText(self.tr("Schließen"))
        self._close.setAccessibleName(self.tr("Meldung schließen"))
        self.setAccessibleName(self.tr("Meldung"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def show_message(self, text: str, error: bool = True) -> None:
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning if error else QStyle.StandardPixmap.SP_MessageBoxInformation
        size = self.fontMetrics().height()
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self._label.setText(text)
        self._label.setAccessibleName(text)
        self.setAccessibleDescription(text)
        self.show()
