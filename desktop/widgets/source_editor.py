"""The original text: editable, with every finding highlighted *and* labelled by category.

Cues besides colour (BITV 2.0): a solid underline for what will be masked, a dotted one for what
stays visible, a label per finding in a margin on the left, and a tooltip per finding.

Unmasking must be a deliberate act, never the side effect of placing the cursor: a plain click
only places the cursor. A finding is toggled by a click on its label in the margin, from the
context menu, or in the findings list (Space/Del). Ctrl+Z / Ctrl+Shift+Z go to the window first,
which undoes a review decision while the text is unchanged and the typing otherwise.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop import categories
from desktop.review import ReviewedFinding

#: Width of the label margin in "M" widths of the editor font.
MARGIN_EMS = 10
#: The margin's labels are drawn this much smaller than the text, so a label fits into one text line.
CHIP_FONT_SCALE = 0.85


@dataclass(frozen=True)
class Chip:
    """One label in the margin: its rectangle, and the findings a click on it concerns.

    A chip names one finding; when a line has more findings than fit, the last chip reads "+N"
    and a click on it offers the rest in a menu.
    """

    rect: QRect
    items: tuple[ReviewedFinding, ...]
    text: str

    @property
    def overflow(self) -> bool:
        return len(self.items) > 1


class _LabelMargin(QWidget):
    """The left margin: a clickable label ("chip") for every finding on each visible line."""

    def __init__(self, editor: SourceEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(self._editor.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_margin(self, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        chip = self._editor.chip_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if chip is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._editor.click_margin(event.position().toPoint())

    def event(self, event: QEvent) -> bool:
        """The chip's finding and what a click does, as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            chip = self._editor.chip_at(event.pos())
            if chip is not None:
                QToolTip.showText(event.globalPos(), self._editor.describe_chip(chip), self)
            else:
                labels = self._editor.labels_at_height(event.pos().y())
                if labels:
                    QToolTip.showText(event.globalPos(), ", ".join(labels), self)
                else:
                    QToolTip.hideText()
            return True
        return super().event(event)


