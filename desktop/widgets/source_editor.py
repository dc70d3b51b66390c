"""The original text: editable, with every finding highlighted *and* labelled by category.

Cues besides colour (BITV 2.0): a solid underline for what will be masked, a dotted one for what
stays visible, the category labels of each line in a margin on the left, and a tooltip per finding.
A click on a finding asks to toggle it; dropped files are handed to the window's loader.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop import categories
from desktop.review import ReviewedFinding


class _LabelMargin(QWidget):
    """The left margin that names the categories found on each visible line."""

    def __init__(self, editor: SourceEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_margin(self, event)

    def event(self, event: QEvent) -> bool:
        """The full list of a line's categories as a tooltip (the margin may have to shorten it)."""
        if event.type() == QEvent.Type.ToolTip:
            labels = self._editor.labels_at_height(event.pos().y())  # type: ignore[attr-defined]
            if labels:
                QToolTip.showText(event.globalPos(), ", ".join(labels), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class SourceEditor(QPlainTextEdit):
    """Plain-text editor for the original; shows :class:`ReviewedFinding` items."""

    toggle_requested = Signal(object)  # ReviewedFinding
    mask_requested = Signal(str)  # selected text ("Maskieren …")
    always_requested = Signal(str)
    never_requested = Signal(str)
    file_dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewedFinding] = []
        self._press: QPoint | None = None
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
        self._items = list(items)
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
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = self._format(item)  # type: ignore[attr-defined]
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

    def item_at(self, position: int) -> ReviewedFinding | None:
        for item in self._items:
            if item.finding.start <= position < item.finding.end:
                return item
        return None

    def describe(self, item: ReviewedFinding) -> str:
        """Tooltip/status text for one finding (translated)."""
        state = self.tr("wird maskiert") if item.masked else self.tr("bleibt sichtbar")
        origin = self.tr("von Hand") if item.manual else self.tr("erkannt")
        return (
            self.tr("%1 – %2 (%3). Klicken zum Umschalten.")
            .replace("%1", categories.label(item.finding.type))
            .replace("%2", state)
            .replace("%3", origin)
        )

    def select_finding(self, item: ReviewedFinding) -> None:
        """Select a finding in the text (from the findings list) and scroll it into view."""
        cursor = self.textCursor()
        cursor.setPosition(item.finding.start)
        cursor.setPosition(item.finding.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- events ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos())).position()  # type: ignore[attr-defined]
            item = self.item_at(position)
            if item is not None:
                QToolTip.showText(event.globalPos(), self.describe(item), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4 or self.textCursor().hasSelection():
            return
        item = self.item_at(self.cursorForPosition(event.position().toPoint()).position())
        if item is not None:
            self.toggle_requested.emit(item)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.add_review_actions(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def add_review_actions(self, menu: QMenu, position: int) -> None:
        """The review entries of the context menu (also used by tests)."""
        menu.addSeparator()
        selected = self.textCursor().selectedText().replace("\u2029", "\n").strip()
        item = self.item_at(position)
        if item is not None:
            text = self.tr("Fundstelle sichtbar lassen") if item.masked else self.tr("Fundstelle maskieren")
            menu.addAction(text, lambda: self.toggle_requested.emit(item))
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

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
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
    def margin_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("M") * 11

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
        for item in self._items:
            if item.finding.start < block_end and item.finding.end > block_start:
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

    def paint_margin(self, margin: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(margin)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.window())
        painter.setPen(QColor(palette.windowText().color()))
        metrics = self.fontMetrics()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        while block.isValid() and top <= event.rect().bottom():
            height = round(self.blockBoundingRect(block).height())
            if block.isVisible():
                labels = self.line_labels(block.position(), block.position() + block.length())
                if labels:
                    text = metrics.elidedText(", ".join(labels), Qt.TextElideMode.ElideRight, margin.width() - 6)
                    painter.drawText(3, top, margin.width() - 6, metrics.height(), Qt.AlignmentFlag.AlignLeft, text)
            top += height
            block = block.next()
        painter.end()
