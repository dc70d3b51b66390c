"""The layout of letters and records: lines, ``Label: value`` fields, address blocks, table columns
and chat sender labels.

Why a pass of its own: letters, forms, medical reports, Excel exports and chat exports carry their
personal data in places that their *structure* names, not their sentences — the line after "Herrn" in
an address block, the value after "Pat.:", the cells under a "Name" header, the sender of a chat
message. Every recognizer that reads such places (persons, addresses, birth dates, numbers) asks this
module where they are; what a value *means* stays with the recognizer. Nothing here knows about names.

All offsets are code-point offsets into the text given; the functions are linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text, without its line break."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def stripped(self) -> tuple[int, int]:
        """(start, end) of the line without its surrounding blanks."""
        inner = self.text.strip()
        if not inner:
            return self.start, self.start
        offset = self.text.index(inner)
        return self.start + offset, self.start + offset + len(inner)


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for part in text.split("\n"):
        lines.append(Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return lines


# --------------------------------------------------------------------------------------------- fields
@dataclass(frozen=True, slots=True)
class Field:
    """A ``Label: value`` pair ("Pat.: Müller, Hans", "PATIENTIN: ...", "Betr.: ...").

    ``key`` is the label folded for lookups: lower case, inner blanks single, the trailing dot kept
    ("pat.", "betr.", "dikt. arzt"). The value runs to the end of the line or to the next label on
    the same line ("Name: Kortmann, Vorname: Sabine"); it may be empty when the value stands on the
    next line ("Absender:" above an address block).
    """

    label: str
    key: str
    label_start: int
    value_start: int
    value_end: int

    def value(self, text: str) -> str:
        return text[self.value_start : self.value_end]


#: A label: up to four words (letters, dots, hyphens, slashes, brackets) before a colon, at the start of a
#: line, after a table separator, or after a comma ("Name: Kortmann, Vorname: Sabine"). Not "http:",
#: not a time ("09:14"), not inside a sentence ("Er sagte: ...", which has more words before the colon).
_FIELD = re.compile(
    r"(?m)(?:^|(?<=[\t|;])|(?<=, )|(?<=  ))[ \t>*•-]*"
    r"(?P<label>[^\W\d_][\w.()/'’-]*(?: [\w.()/'’-]+){0,3}?)[ \t]*:(?![/\d])[ \t]*"
)
_MAX_LABEL = 40


def fields(text: str) -> list[Field]:
    """Every ``Label: value`` field of ``text``, in order."""
    found: list[tuple[str, int, int]] = []
    for match in _FIELD.finditer(text):
        label = match.group("label")
        if len(label) > _MAX_LABEL:
            continue
        found.append((label, match.start("label"), match.end()))
    result = []
    for index, (label, label_start, value_start) in enumerate(found):
        line_end = text.find("\n", value_start)
        line_end = len(text) if line_end < 0 else line_end
        value_end = line_end
        if index + 1 < len(found) and found[index + 1][1] < line_end:
            value_end = found[index + 1][1]
        value_end = _trim_end(text, value_start, value_end)
        key = " ".join(label.lower().split())
        result.append(Field(label, key, label_start, value_start, value_end))
    return result


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop blanks and the separator (", ", "|", ";", tab) before the next label from a value's end."""
    while end > start and text[end - 1] in " \t,;|":
        end -= 1
    return end


# --------------------------------------------------------------------------------------- address blocks
@dataclass(frozen=True, slots=True)
class AddressBlock:
    """A block of consecutive lines that ends with a postcode line ("49074 Osnabrück").

    ``recipient`` is a line that holds only a form of address ("Herrn", "Frau", "Eheleute", "An"),
    ``name`` the line after it — or, without such a line, the block's first line when a street line
    follows it. ``street`` is the line before the postcode line when it ends in a house number or is a
    PO box. The roles are positions only; whether the name line names a person is for the caller.
    """

    lines: tuple[Line, ...]
    recipient: Line | None
    name: Line | None
    street: Line | None
    postcode: Line


