"""Writing an output file so that a failure never leaves half a file or overwrites the input.

Every writer uses these — the CLI, the document writers (DOCX, text) and the desktop's "Speichern" —
so they live beside the documents, not in the CLI, where the others had to import them lazily.

The rename trick (write a temp file, then ``os.replace``) is only right for a regular file: renamed
over ``/dev/null`` it turns the device into a regular file holding the masked text (run as root,
every program that reads ``/dev/null`` breaks), renamed over a FIFO it cuts off the reader, renamed
over a symbolic link it replaces the link instead of the file it points to. So the target is looked
at first: a symbolic link is followed to the file it names, a character device (``/dev/null``,
``NUL``, a terminal) or a FIFO is written as a stream, and anything else that is not a regular file
(a folder, a block device, a socket) is refused with a German message.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from anonymizer.errors import OutputFileError


def _same_file(target: Path, source: Path | None) -> bool:
    if source is None:
        return False
    try:
        return os.path.samefile(target, source)
    except OSError:
        return False


def _resolved(target: Path) -> Path:
    """``target`` with every symbolic link followed (the link itself is never replaced)."""
    if not target.is_symlink():
        return target
    try:
        return target.resolve(strict=False)
    except (OSError, RuntimeError):  # a link loop
        raise OutputFileError(f"Die Ausgabe „{target}“ ist eine Verknüpfung, die nirgendwohin führt.") from None


def _write_stream(target: Path, data: bytes) -> None:
    """Write into an existing device or FIFO as a stream: no temp file, no rename, no truncation."""
    try:
        with target.open("wb", buffering=0) as stream:
            view = memoryview(data)
            while view:
                written = stream.write(view)
                view = view[written or 0 :]
    except OSError:
        raise OutputFileError(f"In „{target}“ kann nicht geschrieben werden.") from None


def write_bytes_atomically(target: Path, data: bytes, source: Path | None = None) -> None:
    """Write ``data`` to ``target``: a regular file (or none yet) via a temp file and a rename.

    The input file is never overwritten: clerks must not lose their original by a typo. A symbolic
    link is followed; a device or FIFO gets the bytes as a stream; other special files are refused.
    """
    if _same_file(target, source):
        raise OutputFileError("Die Ausgabedatei darf nicht die Eingabedatei sein.")
    target = _resolved(target)
    try:
        mode: int | None = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError:
        raise OutputFileError(f"Die Ausgabe „{target}“ kann nicht geprüft werden.") from None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            _write_stream(target, data)
            return
        if stat.S_ISDIR(mode):
            raise OutputFileError(f"„{target}“ ist ein Ordner; bitte einen Dateinamen angeben.")
        raise OutputFileError(
            f"„{target}“ ist keine gewöhnliche Datei (z. B. ein Laufwerk oder Socket); dorthin wird nicht geschrieben."
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputFileError(f"Der Ordner „{folder}“ existiert nicht.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".anon-", suffix=".tmp", dir=folder)
    except OSError:
        raise OutputFileError(f"In den Ordner „{folder}“ kann nicht geschrieben werden.") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp_name, target)
    except OSError:
        Path(temp_name).unlink(missing_ok=True)
        raise OutputFileError(f"Die Datei „{target.name}“ kann nicht geschrieben werden.") from None


def write_text_atomically(target: Path, text: str, source: Path | None = None) -> None:
    # A lone surrogate (a broken PDF text layer) cannot be encoded; it becomes "?" instead of a traceback.
    write_bytes_atomically(target, text.encode("utf-8", errors="replace"), source)
