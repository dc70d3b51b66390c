"""The progress record in the output folder: which files are done, so a rerun skips them (issue 21.1).

A folder run can be killed at any moment (Ctrl+C, a shutdown, a power cut). Every output is written
atomically, so it is either complete or absent; this record says which complete outputs belong to
which input, and which session numbered them, so that a rerun of the same command goes on where the
first stopped and does not write a finished file again.

It holds no personal value, although file and folder names may contain names:

- an input is known by a keyed hash (HMAC-SHA-256) of its relative path; the key is derived from the
  session's secret seed, which lives only in the encrypted session, so nobody can test a guessed name
  ("Antrag_Kortmann.docx") against the record;
- output paths and the input paths shown in the report are stored as masked
  (``Antrag_[PERSON_1].docx``), as they stand in the output folder;
- the settings (mode, policy) are kept as a hash, only to notice a rerun with other settings.

The record is rewritten atomically, and only after the session that numbered the recorded files has
been saved (:mod:`anonymizer.batch.runner`): a record never names a placeholder the session lacks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anonymizer.documents.atomic import write_bytes_atomically
from anonymizer.errors import AnonymizerError

RECORD_NAME = ".anonymisierungshelfer-fortschritt.json"
RECORD_FORMAT = 1
_KEY_LABEL = b"anonymisierungshelfer/ordner/v1\x00"


class RecordError(AnonymizerError):
    """The progress record cannot be read or does not fit this run."""


def settings_hash(mode: str | None, policy: object) -> str:
    """A hash of what decides the outputs' content: the mode and the policy (its repr, all plain data)."""
    return hashlib.sha256(f"{mode!r}\x00{policy!r}".encode()).hexdigest()


class PathKeys:
    """Keyed hashes of relative paths, under a key derived from the session's seed."""

    def __init__(self, seed: int) -> None:
        self._key = hashlib.sha256(_KEY_LABEL + str(seed).encode("ascii")).digest()

    def __call__(self, relative: str) -> str:
        # surrogateescape: a Linux file name that is no UTF-8 ("M\udcfcller") still has its own key
        return hmac.new(self._key, relative.encode("utf-8", "surrogateescape"), hashlib.sha256).hexdigest()


@dataclass(slots=True)
class DoneFile:
    """A finished file: its masked paths, what the input was like, what the output is like, the counts."""

    input: str
    output: str
    size: int
    mtime_ns: int
    output_size: int
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "output": self.output,
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "output_size": self.output_size,
            "counts": self.counts,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DoneFile:
        return cls(
            str(data["input"]),
            str(data["output"]),
            int(data["size"]),
            int(data["mtime_ns"]),
            int(data["output_size"]),
            {str(k): int(v) for k, v in dict(data.get("counts", {})).items()},
        )


@dataclass(slots=True)
class ProgressRecord:
    """The record of one output folder."""

    folder: Path
    session_id: str
    settings: str
    files: dict[str, DoneFile] = field(default_factory=dict)
    folders: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.folder / RECORD_NAME

    @classmethod
    def load(cls, folder: Path) -> ProgressRecord | None:
        """The record in ``folder``, None when there is none; :class:`RecordError` when it is damaged."""
        path = folder / RECORD_NAME
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError):
            raise RecordError(_damaged(path)) from None
        try:
            if data["format"] != RECORD_FORMAT:
                raise RecordError(
                    f"Die Fortschrittsdatei „{path}“ stammt von einer anderen Programmversion; "
                    "bitte mit --force neu bereinigen."
                )
            return cls(
                folder,
                str(data["session"]),
                str(data["settings"]),
                {str(key): DoneFile.from_json(value) for key, value in dict(data["files"]).items()},
                {str(key): str(value) for key, value in dict(data.get("folders", {})).items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise RecordError(_damaged(path)) from None

    def save(self) -> None:
        data = {
            "format": RECORD_FORMAT,
            "session": self.session_id,
            "settings": self.settings,
            "files": {key: done.to_json() for key, done in sorted(self.files.items())},
            "folders": dict(sorted(self.folders.items())),
        }
        # ASCII with escapes: a file name that is no UTF-8 survives the round trip exactly
        write_bytes_atomically(self.path, json.dumps(data, indent=1).encode("ascii"))

    def finished(self, key: str, size: int, mtime_ns: int) -> DoneFile | None:
        """The record of an input that is done and unchanged, whose output is still there, complete."""
        done = self.files.get(key)
        if done is None or (done.size, done.mtime_ns) != (size, mtime_ns):
            return None
        try:
            output_size = (self.folder / done.output).stat().st_size
        except OSError:
            return None
        return done if output_size == done.output_size else None


def recorded_session(folder: Path) -> str | None:
    """The session an output folder's record names (None: no record, or one that cannot be read)."""
    try:
        record = ProgressRecord.load(folder)
    except RecordError:
        return None
    return record.session_id if record is not None else None


def _damaged(path: Path) -> str:
    return f"Die Fortschrittsdatei „{path}“ ist beschädigt; bitte mit --force neu bereinigen."
