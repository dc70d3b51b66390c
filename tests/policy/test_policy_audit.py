"""The audit log: off by default, and when on it holds counts — never the canary values."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from anonymizer import __version__
from anonymizer.audit import AuditLog
from anonymizer.cli import main as cli_main
from anonymizer.policy import AuditSettings

CANARY_NAME = "Zyprian Quälgeist"
CANARY_IBAN = "DE89 3704 0044 0532 0130 00"
CANARY_TAX_ID = "28365461076"
CANARY_TEXT = (
    f"Sehr geehrte Damen und Herren,\nHerr {CANARY_NAME} bittet um Erstattung auf die IBAN {CANARY_IBAN}.\n"
    f"Seine Steuer-ID lautet {CANARY_TAX_ID}.\n"
)
# The machine-wide policy switches the log on and makes the canary name certain to be found.
MACHINE = """\
[terms]
deny = [{ text = "Zyprian Quälgeist", type = "PERSON" }]
[audit]
enabled = true
path = "protokoll"
user = true
"""


def canary_fragments() -> list[str]:
    """The canary values and recognisable parts of them, as they might leak."""
    return [
        CANARY_NAME, "Zyprian", "Quälgeist", "Qu\\u00e4lgeist", "Qualgeist",
        CANARY_IBAN, CANARY_IBAN.replace(" ", ""), "0532", CANARY_TAX_ID, "2836546",
        "brief", "kanarien", "PERSON_1",
    ] + ([getpass.getuser()] if len(getpass.getuser()) >= 4 else [])


@pytest.fixture
def machine_policy(machine_policy_file: Path) -> Path:
    machine_policy_file.write_text(MACHINE, encoding="utf-8")
    return machine_policy_file.parent


@pytest.mark.parametrize("to_file", [False, True])
def test_audit_run_over_the_canary_text_logs_no_canary_value(
    tmp_path: Path, machine_policy: Path, capsys: pytest.CaptureFixture[str], to_file: bool
) -> None:
    document = tmp_path / "kanarienbrief.txt"
    document.write_text(CANARY_TEXT, encoding="utf-8")
    output = tmp_path / "kanarienbrief-bereinigt.txt"
    argv = ["anonymize", str(document)] + (["-o", str(output)] if to_file else [])
    assert cli_main(argv) == 0
    masked = output.read_text(encoding="utf-8") if to_file else capsys.readouterr().out
    assert CANARY_NAME not in masked

    log = machine_policy / "protokoll" / "audit.jsonl"
    raw = log.read_text(encoding="utf-8")
    for fragment in canary_fragments():
        assert fragment.casefold() not in raw.casefold(), fragment
    [entry] = [json.loads(line) for line in raw.splitlines()]
    assert set(entry) == {"timestamp", "action", "counts", "input", "version", "user"}
    assert entry["action"] == ("save" if to_file else "copy")
    assert entry["counts"]["PERSON"] == 1
    assert entry["input"] == "txt"
    assert entry["version"] == __version__
    assert len(entry["user"]) == 16
    # Nothing else was written beside the log but the salt for the user hash.
    assert sorted(p.name for p in (machine_policy / "protokoll").iterdir()) == ["audit.jsonl"]


def test_audit_log_is_off_by_default(tmp_path: Path, isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "brief.txt"
    document.write_text(CANARY_TEXT, encoding="utf-8")
    assert cli_main(["anonymize", str(document)]) == 0
    assert not list(isolated_dirs.rglob("audit*"))


def test_user_hash_is_salted_and_stable(tmp_path: Path) -> None:
    log = AuditLog(AuditSettings(enabled=True, path=tmp_path, user=True), data_dir=tmp_path / "daten")
    first = log.record("copy", {"PERSON": 1}, "paste")
    second = log.record("restore", {}, "paste")
    assert first is not None and second is not None
    assert first["user"] == second["user"]
    other_machine = AuditLog(AuditSettings(enabled=True, path=tmp_path, user=True), data_dir=tmp_path / "anders")
    third = other_machine.record("copy", {}, "paste")
    assert third is not None and third["user"] != first["user"]


@pytest.mark.parametrize(
    ("counts", "input_kind", "expected_counts", "expected_input"),
    [
        ({"PERSON": 2, "IBAN": 1, "EMAIL": 0}, "docx", {"PERSON": 2, "IBAN": 1}, "docx"),
        ({"Kita-Nummer": 3, "REFERENCE": 1}, "pdf", {"REFERENCE": 1}, "pdf"),
        ({}, "C:\\Akten\\Quälgeist.docx", {}, "other"),
    ],
)
def test_entries_hold_only_known_categories_and_input_kinds(
    tmp_path: Path, counts: dict[str, int], input_kind: str, expected_counts: dict[str, int], expected_input: str
) -> None:
    log = AuditLog(AuditSettings(enabled=True, path=tmp_path))
    entry = log.record("save", counts, input_kind)
    assert entry is not None
    assert entry["counts"] == expected_counts and entry["input"] == expected_input
    assert "Quälgeist" not in (tmp_path / "audit.jsonl").read_text(encoding="utf-8")


def test_unknown_action_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        AuditLog(AuditSettings(enabled=True, path=tmp_path)).record("print", {}, "paste")


def test_log_is_rotated_by_size(tmp_path: Path) -> None:
    log = AuditLog(AuditSettings(enabled=True, path=tmp_path), max_bytes=600, backups=2)
    for _ in range(40):
        log.record("copy", {"PERSON": 1, "ADDRESS": 2}, "paste")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["audit.jsonl", "audit.jsonl.1", "audit.jsonl.2"]
    for name in names:
        assert (tmp_path / name).stat().st_size <= 600
