"""The optional usage log: proves the tool is used, without holding any personal data.

Off by default; the policy's ``[audit] enabled = true`` switches it on. One JSON line per copy,
save or restore with the time, the action, how many findings of each category were masked, the
kind of input and the app version — and nothing else: no text, no file name, no placeholder
table, no user name. With ``audit.user = true`` a salted hash of the OS account is added, so the
DSB can count distinct users without learning who they are. The salt stays on the machine.

The log is rotated by size (``audit.jsonl`` → ``audit.jsonl.1`` …) so it cannot fill the disk.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from anonymizer import __version__
from anonymizer.entities import ALL_TYPES
from anonymizer.errors import OutputFileError, PolicyError
from anonymizer.policy.model import AuditSettings

ACTIONS = ("copy", "save", "restore")
#: The input kinds the log accepts; anything else is logged as "other" so that no free text
#: (a file name passed by mistake) can reach the file.
INPUT_KINDS = ("paste", "txt", "docx", "pdf", "eml", "msg", "other")
LOG_NAME = "audit.jsonl"
SALT_NAME = "audit-salt"
MAX_BYTES = 1_000_000
BACKUPS = 5


def default_audit_dir() -> Path:
    return Path(platformdirs.user_data_dir("Anonymisierungshelfer", appauthor=False))


class AuditLog:
    """Appends one line per action to the log file, if the policy switched the log on."""

    def __init__(
        self,
        settings: AuditSettings,
        *,
        max_bytes: int = MAX_BYTES,
        backups: int = BACKUPS,
        data_dir: Path | None = None,
    ) -> None:
        self.enabled = settings.enabled
        self.log_user = settings.user
        self._data_dir = data_dir or default_audit_dir()
        folder = settings.path or self._data_dir
        # audit.path may name the folder or the file itself.
        self.path = folder if folder.suffix == ".jsonl" else folder / LOG_NAME
        self.max_bytes = max_bytes
        self.backups = backups

    def record(self, action: str, counts: Mapping[str, int], input_kind: str) -> dict[str, object] | None:
        """Log one copy/save/restore; returns the entry written (None when the log is off)."""
        if not self.enabled:
            return None
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        entry: dict[str, object] = {
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
            "action": action,
            "counts": {t: int(counts[t]) for t in ALL_TYPES if counts.get(t)},
            "input": input_kind if input_kind in INPUT_KINDS else "other",
            "version": __version__,
        }
        if self.log_user:
            entry["user"] = self._user_hash()
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._rotate_if_needed(len(line.encode("utf-8")))
            with self.path.open("a", encoding="utf-8") as stream:
                stream.write(line)
        except OSError:
            raise OutputFileError(f"Das Nutzungsprotokoll „{self.path}“ kann nicht geschrieben werden.") from None
        return entry

    def _rotate_if_needed(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size + incoming <= self.max_bytes:
            return
        for index in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{index}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{index + 1}"))
        if self.backups > 0:
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink()

    def _user_hash(self) -> str:
        salt_file = self._data_dir / SALT_NAME
        try:
            salt = salt_file.read_bytes()
        except FileNotFoundError:
            salt = secrets.token_bytes(16)
            salt_file.parent.mkdir(parents=True, exist_ok=True)
            salt_file.write_bytes(salt)
        try:
            account = getpass.getuser()
        except (OSError, KeyError):
            account = "unbekannt"
        return hashlib.sha256(salt + account.encode("utf-8")).hexdigest()[:16]


def gate_output(
    action: str,
    counts: Mapping[str, int],
    input_kind: str,
    settings: AuditSettings,
    copy_blocked_reason: str | None,
) -> None:
    """The one check before masked text leaves the app, for the CLI and the desktop alike.

    Copying and saving are refused while an invalid machine-wide policy blocks them (restoring
    an answer stays allowed); otherwise the action is written to the usage log, if it is on.
    """
    if copy_blocked_reason and action != "restore":
        raise PolicyError(copy_blocked_reason)
    AuditLog(settings).record(action, counts, input_kind)


def counts_by_type(types: list[str] | tuple[str, ...]) -> dict[str, int]:
    """Count findings per category from their types (what :meth:`AuditLog.record` wants)."""
    counts: dict[str, int] = {}
    for entity_type in types:
        counts[entity_type] = counts.get(entity_type, 0) + 1
    return counts
