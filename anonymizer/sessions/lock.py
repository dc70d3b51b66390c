"""An exclusive lock on one kept session, across processes, with the operating system's file locks.

Two ``anonymize --session akte-1`` running at once used to read the same table, each number its
own new person ``[PERSON_2]`` and save — the last writer won, and restoring the first one's answer
put in the wrong person. The read–modify–write of a session therefore runs under this lock: the
second process waits until the first has saved, then reads its table and continues the numbering.

``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows (both released by the OS when the
process dies, so a crash leaves no stale lock). No third-party package: the standard library has
both, and a lock is too central to depend on a release we have not tested. The lock file
(``<id>.lock`` next to the session) holds nothing; it is removed with its session.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from anonymizer.errors import AnonymizerError

#: How long a second writer waits before it gives up with a German message (a long document under
#: the model takes a minute at most; ten is generous).
DEFAULT_TIMEOUT_SECONDS = 600.0
_POLL_SECONDS = 0.05


class SessionBusyError(AnonymizerError):
    """Another process holds the session's lock for longer than the timeout."""


def _try_lock(handle: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle, fcntl.LOCK_UN)


def _still_the_file(handle: int, path: Path) -> bool:
    """False when the lock file was removed (its session deleted) while we waited for it."""
    try:
        current = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle)
    return (mine.st_dev, mine.st_ino) == (current.st_dev, current.st_ino)


class FileLock:
    """``with FileLock(path, label):`` — exclusive across processes; not re-entrant (the store counts)."""

    def __init__(self, path: Path, label: str, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self.path = path
        self.label = label
        self.timeout = timeout
        self._handle: int | None = None

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            while not _try_lock(handle):
                if time.monotonic() >= deadline:
                    os.close(handle)
                    raise SessionBusyError(
                        f"Die Sitzung „{self.label}“ wird gerade von einem anderen Vorgang benutzt; "
                        "bitte später erneut versuchen."
                    )
                time.sleep(_POLL_SECONDS)
            if sys.platform == "win32" or _still_the_file(handle, self.path):
                self._handle = handle
                return
            _unlock(handle)  # the session was deleted meanwhile: lock the new file instead
            os.close(handle)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle)
        finally:
            os.close(handle)

    def remove(self) -> None:
        """Delete the lock file while holding it (a waiter notices and locks a fresh one)."""
        # Windows refuses to delete an open file; the empty file then stays until the next delete.
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()
