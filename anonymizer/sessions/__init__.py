"""Keeping masking sessions: in memory, or encrypted at rest with the key in the OS keyring."""

from __future__ import annotations

from anonymizer.sessions.keys import (
    NO_KEYRING_MESSAGE,
    DamagedKeyError,
    KeyringFailedError,
    KeyringUnavailableError,
    KeyVault,
    usable_backend,
)
from anonymizer.sessions.lock import SessionBusyError
from anonymizer.sessions.store import (
    EncryptedSessionStore,
    MemorySessionStore,
    SessionError,
    SessionInfo,
    SessionNotFoundError,
    SessionStore,
    check_session_id,
    default_sessions_dir,
    open_session_store,
    persistent_session_store,
)

__all__ = [
    "NO_KEYRING_MESSAGE",
    "DamagedKeyError",
    "EncryptedSessionStore",
    "KeyVault",
    "KeyringFailedError",
    "KeyringUnavailableError",
    "MemorySessionStore",
    "SessionBusyError",
    "SessionError",
    "SessionInfo",
    "SessionNotFoundError",
    "SessionStore",
    "check_session_id",
    "default_sessions_dir",
    "open_session_store",
    "persistent_session_store",
    "usable_backend",
]
