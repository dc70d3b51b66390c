"""Checks every reader makes before it parses a file: it exists, it is not too big, what it really is.

A clerk may drop anything onto the window — a 200 MB scan, an old ``.doc`` renamed to ``.docx``, a
password-protected Word file. Each case gets one German sentence instead of a traceback or a frozen app.
"""

from __future__ import annotations

from pathlib import Path

from anonymizer.errors import InputFileError

#: The largest document (DOCX, PDF, e-mail) accepted; bigger files are refused with a message.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

#: The first bytes of an OLE compound file: old ``.doc``, Outlook ``.msg``, and encrypted Office files.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: The first bytes of a ZIP archive (DOCX, ODT).
ZIP_SIGNATURE = b"PK\x03\x04"


def megabytes(size: int) -> int:
    """Whole megabytes for messages."""
    return size // (1024 * 1024)


def read_limited(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a whole file after checking that it exists, is a file and is at most ``limit`` bytes."""
    name = path.name
    try:
        if path.is_dir():
            raise InputFileError(f"„{name}“ ist ein Ordner, keine Datei.")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError(f"Die Datei „{name}“ wurde nicht gefunden.") from None
    except PermissionError:
        raise InputFileError(f"Keine Berechtigung, die Datei „{name}“ zu lesen.") from None
    except OSError:
        raise InputFileError(f"Die Datei „{name}“ kann nicht gelesen werden.") from None
    if size > limit:
        raise InputFileError(f"Die Datei „{name}“ ist zu groß (höchstens {megabytes(limit)} MB).")
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputFileError(f"Keine Berechtigung, die Datei „{name}“ zu lesen.") from None
    except OSError:
        raise InputFileError(f"Die Datei „{name}“ kann nicht gelesen werden.") from None


def is_encrypted_office_file(data: bytes) -> bool:
    """True for an OLE container holding an encrypted Office document (a password-protected DOCX).

    Word stores a password-protected ``.docx`` not as a ZIP but as an OLE file with the streams
    ``EncryptionInfo`` and ``EncryptedPackage``; their names appear in UTF-16 in the directory.
    """
    return data.startswith(OLE_SIGNATURE) and "EncryptionInfo".encode("utf-16-le") in data
