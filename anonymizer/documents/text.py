"""Plain text files: decode whatever encoding a county workstation produces, refuse binaries.

Order: a byte-order mark (UTF-8/UTF-16/UTF-32), then strict UTF-8, then a UTF-8 file with a few
broken bytes, then Windows-1252 (what German Windows programs wrote for decades; Latin-1 is a subset
for letters), and only then the guess of charset-normalizer. Guessing first would turn a short
Latin-1 line such as "Müller" into Chinese characters. A file with NUL bytes or many control
characters is a binary renamed to ``.txt`` and is refused with a German message.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from anonymizer.errors import InputFileError

#: The largest text file accepted (a clear message instead of an unresponsive app).
MAX_TEXT_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    control = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return control > max(8, len(text[:65536]) // 100)


#: At most this share of broken bytes still counts as a (damaged) UTF-8 file rather than Windows-1252.
MAX_BROKEN_UTF8_SHARE = 0.001
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _decode_legacy(data: bytes) -> str | None:
    """Decode bytes that are not valid UTF-8; None when no encoding fits."""
    repaired = data.decode("utf-8", errors="replace")
    broken = repaired.count("\ufffd")
    if _UTF8_MULTIBYTE.search(data) and broken <= max(1, len(repaired) * MAX_BROKEN_UTF8_SHARE):
        return repaired
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return None if best is None else str(best)


def _bom_less_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark (some export tools): every second byte of Latin text is NUL."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    if sample[1::2].count(0) >= 0.9 * half and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) >= 0.9 * half and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text file named ``name`` (the name is only used in messages)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputFileError(f"Die Datei „{name}“ ist beschädigt und kann nicht gelesen werden.") from exc
            break
    else:
        bom_less = _bom_less_utf16(data)
        try:
            text = data.decode(bom_less or "utf-8")
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise InputFileError(f"Die Datei „{name}“ ist keine Textdatei.") from None
            legacy = _decode_legacy(data)
            if legacy is None:
                raise InputFileError(f"Die Datei „{name}“ ist keine Textdatei.") from None
            text = legacy
    if _looks_binary(text):
        raise InputFileError(f"Die Datei „{name}“ ist keine Textdatei.")
    return text


def read_text_file(path: Path) -> str:
    """Read a text file with a German error for every way it can fail."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError(f"Die Datei „{name}“ wurde nicht gefunden.") from None
    except OSError:
        raise InputFileError(f"Die Datei „{name}“ kann nicht gelesen werden.") from None
    if path.is_dir():
        raise InputFileError(f"„{name}“ ist ein Ordner, keine Datei.")
    if size > MAX_TEXT_BYTES:
        limit = MAX_TEXT_BYTES // (1024 * 1024)
        raise InputFileError(f"Die Datei „{name}“ ist zu groß (höchstens {limit} MB).")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputFileError(f"Keine Berechtigung, die Datei „{name}“ zu lesen.") from None
    except OSError:
        raise InputFileError(f"Die Datei „{name}“ kann nicht gelesen werden.") from None
    return decode_text(data, name)
