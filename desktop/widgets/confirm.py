"""The one shape of every "are you sure?" before a destructive action: say what is lost, default to No."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def question_box(
    parent: QWidget | None, title: str, text: str, details: str, yes: str, no: str
) -> tuple[QMessageBox, QAbstractButton]:
    """A question whose safe answer (``no``) is the default and Esc; returns the box and its ``yes`` button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    yes_button.setAccessibleName(yes.replace("&", ""))
    no_button.setAccessibleName(no.replace("&", ""))
    return box, yes_button


def ask(parent: QWidget | None, title: str, text: str, details: str, yes: str, no: str) -> bool:
    """Show :func:`question_box` modally; True only when ``yes`` was chosen."""
    box, yes_button = question_box(parent, title, text, details, yes, no)
    box.exec()
    return box.clickedButton() is yes_button
