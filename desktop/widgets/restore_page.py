"""The page "Antwort zurückübersetzen": paste the chatbot's answer, see and copy it restored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.facade import RestoreOutcome


class RestorePage(QWidget):
    """Restores live as the answer changes (restoring is fast: a table lookup per placeholder)."""

    copy_requested = Signal(str)

    def __init__(self, restore: Callable[[str], RestoreOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restore = restore
        self._unmentioned: tuple[str, ...] = ()
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._answer_label = QLabel(self)
        self.answer = QPlainTextEdit(self)
        self.answer.setTabChangesFocus(True)
        self._answer_label.setBuddy(self.answer)
        self._result_label = QLabel(self)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        self.result.setTabChangesFocus(True)
        self._result_label.setBuddy(self.result)
        self._unresolved_label = QLabel(self)
        self.unresolved = QListWidget(self)
        self._unresolved_label.setBuddy(self.unresolved)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.unmentioned = QLabel(self)
        self.unmentioned.setWordWrap(True)
        self.unmentioned.hide()
        self.warning = QLabel(self)  # the core's German sentence: an answer from another session?
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.result.toPlainText()))
        self.paste_button = QPushButton(self)
        self.paste_button.clicked.connect(self._paste)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._answer_label)
        left_layout.addWidget(self.answer, 1)
        left_layout.addWidget(self.paste_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._result_label)
        right_layout.addWidget(self.result, 3)
        right_layout.addWidget(self._unresolved_label)
        right_layout.addWidget(self.unresolved, 1)
        right_layout.addWidget(self.warning)
        right_layout.addWidget(self.unmentioned)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.answer, self.paste_button)
        self.setTabOrder(self.paste_button, self.result)
        self.setTabOrder(self.result, self.unresolved)
        self.setTabOrder(self.unresolved, self.copy_button)
        self.answer.textChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._intro.setText(
            self.tr(
                "Fügen Sie die Antwort des Chatbots ein. Platzhalter wie [PERSON_1] werden durch die "
                "Originale ersetzt – nur auf diesem Rechner."
            )
        )
        self._answer_label.setText(self.tr("Ant&wort des Chatbots:"))
        self.answer.setAccessibleName(self.tr("Antwort des Chatbots"))
        self.answer.setAccessibleDescription(self.tr("Hier die Antwort mit Platzhaltern einfügen."))
        self._result_label.setText(self.tr("&Ergebnis – zurückübersetzte Antwort:"))
        self.result.setAccessibleName(self.tr("Zurückübersetzte Antwort"))
        self.result.setAccessibleDescription(self.tr("Die Antwort mit den Originalwerten, nur lesbar."))
        self._unresolved_label.setText(self.tr("&Nicht aufgelöste Platzhalter:"))
        self.unresolved.setAccessibleName(self.tr("Nicht aufgelöste Platzhalter"))
        self.unresolved.setAccessibleDescription(
            self.tr("Platzhalter in der Antwort, zu denen kein Original bekannt ist.")
        )
        self.copy_button.setText(self.tr("Zurückübersetzte Antwort &kopieren"))
        self.copy_button.setAccessibleName(self.tr("Zurückübersetzte Antwort kopieren"))
        self.copy_button.setAccessibleDescription(self.tr("Kopiert die Antwort mit den Originalwerten."))
        self.paste_button.setText(self.tr("Antwort einf&ügen"))
        self.paste_button.setAccessibleName(self.tr("Antwort aus der Zwischenablage einfügen"))
        self.paste_button.setAccessibleDescription(self.tr("Ersetzt das Antwortfeld durch die Zwischenablage."))
        self._show_unmentioned()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _paste(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.answer.setPlainText(QGuiApplication.clipboard().text())

    def refresh(self) -> None:
        outcome = self._restore(self.answer.toPlainText())
        self.result.setPlainText(outcome.text)
        self.unresolved.clear()
        self.unresolved.addItems(list(outcome.unresolved))
        self.copy_button.setEnabled(bool(outcome.text.strip()))
        self._unmentioned = outcome.unmentioned
        self._show_unmentioned()
        self.warning.setText(outcome.warning or "")
        self.warning.setAccessibleName(outcome.warning or "")
        self.warning.setVisible(bool(outcome.warning))

    def set_notice(self, text: str) -> None:
        """Where the session is kept, when that is not the encrypted store (a German sentence of the core)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def _show_unmentioned(self) -> None:
        """A hint that the chatbot may have dropped someone: masked values the answer never mentions."""
        names = self._unmentioned
        if names and self.answer.toPlainText().strip():
            text = self.tr("Maskiert, aber in der Antwort nicht erwähnt: %1").replace("%1", ", ".join(names))
            self.unmentioned.setText(text)
            self.unmentioned.setAccessibleName(text)
            self.unmentioned.show()
        else:
            self.unmentioned.hide()
