"""The command-line contract of PRODUCT.md section 4: JSON shape, valid offsets, exit codes, German errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LETTER = (
    "Sehr geehrte Damen und Herren,\n"
    "meine Steuer-ID lautet 28365461076, meine IBAN DE44\u00a05001\u00a00517\u00a05407\u00a03249\u00a031.\n"
    "Erreichbar bin ich unter r.eling@posteo.de.\n"
)


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("letters")
    first = folder / "brief.txt"
    first.write_text(LETTER, encoding="utf-8")
    second = folder / "latin1.txt"
    second.write_bytes("Grüße aus Münster, Mail: h.mueller@example.de\n".encode("latin-1"))
    return [first, second]


def test_detect_json_prints_one_line_per_file_with_valid_offsets(letters: list[Path]) -> None:
    result = run_cli("detect", "--json", *map(str, letters))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(p) for p in letters]
    texts = [LETTER, "Grüße aus Münster, Mail: h.mueller@example.de\n"]
    for line, text in zip(lines, texts, strict=True):
        for entity in line["entities"]:
            assert set(entity) == {"start", "end", "type", "text", "score"}
            assert 0 <= entity["start"] < entity["end"] <= len(text)
            assert text[entity["start"] : entity["end"]] == entity["text"]
            assert 0.0 < entity["score"] <= 1.0
    first_values = {e["text"] for e in lines[0]["entities"]}
    assert {"28365461076", "r.eling@posteo.de"} <= first_values
    assert "h.mueller@example.de" in {e["text"] for e in lines[1]["entities"]}


def test_anonymize_writes_placeholders(letters: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    result = run_cli("anonymize", str(letters[0]), "-o", str(target))
    assert result.returncode == 0, result.stderr
    masked = target.read_text(encoding="utf-8")
    assert "28365461076" not in masked and "r.eling@posteo.de" not in masked
    assert "[TAX_ID_1]" in masked and "[EMAIL_1]" in masked


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: folder / "fehlt.txt", "wurde nicht gefunden"),
        (lambda folder: folder, "Ordner"),
        (lambda folder: _write(folder / "bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "keine Textdatei"),
    ],
)
def test_bad_input_gives_one_german_line_and_exit_1(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = run_cli("detect", "--json", str(path))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_usage_error_exits_2() -> None:
    result = run_cli("detect")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_unknown_command_exits_2() -> None:
    assert run_cli("zaubern").returncode == 2


def test_output_never_overwrites_input(letters: list[Path]) -> None:
    before = letters[0].read_bytes()
    result = run_cli("anonymize", str(letters[0]), "-o", str(letters[0]))
    assert result.returncode == 1
    assert letters[0].read_bytes() == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
