"""The findings grouped by category with counts; Space/Del (or double-click) toggles masking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from anonymizer.entities import ALL_TYPES
from desktop import categories
from desktop.review import ReviewedFinding

_ROLE = Qt.ItemDataRole.UserRole


class FindingsList(QTreeWidget):
    """One top-level row per category ("Person (3)"), one child row per distinct value."""

    toggle_requested = Signal(object)  # ReviewedFinding
    finding_selected = Signal(object)  # ReviewedFinding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewedFinding] = []
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._on_activated)
        self.currentItemChanged.connect(self._on_current)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Fundstelle"), self.tr("Status")])
        self.setAccessibleName(self.tr("Fundstellen"))
        self.setAccessibleDescription(
            self.tr("Fundstellen nach Kategorie. Leertaste oder Entf schaltet die Maskierung um.")
        )
        self.set_findings(self._items)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_findings(self, items: Sequence[ReviewedFinding]) -> None:
        current = self.current_finding()
        self._items = list(items)
        self.clear()
        groups: dict[str, dict[str, list[ReviewedFinding]]] = {}
        for item in self._items:
            groups.setdefault(item.finding.type, {}).setdefault(item.key[1], []).append(item)
        order = {name: index for index, name in enumerate(ALL_TYPES)}
        for entity_type in sorted(groups, key=lambda t: order.get(t, len(order))):
            values = groups[entity_type]
            count = sum(len(v) for v in values.values())
            masked = sum(1 for v in values.values() for i in v if i.masked)
            top = QTreeWidgetItem(self, [f"{categories.label(entity_type)} ({count})", self._summary(masked, count)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for occurrences in values.values():
                first = occurrences[0]
                text = " ".join(first.finding.text.split())
                if len(occurrences) > 1:
                    text += f" ×{len(occurrences)}"
                child = QTreeWidgetItem(top, [text, self._state(first)])
                child.setData(0, _ROLE, first)
                child.setToolTip(0, f"{categories.label(entity_type)}: {self._state(first)}")
                if current is not None and first.key == current.key:
                    self.setCurrentItem(child)
            top.setExpanded(True)

    def _state(self, item: ReviewedFinding) -> str:
        if item.manual:
            return self.tr("maskiert (von Hand)")
        return self.tr("maskiert") if item.masked else self.tr("sichtbar")

    def _summary(self, masked: int, count: int) -> str:
        return self.tr("%1 von %2 maskiert").replace("%1", str(masked)).replace("%2", str(count))

    def current_finding(self) -> ReviewedFinding | None:
        item = self.currentItem()
        value = item.data(0, _ROLE) if item is not None else None
        return value if isinstance(value, ReviewedFinding) else None

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

    def select_value(self, entity_type: str, text: str) -> bool:
        """Make the row of one value current (keyboard users and tests)."""
        wanted = (entity_type, " ".join(text.split()).casefold())
        for _top, children in self._children():
            for child in children:
                finding = child.data(0, _ROLE)
                if isinstance(finding, ReviewedFinding) and finding.key == wanted:
                    self.setCurrentItem(child)
                    return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Delete):
            finding = self.current_finding()
            if finding is not None:
                self.toggle_requested.emit(finding)
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, _ROLE)
        if isinstance(finding, ReviewedFinding):
            self.toggle_requested.emit(finding)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        finding = item.data(0, _ROLE) if item is not None else None
        if isinstance(finding, ReviewedFinding):
            self.finding_selected.emit(finding)
