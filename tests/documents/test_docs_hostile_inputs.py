"""Crafted inputs that used to end in a traceback: a lone surrogate from a PDF, deeply nested e-mails.

Each must give a masked result or one German sentence with exit code 1 — never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_builder import build_pdf_with_to_unicode

from anonymizer.cli import main
from anonymizer.detection.normalize import normalize, surrogate_safe
from anonymizer.documents import load_document
from anonymizer.documents.eml_reader import MAX_NESTED_PARTS, comment_depth

LINE = "Kontoinhaber DE44 5001 0517 5407 3249 31 AB"


@pytest.fixture
def surrogate_pdf(tmp_path: Path) -> Path:
    """"A" reads as the lone high surrogate U+D800 (a broken ToUnicode map), "B" as itself."""
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(build_pdf_with_to_unicode(LINE, {"A": "D800", "B": "0042"}))
    return path


def test_a_lone_surrogate_from_a_pdf_becomes_a_replacement_character(surrogate_pdf: Path) -> None:
    text = load_document(surrogate_pdf).text
    assert "\ufffdB" in text and not any("\ud800" <= char <= "\udfff" for char in text)


@pytest.mark.model
def test_a_pdf_with_a_lone_surrogate_is_anonymized_without_traceback(
    surrogate_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["anonymize", str(surrogate_pdf)]) == 0
    captured = capsys.readouterr()
    assert "[IBAN_1]" in captured.out and "\ufffdB" in captured.out and "Traceback" not in captured.err
    assert main(["detect", "--json", str(surrogate_pdf)]) == 0
    [entity] = json.loads(capsys.readouterr().out)["entities"]
    assert entity["type"] == "IBAN"


@pytest.mark.model
def test_the_engine_keeps_lone_surrogates_away_from_the_model() -> None:
    """A pasted text can hold one too (the GUI does not go through load_document)."""
    from anonymizer.detection.factory import build_engine
    from anonymizer.policy import load_default_policy

    text = "Sehr geehrte Frau Sabine Kortmann, \ud800 Ihre IBAN DE44 5001 0517 5407 3249 31."
    findings = build_engine(load_default_policy()).analyze(text)
    assert {(f.type, f.text) for f in findings} >= {
        ("PERSON", "Sabine Kortmann"),
        ("IBAN", "DE44 5001 0517 5407 3249 31"),
    }
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_surrogate_safe_keeps_the_length() -> None:
    assert surrogate_safe("a\udc80b") == "a\ufffdb"
    assert surrogate_safe("Grüße") == "Grüße"
    working = normalize("x\ud800 Kortmann")
    assert working.text == "x\ufffd Kortmann" and working.to_original(3, 11) == (3, 11)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_thousands_of_nested_comments_in_a_header_are_shown_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    depth = 5000
    mail = _write(
        tmp_path / "klammern.eml",
        f"From: Anna {'(' * depth}x{')' * depth} <s.kortmann@example.org>\nSubject: Antrag\n\n"
        "Rückruf an DE44 5001 0517 5407 3249 31.\n",
    )
    text = load_document(mail).text
    assert text.startswith("Von: Anna (((") and "s.kortmann@example.org" in text
    assert main(["anonymize", str(mail), "--mode", "placeholder"]) == 0
    out = capsys.readouterr().out
    assert "s.kortmann@example.org" not in out and "[IBAN_1]" in out


def _nested_multiparts(depth: int) -> str:
    head = "From: a@example.org\nSubject: Verschachtelt\nMIME-Version: 1.0\n"
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n' for level in range(depth)
    )
    closing = "".join(f"\n--b{level}--\n" for level in reversed(range(depth)))
    return head + opening + "Content-Type: text/plain\n\nHallo\n" + closing


def _nested_messages(depth: int) -> str:
    head = "From: a@example.org\nSubject: Weitergeleitet\nMIME-Version: 1.0\n"
    return head + "Content-Type: message/rfc822\n\nFrom: b@example.org\n" * depth + "\nHallo\n"


@pytest.mark.parametrize("build", [_nested_multiparts, _nested_messages], ids=["multipart", "rfc822"])
def test_thousands_of_nested_parts_are_refused_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], build: object
) -> None:
    assert callable(build)
    mail = _write(tmp_path / "tief.eml", build(3000))
    assert main(["anonymize", str(mail)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Fehler: Die E-Mail „tief.eml“ besteht aus mehr als 100 ineinandergeschachtelten")


def test_a_mail_nested_as_deep_as_allowed_is_read(tmp_path: Path) -> None:
    mail = _write(tmp_path / "tief.eml", _nested_multiparts(MAX_NESTED_PARTS))
    assert "Hallo" in load_document(mail).text


def test_thousands_of_parts_side_by_side_are_read(tmp_path: Path) -> None:
    parts = "".join(f"--grenze\nContent-Type: text/plain\n\nTeil {number}\n" for number in range(3000))
    mail = _write(
        tmp_path / "breit.eml",
        "From: a@example.org\nSubject: Viele Teile\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="grenze"\n\n' + parts
        + "--grenze--\n",
    )
    assert load_document(mail).text.startswith("Von: a@example.org\nBetreff: Viele Teile")


@pytest.mark.parametrize(("value", "depth"), [("a (b) c", 1), ("((x))", 2), ("\\(\\(x", 0), ("(a)(b)", 1), ("", 0)])
def test_comment_depth(value: str, depth: int) -> None:
    assert comment_depth(value) == depth
