"""Kept sessions under concurrency and damage: a lock around read–modify–write, damaged files skipped.

Two ``anonymize --session`` at once used to number their new entries alike (the last writer won and
restore put in the wrong value); a damaged file broke every session command or, with a header naming
another session, deleted that healthy session; a damaged keyring value gave a traceback.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from anonymizer import entities as E
from anonymizer.cli import main
from anonymizer.entities import Finding
from anonymizer.masking import MaskingSession
from anonymizer.policy import Policy
from anonymizer.sessions import (
    DamagedKeyError,
    EncryptedSessionStore,
    KeyringFailedError,
    KeyVault,
    SessionBusyError,
    SessionError,
    default_sessions_dir,
)
from anonymizer.sessions.keys import SERVICE
from anonymizer.sessions.lock import FileLock
from anonymizer.sessions.store import MAGIC

ROOT = Path(__file__).resolve().parents[2]
IBAN_A = "DE44 5001 0517 5407 3249 31"
IBAN_B = "DE89 3704 0044 0532 0130 00"


def _session(policy: Policy, session_id: str) -> MaskingSession:
    text = f"IBAN {IBAN_A}"
    session = MaskingSession(policy, session_id)
    session.mask(text, [Finding(5, len(text), E.IBAN, IBAN_A, 0.99)])
    return session


def _store(tmp_path: Path) -> EncryptedSessionStore:
    return EncryptedSessionStore(tmp_path, KeyVault.open(), keep_days=7)


def _forge(path: Path, header: object) -> None:
    """A session file with ``header`` and some ciphertext-like bytes, as damage or a crafted file leaves it."""
    path.write_bytes(MAGIC + json.dumps(header).encode() + b"\n" + os.urandom(40))


# -- concurrency --------------------------------------------------------------------------------


def _cli(*args: str, cwd: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring", PYTHONIOENCODING="utf-8")
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_writing_one_session_continue_its_numbering(tmp_path: Path) -> None:
    """Both load the model between reading and saving the session: without the lock both wrote [IBAN_1]."""
    (tmp_path / "a.txt").write_text(f"Konto A: {IBAN_A}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Konto B: {IBAN_B}\n", encoding="utf-8")
    runs = [
        _cli("anonymize", f"{name}.txt", "--session", "akte-7", "-o", f"{name}.out", cwd=tmp_path) for name in "ab"
    ]
    for run in runs:
        _out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    masked = {name: (tmp_path / f"{name}.out").read_text(encoding="utf-8") for name in "ab"}
    assert {masked["a"].split(": ")[1].strip(), masked["b"].split(": ")[1].strip()} == {"[IBAN_1]", "[IBAN_2]"}
    for name, original in (("a", IBAN_A), ("b", IBAN_B)):
        restored = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "restore", f"{name}.out", "--session", "akte-7"],
            cwd=tmp_path,
            env=dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert restored.returncode == 0, restored.stderr
        assert restored.stdout == f"Konto {name.upper()}: {original}\n"


_HOLDER = """
import sys, time
from pathlib import Path
from anonymizer.sessions.lock import FileLock
lock = FileLock(Path(sys.argv[1]), "akte-7")
lock.acquire()
Path(sys.argv[2]).touch()
while not Path(sys.argv[3]).exists():
    time.sleep(0.02)
