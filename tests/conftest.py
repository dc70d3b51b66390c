"""Shared test set-up: no network, a fresh config/data folder per test, no real OS keyring.

Every test runs with outgoing sockets blocked, which is how the suite proves the app works offline.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest


class NetworkBlockedError(RuntimeError):
    """Raised when code under test tries to open a network connection."""


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkBlockedError("network access attempted during a test")


@pytest.fixture(autouse=True)
def block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse every outgoing Internet connection (Unix sockets stay allowed for local IPC)."""
    original_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse()
        original_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point user config/data/cache folders at an empty temp folder, so no test sees another's state."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(variable, str(home / sub))
    # The binding policy's places are fixed (/etc/xdg/…, ProgramData, Group Policy) and cannot be moved
    # by the environment; tests point the loader at a machine file in their temp home instead.
    from anonymizer.policy import locations

    machine = locations.SystemLocations(home / "no-machine-policy.toml")
    monkeypatch.setattr(locations, "system_locations", lambda: machine)
    monkeypatch.delenv("ANONYMISIERUNGSHELFER_MACHINE_POLICY", raising=False)
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_USER_POLICY", str(home / "no-user-policy.toml"))
    yield home


@pytest.fixture
def machine_policy_file(isolated_dirs: Path) -> Path:
    """Where this test's binding machine-wide policy goes (the file does not exist yet)."""
    return isolated_dirs / "no-machine-policy.toml"
