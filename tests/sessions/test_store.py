"""The session store: encrypted at rest, key in the keyring, deletion, expiry, no plaintext fallback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring

from anonymizer import entities as E
from anonymizer.entities import Finding
from anonymizer.masking import MaskingSession
from anonymizer.policy import Policy
from anonymizer.sessions import (
    NO_KEYRING_MESSAGE,
    EncryptedSessionStore,
    KeyringUnavailableError,
    KeyVault,
    MemorySessionStore,
    SessionError,
    default_sessions_dir,
    open_session_store,
    persistent_session_store,
)
from anonymizer.sessions.keys import SERVICE

TEXT = "Sabine Kortmann, IBAN DE44 5001 0517 5407 3249 31, Steuer-ID 28365461076, Tel. 02541 / 18-1234."
VALUES = [("Sabine Kortmann", E.PERSON), ("DE44 5001 0517 5407 3249 31", E.IBAN), ("28365461076", E.TAX_ID),
          ("02541 / 18-1234", E.PHONE)]  # fmt: skip
#: Every original and the parts someone might grep for.
SECRETS = ["Sabine", "Kortmann", "kortmann", "DE44", "5001 0517", "DE445001", "28365461076", "18-1234", "181234"]


def _session(policy: Policy, session_id: str = "akte-1", operator: str = "placeholder") -> MaskingSession:
    findings = [Finding(TEXT.index(v), TEXT.index(v) + len(v), t, v, 0.9) for v, t in VALUES]
    session = MaskingSession(policy, session_id)
    session.mask(TEXT, findings, operator=operator)
    return session


@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_stored_file_contains_no_original(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path, operator: str
) -> None:
    store = open_session_store(policy, directory=tmp_path)
    assert isinstance(store, EncryptedSessionStore) and store.persistent and store.notice is None
    session = _session(policy, operator=operator)
    store.save(session)
    data = (tmp_path / "akte-1.session").read_bytes()
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            assert secret.encode(encoding) not in data, secret
    for surrogate in (s for e in session.entities for s in e.surrogate_forms):
        assert surrogate.encode() not in data
    assert (tmp_path / "akte-1.session").stat().st_mode & 0o077 == 0
    key = memory_keyring.passwords[(SERVICE, "session-key:akte-1")]
    assert key.encode() not in data


def test_saved_session_continues_with_its_numbering(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = open_session_store(policy, directory=tmp_path)
    original = _session(policy)
    store.save(original)
    loaded = store.load("akte-1", policy)
    assert loaded.to_table() == original.to_table()
    follow_up = "Bitte Jonas Albrecht und Sabine Kortmann informieren."
    findings = [
        Finding(follow_up.index(name), follow_up.index(name) + len(name), E.PERSON, name, 0.9)
        for name in ("Jonas Albrecht", "Sabine Kortmann")
    ]
    assert loaded.mask(follow_up, findings).text == "Bitte [PERSON_2] und [PERSON_1] informieren."
    assert loaded.restore("[PERSON_1], [IBAN_1]").text == "Sabine Kortmann, DE44 5001 0517 5407 3249 31"


def test_listing_shows_ids_and_dates_but_no_originals(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = open_session_store(policy, directory=tmp_path)
    store.save(_session(policy, "akte-1"))
    store.save(_session(policy, "akte-2"))
    infos = {info.session_id: info for info in store.list_sessions()}
    assert set(infos) == {"akte-1", "akte-2"}
    assert infos["akte-1"].entities == 4
    expires = dt.datetime.fromisoformat(infos["akte-1"].expires) - dt.datetime.fromisoformat(infos["akte-1"].updated)
    assert expires == dt.timedelta(days=policy.keep_days)


def test_delete_removes_file_and_key(memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path) -> None:
    store = open_session_store(policy, directory=tmp_path)
    store.save(_session(policy))
    store.delete("akte-1")
    assert not (tmp_path / "akte-1.session").exists()
    assert memory_keyring.passwords == {}
    with pytest.raises(SessionError, match="gibt es nicht"):
        store.load("akte-1", policy)
    with pytest.raises(SessionError, match="gibt es nicht"):
        store.delete("akte-1")


def test_expired_sessions_are_deleted_with_their_keys(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path
) -> None:
    store = open_session_store(policy, directory=tmp_path)
    old = _session(policy, "alt")
    old.updated = (dt.datetime.now(dt.UTC) - dt.timedelta(days=policy.keep_days, minutes=1)).isoformat()
    store.save(old)
    store.save(_session(policy, "neu"))
    reopened = open_session_store(policy, directory=tmp_path)
    assert [info.session_id for info in reopened.list_sessions()] == ["neu"]
    assert not (tmp_path / "alt.session").exists()
    assert (SERVICE, "session-key:alt") not in memory_keyring.passwords


def test_loading_an_expired_session_deletes_it(memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path) -> None:
    store = EncryptedSessionStore(tmp_path, KeyVault.open(), keep_days=1)
    old = _session(policy, "alt")
    old.updated = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).isoformat()
    store.save(old)
    with pytest.raises(SessionError, match="abgelaufen"):
        store.load("alt", policy)
    assert not (tmp_path / "alt.session").exists()


@pytest.mark.parametrize("damage", ["flip-ciphertext", "edit-header", "truncate", "missing-key"])
def test_tampered_or_keyless_files_are_refused(
    memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path, damage: str
) -> None:
    store = open_session_store(policy, directory=tmp_path)
    store.save(_session(policy))
    path = tmp_path / "akte-1.session"
    data = bytearray(path.read_bytes())
    if damage == "flip-ciphertext":
        data[-5] ^= 0x01
    elif damage == "edit-header":
        data = bytearray(data.replace(b'"entities": 4', b'"entities": 5'))
    elif damage == "truncate":
        data = data[:20]
    else:
        memory_keyring.passwords.clear()
    path.write_bytes(bytes(data))
    with pytest.raises(SessionError):
        store.load("akte-1", policy)


def test_without_keyring_sessions_stay_in_memory_with_a_german_notice(no_keyring: None, policy: Policy) -> None:
    store = open_session_store(policy)
    assert isinstance(store, MemorySessionStore) and not store.persistent
    assert store.notice == NO_KEYRING_MESSAGE
    store.save(_session(policy))
    assert store.load("akte-1", policy).restore("[PERSON_1]").text == "Sabine Kortmann"
    assert not default_sessions_dir().exists()
    with pytest.raises(KeyringUnavailableError, match="kein Schlüsselbund"):
        persistent_session_store(policy)


def test_a_keyring_that_is_not_recommended_is_not_trusted_unless_chosen(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring, policy: Policy
) -> None:
    monkeypatch.setattr(MemoryKeyring, "priority", 0.5)
    assert isinstance(open_session_store(policy), MemorySessionStore)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "sessions_helpers.MemoryKeyring")
    assert isinstance(open_session_store(policy), EncryptedSessionStore)


def test_memory_store_round_trip_and_delete(policy: Policy) -> None:
    store = open_session_store(policy, keep=False)
    assert isinstance(store, MemorySessionStore) and store.notice is None
    store.save(_session(policy))
    assert store.exists("akte-1") and [i.session_id for i in store.list_sessions()] == ["akte-1"]
    store.delete("akte-1")
    assert not store.exists("akte-1")


def test_header_holds_no_personal_data(memory_keyring: MemoryKeyring, policy: Policy, tmp_path: Path) -> None:
    store = open_session_store(policy, directory=tmp_path)
    store.save(_session(policy))
    header = (tmp_path / "akte-1.session").read_bytes().split(b"\n")[1]
    assert set(json.loads(header)) == {"session_id", "created", "updated", "expires", "entities"}


def test_sessions_live_in_the_user_data_dir(isolated_dirs: Path) -> None:
    assert default_sessions_dir() == isolated_dirs / "data" / "Anonymisierungshelfer" / "sessions"
