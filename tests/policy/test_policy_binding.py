"""The binding policy cannot be switched off by the clerk (issue 23.1).

It used to be: ``ANONYMISIERUNGSHELFER_MACHINE_POLICY=/nonexistent`` (or a weak file of one's own, or an
emptied ``XDG_CONFIG_DIRS``) replaced the machine-wide policy; a dangling symbolic link counted as "no
policy"; without a machine policy a user policy could weaken the built-in default; a user's
``[audit] path`` was honoured under a binding policy. The places of the binding policy are now fixed
(``locations``), everything else may only add protection, and what cannot be read fails closed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from anonymizer.cli import main
from anonymizer.errors import PolicyError
from anonymizer.policy import load_effective_policy
from anonymizer.policy.locations import (
    GROUP_POLICY_LABEL,
    REG_EXPAND_SZ,
    REG_SZ,
    SystemLocations,
    group_policy_path,
)
from anonymizer.policy.locations import system_locations as production_system_locations

#: The DSB's binding policy: persons removed, a project name always masked, the usage log on.
BINDING = """\
[categories.PERSON]
mask = true
operator = "redact"
[terms]
deny = [{ text = "Falkenhorst", type = "REFERENCE" }]
[audit]
enabled = true
"""
#: What a clerk might write to get rid of it.
WEAK = """\
[categories.PERSON]
mask = false
operator = "keep"
[terms]
allow = ["Falkenhorst"]
[audit]
enabled = false
path = "eigenes-protokoll"
user = true
"""
LETTER = "Vermerk zum Projekt Falkenhorst.\n"


def _binds() -> None:
    effective = load_effective_policy()
    policy = effective.policy
    assert effective.binding
    assert policy.is_masked("PERSON") and policy.operator_for("PERSON") == "redact"
    assert [term.text for term in policy.deny_terms] == ["Falkenhorst"] and policy.allow_terms == ()
    assert policy.audit.enabled and policy.audit.path is None and not policy.audit.user


@pytest.fixture
def binding(machine_policy_file: Path) -> Path:
    machine_policy_file.write_text(BINDING, encoding="utf-8")
    return machine_policy_file


def test_the_machine_variable_pointing_nowhere_changes_nothing(
    binding: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_MACHINE_POLICY", "/nonexistent")
    _binds()
    letter = tmp_path / "vermerk.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert main(["anonymize", str(letter)]) == 0
    assert capsys.readouterr().out == "Vermerk zum Projekt [REFERENCE_1].\n"


def test_a_weak_file_of_the_clerks_own_is_only_an_extra_layer(
    binding: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    weak = tmp_path / "meine.toml"
    weak.write_text(WEAK, encoding="utf-8")
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_MACHINE_POLICY", str(weak))
    _binds()
    effective = load_effective_policy()
    assert {i.key for i in effective.ignored if i.layer == "environment"} == {
        "categories.PERSON.mask", "categories.PERSON.operator", "terms.allow",
        "audit.enabled", "audit.path", "audit.user",
    }  # fmt: skip


def test_policy_option_and_user_file_cannot_weaken_either(
    binding: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    weak = tmp_path / "meine.toml"
    weak.write_text(WEAK, encoding="utf-8")
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_USER_POLICY", str(weak))
    _binds()
    letter = tmp_path / "vermerk.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert main(["anonymize", str(letter), "--policy", str(weak)]) == 0
    assert capsys.readouterr().out == "Vermerk zum Projekt [REFERENCE_1].\n"


def test_audit_settings_come_only_from_the_binding_layer(
    binding: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The machine layer leaves ``audit.path`` open; the user's path was taken before."""
    user = tmp_path / "user.toml"
    user.write_text('[audit]\npath = "anderswo"\n', encoding="utf-8")
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_USER_POLICY", str(user))
    effective = load_effective_policy()
    assert effective.policy.audit.path is None
    [ignored] = effective.ignored
    assert ignored.key == "audit.path" and "allein die maschinenweite" in ignored.reason


