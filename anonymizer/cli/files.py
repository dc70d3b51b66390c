"""Inputs and outputs of the sub-commands: ``-`` for stdin, ``-o`` naming a file or a folder.

``-o ausgabe/`` (a trailing slash) or ``-o`` an existing folder writes into that folder under the
input's name, as ``cp`` does; the folder is created when it is missing. Without that rule
``-o neu/`` silently wrote a *file* named ``neu``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from anonymizer.documents import LoadedDocument, load_document
from anonymizer.documents.text import MAX_TEXT_BYTES, decode_text
from anonymizer.errors import AnonymizerError, InputFileError, OutputFileError

STDIN = "-"
#: How stdin is named in messages ("Die Datei „Standardeingabe“ ist keine Textdatei.").
STDIN_NAME = "Standardeingabe"


class UsageError(AnonymizerError):
    """Arguments that parse but do not fit together (exit code 2, like argparse's own errors)."""


def read_stdin_text() -> str:
    """The text piped into the command, decoded like a text file (UTF-8, UTF-16 with BOM, Windows-1252)."""
    data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise InputFileError(f"Die Eingabe ist zu groß (höchstens {MAX_TEXT_BYTES // (1024 * 1024)} MB).")
    return decode_text(data, STDIN_NAME)


def load_input(source: str) -> LoadedDocument:
    """A file by its extension, or plain text from stdin for ``-``."""
    if source == STDIN:
        return LoadedDocument(Path(STDIN_NAME), read_stdin_text(), "txt")
    return load_document(Path(source))


@dataclass(frozen=True, slots=True)
class OutputTarget:
    """Where ``-o`` writes, and whether that is inside a folder the user named (created on writing)."""

    path: Path
    in_folder: bool

    def prepare(self) -> Path:
        """Create the named folder if need be; return the file to write."""
        if self.in_folder:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                raise OutputFileError(f"Der Ordner „{self.path.parent}“ kann nicht angelegt werden.") from None
        return self.path


def output_target(output: str, source: str) -> OutputTarget:
    """``-o OUTPUT`` for the input ``source``: the file itself, or ``OUTPUT/<name of the input>``."""
    names_folder = output.endswith(("/", os.sep)) or Path(output).is_dir()
    if not names_folder:
        return OutputTarget(Path(output), False)
    if source == STDIN:
        raise UsageError("Bei Eingabe über stdin (-) braucht -o einen Dateinamen, keinen Ordner.")
    return OutputTarget(Path(output) / Path(source).name, True)
