"""Plain text from RTF, for Outlook messages whose body exists only as "Rich Text".

extract-msg can unwrap RTF that carries HTML or plain text inside, but not a real rich-text body;
this small reader keeps the visible text: paragraphs, tabs, ``\\'xx`` characters in the document's
code page, ``\\uN`` Unicode characters, and skips font tables, pictures and other destinations.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    rb"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-z])|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.I
)
#: Destinations whose content is not text a reader sees.
_SKIPPED = {
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"themedata", b"datastore",
    b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"filetbl",
    b"header", b"footer", b"headerl", b"headerr", b"headerf", b"footerl", b"footerr", b"footerf", b"fldinst",
}  # fmt: skip
_BREAKS = {b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n", b"tab": "\t", b"cell": "\t"}


def rtf_to_text(data: bytes) -> str:
    """The visible text of an RTF document."""
    encoding = "cp1252"
    found = re.search(rb"\\ansicpg(\d+)", data)
    if found:
        encoding = f"cp{int(found.group(1))}"
    pieces: list[str] = []
    stack: list[tuple[bool, int]] = []
    skipping, unicode_skip, pending_skip = False, 1, 0
    group_start = False
    for match in _TOKEN.finditer(data):
        word, argument, hex_byte, symbol, brace, text = match.groups()
        if brace == b"{":
            stack.append((skipping, unicode_skip))
            group_start = True
            continue
        if brace == b"}":
            skipping, unicode_skip = stack.pop() if stack else (False, 1)
            group_start = False
            continue
        starts_group, group_start = group_start, False
        if symbol == b"*" and starts_group:
            skipping = True
            continue
        if word is not None:
            word = word.lower()
            if starts_group and word in _SKIPPED:
                skipping = True
            elif word == b"uc" and argument:
                unicode_skip = int(argument)
            elif not skipping and word == b"u" and argument:
                pieces.append(chr(int(argument) % 65536))
                pending_skip = unicode_skip
            elif not skipping and word in _BREAKS:
                pieces.append(_BREAKS[word])
            continue
        if skipping:
            continue
        if pending_skip:
            pending_skip -= 1
            if hex_byte is not None or (text is not None and len(text) == 1):
                continue
            if text is not None:
                text = text[1:]
        if hex_byte is not None:
            try:
                pieces.append(bytes([int(hex_byte, 16)]).decode(encoding, errors="replace"))
            except LookupError:
                pieces.append(bytes([int(hex_byte, 16)]).decode("cp1252", errors="replace"))
        elif symbol is not None:
            pieces.append({b"~": "\u00a0", b"_": "-", b"-": ""}.get(symbol, symbol.decode("latin-1")))
        elif text:
            pieces.append(text.decode(encoding if encoding != "cp65001" else "utf-8", errors="replace"))
    return re.sub(r"\n{3,}", "\n\n", "".join(pieces)).strip()