def test_without_a_binding_policy_the_clerk_may_choose_the_log_folder(
    machine_policy_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    user = tmp_path / "user.toml"
    user.write_text('[audit]\nenabled = true\npath = "anderswo"\n', encoding="utf-8")
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_USER_POLICY", str(user))
    effective = load_effective_policy()
    assert effective.policy.audit.enabled and effective.policy.audit.path == tmp_path / "anderswo"


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux place of the machine policy")
def test_the_production_place_ignores_every_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    for variables in ({"XDG_CONFIG_DIRS": ""}, {"XDG_CONFIG_DIRS": "/tmp/eigene:/etc/xdg"}):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("ANONYMISIERUNGSHELFER_MACHINE_POLICY", "/nonexistent")
        assert production_system_locations().machine_file == Path("/etc/xdg/anonymisierungshelfer/policy.toml")


# -- fail closed ---------------------------------------------------------------------------------------


def _blocked_naming(path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    effective = load_effective_policy()
    assert effective.binding and effective.copy_blocked_reason is not None
    assert f"„{path}“" in effective.copy_blocked_reason
    letter = tmp_path / "vermerk.txt"
    letter.write_text(LETTER, encoding="utf-8")
    target = tmp_path / "vermerk-bereinigt.txt"
    assert main(["anonymize", str(letter), "-o", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and not target.exists()
    assert f"„{path}“" in captured.err and "Kopieren ist gesperrt" in captured.err
    return effective.copy_blocked_reason


def test_a_dangling_symlink_as_machine_policy_fails_closed(
    machine_policy_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    machine_policy_file.symlink_to(tmp_path / "geloescht.toml")
    reason = _blocked_naming(machine_policy_file, tmp_path, capsys)
    assert "Verknüpfung" in reason


def test_a_machine_policy_that_cannot_be_read_fails_closed(
    machine_policy_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    machine_policy_file.mkdir()  # a folder where the file belongs: exists, cannot be read
    reason = _blocked_naming(machine_policy_file, tmp_path, capsys)
    assert "kann nicht gelesen werden" in reason


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_a_machine_policy_without_read_permission_fails_closed(
    binding: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binding.chmod(0)
    try:
        _blocked_naming(binding, tmp_path, capsys)
    finally:
        binding.chmod(0o644)


def test_a_machine_policy_that_does_not_parse_fails_closed(
    machine_policy_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    machine_policy_file.write_text("[categories.PERSON\nmask = ", encoding="utf-8")
    _blocked_naming(machine_policy_file, tmp_path, capsys)


# -- Group Policy --------------------------------------------------------------------------------------


def _with_group_policy(monkeypatch: pytest.MonkeyPatch, machine_file: Path, named: object) -> None:
    def group_policy() -> Path | None:
        if isinstance(named, PolicyError):
            raise named
        return named if isinstance(named, Path) or named is None else None

    system = SystemLocations(machine_file, group_policy=group_policy)
    monkeypatch.setattr("anonymizer.policy.locations.system_locations", lambda: system)


def test_a_file_named_by_group_policy_binds(
    machine_policy_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "share" / "policy.toml"
    share.parent.mkdir()
    share.write_text(BINDING, encoding="utf-8")
    _with_group_policy(monkeypatch, machine_policy_file, share)
    _binds()
    assert main(["policy", "show"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(layer["layer"], layer["state"]) for layer in shown["layers"]] == [
        ("default", "active"), ("machine", "missing"), ("group-policy", "active"), ("user", "missing"),
    ]  # fmt: skip
    assert shown["settings"]["categories.PERSON.operator"] == {"value": "redact", "layer": "group-policy"}


def test_a_group_policy_naming_a_missing_file_fails_closed(
    machine_policy_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "share" / "policy.toml"
    _with_group_policy(monkeypatch, machine_policy_file, missing)
    reason = _blocked_naming(missing, tmp_path, capsys)
    assert GROUP_POLICY_LABEL in reason


def test_an_unusable_group_policy_value_fails_closed(
    machine_policy_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    error = PolicyError(f"Der Registrierungswert „{GROUP_POLICY_LABEL}“ ist leer.")
    _with_group_policy(monkeypatch, machine_policy_file, error)
    _blocked_naming(GROUP_POLICY_LABEL, tmp_path, capsys)


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        (r"\\server\freigabe\policy.toml", REG_SZ, r"\\server\freigabe\policy.toml"),
        ('"/srv/richtlinie/policy.toml"', REG_SZ, "/srv/richtlinie/policy.toml"),
        ("/srv/richtlinie/policy.toml", REG_EXPAND_SZ, "/srv/richtlinie/policy.toml"),
        (r"%USERPROFILE%\policy.toml", REG_EXPAND_SZ, "Umgebungsvariable"),
        ("   ", REG_SZ, "ist leer"),
        ("policy.toml", REG_SZ, "keinen vollständigen Pfad"),
        (7, 4, "ist kein Text"),
        (b"/srv/policy.toml", 3, "ist kein Text"),
    ],
)
def test_group_policy_values(value: object, kind: int, expected: str) -> None:
    if expected.startswith(("\\", "/")):
        assert str(group_policy_path(value, kind)) == expected
    else:
        with pytest.raises(PolicyError, match=expected):
            group_policy_path(value, kind)