#: "49074 Osnabrück", "D-48653 Coesfeld", "A-5020 Salzburg", "CH-3011 Bern", "6020 Innsbruck".
POSTCODE_LINE = re.compile(r"^[ \t]*(?:(?:D|A|CH|DE|AT)[- ]?)?\d{4,5}[ \t]+[^\W\d_]")
#: A street line: words, then a house number (with letter or range), or a PO box.
STREET_LINE = re.compile(
    r"(?i)^[ \t]*(?:postfach\b.*|\D+?[ \t.]\d{1,4}(?:[ \t]?[a-z])?(?:[ \t]?[-/][ \t]?\d{1,4}[a-z]?)?)[ \t,]*$"
)
#: A line with nothing but a form of address.
RECIPIENT_LINE = re.compile(
    r"(?i)^[ \t]*(?:an[ \t]+(?:die[ \t]+|den[ \t]+)?)?"
    r"(?:herrn?|frau|fr\.|hr\.|familie|fam\.|eheleute|ehepaar|herrn?[ \t]+und[ \t]+frau|frau[ \t]+und[ \t]+herrn?)"
    r"[ \t]*$"
)
#: Lines an address block has at most above its postcode line.
_MAX_BLOCK_LINES = 6


def address_blocks(text: str, lines: list[Line] | None = None) -> list[AddressBlock]:
    """Every address block of ``text`` (see :class:`AddressBlock`)."""
    lines = lines if lines is not None else split_lines(text)
    blocks = []
    for index, line in enumerate(lines):
        if not POSTCODE_LINE.match(line.text):
            continue
        first = index
        while first > 0 and index - first < _MAX_BLOCK_LINES and not lines[first - 1].blank:
            first -= 1
        block = lines[first : index + 1]
        street = lines[index - 1] if index > first and STREET_LINE.match(lines[index - 1].text) else None
        recipient = next((ln for ln in block[:-1] if RECIPIENT_LINE.match(ln.text)), None)
        name: Line | None = None
        if recipient is not None:
            after = block.index(recipient) + 1
            if after < len(block) - 1 and block[after] is not street:
                name = block[after]
        elif street is not None and len(block) >= 3:
            name = block[0]
        blocks.append(AddressBlock(tuple(block), recipient, name, street, line))
    return blocks


def lines_after_recipient(lines: list[Line]) -> list[Line]:
    """The line after each line that holds only a form of address ("Herrn" / "Frau" / "Eheleute"),
    also where no postcode line follows (an address cut off, a letter head without a town)."""
    return [
        lines[k + 1] for k, line in enumerate(lines[:-1]) if RECIPIENT_LINE.match(line.text) and not lines[k + 1].blank
    ]


# ------------------------------------------------------------------------------------------------ tables
#: Cell separators of plain-text tables, most specific first.
TABLE_SEPARATORS = ("\t", "|", ";")
_CELL_SPLIT = re.compile(r"\t|\s*\|\s*|\s*;\s*")


def cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table line; a leading '|' does not open a cell."""
    found = []
    pos = 0
    for match in _CELL_SPLIT.finditer(line):
        found.append((pos, line[pos : match.start()]))
        pos = match.end()
    found.append((pos, line[pos:]))
    if line.lstrip().startswith("|") and found and not found[0][1].strip():
        found = found[1:]
    return found


def column_cells(text: str, is_header: Callable[[str], bool], lines: list[Line] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every non-empty cell under a header cell for which ``is_header`` holds, in
    tab, pipe or semicolon tables; a line without a separator ends the table. ``lines``: the text's
    lines, where the caller has split them already."""
    lines = lines if lines is not None else split_lines(text)
    spans = []
    columns: set[int] = set()
    for line in lines:
        if not any(sep in line.text for sep in TABLE_SEPARATORS):
            columns = set()
            continue
        row = cells(line.text)
        header = {k for k, (_, cell) in enumerate(row) if is_header(cell)}
        if header:
            columns = header
            continue
        for k in columns:
            if k >= len(row):
                continue
            offset, cell = row[k]
            value = cell.strip()
            if value:
                start = line.start + offset + cell.index(value)
                spans.append((start, start + len(value)))
    return spans


# ------------------------------------------------------------------------------------------------ chats
#: The sender label of an exported chat message: "[12.03.25, 09:14:02] Name: …", "[09:14] Name: …",
#: "12.03.25, 09:14 - Name: …". The time is required, so "Betreff: …" is no sender.
_CHAT_SENDER = re.compile(
    r"(?m)^[ \t]*\[?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?\]?"
    r"[ \t]*(?:-[ \t]*)?(?P<sender>[^:\n\d][^:\n]{0,48}?):[ \t]"
)


def chat_senders(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sender label of each exported chat message."""
    return [match.span("sender") for match in _CHAT_SENDER.finditer(text)]
