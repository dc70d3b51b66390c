"""The findings grouped by category, each with a check box "wird maskiert".

Toggling is deliberate: a click on the check box, Space or Del on a row. Space/Del on a category
row masks or unmasks the whole category. Enter or a double-click *goes to* the finding in the text
(it used to toggle, undocumented). Names are never cut off: rows grow and wrap (a long e-mail
address anywhere), and the count has a column of its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop import categories
from desktop.review import ReviewedFinding, value_key

_ROLE = Qt.ItemDataRole.UserRole
_TYPE_ROLE = Qt.ItemDataRole.UserRole + 1


def _wrap_option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """Height of ``text`` wrapped to ``width`` (at spaces, else anywhere: an e-mail address too)."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap_option())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


class _WrappingDelegate(QStyledItemDelegate):
    """Draws the first column's text wrapped over as many lines as it needs, never shortened.

    Qt's own word wrap neither grows the row in a tree nor breaks a long e-mail address; a name
    shortened to "Martina Hoffmeiste…" hid which family member it was.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def _text_rect_width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.header().sectionSize(0) - self._tree.indentation() * (depth + 1)
        opt.rect.setRect(0, 0, max(width, 20), opt.rect.height() or 20)
        style = self._tree.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._tree).width() - 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        height = wrapped_height(opt.text, opt.font, self._text_rect_width(option, index)) + 4
        return QSize(hint.width(), max(hint.height(), height))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.column() != 0:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = self._tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._tree)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._tree).adjusted(2, 2, -2, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        option_ = _wrap_option()
        option_.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(rect), text, option_)
        painter.restore()


class FindingsList(QTreeWidget):
    """One top-level row per category ("Person (3)"), one child row per distinct value."""

    toggle_requested = Signal(object)  # ReviewedFinding
    category_requested = Signal(str, bool)  # entity type, masked
    finding_selected = Signal(object)  # ReviewedFinding (current row changed)
    finding_activated = Signal(object)  # ReviewedFinding (Enter / double-click: go to it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewedFinding] = []
        self._building = False
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No column header: what the check box means is in the label above and in every row's
        # accessible text, and a header that is neither focusable nor named only confused screen readers.
        self.setHeaderHidden(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_args: self.scheduleDelayedItemsLayout())  # re-wrap on resize
        self.itemActivated.connect(self._on_activated)
        self.itemChanged.connect(self._on_item_changed)
        self.currentItemChanged.connect(self._on_current)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Fundstelle"), self.tr("Anzahl")])
        self.setAccessibleName(self.tr("Fundstellen"))
        self.setAccessibleDescription(
            self.tr(
                "Fundstellen nach Kategorie; angehakt heißt: wird maskiert. Leertaste oder Entf schaltet um, "
                "auf einer Kategorie die ganze Kategorie. Eingabetaste springt zur Fundstelle im Text."
            )
        )
        self.set_findings(self._items)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- content -----------------------------------------------------------------------------
    def set_findings(self, items: Sequence[ReviewedFinding]) -> None:
        current = self.current_finding()
        current_type = self._current_type()
        scroll = self.verticalScrollBar().value()
        self._items = list(items)
        self._building = True
        try:
            self.clear()
            groups: dict[str, dict[str, list[ReviewedFinding]]] = {}
            for item in self._items:
                groups.setdefault(item.finding.type, {}).setdefault(item.key[1], []).append(item)
            icon_size = self.fontMetrics().height() - 2
            for entity_type in sorted(groups, key=categories.order):
                values = groups[entity_type]
                count = sum(len(v) for v in values.values())
                masked = sum(1 for v in values.values() for i in v if i.masked)
                name = categories.label(entity_type)
                top = QTreeWidgetItem(self, [f"{name} ({count})", ""])
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                top.setCheckState(0, self._category_state(masked, count))
                top.setIcon(0, categories.swatch(entity_type, icon_size))
                top.setData(0, _TYPE_ROLE, entity_type)
                summary = self._summary(masked, count)
                top.setToolTip(0, f"{name}: {summary}")
                top.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{name}, {count}, {summary}")
                for occurrences in values.values():
                    child = self._child(top, occurrences)
                    if current is not None and occurrences[0].key == current.key:
                        self.setCurrentItem(child)
                top.setExpanded(True)
                if current is None and current_type == entity_type:
                    self.setCurrentItem(top)
        finally:
            self._building = False
        self.verticalScrollBar().setValue(scroll)

    def _child(self, top: QTreeWidgetItem, occurrences: list[ReviewedFinding]) -> QTreeWidgetItem:
        first = occurrences[0]
        text = " ".join(first.finding.text.split())
        count = f"×{len(occurrences)}" if len(occurrences) > 1 else ""
        child = QTreeWidgetItem(top, [text, count])
        child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        child.setCheckState(0, Qt.CheckState.Checked if first.masked else Qt.CheckState.Unchecked)
        child.setData(0, _ROLE, first)
        child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        state = self.state_text(first)
        label = categories.label(first.finding.type)
        child.setToolTip(0, f"{label}: {text} – {state}")
        child.setToolTip(1, self.tr("%1 Vorkommen im Text").replace("%1", str(len(occurrences))))
        child.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            f"{text}, {label}, {state}"
            + (", " + self.tr("%1 Vorkommen").replace("%1", str(len(occurrences))) if len(occurrences) > 1 else ""),
        )
        if first.manual:
            font = QFont(child.font(0))
            font.setItalic(True)
            child.setFont(0, font)
        return child

    @staticmethod
    def _category_state(masked: int, count: int) -> Qt.CheckState:
        if masked == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if masked == count else Qt.CheckState.PartiallyChecked

    def state_text(self, item: ReviewedFinding) -> str:
        if item.manual:
            return self.tr("maskiert (von Hand)")
        return self.tr("maskiert") if item.masked else self.tr("sichtbar")

    def _summary(self, masked: int, count: int) -> str:
        return self.tr("%1 von %2 maskiert").replace("%1", str(masked)).replace("%2", str(count))

    # -- queries -------------------------------------------------------------------------------
    def current_finding(self) -> ReviewedFinding | None:
        item = self.currentItem()
        value = item.data(0, _ROLE) if item is not None else None
        return value if isinstance(value, ReviewedFinding) else None

    def _current_type(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, _TYPE_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _children(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        result: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for top in tops:
            if top is not None:
                children = [top.child(i) for i in range(top.childCount())]
                result.append((top, [child for child in children if child is not None]))
        return result

    def findings_rows(self) -> list[tuple[str, list[str]]]:
        """(category row text, child row texts) — what a screen reader walks through (tests use it)."""
        return [(top.text(0), [child.text(0) for child in children]) for top, children in self._children()]

    def value_row(self, entity_type: str, text: str) -> QTreeWidgetItem | None:
        wanted = (entity_type, value_key(text))
        for _top, children in self._children():
            for child in children:
                finding = child.data(0, _ROLE)
                if isinstance(finding, ReviewedFinding) and finding.key == wanted:
                    return child
        return None

    def category_row(self, entity_type: str) -> QTreeWidgetItem | None:
        for top, _children in self._children():
            if top.data(0, _TYPE_ROLE) == entity_type:
                return top
        return None

    def select_value(self, entity_type: str, text: str) -> bool:
        """Make the row of one value current (keyboard users and tests)."""
        row = self.value_row(entity_type, text)
        if row is not None:
            self.setCurrentItem(row)
        return row is not None

    def show_finding(self, item: ReviewedFinding) -> None:
        """Make the row of ``item`` current without announcing it back (F3 in the text)."""
        row = self.value_row(item.finding.type, item.finding.text)
        if row is not None:
            self.blockSignals(True)
            self.setCurrentItem(row)
            self.blockSignals(False)
            self.scrollToItem(row)

    # -- interaction ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Delete):
            item = self.currentItem()
            if item is not None and self._toggle_row(item):
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by Tab lands on a row, so Space has something to act on and a screen reader reads it."""
        had_row = self.currentItem() is not None
        super().focusInEvent(event)  # Qt makes the first category row current
        first = self.topLevelItem(0)
        value = first.child(0) if first is not None and first.childCount() else None
        if not had_row and value is not None:
            self.setCurrentItem(value)  # a value, not a whole category, is what Space then toggles

    def _toggle_row(self, row: QTreeWidgetItem) -> bool:
        finding = row.data(0, _ROLE)
        if isinstance(finding, ReviewedFinding):
            self.toggle_requested.emit(finding)
            return True
        entity_type = row.data(0, _TYPE_ROLE)
        if isinstance(entity_type, str):
            self.category_requested.emit(entity_type, row.checkState(0) != Qt.CheckState.Checked)
            return True
        return False

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        """A click on a check box: decide after Qt has finished with the row (the list is rebuilt then)."""
        if self._building or column != 0:
            return
        finding = row.data(0, _ROLE)
        if isinstance(finding, ReviewedFinding):
            wanted = row.checkState(0) == Qt.CheckState.Checked
            if wanted != finding.masked:
                QTimer.singleShot(0, lambda: self.toggle_requested.emit(finding))
            return
        entity_type = row.data(0, _TYPE_ROLE)
        if isinstance(entity_type, str):
            masked = row.checkState(0) != Qt.CheckState.Unchecked
            QTimer.singleShot(0, lambda: self.category_requested.emit(entity_type, masked))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, _ROLE)
        if isinstance(finding, ReviewedFinding):
            self.finding_activated.emit(finding)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        finding = item.data(0, _ROLE) if item is not None else None
        if isinstance(finding, ReviewedFinding):
            self.finding_selected.emit(finding)

    def row_index(self, row: QTreeWidgetItem) -> QModelIndex:
        """The model index of a row (tests click its check box)."""
        return self.indexFromItem(row, 0)
