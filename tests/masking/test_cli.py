"""The command-line round trip in separate processes: anonymize → (chatbot) → restore, sessions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FILE_KEYRING = "keyrings.alt.file.PlaintextKeyring"
NO_KEYRING = "keyring.backends.fail.Keyring"

LETTER = (
    "Sehr geehrte Damen und Herren,\n"
    "die Steuer-ID 28365461076 und die IBAN DE44 5001 0517 5407 3249 31 liegen vor.\n"
    "Rückfragen unter 02541 / 18-1234 oder s.kortmann@example.org.\n"
)
SECOND = "Nachtrag: neue IBAN DE89 3704 0044 0532 0130 00, alte IBAN DE44 5001 0517 5407 3249 31.\n"
ORIGINALS = ("28365461076", "DE44 5001 0517 5407 3249 31", "02541 / 18-1234", "s.kortmann@example.org")


def cli(*args: str, backend: str = FILE_KEYRING, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=backend, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_round_trip_across_processes(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "nachtrag.txt").write_text(SECOND, encoding="utf-8")

    first = cli("anonymize", "brief.txt", "--session", "akte-1", "-o", "maskiert.txt", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip().endswith("Sitzung: akte-1")
    masked = (tmp_path / "maskiert.txt").read_text(encoding="utf-8")
    assert "[TAX_ID_1]" in masked and "[IBAN_1]" in masked and "[PHONE_1]" in masked and "[EMAIL_1]" in masked
    assert not any(value in masked for value in ORIGINALS)

    second = cli("anonymize", "nachtrag.txt", "--session", "akte-1", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout == "Nachtrag: neue IBAN [IBAN_2], alte IBAN [IBAN_1].\n"

    answer = (
        "Sehr geehrte Damen und Herren,\n**Steuer-ID:** TAX_ID_1\nBitte überweisen Sie auf \\[IBAN\\_1\\] "
        "und nicht auf [Iban-2]. Rückruf unter (PHONE_1), sonst [EMAIL_\n1]. [PERSON_3] ist unbekannt.\n"
    )
    (tmp_path / "antwort.txt").write_text(answer, encoding="utf-8")
    restored = cli("restore", "antwort.txt", "--session", "akte-1", cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout == (
        "Sehr geehrte Damen und Herren,\n**Steuer-ID:** 28365461076\nBitte überweisen Sie auf "
        "DE44 5001 0517 5407 3249 31 und nicht auf DE89 3704 0044 0532 0130 00. Rückruf unter 02541 / 18-1234, "
        "sonst s.kortmann@example.org. [PERSON_3] ist unbekannt.\n"
    )
    assert "Nicht aufgelöste Platzhalter: [PERSON_3]" in restored.stderr

    listing = cli("sessions", "list", cwd=tmp_path)
    assert listing.returncode == 0 and "akte-1" in listing.stdout

    deleted = cli("sessions", "delete", "akte-1", cwd=tmp_path)
    assert deleted.returncode == 0, deleted.stderr
    gone = cli("restore", "antwort.txt", "--session", "akte-1", cwd=tmp_path)
    assert gone.returncode == 1
    assert gone.stderr.strip() == "Fehler: Die Sitzung „akte-1“ gibt es nicht (mehr)."


def test_surrogate_mode_round_trip(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    masked = cli("anonymize", "brief.txt", "--mode", "surrogate", "--session", cwd=tmp_path)
    assert masked.returncode == 0, masked.stderr
    assert not any(value in masked.stdout for value in ORIGINALS)
    session_id = masked.stderr.strip().rsplit("Sitzung: ", 1)[-1]
    (tmp_path / "antwort.txt").write_text(masked.stdout, encoding="utf-8")
    restored = cli("restore", "antwort.txt", "--session", session_id, "-o", "zurück.txt", cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert (tmp_path / "zurück.txt").read_text(encoding="utf-8") == LETTER
    from_stdin = cli("restore", "-", "--session", session_id, cwd=tmp_path, stdin=masked.stdout)
    assert from_stdin.returncode == 0 and from_stdin.stdout == LETTER


def test_restoring_with_another_sessions_id_warns_on_stderr(tmp_path: Path) -> None:
    """Issue 23 point 8: the answer to one session, restored with another session's id."""
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "nachtrag.txt").write_text(SECOND, encoding="utf-8")
    assert cli("anonymize", "brief.txt", "--session", "akte-a", cwd=tmp_path).returncode == 0
    other = cli("anonymize", "nachtrag.txt", "--session", "akte-b", cwd=tmp_path)
    (tmp_path / "antwort.txt").write_text(other.stdout, encoding="utf-8")
    wrong = cli("restore", "antwort.txt", "--session", "akte-a", cwd=tmp_path)
    assert wrong.returncode == 0
    assert "Warnung: Die Antwort enthält Platzhalter, die diese Sitzung nicht vergeben hat ([IBAN_2])" in wrong.stderr
    right = cli("restore", "antwort.txt", "--session", "akte-b", cwd=tmp_path)
    assert right.stdout == SECOND and "Warnung" not in right.stderr


@pytest.mark.parametrize("mode", ["mask", "redact"])
def test_other_modes_need_no_session(tmp_path: Path, mode: str) -> None:
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    result = cli("anonymize", "brief.txt", "--mode", mode, backend=NO_KEYRING, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not any(value in result.stdout for value in ORIGINALS)
    assert ("█████" in result.stdout) is (mode == "mask")
    assert result.stderr == ""


def test_without_a_keyring_a_kept_session_is_refused_in_german(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text(LETTER, encoding="utf-8")
    result = cli("anonymize", "brief.txt", "--session", "akte-2", backend=NO_KEYRING, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == (
        "Fehler: Auf diesem Rechner ist kein Schlüsselbund des Betriebssystems verfügbar, "
        "deshalb kann keine Sitzung aufbewahrt werden."
    )
    assert not list(tmp_path.rglob("*.session"))


@pytest.mark.parametrize("session_id", ["../etc", "a/b", "", "x" * 65])
def test_invalid_session_ids_are_refused(tmp_path: Path, session_id: str) -> None:
    result = cli("restore", "-", "--session", session_id, cwd=tmp_path)
    assert result.returncode == 1
    assert "Sitzungskennung" in result.stderr
