"""What the clerk masks by hand: a selection ("Maskieren", "Immer/Nie maskieren") and every hit of a search.

The search bar finds with the same pattern that "alle Treffer maskieren" masks with
(:func:`desktop.review.term_pattern`), so exactly the hits shown are masked. Each mask is one decision of
the review model, undone with Ctrl+Z like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from desktop.widgets.find_bar import find_hits

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class ManualMasks(QObject):
    """The find bar and the masks the clerk sets on a selection."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.editor = window.editor
        find_bar = window.find_bar
        find_bar.field.textChanged.connect(lambda _text: self.update_find_hits())
        find_bar.find_requested.connect(self.find_next)
        find_bar.mask_all_requested.connect(self.mask_all_hits)
        find_bar.closed.connect(self.editor.setFocus)
        self.editor.mask_requested.connect(lambda text: self.mask_selection_interactive())
        self.editor.always_requested.connect(self.always_mask_text)
        self.editor.never_requested.connect(self.never_mask_text)
        window.mask_button.clicked.connect(self.mask_selection_interactive)

    # -- search ------------------------------------------------------------------------------------
    def open_find(self) -> None:
        self._window.tabs.setCurrentIndex(0)
        self._window.find_bar.open_bar(self._selected_text())
        self.update_find_hits()

    def update_find_hits(self) -> None:
        find_bar = self._window.find_bar
        if find_bar.isVisible():
            find_bar.set_hits(len(find_hits(self.editor.toPlainText(), find_bar.query)))

    def find_next(self, query: str, forward: bool = True) -> bool:
        """Select the next (previous) hit of ``query`` after the cursor, wrapping around."""
        hits = find_hits(self.editor.toPlainText(), query)
        status = self._window.status_label
        if not hits:
            status.setText(self.tr("„%1“ kommt im Text nicht vor.").replace("%1", query))
            return False
        cursor = self.editor.textCursor()
        if forward:
            after = [hit for hit in hits if hit[0] >= cursor.selectionEnd()]
            start, end = after[0] if after else hits[0]
        else:
            before = [hit for hit in hits if hit[0] < cursor.selectionStart()]
            start, end = before[-1] if before else hits[-1]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        number = hits.index((start, end)) + 1
        status.setText(self.tr("Treffer %1 von %2").replace("%1", str(number)).replace("%2", str(len(hits))))
        return True

    def mask_all_hits(self, query: str) -> None:
        """ "Alle Treffer maskieren": every hit of the search, with a category the clerk chooses."""
        hits = find_hits(self.editor.toPlainText(), query)
        if not hits:
            self._window.message_bar.show_message(self.tr("„%1“ kommt im Text nicht vor.").replace("%1", query))
            return
        entity_type = self._window.choose_category(query)
        if entity_type is None:
            return
        self.mask_text(query, entity_type)
        self._window.status_label.setText(self.tr("%1 Treffer maskiert.").replace("%1", str(len(hits))))

    # -- masks on a selection ------------------------------------------------------------------------
    def _selected_text(self) -> str:
        return self.editor.textCursor().selectedText().replace("\u2029", "\n").strip()

    def _ask_for_selection(self) -> None:
        self._window.message_bar.show_message(self.tr("Bitte zuerst den Text markieren, der maskiert werden soll."))

    def mask_selection_interactive(self) -> None:
        text = self._selected_text()
        if not text:
            self._ask_for_selection()
            return
        entity_type = self._window.choose_category(text)
        if entity_type is not None:
            self.mask_text(text, entity_type)

    def mask_text(self, term: str, entity_type: str, always: bool = False) -> None:
        label = (self.tr("„%1“ immer maskieren") if always else self.tr("„%1“ maskieren")).replace("%1", term[:60])
        model = self._window.model
        self._window.review.decide(lambda text: model.mask_term(term, entity_type, always, text, label))

    def always_mask_selection(self) -> None:
        self.always_mask_text(self._selected_text())

    def always_mask_text(self, term: str) -> None:
        if not term:
            self._ask_for_selection()
            return
        entity_type = self._window.model.known_type(term) or self._window.choose_category(term)
        if entity_type is not None:
            self.mask_text(term, entity_type, always=True)

    def never_mask_selection(self) -> None:
        self.never_mask_text(self._selected_text())

    def never_mask_text(self, term: str) -> None:
        label = self.tr("„%1“ nie maskieren").replace("%1", term[:60])
        model = self._window.model
        self._window.review.decide(lambda text: model.never_mask(term, text, label))
