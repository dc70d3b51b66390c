"""Tracked changes: accept them all, so deleted text cannot survive in the cleaned document.

Deleted text (``w:del`` with ``w:delText``, ``w:moveFrom``) is personal data a reader of the file can
bring back with one click in Word; it is removed. Insertions (``w:ins``, ``w:moveTo``) become plain
text. Formatting-change records are dropped because they carry author names and old properties.
"""

from __future__ import annotations

from lxml import etree

from anonymizer.documents.ooxml import w

_REMOVE = tuple(
    w(tag)
    for tag in (
        "del",
        "moveFrom",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "cellDel",
        "cellIns",
        "cellMerge",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
    )
)
_UNWRAP = (w("ins"), w("moveTo"))


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def unwrap(element: etree._Element) -> bool:
    """Replace ``element`` by its children (an insertion or a ``w:hyperlink`` becomes plain runs).

    Returns False, changing nothing, where the element has no parent.
    """
    parent = element.getparent()
    if parent is None:
        return False
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)
    return True


def accept_revisions(root: etree._Element) -> int:
    """Accept every tracked change in one part in place; returns how many records were resolved."""
    count = 0
    for element in list(root.iter(*_REMOVE)):
        # A removed ancestor takes its descendants with it; skip those already detached.
        if element.getroottree().getroot() is root:
            _remove(element)
            count += 1
    for element in list(root.iter(*_UNWRAP)):
        if unwrap(element):
            count += 1
    return count
