"""The per-session encryption keys, kept in the operating system's keyring via ``keyring``.

A key in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service) is protected by
the user's login; the encrypted session file alone is useless to someone who copies it. Backends
that keyring itself does not recommend (priority below 1, e.g. keyrings.alt's plaintext file) would
put the key next to the data, so they are only used when chosen explicitly through keyring's
standard ``PYTHON_KEYRING_BACKEND`` variable (tests, CI, a deliberate admin choice).

Every call into the backend is guarded: keyring backends raise their own errors (D-Bus, a locked
collection, a dismissed prompt) besides ``KeyringError``, and a stored value can be damaged (not
base64, not 32 bytes). Each of these becomes one German sentence, never a traceback.
"""

from __future__ import annotations

import base64
import binascii
import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from anonymizer import APP_NAME
from anonymizer.errors import AnonymizerError

SERVICE = APP_NAME
NO_KEYRING_MESSAGE = (
    "Auf diesem Rechner ist kein Schlüsselbund des Betriebssystems verfügbar, deshalb werden Sitzungen "
    "nur im Arbeitsspeicher gehalten und beim Beenden verworfen."
)


NO_KEYRING_ERROR = (
    "Auf diesem Rechner ist kein Schlüsselbund des Betriebssystems verfügbar, deshalb kann keine Sitzung "
    "aufbewahrt werden."
)


#: AES-256: the only key length this app stores.
KEY_BYTES = 32


class KeyringUnavailableError(AnonymizerError):
    """No usable OS keyring: a session that must be kept (command line ``--session``) cannot be."""

    def __init__(self) -> None:
        super().__init__(NO_KEYRING_ERROR)


class KeyringFailedError(AnonymizerError):
    """The keyring exists but failed on a call (locked, D-Bus error, prompt dismissed)."""

    def __init__(self, session_id: str) -> None:
        super().__init__(
            f"Der Schlüsselbund des Betriebssystems hat einen Fehler gemeldet; der Schlüssel der Sitzung "
            f"„{session_id}“ ist nicht erreichbar. Bitte den Schlüsselbund entsperren und erneut versuchen."
        )


class DamagedKeyError(AnonymizerError):
    """The value stored for a session is not a key this app wrote."""

    def __init__(self, session_id: str) -> None:
        super().__init__(
            f"Der Schlüssel der Sitzung „{session_id}“ im Schlüsselbund ist beschädigt; "
            "die Sitzung kann nicht mehr geöffnet werden."
        )


def _username(session_id: str) -> str:
    return f"session-key:{session_id}"


def usable_backend() -> KeyringBackend | None:
    """The keyring backend to use, or None when there is none worth trusting with a key."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return None
    explicit = bool(os.environ.get("PYTHON_KEYRING_BACKEND"))
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 0.0
    return backend if explicit or priority >= 1 else None


class KeyVault:
    """Stores, fetches and deletes the key of each kept session."""

    def __init__(self, backend: KeyringBackend, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    @classmethod
    def open(cls) -> KeyVault:
        backend = usable_backend()
        if backend is None:
            raise KeyringUnavailableError()
        return cls(backend)

    def store(self, session_id: str, key: bytes) -> None:
        try:
            self._backend.set_password(self._service, _username(session_id), base64.b64encode(key).decode("ascii"))
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError() from exc
        except Exception as exc:  # a backend's own error type (D-Bus, Windows API): same meaning
            raise KeyringFailedError(session_id) from exc

    def fetch(self, session_id: str) -> bytes | None:
        """The key of ``session_id``, None when there is none; German errors when it cannot be had."""
        try:
            value = self._backend.get_password(self._service, _username(session_id))
        except Exception as exc:  # KeyringError or a backend's own error type (D-Bus, Windows API)
            raise KeyringFailedError(session_id) from exc
        if not value:
            return None
        try:
            key = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise DamagedKeyError(session_id) from None
        if len(key) != KEY_BYTES:
            raise DamagedKeyError(session_id)
        return key

    def delete(self, session_id: str) -> None:
        try:
            self._backend.delete_password(self._service, _username(session_id))
        except keyring.errors.PasswordDeleteError:
            pass  # already gone
        except Exception as exc:
            raise KeyringFailedError(session_id) from exc
