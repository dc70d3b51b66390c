"""Writing an output file so that a failure never leaves half a file or overwrites the input.

Every writer uses these — the CLI, the document writers (DOCX, text) and the desktop's "Speichern" —
so they live beside the documents, not in the CLI, where the others had to import them lazily.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from anonymizer.errors import OutputFileError


def write_bytes_atomically(target: Path, data: bytes, source: Path | None = None) -> None:
    """Write ``data`` to ``target`` via a temp file in the same folder, then rename.

    The input file is never overwritten: clerks must not lose their original by a typo.
    """
    if source is not None and target.exists() and source.exists() and target.resolve() == source.resolve():
        raise OutputFileError("Die Ausgabedatei darf nicht die Eingabedatei sein.")
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
    write_bytes_atomically(target, text.encode("utf-8"), source)
