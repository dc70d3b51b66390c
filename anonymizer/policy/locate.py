"""Find the line of a key in a TOML source, for error messages that say "Zeile 12".

``tomllib`` returns plain dicts without positions, so this module scans the source text itself:
table headers (``[categories.PERSON]``, ``[[patterns]]``), ``key = value`` lines and the elements
of (possibly multi-line) arrays. It is a locator, not a parser: when it cannot place a key it
falls back to the nearest enclosing table, so a message always names a useful line.
"""

from __future__ import annotations

import re

Path_ = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]#]+?)\s*\]\]?")
_KEY = re.compile(r"""^\s*((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)\s*=""")


def _split_key(raw: str) -> list[str]:
    parts = re.findall(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_\-]+)""", raw)
    return [a or b or c for a, b, c in parts]


class SourceLocator:
    """Maps key paths such as ``("patterns", 1, "regex")`` to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[Path_, int] = {}
        self._value_offsets: dict[Path_, int] = {}
        self._scan()

    def _scan(self) -> None:
        table: Path_ = ()
        array_counts: dict[Path_, int] = {}
        offset = 0
        in_multiline: str | None = None
        for number, line in enumerate(self._text.splitlines(keepends=True), start=1):
            start_of_line = offset
            offset += len(line)
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header and not _KEY.match(line):
                keys = tuple(_split_key(header.group(2)))
                if header.group(1) == "[[":
                    index = array_counts.get(keys, 0)
                    array_counts[keys] = index + 1
                    table = (*keys, index)
                else:
                    table = keys
                self._lines.setdefault(table, number)
                # Let "patterns" alone point at the first [[patterns]].
                self._lines.setdefault(keys, number)
                continue
            key = _KEY.match(line)
            if key:
                path = (*table, *_split_key(key.group(1)))
                self._lines.setdefault(path, number)
                self._value_offsets.setdefault(path, start_of_line + key.end())
                rest = line[key.end() :]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote

    def _element_lines(self, path: Path_) -> list[int]:
        """Lines where the elements of the array value of ``path`` start."""
        offset = self._value_offsets.get(path)
        if offset is None:
            return []
        text = self._text
        position = text.find("[", offset)
        if position < 0 or text[offset:position].strip():
            return []
        lines: list[int] = []
        depth = 0
        expecting = False
        i = position
        while i < len(text):
            char = text[i]
            if char in "\"'":
                triple = text.startswith(char * 3, i)
                if depth == 1 and expecting:
                    lines.append(text.count("\n", 0, i) + 1)
                    expecting = False
                closing = char * 3 if triple else char
                i += len(closing)
                while i < len(text) and not text.startswith(closing, i):
                    i += 2 if (char == '"' and text[i] == "\\") else 1
                i += len(closing)
                continue
            if char == "#":
                newline = text.find("\n", i)
                i = len(text) if newline < 0 else newline
                continue
            if char in "[{":
                if depth == 1 and expecting:
                    lines.append(text.count("\n", 0, i) + 1)
                    expecting = False
                depth += 1
                if depth == 1:
                    expecting = True
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    break
            elif char == "," and depth == 1:
                expecting = True
            elif not char.isspace() and depth == 1 and expecting:
                lines.append(text.count("\n", 0, i) + 1)
                expecting = False
            i += 1
        return lines

    def line_of(self, path: Path_) -> int:
        """The line of ``path`` or of its nearest known parent; 1 when nothing matches."""
        for length in range(len(path), 0, -1):
            prefix = path[:length]
            if prefix in self._lines:
                return self._lines[prefix]
            if isinstance(prefix[-1], int):
                elements = self._element_lines(prefix[:-1])
                if prefix[-1] < len(elements):
                    return elements[prefix[-1]]
        return 1
