"""The policy file contract: valid files load, every broken file is reported with its line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymizer.cli import main as cli_main
from anonymizer.errors import PolicyError
from anonymizer.policy import (
    OwnPattern,
    PolicyValidationError,
    default_policy_path,
    load_policy,
    validate_policy_file,
)

EXAMPLE = """\
[categories.PERSON]
mask = true
operator = "surrogate"
[categories.LOCATION]
mask = true
operator = "mask"
[terms]
allow = ["Kreis Coesfeld"]
deny = [{ text = "Falkenhorst", type = "REFERENCE" }]
[[patterns]]
name = "Kita-Nummer"
type = "REFERENCE"
regex = 'KITA-\\d{4}'
context = ["Kita", "Einrichtung"]
score = 0.8
[[term_lists]]
path = "strassen.txt"
type = "ADDRESS"
[review]
confirm_before_copy = true
allow_unmask = false
[sessions]
keep_days = 0
[audit]
enabled = true
path = "protokoll"
[guideline]
text = "Keine personenbezogenen Daten in externe Chatbots."
"""


def write(folder: Path, text: str, name: str = "policy.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_documented_example_loads_with_every_setting(tmp_path: Path) -> None:
    (tmp_path / "strassen.txt").write_text("Lüdinghauser Straße\n", encoding="utf-8")
    policy = load_policy(write(tmp_path, EXAMPLE))
    assert policy.operator_for("PERSON") == "surrogate"
    assert policy.is_masked("LOCATION") and policy.operator_for("LOCATION") == "mask"
    assert not policy.is_masked("ORGANIZATION")  # untouched categories keep the built-in default
    assert policy.allow_terms == ("Kreis Coesfeld",)
    assert [(d.text, d.type) for d in policy.deny_terms] == [("Falkenhorst", "REFERENCE")]
    assert policy.patterns == (OwnPattern("Kita-Nummer", "REFERENCE", r"KITA-\d{4}", ("Kita", "Einrichtung"), 0.8),)
    assert policy.term_lists[0].path == (tmp_path / "strassen.txt").resolve()
    assert (policy.confirm_before_copy, policy.allow_unmask, policy.keep_days) == (True, False, 0)
    assert policy.audit.enabled and policy.audit.path == tmp_path / "protokoll"
    assert policy.guideline.startswith("Keine personenbezogenen Daten")
    assert not policy.remove_embedded  # the optional [documents] table is absent: images are kept


@pytest.mark.parametrize(("table", "expected"), [("[documents]\nremove_embedded = true\n", True),
                                                 ("[documents]\nremove_embedded = false\n", False),
                                                 ("[documents]\n", False)])
def test_the_optional_documents_table_extends_the_example(tmp_path: Path, table: str, expected: bool) -> None:
    (tmp_path / "strassen.txt").write_text("Lüdinghauser Straße\n", encoding="utf-8")
    path = write(tmp_path, EXAMPLE + table)
    assert validate_policy_file(path) == []
    assert load_policy(path).remove_embedded is expected


def test_the_built_in_default_is_valid_and_carries_the_guideline() -> None:
    assert validate_policy_file(default_policy_path()) == []
    policy = load_policy(default_policy_path())
    assert "Keine personenbezogenen Daten in externe Chatbots" in policy.guideline
    assert "gewissenhaft" in policy.guideline
    assert not policy.audit.enabled
    assert not policy.remove_embedded


# (file text, line of the first error, text the message must contain)
BROKEN = [
    ('[categories.PERSON]\nmask = true\noperator = "verstecken"\n', 3,
     "`operator` muss placeholder, surrogate, redact, mask oder keep sein"),
    ('# Kommentar\n\n[categories.PERSON]\nmask = "ja"\n', 4, "`mask` muss true oder false sein"),
    ("[categories.KUNDE]\nmask = true\n", 1, "unbekannte Kategorie `KUNDE`"),
    ('[categories.PERSON]\nmask = true\nfarbe = "rot"\n', 3, "unbekannter Schlüssel `farbe`"),
    ("[kategorien.PERSON]\nmask = true\n", 1, "unbekannter Abschnitt `kategorien`"),
    ('[terms]\nallow = "Kreis Coesfeld"\n', 2, "`allow` muss eine Liste"),
    ('[terms]\nallow = ["Kreis Coesfeld", 3]\n', 2, "`allow` Eintrag 2"),
    ('[terms]\ndeny = [\n  { text = "Falkenhorst", type = "REFERENCE" },\n  { text = "X-Projekt", type = "NIX" },\n]\n',
     4, "`type` „NIX“ ist keine bekannte Kategorie"),
    ('[terms]\ndeny = ["Falkenhorst"]\n', 2, "`deny` Eintrag 1 muss die Form"),
    ('[terms]\ndeny = [{ text = "", type = "PERSON" }]\n', 2, "`text` muss ein nicht leerer Text"),
    ('[[patterns]]\nname = "A"\ntype = "REFERENCE"\nregex = "A-\\\\d+"\n\n'
     '[[patterns]]\nname = "B"\ntype = "REFERENCE"\nregex = "KITA-(\\\\d{4}"\n', 9,
     "`regex` ist kein gültiger regulärer Ausdruck"),
    ('[[patterns]]\nname = "Leer"\ntype = "REFERENCE"\nregex = "x*"\n', 4, "passt auch auf leeren Text"),
    ('[[patterns]]\nname = "A"\ntype = "REFERENCE"\nregex = "A\\\\d"\nscore = 1.5\n', 5, "`score` muss eine Zahl"),
    ('[[patterns]]\nname = "A"\nregex = "A\\\\d"\n', 1, "`type` fehlt"),
    ('[[patterns]]\nname = "A"\ntype = "REFERENCE"\nregex = "A\\\\d"\n[[patterns]]\nname = "A"\ntype = "PERSON"\n'
     'regex = "B\\\\d"\n', 6, "`name` „A“ ist doppelt vergeben"),
    ('[[patterns]]\nname = "A"\ntype = "REFERENCE"\nregex = "A\\\\d"\ncontext = "Kita"\n', 5,
     "`context` muss eine Liste"),
    ('[[term_lists]]\npath = "gibt-es-nicht.txt"\ntype = "ADDRESS"\n', 2, "„gibt-es-nicht.txt“ existiert nicht"),
    ("[review]\nconfirm_before_copy = 1\n", 2, "`confirm_before_copy` muss true oder false sein"),
    ("[sessions]\nkeep_days = -1\n", 2, "`keep_days` muss eine ganze Zahl"),
    ("[sessions]\nkeep_days = true\n", 2, "`keep_days` muss eine ganze Zahl"),
    ('[audit]\nenabled = "ja"\n', 2, "`enabled` muss true oder false sein"),
    ("[guideline]\ntext = 42\n", 2, "`text` muss ein nicht leerer Text"),
    ('# Word-Dateien\n[documents]\nremove_embedded = "ja"\n', 3, "`remove_embedded` muss true oder false sein"),
    ("[documents]\nremove_images = true\n", 2, "unbekannter Schlüssel `remove_images`"),
    ("[documents]\nremove_embedded = 1\n", 2, "`remove_embedded` muss true oder false sein"),
    ('[review]\nconfirm_before_copy = \n', 2, "kein gültiges TOML"),
    ('[categories.PERSON]\nmask = true\n[categories.PERSON]\nmask = false\n', 3, "kein gültiges TOML"),
]


@pytest.mark.parametrize(("text", "line", "expected"), BROKEN)
def test_broken_file_is_reported_with_line_and_key(tmp_path: Path, text: str, line: int, expected: str) -> None:
    path = write(tmp_path, text)
    issues = validate_policy_file(path)
    assert issues, "a broken file must not validate"
    assert str(issues[0]) .startswith(f"Zeile {line}: ")
    assert expected in issues[0].message
    with pytest.raises(PolicyValidationError) as caught:
        load_policy(path)
    assert f"„{path}“" in str(caught.value) and f"Zeile {line}" in str(caught.value)


def test_every_problem_of_a_file_is_listed_not_just_the_first(tmp_path: Path) -> None:
    text = '[categories.PERSON]\noperator = "x"\n[sessions]\nkeep_days = "lange"\n[audit]\nenabled = 1\n'
    issues = validate_policy_file(write(tmp_path, text))
    assert [issue.line for issue in issues] == [2, 4, 6]


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("", True),
        ("# nur ein Kommentar\n", True),
        ('[categories.ORGANIZATION]\nmask = true\noperator = "redact"\n', True),
        ('[terms]\nallow = []\ndeny = []\n', True),
        ("[documents]\nremove_embedded = true\n", True),
        ("[documents]\n", True),
        ('[[patterns]]\nname = "Az"\ntype = "REFERENCE"\nregex = \'(?i)az\\.?\\s*(?P<value>\\d+/\\d+)\'\n', True),
        ('[guideline]\ntext = """\nMehrzeilig.\nkey = "kein Schlüssel"\n"""\n', True),
        ('[categories.PERSON]\noperator = "placeholder "\n', False),
        ('[sessions]\nkeep_days = 7.5\n', False),
    ],
)
def test_valid_and_invalid_small_files(tmp_path: Path, text: str, valid: bool) -> None:
    assert (validate_policy_file(write(tmp_path, text)) == []) is valid


def test_validate_command_prints_ok_or_every_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, '[categories.LOCATION]\nmask = true\n', "gut.toml")
    assert cli_main(["policy", "validate", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "OK"

    bad = write(tmp_path, '[categories.PERSON]\n\noperator = "weg"\n[sessions]\nkeep_days = -3\n', "schlecht.toml")
    assert cli_main(["policy", "validate", str(bad)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("Zeile 3: `operator` muss placeholder, surrogate, redact, mask oder keep sein")
    assert "Zeile 5: `keep_days`" in lines[1]
    assert "2 Fehler" in captured.err


def test_validate_command_reports_a_wrong_csv_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "personal.csv").write_text("Name;Amt\nKortmann;Bauamt\n", encoding="utf-8")
    policy = write(tmp_path, '[[term_lists]]\npath = "personal.csv"\ntype = "PERSON"\ncolumn = "Nachname"\n')
    assert cli_main(["policy", "validate", str(policy)]) == 1
    assert "keine Spalte „Nachname“" in capsys.readouterr().out


def test_validate_command_on_a_missing_file_is_a_german_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["policy", "validate", str(tmp_path / "fehlt.toml")]) == 1
    assert capsys.readouterr().err.startswith("Fehler: Die Richtlinie")


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('[guideline]\ntext = "Grüße"\n'.encode("latin-1"))
    with pytest.raises(PolicyError, match="UTF-8"):
        load_policy(path)
