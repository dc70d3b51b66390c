"""Document readers: one loader that turns a file into plain text, chosen by extension.

The command line and the GUI's open dialog and drop handler all go through :func:`load_document`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from anonymizer.documents.text import read_text_file


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """The plain text of a file plus what kind of input it was (for the audit log and writers)."""

    path: Path
    text: str
    kind: str


def load_document(path: Path) -> LoadedDocument:
    """Read ``path`` into plain text; raises :class:`InputFileError` with a German message."""
    return LoadedDocument(path, read_text_file(path), "txt")
