"""Layers and the binding rule: a machine-wide policy can only be tightened by the user layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer.cli import main as cli_main
from anonymizer.errors import PolicyError
from anonymizer.policy import load_effective_policy, machine_policy_path, user_policy_path

MACHINE = """\
[categories.PERSON]
mask = true
operator = "placeholder"
[categories.LOCATION]
mask = true
operator = "mask"
[terms]
deny = [{ text = "Falkenhorst", type = "REFERENCE" }]
[review]
confirm_before_copy = true
allow_unmask = false
[sessions]
keep_days = 3
[audit]
enabled = true
[guideline]
text = "Leitlinie des Kreises."
[documents]
remove_embedded = true
"""


@pytest.fixture
def layers(tmp_path: Path, machine_policy_file: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    user = tmp_path / "user.toml"
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_USER_POLICY", str(user))
    return machine_policy_file, user


# Each weakening a user layer may try: (user file, ignored key).
WEAKENINGS = [
    ("[categories.PERSON]\nmask = false\n", "categories.PERSON.mask"),
    ('[categories.PERSON]\noperator = "keep"\n', "categories.PERSON.operator"),
    ('[categories.LOCATION]\noperator = "placeholder"\n', "categories.LOCATION.operator"),
    ('[terms]\nallow = ["Falkenhorst"]\n', "terms.allow"),
    ("[review]\nconfirm_before_copy = false\n", "review.confirm_before_copy"),
    ("[review]\nallow_unmask = true\n", "review.allow_unmask"),
    ("[sessions]\nkeep_days = 30\n", "sessions.keep_days"),
    ("[audit]\nenabled = false\n", "audit.enabled"),
    ("[audit]\nuser = true\n", "audit.user"),
    ('[guideline]\ntext = "Alles erlaubt."\n', "guideline.text"),
    ("[documents]\nremove_embedded = false\n", "documents.remove_embedded"),
]


@pytest.mark.parametrize(("user_text", "key"), WEAKENINGS)
def test_user_weakening_is_ignored_under_a_machine_policy(
    layers: tuple[Path, Path], user_text: str, key: str
) -> None:
    machine, user = layers
    machine.write_text(MACHINE, encoding="utf-8")
    user.write_text(user_text, encoding="utf-8")
    effective = load_effective_policy()
    policy = effective.policy
    assert effective.binding
    assert [ignored.key for ignored in effective.ignored] == [key]
    assert policy.is_masked("PERSON") and policy.operator_for("PERSON") == "placeholder"
    assert policy.operator_for("LOCATION") == "mask"
    assert policy.allow_terms == ()
    assert policy.confirm_before_copy and not policy.allow_unmask
    assert policy.keep_days == 3
    assert policy.audit.enabled and not policy.audit.user
    assert policy.guideline == "Leitlinie des Kreises."
    assert policy.remove_embedded


# Weakenings of the built-in default itself: (user file, ignored key).
DEFAULT_WEAKENINGS = [
    ("[categories.PERSON]\nmask = false\n", "categories.PERSON.mask"),
    ('[categories.PERSON]\noperator = "keep"\n', "categories.PERSON.operator"),
    ('[terms]\nallow = ["Kreis Coesfeld"]\n', "terms.allow"),
    ("[review]\nconfirm_before_copy = false\n", "review.confirm_before_copy"),
    ("[sessions]\nkeep_days = 30\n", "sessions.keep_days"),
    ('[guideline]\ntext = "Alles erlaubt."\n', "guideline.text"),
]


@pytest.mark.parametrize(("user_text", "key"), DEFAULT_WEAKENINGS)
def test_without_a_machine_policy_the_user_layer_still_cannot_weaken_the_default(
    layers: tuple[Path, Path], user_text: str, key: str
) -> None:
    _machine, user = layers
    user.write_text(user_text, encoding="utf-8")
    effective = load_effective_policy()
    assert not effective.binding
    [ignored] = effective.ignored
    assert ignored.key == key and "nur Schutz hinzufügen" in ignored.reason
    assert effective.sources.get(key, "default") == "default"
    assert effective.policy.is_masked("PERSON") and effective.policy.operator_for("PERSON") == "placeholder"


# What a clerk may add under a binding policy: (user file, check on the policy).
STRENGTHENINGS = [
    ("[categories.ORGANIZATION]\nmask = true\n", lambda p: p.is_masked("ORGANIZATION")),
    ('[categories.PERSON]\noperator = "redact"\n', lambda p: p.operator_for("PERSON") == "redact"),
    ('[categories.PERSON]\noperator = "surrogate"\n', lambda p: p.operator_for("PERSON") == "surrogate"),
    ('[terms]\ndeny = [{ text = "Projekt Adler", type = "REFERENCE" }]\n', lambda p: len(p.deny_terms) == 2),
    ('[[patterns]]\nname = "Akte"\ntype = "REFERENCE"\nregex = "AK-\\\\d+"\n', lambda p: p.patterns[0].name == "Akte"),
    ("[sessions]\nkeep_days = 0\n", lambda p: p.keep_days == 0),
]


@pytest.mark.parametrize(("user_text", "check"), STRENGTHENINGS)
def test_user_may_add_protection_under_a_machine_policy(
    layers: tuple[Path, Path], user_text: str, check: object
) -> None:
    machine, user = layers
    machine.write_text(MACHINE, encoding="utf-8")
    user.write_text(user_text, encoding="utf-8")
    effective = load_effective_policy()
    assert effective.ignored == ()
    assert callable(check) and check(effective.policy)


# remove_embedded: (machine file or None, user file, effective value, layer it comes from, ignored keys)
REMOVE_EMBEDDED = [
    (None, "[documents]\nremove_embedded = true\n", True, "user", []),
    (None, "[documents]\nremove_embedded = false\n", False, "user", []),
    ("[sessions]\nkeep_days = 3\n", "[documents]\nremove_embedded = true\n", True, "user", []),
    ("[documents]\nremove_embedded = true\n", "[documents]\nremove_embedded = false\n", True, "machine",
     ["documents.remove_embedded"]),
    ("[documents]\nremove_embedded = false\n", "[documents]\nremove_embedded = true\n", True, "user", []),
    ("[documents]\nremove_embedded = false\n", "# nichts\n", False, "machine", []),
    (None, "# nichts\n", False, "default", []),
]


@pytest.mark.parametrize(("machine_text", "user_text", "value", "layer", "ignored"), REMOVE_EMBEDDED)
def test_user_may_switch_removal_of_embedded_content_on_but_not_off(
    layers: tuple[Path, Path], machine_text: str | None, user_text: str, value: bool, layer: str, ignored: list[str]
) -> None:
    machine, user = layers
    if machine_text is not None:
        machine.write_text(machine_text, encoding="utf-8")
    user.write_text(user_text, encoding="utf-8")
    effective = load_effective_policy()
    assert effective.policy.remove_embedded is value
    assert effective.sources["documents.remove_embedded"] == layer
    assert [i.key for i in effective.ignored] == ignored


def test_invalid_user_layer_is_skipped_whole_and_named(layers: tuple[Path, Path]) -> None:
    machine, user = layers
    machine.write_text(MACHINE, encoding="utf-8")
    # The first line alone would be valid: the layer must not be half-applied.
    user.write_text('[categories.ORGANIZATION]\nmask = true\n[sessions]\nkeep_days = "nie"\n', encoding="utf-8")
    effective = load_effective_policy()
    assert not effective.policy.is_masked("ORGANIZATION")
    assert effective.policy.keep_days == 3
    assert effective.copy_blocked_reason is None
    [warning] = effective.warnings
    assert f"„{user}“" in warning and "Zeile 4" in warning


def test_broken_machine_policy_blocks_copying_but_keeps_masking(layers: tuple[Path, Path]) -> None:
    machine, user = layers
    machine.write_text('[categories.PERSON]\nmask = true\noperator = "verstecken"\n', encoding="utf-8")
    user.write_text("[categories.PERSON]\nmask = false\n", encoding="utf-8")
    effective = load_effective_policy()
    assert effective.copy_blocked_reason is not None
    assert f"„{machine}“" in effective.copy_blocked_reason and "Zeile 3" in effective.copy_blocked_reason
    assert effective.binding  # the user cannot use the broken file as a loophole
    assert effective.policy.is_masked("PERSON")
    assert effective.ignored[0].key == "categories.PERSON.mask"


def test_broken_machine_policy_makes_cli_anonymize_refuse(
    layers: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    machine, _user = layers
    machine.write_text("[sessions]\nkeep_days = -1\n", encoding="utf-8")
    text = tmp_path / "brief.txt"
    text.write_text("Projekt Falkenhorst\n", encoding="utf-8")
    assert cli_main(["anonymize", str(text)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Kopieren ist gesperrt" in captured.err


def test_explicit_policy_override_must_exist(layers: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="existiert nicht"):
        load_effective_policy(tmp_path / "fehlt.toml")


def test_the_user_variable_names_the_user_layer_but_no_variable_moves_the_machine_layer(
    layers: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    machine, user = layers
    monkeypatch.setenv("ANONYMISIERUNGSHELFER_MACHINE_POLICY", str(tmp_path / "anderswo.toml"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    assert machine_policy_path() == machine
    assert user_policy_path() == user


def test_policy_show_names_layer_per_setting_and_the_ignored_weakenings(
    layers: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    machine, user = layers
    machine.write_text(MACHINE, encoding="utf-8")
    user.write_text(
        '[categories.PERSON]\nmask = false\n[categories.ORGANIZATION]\nmask = true\n[terms]\nallow = ["Adler"]\n',
        encoding="utf-8",
    )
    assert cli_main(["policy", "show"]) == 0
    captured = capsys.readouterr()
    shown = json.loads(captured.out)
    assert shown["binding"] is True
    assert shown["settings"]["categories.PERSON.mask"] == {"value": True, "layer": "machine"}
    assert shown["settings"]["categories.ORGANIZATION.mask"] == {"value": True, "layer": "user"}
    assert shown["settings"]["categories.EMAIL.mask"] == {"value": True, "layer": "default"}
    assert shown["settings"]["sessions.keep_days"] == {"value": 3, "layer": "machine"}
    assert shown["settings"]["documents.remove_embedded"] == {"value": True, "layer": "machine"}
    assert shown["terms"]["deny"] == [{"text": "Falkenhorst", "type": "REFERENCE", "layer": "machine"}]
    ignored = {(i["key"], i["layer"]) for i in shown["ignored"]}
    assert ignored == {("categories.PERSON.mask", "user"), ("terms.allow", "user")}
    assert [layer["state"] for layer in shown["layers"]] == ["active", "active", "active"]
    assert "ignoriert" in captured.err


def test_machine_settings_are_locked_for_the_gui(layers: tuple[Path, Path]) -> None:
    machine, _user = layers
    machine.write_text(MACHINE, encoding="utf-8")
    effective = load_effective_policy()
    assert effective.is_locked("categories.PERSON.mask")
    assert effective.is_locked("terms.allow")
    assert not effective.is_locked("categories.EMAIL.operator")
    machine.unlink()
    assert not load_effective_policy().is_locked("categories.PERSON.mask")
