"""Where masking sessions live: in memory by default, encrypted on disk when kept across restarts.

A kept session is one file ``<user data dir>/sessions/<id>.session``: a small plaintext header (id
and dates, nothing personal, so the list and the expiry work without the key) and the session table
encrypted with AES-256-GCM under a random key of its own. That key lives in the OS keyring, never on
disk next to the file. Deleting a session deletes both; sessions expire ``keep_days`` days after
their last use. There is no plaintext fallback: without a keyring, sessions stay in memory.

A read–modify–write of a kept session runs under an exclusive file lock (:meth:`locked`), so two
processes continuing one session number their entries one after the other. A damaged file (no
header, a header that is not what this store writes, or one that names another session) is skipped
with a German warning in :attr:`EncryptedSessionStore.warnings`; expiry deletes only the file that
expired and its own key — never the session a header claims to be.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import tempfile
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from anonymizer import APP_NAME
from anonymizer.errors import AnonymizerError
from anonymizer.masking.session import MaskingSession
from anonymizer.policy import Policy
from anonymizer.sessions.keys import (
    NO_KEYRING_MESSAGE,
    DamagedKeyError,
    KeyringUnavailableError,
    KeyVault,
    usable_backend,
)
from anonymizer.sessions.lock import DEFAULT_TIMEOUT_SECONDS, FileLock

MAGIC = b"ANONSESSION1\n"
#: How long the expiry sweep waits for a session another process holds (it skips it after that).
_SWEEP_LOCK_SECONDS = 1.0
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class SessionError(AnonymizerError):
    """A session cannot be found, read or written."""


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """What ``sessions list`` shows: no originals, only id, dates and size."""

    session_id: str
    created: str
    updated: str
    expires: str
    entities: int


def check_session_id(session_id: str) -> str:
    """Session ids become file names: letters, digits, ``-``, ``_`` and ``.``, at most 64 characters."""
    if not _ID.match(session_id) or ".." in session_id:
        raise SessionError(
            f"Die Sitzungskennung „{session_id}“ ist ungültig "
            "(erlaubt: Buchstaben, Ziffern, - _ ., höchstens 64 Zeichen)."
        )
    return session_id


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _parse_time(text: str) -> dt.datetime:
    """Like :func:`_strict_time`, but an unreadable time counts as now."""
    return _strict_time(text) or _now()


class SessionStore(ABC):
    """The interface the GUI and the command line use, whatever the backing."""

    #: True when sessions survive a restart of the app.
    persistent: bool = False
    #: A German sentence for the user when the store had to fall back (e.g. no keyring), else None.
    notice: str | None = None

    @abstractmethod
    def save(self, session: MaskingSession) -> None: ...

    @contextmanager
    def locked(self, session_id: str, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> Iterator[None]:
        """Hold the session exclusively for a read–modify–write (load, mask, save); in memory: nothing to do."""
        yield

    @abstractmethod
    def load(self, session_id: str, policy: Policy) -> MaskingSession:
        """The stored session; raises :class:`SessionError` (German) when there is none."""

    @abstractmethod
    def exists(self, session_id: str) -> bool: ...

    @abstractmethod
    def delete(self, session_id: str) -> None:
        """Forget the session (and, when encrypted, its key); raises :class:`SessionError` when unknown."""

    @abstractmethod
    def list_sessions(self) -> list[SessionInfo]: ...

    @abstractmethod
    def purge_expired(self) -> list[str]:
        """Delete the sessions past their expiry; return their ids."""


def _info(table: dict[str, Any], keep_days: int) -> SessionInfo:
    updated = _parse_time(str(table["updated"]))
    return SessionInfo(
        session_id=str(table["session_id"]),
        created=str(table["created"]),
        updated=str(table["updated"]),
        expires=(updated + dt.timedelta(days=keep_days)).isoformat(timespec="seconds"),
        entities=len(table.get("entities", [])),
    )


class SessionNotFoundError(SessionError):
    """There is no session of this id (any more)."""


def _not_found(session_id: str) -> SessionError:
    return SessionNotFoundError(f"Die Sitzung „{session_id}“ gibt es nicht (mehr).")


class MemorySessionStore(SessionStore):
    """Sessions in this process only; gone when the app ends."""

    def __init__(self, keep_days: int = 7, notice: str | None = None) -> None:
        self._tables: dict[str, dict[str, Any]] = {}
        self._keep_days = keep_days
        self.notice = notice

    def save(self, session: MaskingSession) -> None:
        self._tables[session.session_id] = copy.deepcopy(session.to_table())

    def load(self, session_id: str, policy: Policy) -> MaskingSession:
        if session_id not in self._tables:
            raise _not_found(session_id)
        return MaskingSession.from_table(copy.deepcopy(self._tables[session_id]), policy)

    def exists(self, session_id: str) -> bool:
        return session_id in self._tables

    def delete(self, session_id: str) -> None:
        if self._tables.pop(session_id, None) is None:
            raise _not_found(session_id)

    def list_sessions(self) -> list[SessionInfo]:
        return [_info(table, self._keep_days) for table in self._tables.values()]

    def purge_expired(self) -> list[str]:
        now = _now()
        expired = [i.session_id for i in self.list_sessions() if _parse_time(i.expires) <= now]
        for session_id in expired:
            del self._tables[session_id]
        return expired


#: The header fields and their types, exactly as :meth:`EncryptedSessionStore.save` writes them.
_HEADER_FIELDS: dict[str, type] = {"session_id": str, "created": str, "updated": str, "expires": str, "entities": int}


def _strict_time(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _damaged(path: Path) -> SessionError:
    return SessionError(f"Die Sitzungsdatei „{path.name}“ ist beschädigt.")


class EncryptedSessionStore(SessionStore):
    """Sessions as AES-GCM encrypted files, one key per session in the OS keyring."""

    persistent = True

    def __init__(self, directory: Path, keys: KeyVault, keep_days: int = 7) -> None:
        self.directory = directory
        self._keys = keys
        self._keep_days = keep_days
        #: German sentences about damaged session files met by the last listing or purge.
        self.warnings: list[str] = []
        # The file lock is per process; within it, threads take turns and a holder may re-enter.
        self._thread_lock = threading.RLock()
        self._held: dict[str, tuple[FileLock, int]] = {}

    def _path(self, session_id: str) -> Path:
        return self.directory / f"{check_session_id(session_id)}.session"

    def _lock_path(self, session_id: str) -> Path:
        return self.directory / f"{check_session_id(session_id)}.lock"

    @contextmanager
    def locked(self, session_id: str, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> Iterator[None]:
        """Exclusive across processes: a second writer waits here until the first has saved.

        Raises :class:`SessionBusyError` (German) when the lock is not free within ``timeout`` seconds.
        """
        with self._thread_lock:
            held = self._held.get(session_id)
            if held is None:
                try:
                    self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
                except OSError as exc:
                    raise SessionError(f"Der Sitzungsordner „{self.directory}“ kann nicht angelegt werden.") from exc
                lock = FileLock(self._lock_path(session_id), session_id, timeout)
                lock.acquire()
                held = (lock, 0)
            self._held[session_id] = (held[0], held[1] + 1)
            try:
                yield
            finally:
                lock, count = self._held.pop(session_id)
                if count > 1:
                    self._held[session_id] = (lock, count - 1)
                else:
                    lock.release()

    def save(self, session: MaskingSession) -> None:
        with self.locked(session.session_id):
            self._save(session)

    def _save(self, session: MaskingSession) -> None:
        table = session.to_table()
        info = _info(table, self._keep_days)
        header = json.dumps(
            {
                "session_id": info.session_id,
                "created": info.created,
                "updated": info.updated,
                "expires": info.expires,
                "entities": info.entities,
            },
            sort_keys=True,
        ).encode("utf-8")
        path = self._path(session.session_id)
        try:
            key = self._keys.fetch(session.session_id)
        except DamagedKeyError:
            if path.exists():
                raise
            key = None  # a stale, broken key of a session that no longer exists: replace it
        if key is None:
            key = AESGCM.generate_key(bit_length=256)
            self._keys.store(session.session_id, key)
        nonce = os.urandom(12)
        associated = MAGIC + header
        ciphertext = AESGCM(key).encrypt(nonce, json.dumps(table).encode("utf-8"), associated)
        self._write(path, associated + b"\n" + nonce + ciphertext)

    def _write(self, target: Path, data: bytes) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temp_name = tempfile.mkstemp(prefix=".session-", suffix=".tmp", dir=self.directory)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                os.chmod(temp_name, 0o600)
                os.replace(temp_name, target)
            except OSError:
                Path(temp_name).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise SessionError(f"Die Sitzung kann nicht in „{self.directory}“ gespeichert werden.") from exc

    def _read(self, session_id: str) -> tuple[dict[str, Any], bytes, bytes]:
        """(header, authenticated bytes, nonce + ciphertext); SessionError when missing or damaged.

        A header counts only when it is exactly what :meth:`save` writes — a JSON object with these
        five fields of these types, parseable times, and the id of the file it is in.
        """
        path = self._path(session_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise _not_found(session_id) from None
        except OSError as exc:
            raise SessionError(f"Die Sitzung „{session_id}“ kann nicht gelesen werden.") from exc
        if not data.startswith(MAGIC) or b"\n" not in data[len(MAGIC) :]:
            raise _damaged(path)
        header_end = data.index(b"\n", len(MAGIC))
        try:
            header = json.loads(data[len(MAGIC) : header_end])
        except (ValueError, RecursionError):
            raise _damaged(path) from None
        if (
            not isinstance(header, dict)
            or any(not isinstance(header.get(name), kind) for name, kind in _HEADER_FIELDS.items())
            or header["session_id"] != session_id
            or _strict_time(header["expires"]) is None
        ):
            raise _damaged(path)
        return header, data[:header_end], data[header_end + 1 :]

    def _expired(self, header: dict[str, Any]) -> bool:
        expires = _strict_time(str(header["expires"]))
        return expires is not None and expires <= _now()

    def load(self, session_id: str, policy: Policy) -> MaskingSession:
        header, associated, payload = self._read(session_id)
        if self._expired(header):
            self.delete(session_id)
            raise SessionError(f"Die Sitzung „{session_id}“ ist abgelaufen und wurde gelöscht.")
        key = self._keys.fetch(session_id)
        if key is None:
            raise SessionError(f"Der Schlüssel der Sitzung „{session_id}“ fehlt im Schlüsselbund.")
        try:
            plaintext = AESGCM(key).decrypt(payload[:12], payload[12:], associated)
            table = json.loads(plaintext)
            return MaskingSession.from_table(table, policy)
        except (InvalidTag, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise SessionError(f"Die Sitzung „{session_id}“ lässt sich nicht entschlüsseln.") from None

    def exists(self, session_id: str) -> bool:
        return self._path(session_id).is_file()

    def delete(self, session_id: str) -> None:
        """Delete the file ``<id>.session`` and the key of ``id`` — by the file name, whatever it holds."""
        with self.locked(session_id):
            path = self._path(session_id)
            existed = path.is_file()
            path.unlink(missing_ok=True)
            self._keys.delete(session_id)
            lock, _count = self._held[session_id]
            lock.remove()
        if not existed:
            raise _not_found(session_id)

    def _sweep(self) -> tuple[list[dict[str, Any]], list[str]]:
        """Read every header once: the headers of the live sessions, and the ids of the expired
        ones, which are deleted on the way (listing and purging share this one pass).

        A damaged file is skipped with a warning and left alone: it is never a reason to delete
        anything, least of all the session its header names.
        """
        self.warnings = []
        live: list[dict[str, Any]] = []
        expired: list[str] = []
        if not self.directory.is_dir():
            return live, expired
        for path in sorted(self.directory.glob("*.session")):
            try:
                header = self._read(path.stem)[0]
            except SessionNotFoundError:
                continue  # deleted by another process meanwhile
            except AnonymizerError:
                self.warnings.append(
                    f"Die Sitzungsdatei „{path.name}“ ist beschädigt und wurde übersprungen "
                    f"(löschen mit „sessions delete {path.stem}“)."
                )
                continue
            if not self._expired(header):
                live.append(header)
                continue
            try:
                # In use by another process (which may be continuing it): leave it for the next sweep.
                with self.locked(path.stem, timeout=_SWEEP_LOCK_SECONDS):
                    # Another process may have continued the session while we read: look again.
                    still_expired = self._expired(self._read(path.stem)[0])
                    if still_expired:
                        self.delete(path.stem)
                        expired.append(path.stem)
            except AnonymizerError:
                continue
        return live, expired

    def list_sessions(self) -> list[SessionInfo]:
        return [
            SessionInfo(
                str(h["session_id"]), str(h["created"]), str(h["updated"]), str(h["expires"]), int(h["entities"])
            )
            for h in self._sweep()[0]
        ]

    def purge_expired(self) -> list[str]:
        return self._sweep()[1]


def default_sessions_dir() -> Path:
    """The per-user data folder (platformdirs), e.g. ``~/.local/share/Anonymisierungshelfer/sessions``."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "sessions"


def open_session_store(policy: Policy, keep: bool = True, directory: Path | None = None) -> SessionStore:
    """The store to use: encrypted when ``keep`` and a keyring exist, else in memory with a ``notice``."""
    if not keep or policy.keep_days <= 0:
        return MemorySessionStore(max(policy.keep_days, 0))
    backend = usable_backend()
    if backend is None:
        return MemorySessionStore(policy.keep_days, notice=NO_KEYRING_MESSAGE)
    store = EncryptedSessionStore(directory or default_sessions_dir(), KeyVault(backend), policy.keep_days)
    store.purge_expired()
    return store


def persistent_session_store(policy: Policy, directory: Path | None = None) -> EncryptedSessionStore:
    """The encrypted store, or :class:`KeyringUnavailableError` (German) when there is no keyring.

    The command line needs this: ``restore`` runs in a later process, so a session it cannot keep
    is useless there, and silently keeping it in plaintext is not an option.
    """
    store = open_session_store(policy, True, directory)
    if not isinstance(store, EncryptedSessionStore):
        if store.notice == NO_KEYRING_MESSAGE:
            raise KeyringUnavailableError()
        raise SessionError("Die Richtlinie erlaubt keine gespeicherten Sitzungen (keep_days = 0).")
    return store
