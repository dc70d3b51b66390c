"""Issue 19, point 9: the command line speaks German throughout and handles stdin, folders and bad files.

argparse's own texts (usage, help, every error) are German, ``--help`` lists ``--selftest`` and
``policy-editor``, ``anonymize -`` reads stdin, ``-o ordner/`` writes into a folder, and one missing
file among several does not hide the results of the others.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from anonymizer.cli import AppCommands, build_parser, main

#: Fragments of argparse's English texts; none may reach the user.
ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "optional arguments",
    "show this help",
    "the following arguments are required",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
    "error:",
    "choose from",
)

LETTER = "Sehr geehrte Frau Kortmann,\nIhre IBAN DE44 5001 0517 5407 3249 31 und Mail s.kortmann@example.org.\n"


def _no_english(text: str) -> None:
    found = [fragment for fragment in ENGLISH if fragment in text]
    assert found == [], text


def _run(capsys: pytest.CaptureFixture[str], *args: str, app: AppCommands | None = None) -> tuple[int, str, str]:
    try:
        code = main(list(args), app) if app is not None else main(list(args))
    except SystemExit as exit_:  # --help and argparse's usage errors leave through SystemExit
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_is_german_and_lists_selftest_and_the_policy_editor(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("Aufruf: main.py")
    for expected in ("Optionen:", "Befehle:", "--selftest", "policy-editor", "Diese Hilfe anzeigen und beenden."):
        assert expected in out
    _no_english(out)


COMMANDS = [
    ["detect"],
    ["anonymize"],
    ["restore"],
    ["sessions"],
    ["sessions", "list"],
    ["sessions", "delete"],
    ["policy"],
    ["policy", "validate"],
    ["policy", "show"],
    ["policy-editor"],
]


def test_every_command_is_in_the_overview() -> None:
    overview = build_parser().format_help()
    assert all(f"    {command[0]} " in overview or f"    {command[0]}\n" in overview for command in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_of_every_command_is_german(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _err = _run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith(f"Aufruf: main.py {' '.join(command)}")
    _no_english(out)


@pytest.mark.parametrize(
    ("args", "german"),
    [
        (["detect"], "fehlende Angabe: DATEI"),
        (["anonymize", "a.txt", "--mode", "weg"], "ungültige Auswahl 'weg' (möglich: 'placeholder'"),
        (["zaubern"], "Argument BEFEHL: ungültige Auswahl 'zaubern'"),
        (["detect", "a.txt", "--zusatz"], "unbekannte Argumente: --zusatz"),
        (["anonymize", "a.txt", "-o"], "Argument -o/--output: erwartet einen Wert"),
        (["restore", "antwort.txt"], "fehlende Angabe: --session"),
        (["--selftest", "detect", "a.txt"], "--selftest steht allein"),
        ([], "BEFEHL fehlt"),
    ],
)
def test_usage_errors_are_german_with_exit_code_2(
    capsys: pytest.CaptureFixture[str], args: list[str], german: str
) -> None:
    code, out, err = _run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.startswith("Aufruf: main.py")
    assert german in err
    assert "Aufruf fehlerhaft" in err
    _no_english(err)


def test_selftest_and_policy_editor_are_handed_to_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[object] = []
    app = AppCommands(lambda: calls.append("selftest") or 0, lambda path: calls.append(path) or 0)
    assert _run(capsys, "--selftest", app=app)[0] == 0
    assert _run(capsys, "policy-editor", app=app)[0] == 0
    assert _run(capsys, "policy-editor", "richtlinie.toml", app=app)[0] == 0
    assert calls == ["selftest", None, Path("richtlinie.toml")]


def test_policy_editor_without_the_desktop_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "policy-editor")
    assert code == 1
    assert err == "Fehler: Der Richtlinien-Editor gehört zur Oberfläche: python main.py policy-editor\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.model
def test_anonymize_dash_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, LETTER.encode("cp1252"))  # a Windows pipe: Windows-1252, decoded like a text file
    code, out, err = _run(capsys, "anonymize", "-")
    assert code == 0, err
    assert "[IBAN_1]" in out and "[EMAIL_1]" in out
    assert "DE44" not in out and "s.kortmann@example.org" not in out


@pytest.mark.model
@pytest.mark.parametrize("form", ["trailing slash", "existing folder"])
def test_output_naming_a_folder_writes_into_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    source = tmp_path / "brief.txt"
    source.write_text(LETTER, encoding="utf-8")
    folder = tmp_path / "bereinigt" / "neu"
    if form == "existing folder":
        folder.mkdir(parents=True)
        output = str(folder)
    else:
        output = str(folder) + "/"
    code, out, err = _run(capsys, "anonymize", str(source), "-o", output)
    assert code == 0, err
    assert out == ""
    written = folder / "brief.txt"
    assert written.is_file()
    assert "[IBAN_1]" in written.read_text(encoding="utf-8")
    assert not (tmp_path / "bereinigt" / "neu.txt").exists()


def test_stdin_into_a_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = _run(capsys, "anonymize", "-", "-o", str(tmp_path))
    assert code == 2
    assert "Bei Eingabe über stdin (-) braucht -o einen Dateinamen, keinen Ordner." in err
    assert err.startswith("Aufruf: main.py anonymize")


@pytest.mark.model
def test_one_missing_file_among_several_still_reports_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "eins.txt", tmp_path / "zwei.txt"
    first.write_text(LETTER, encoding="utf-8")
    second.write_text("Mail an h.mueller@example.de\n", encoding="utf-8")
    missing = tmp_path / "fehlt.txt"
    code, out, err = _run(capsys, "detect", "--json", str(first), str(missing), str(second))
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["file"] for line in lines] == [str(first), str(second)]
    assert "h.mueller@example.de" in {entity["text"] for entity in lines[1]["entities"]}
    assert err == "Fehler: Die Datei „fehlt.txt“ wurde nicht gefunden.\n"