class SourceEditor(QPlainTextEdit):
    """Plain-text editor for the original; shows :class:`ReviewedFinding` items."""

    toggle_requested = Signal(object)  # ReviewedFinding
    category_requested = Signal(str, bool)  # entity type, masked
    mask_requested = Signal(str)  # selected text ("Maskieren …")
    always_requested = Signal(str)
    never_requested = Signal(str)
    file_dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewedFinding] = []
        self._starts: list[int] = []
        #: Called with ``redo`` on Ctrl+Z / Ctrl+Shift+Z; returns True when it undid a review decision.
        self.review_undo: Callable[[bool], bool] | None = None
        self.setAcceptDrops(True)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._margin = _LabelMargin(self)
        self.blockCountChanged.connect(self._update_margin_width)
        self.updateRequest.connect(self._update_margin)
        self._update_margin_width()

    # -- findings ----------------------------------------------------------------------------
    @property
    def items(self) -> list[ReviewedFinding]:
        return list(self._items)

    def set_findings(self, items: Sequence[ReviewedFinding]) -> None:
        self._items = sorted(items, key=lambda item: (item.finding.start, item.finding.end))
        self._starts = [item.finding.start for item in self._items]
        selections: list[QTextEdit.ExtraSelection] = []
        length = len(self.toPlainText())
        for item in self._items:
            finding = item.finding
            if finding.end > length:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._format(item)
            selections.append(selection)
        self.setExtraSelections(selections)
        self._margin.update()

    def _format(self, item: ReviewedFinding) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(True)
        if item.masked:
            fmt.setBackground(categories.colour(item.finding.type))
            fmt.setForeground(categories.HIGHLIGHT_TEXT)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(categories.HIGHLIGHT_TEXT)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(self.palette().text().color())
        fmt.setProperty(QTextFormat.Property.UserProperty, item.finding.type)
        return fmt

    def items_between(self, start: int, end: int) -> list[ReviewedFinding]:
        """The findings that overlap ``start``–``end``, in order (a bisection: long texts have thousands)."""
        index = bisect.bisect_left(self._starts, start)
        if index > 0 and self._items[index - 1].finding.end > start:
            index -= 1  # a finding that began before and reaches into the range
        found: list[ReviewedFinding] = []
        while index < len(self._items) and self._items[index].finding.start < end:
            if self._items[index].finding.end > start:
                found.append(self._items[index])
            index += 1
        return found

    def item_at(self, position: int) -> ReviewedFinding | None:
        found = self.items_between(position, position + 1)
        return found[0] if found else None

    def describe(self, item: ReviewedFinding) -> str:
        """Tooltip/status text for one finding (translated)."""
        state = self.tr("wird maskiert") if item.masked else self.tr("bleibt sichtbar")
        origin = self.tr("von Hand") if item.manual else self.tr("erkannt")
        return (
            self.tr("%1 – %2 (%3). Umschalten: Markierung am Rand anklicken oder Kontextmenü.")
            .replace("%1", categories.label(item.finding.type))
            .replace("%2", state)
            .replace("%3", origin)
        )

    def select_finding(self, item: ReviewedFinding) -> None:
        """Select a finding in the text (from the findings list or F3) and scroll it into view."""
        cursor = self.textCursor()
        cursor.setPosition(item.finding.start)
        cursor.setPosition(item.finding.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- events ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos())).position()
            item = self.item_at(position)
            if item is not None:
                QToolTip.showText(event.globalPos(), self.describe(item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Z / Ctrl+Shift+Z: a review decision first, while the text is the one it was taken on."""
        for sequence, redo in ((QKeySequence.StandardKey.Undo, False), (QKeySequence.StandardKey.Redo, True)):
            if event.matches(sequence) and self.review_undo is not None and self.review_undo(redo):
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.add_review_actions(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def add_review_actions(self, menu: QMenu, position: int) -> None:
        """The review entries of the context menu (also used by tests).

        Their mnemonics avoid the standard entries above them (German: R, H, A, K, Ü).
        """
        menu.addSeparator()
        selected = self.textCursor().selectedText().replace("\u2029", "\n").strip()
        item = self.item_at(position)
        if item is not None:
            text = self.tr("Fundstelle &sichtbar lassen") if item.masked else self.tr("&Fundstelle maskieren")
            menu.addAction(text, lambda: self.toggle_requested.emit(item))
            entity_type = item.finding.type
            name = categories.label(entity_type)
            menu.addAction(
                self.tr("A&lle „%1“ maskieren").replace("%1", name),
                lambda: self.category_requested.emit(entity_type, True),
            )
            menu.addAction(
                self.tr("Alle „%1“ sich&tbar lassen").replace("%1", name),
                lambda: self.category_requested.emit(entity_type, False),
            )
        word = selected or (item.finding.text if item is not None else "")
        mask = menu.addAction(self.tr("&Maskieren …"), lambda: self.mask_requested.emit(selected))
        mask.setShortcut("Ctrl+M")
        mask.setEnabled(bool(selected))
        always = menu.addAction(self.tr("&Immer maskieren"), lambda: self.always_requested.emit(word))
        always.setEnabled(bool(word))
        never = menu.addAction(self.tr("&Nie maskieren"), lambda: self.never_requested.emit(word))
        never.setEnabled(bool(word))

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste as plain text only (formatting from Word would hide nothing and confuse offsets)."""
        if source.hasText():
            self.insertPlainText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasUrls()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.file_dropped.emit(Path(urls[0].toLocalFile()))
            return
        super().dropEvent(event)

    # -- the label margin ------------------------------------------------------------------------
    @property
    def margin(self) -> QWidget:
        return self._margin

    def margin_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("M") * MARGIN_EMS

    def _update_margin_width(self, _count: int = 0) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _update_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self._margin.scroll(0, dy)
        else:
            self._margin.update(0, rect.y(), self._margin.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._margin.setGeometry(QRect(area.left(), area.top(), self.margin_width(), area.height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._update_margin_width()
            self._margin.update()

    def line_labels(self, block_start: int, block_end: int) -> list[str]:
        """The category labels of the findings on one line, in order, without repeats."""
        labels: list[str] = []
        for item in self.items_between(block_start, block_end):
            name = categories.label(item.finding.type)
            if not item.masked:
                name = f"({name})"
            if name not in labels:
                labels.append(name)
        return labels

    def labels_at_height(self, y: int) -> list[str]:
        """The category labels of the line shown at viewport height ``y``."""
        block = self.cursorForPosition(QPoint(0, y)).block()
        return self.line_labels(block.position(), block.position() + block.length()) if block.isValid() else []

    @staticmethod
    def chip_text(item: ReviewedFinding) -> str:
        name = categories.short_label(item.finding.type)
        return name if item.masked else f"({name})"

    def chip_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * CHIP_FONT_SCALE)
        return font

    def chips(self) -> list[Chip]:
        """The chips of every visible line, laid out left to right, one row of chips per line of text."""
        width = self._margin.width() or self.margin_width()
        row_height = self.fontMetrics().lineSpacing()
        metrics = QFontMetrics(self.chip_font())
        chips: list[Chip] = []
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = self.viewport().height()
        while block.isValid() and top <= bottom:
            height = round(self.blockBoundingRect(block).height())
            if block.isVisible():
                items = self.items_between(block.position(), block.position() + block.length())
                rows = max(1, height // row_height)
                chips.extend(self._layout_line(items, metrics, top, rows, row_height, width))
            top += height
            block = block.next()
        return chips

    def _layout_line(
        self, items: list[ReviewedFinding], metrics: QFontMetrics, top: int, rows: int, row_height: int, width: int
    ) -> list[Chip]:
        """Chips for one line; when they do not fit its rows, the last one becomes "+N" for the rest."""
        pad, gap = 4, 3
        chips: list[Chip] = []
        x, row = 2, 0
        for index, item in enumerate(items):
            text = self.chip_text(item)
            chip_width = min(metrics.horizontalAdvance(text) + 2 * pad, width - 4)
            if x > 2 and x + chip_width > width - 2:
                row, x = row + 1, 2
            if row >= rows:
                rest = items[index - 1 :] if chips else items[index:]
                where = chips.pop().rect.topLeft() if chips else QPoint(2, top)
                more = f"+{len(rest)}"
                rect = QRect(where.x(), where.y(), metrics.horizontalAdvance(more) + 2 * pad, row_height - 1)
                chips.append(Chip(rect, tuple(rest), more))
                return chips
            chips.append(Chip(QRect(x, top + row * row_height, chip_width, row_height - 1), (item,), text))
            x += chip_width + gap
        return chips

    def chip_at(self, point: QPoint) -> Chip | None:
        for chip in self.chips():
            if chip.rect.adjusted(-1, -1, 1, 1).contains(point):
                return chip
        return None

    def describe_chip(self, chip: Chip) -> str:
        if chip.overflow:
            return self.tr("%1 weitere Fundstellen in dieser Zeile – klicken für eine Auswahl.").replace(
                "%1", str(len(chip.items))
            )
        item = chip.items[0]
        action = self.tr("Klicken: sichtbar lassen") if item.masked else self.tr("Klicken: maskieren")
        state = self.tr("wird maskiert") if item.masked else self.tr("bleibt sichtbar")
        value = " ".join(item.finding.text.split())
        return f"{categories.label(item.finding.type)} „{value}“ – {state}. {action}"

    def click_margin(self, point: QPoint) -> None:
        """A click on a chip toggles its finding; on "+N" it offers the line's other findings."""
        chip = self.chip_at(point)
        if chip is None:
            return
        if not chip.overflow:
            self.toggle_requested.emit(chip.items[0])
            return
        menu = self.overflow_menu(chip)
        menu.exec(self._margin.mapToGlobal(chip.rect.bottomLeft()))
        menu.deleteLater()

    def overflow_menu(self, chip: Chip) -> QMenu:
        """One checkable entry per finding of a "+N" chip (checked = masked)."""
        menu = QMenu(self)
        for item in chip.items:
            value = " ".join(item.finding.text.split())
            action = menu.addAction(f"{categories.label(item.finding.type)}: {value}")
            action.setCheckable(True)
            action.setChecked(item.masked)
            action.triggered.connect(lambda _checked=False, item=item: self.toggle_requested.emit(item))
        return menu

    def paint_margin(self, margin: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(margin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.chip_font())
        metrics = QFontMetrics(self.chip_font())
        palette = self.palette()
        painter.fillRect(event.rect(), palette.window())
        text_colour = QColor(palette.windowText().color())
        for chip in self.chips():
            if not chip.rect.intersects(event.rect()):
                continue
            item = chip.items[0]
            if chip.overflow or not item.masked:
                pen = QPen(text_colour)
                pen.setStyle(Qt.PenStyle.SolidLine if chip.overflow else Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(chip.rect, 3, 3)
                painter.setPen(text_colour)
            else:
                painter.setPen(categories.HIGHLIGHT_TEXT)
                painter.setBrush(categories.colour(item.finding.type))
                painter.drawRoundedRect(chip.rect, 3, 3)
            elided = metrics.elidedText(chip.text, Qt.TextElideMode.ElideRight, chip.rect.width() - 4)
            painter.drawText(chip.rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.end()
