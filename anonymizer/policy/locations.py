"""Where the binding policy lives: places only an administrator can write, found without asking the user.

The data protection officer's policy binds only if a clerk cannot switch it off. So its places are
fixed and never read from anything the clerk controls — not from an environment variable, not from
``XDG_CONFIG_DIRS``, not from ``%PROGRAMDATA%`` (an environment variable, too):

- **Windows**: ``<ProgramData>\\Anonymisierungshelfer\\policy.toml``, the ProgramData folder asked
  from Windows itself (``SHGetKnownFolderPath(FOLDERID_ProgramData)``), and — as Windows admins
  expect — a Group Policy value ``PolicyFile`` under ``HKLM\\SOFTWARE\\Policies\\Anonymisierungshelfer``
  naming a policy file (e.g. on a read-only share). Both bind; the Group Policy file is laid over
  the ProgramData file.
- **Linux**: ``/etc/xdg/anonymisierungshelfer/policy.toml``; **macOS**:
  ``/Library/Application Support/Anonymisierungshelfer/policy.toml``.

Tests and tools pass their own :class:`SystemLocations` to the loader; the production default
(:func:`system_locations`) cannot be redirected by the environment.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from anonymizer.errors import PolicyError

POLICY_FILE_NAME = "policy.toml"
LINUX_MACHINE_POLICY = Path("/etc/xdg/anonymisierungshelfer") / POLICY_FILE_NAME
MACOS_MACHINE_POLICY = Path("/Library/Application Support/Anonymisierungshelfer") / POLICY_FILE_NAME
WINDOWS_APP_FOLDER = "Anonymisierungshelfer"
#: FOLDERID_ProgramData (KnownFolders.h): C:\ProgramData on every Windows since Vista.
FOLDERID_PROGRAM_DATA = "{62AB5D82-FDC1-4DC3-A9DD-070D1D495D97}"
GROUP_POLICY_KEY = r"SOFTWARE\Policies\Anonymisierungshelfer"
GROUP_POLICY_VALUE = "PolicyFile"
GROUP_POLICY_LABEL = rf"HKLM\{GROUP_POLICY_KEY}\{GROUP_POLICY_VALUE}"
#: Registry value types (winreg.REG_SZ, winreg.REG_EXPAND_SZ), spelt out so this runs everywhere.
REG_SZ = 1
REG_EXPAND_SZ = 2


def no_group_policy() -> Path | None:
    return None


@dataclass(frozen=True)
class SystemLocations:
    """The places of the binding policy (administrator only).

    ``group_policy`` returns the file a Group Policy names, None when no policy names one, and
    raises :class:`PolicyError` (German) when the value exists but cannot be used.
    """

    machine_file: Path
    group_policy: Callable[[], Path | None] = field(default=no_group_policy)


def group_policy_path(value: object, kind: int) -> Path:
    """The policy file a registry value names; PolicyError when the value cannot be trusted.

    Environment variables in the value are refused rather than expanded: the clerk sets those.
    """
    label = f"Der Registrierungswert „{GROUP_POLICY_LABEL}“"
    if kind not in (REG_SZ, REG_EXPAND_SZ) or not isinstance(value, str):
        raise PolicyError(f"{label} ist kein Text (erwartet: REG_SZ mit dem Pfad der Richtlinie).")
    text = value.strip().strip('"')
    if not text:
        raise PolicyError(f"{label} ist leer.")
    if "%" in text:
        raise PolicyError(f"{label} enthält eine Umgebungsvariable („{text}“); bitte den vollständigen Pfad eintragen.")
    path = Path(text)
    if not (path.is_absolute() or text.startswith("\\\\")):
        raise PolicyError(f"{label} nennt keinen vollständigen Pfad („{text}“).")
    return path


def _windows_group_policy() -> Path | None:  # pragma: no cover - Windows only
    """Read ``HKLM\\SOFTWARE\\Policies\\Anonymisierungshelfer\\PolicyFile`` (64-bit view)."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, GROUP_POLICY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
    except FileNotFoundError:
        return None
    except OSError:
        message = f"Der Registrierungsschlüssel „HKLM\\{GROUP_POLICY_KEY}“ kann nicht gelesen werden."
        raise PolicyError(message) from None
    with key:
        try:
            value, kind = winreg.QueryValueEx(key, GROUP_POLICY_VALUE)
        except FileNotFoundError:
            return None
        except OSError:
            raise PolicyError(f"Der Registrierungswert „{GROUP_POLICY_LABEL}“ kann nicht gelesen werden.") from None
    return group_policy_path(value, kind)


def _windows_program_data() -> Path:  # pragma: no cover - Windows only
    """ProgramData as Windows knows it (SHGetKnownFolderPath), not as %PROGRAMDATA% claims it."""
    if sys.platform != "win32":
        raise PolicyError("Der Ordner ProgramData gibt es nur unter Windows.")
    import ctypes
    from ctypes import wintypes

    class Guid(ctypes.Structure):
        _fields_ = [
            ("data1", wintypes.DWORD),
            ("data2", wintypes.WORD),
            ("data3", wintypes.WORD),
            ("data4", ctypes.c_ubyte * 8),
        ]

    folder_id = Guid.from_buffer_copy(uuid.UUID(FOLDERID_PROGRAM_DATA).bytes_le)
    buffer = ctypes.c_wchar_p()
    try:
        # oledll raises OSError for a failing HRESULT.
        ctypes.oledll.shell32.SHGetKnownFolderPath(ctypes.byref(folder_id), 0, None, ctypes.byref(buffer))
        if not buffer.value:
            raise OSError("empty path")
        return Path(buffer.value)
    except OSError:
        raise PolicyError(
            "Der Ordner ProgramData lässt sich nicht ermitteln; die maschinenweite Richtlinie ist unbekannt."
        ) from None
    finally:
        ctypes.windll.ole32.CoTaskMemFree(buffer)


def system_locations() -> SystemLocations:
    """The places of the binding policy on this computer (never taken from the environment)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return SystemLocations(
            _windows_program_data() / WINDOWS_APP_FOLDER / POLICY_FILE_NAME, group_policy=_windows_group_policy
        )
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return SystemLocations(MACOS_MACHINE_POLICY)
    return SystemLocations(LINUX_MACHINE_POLICY)