lock.release()
"""


def test_the_lock_makes_a_second_process_wait(tmp_path: Path) -> None:
    lock_path, holding, release = tmp_path / "akte-7.lock", tmp_path / "holding", tmp_path / "release"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(lock_path), str(holding), str(release)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not holding.exists():
            assert holder.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        with pytest.raises(SessionBusyError, match="„akte-7“ wird gerade von einem anderen Vorgang benutzt"):
            FileLock(lock_path, "akte-7", timeout=0.3).acquire()
        release.touch()
        with FileLock(lock_path, "akte-7", timeout=60):
            assert holder.wait(timeout=60) == 0
    finally:
        holder.kill()


def test_the_expiry_sweep_skips_a_session_another_process_holds(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = _store(tmp_path)
    old = _session(policy, "alt")
    old.updated = (dt.datetime.now(dt.UTC) - dt.timedelta(days=8)).isoformat()
    store.save(old)
    holding, release = tmp_path / "holding", tmp_path / "release"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(tmp_path / "alt.lock"), str(holding), str(release)], cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 60
        while not holding.exists():
            assert holder.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        assert store.purge_expired() == []
        assert (tmp_path / "alt.session").exists()
    finally:
        release.touch()
        holder.wait(timeout=60)
    assert store.purge_expired() == ["alt"]


def test_the_store_lock_is_reentrant_and_removed_with_the_session(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = _store(tmp_path)
    with store.locked("akte-1"):
        store.save(_session(policy, "akte-1"))  # save takes the same lock again: no deadlock
        assert store.load("akte-1", policy).restore("[IBAN_1]").text == IBAN_A
    store.delete("akte-1")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# -- damaged files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        [],
        "akte",
        42,
        {"session_id": "kaputt"},
        {"session_id": "kaputt", "created": 1, "updated": "x", "expires": "x", "entities": 1},
        {"session_id": "kaputt", "created": "x", "updated": "x", "expires": "nie", "entities": 1},
    ],
    ids=["list", "string", "number", "missing-fields", "wrong-types", "bad-expiry"],
)
def test_a_damaged_header_is_skipped_with_a_german_warning(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path, header: object
) -> None:
    store = _store(tmp_path)
    store.save(_session(policy, "akte-1"))
    _forge(tmp_path / "kaputt.session", header)
    assert [info.session_id for info in store.list_sessions()] == ["akte-1"]
    assert store.warnings == [
        "Die Sitzungsdatei „kaputt.session“ ist beschädigt und wurde übersprungen "
        "(löschen mit „sessions delete kaputt“)."
    ]
    with pytest.raises(SessionError, match="beschädigt"):
        store.load("kaputt", policy)
    assert (tmp_path / "kaputt.session").exists()
    store.delete("kaputt")
    assert not (tmp_path / "kaputt.session").exists() and store.exists("akte-1")


def test_a_header_claiming_another_session_deletes_nothing_but_is_skipped(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = _store(tmp_path)
    store.save(_session(policy, "akte-1"))
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(days=30)).isoformat()
    _forge(
        tmp_path / "fremd.session",
        {"session_id": "akte-1", "created": past, "updated": past, "expires": past, "entities": 1},
    )
    assert [info.session_id for info in store.list_sessions()] == ["akte-1"]
    assert store.purge_expired() == []
    assert store.exists("akte-1") and (SERVICE, "session-key:akte-1") in memory_keyring.passwords
    assert (tmp_path / "fremd.session").exists()
    assert store.warnings and "fremd.session" in store.warnings[0]
    assert store.load("akte-1", policy).restore("[IBAN_1]").text == IBAN_A


def test_an_expired_session_deletes_only_itself_and_its_key(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = _store(tmp_path)
    old = _session(policy, "alt")
    old.updated = (dt.datetime.now(dt.UTC) - dt.timedelta(days=8)).isoformat()
    store.save(old)
    store.save(_session(policy, "neu"))
    assert store.purge_expired() == ["alt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.lock", "neu.session"]
    assert [user for _service, user in memory_keyring.passwords] == ["session-key:neu"]


def test_sessions_list_on_the_command_line_warns_and_lists_the_rest(
    memory_keyring: MemoryKeyring, policy: Policy, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = default_sessions_dir()
    EncryptedSessionStore(directory, KeyVault.open()).save(_session(policy, "akte-1"))
    _forge(directory / "kaputt.session", [])
    assert main(["sessions", "list"]) == 0
    captured = capsys.readouterr()
    assert "akte-1" in captured.out
    assert captured.err.startswith("Warnung: Die Sitzungsdatei „kaputt.session“ ist beschädigt")


# -- keyring errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["kein base64!", base64.b64encode(b"zu kurz").decode(), "====", "\u00e4\u00f6"], ids=str
)
def test_a_damaged_key_gives_a_german_line(
    memory_keyring: MemoryKeyring, policy: Policy, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    EncryptedSessionStore(default_sessions_dir(), KeyVault.open()).save(_session(policy, "akte-1"))
    memory_keyring.passwords[(SERVICE, "session-key:akte-1")] = value
    with pytest.raises(DamagedKeyError, match="im Schlüsselbund ist beschädigt"):
        EncryptedSessionStore(default_sessions_dir(), KeyVault.open()).load("akte-1", policy)
    answer = default_sessions_dir().parent / "antwort.txt"
    answer.write_text("[IBAN_1]\n", encoding="utf-8")
    assert main(["restore", str(answer), "--session", "akte-1"]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        "Fehler: Der Schlüssel der Sitzung „akte-1“ im Schlüsselbund ist beschädigt; "
        "die Sitzung kann nicht mehr geöffnet werden.\n"
    )


class _FailingKeyring(MemoryKeyring):
    """A backend that fails with its own error type, as Secret Service does over D-Bus."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


def test_a_failing_keyring_backend_gives_a_german_line(policy: Policy, tmp_path: Path) -> None:
    with pytest.raises(KeyringFailedError, match="hat einen Fehler gemeldet"):
        EncryptedSessionStore(tmp_path, KeyVault(_FailingKeyring())).save(_session(policy, "akte-1"))
