"""Bad inputs: each gets one clear German sentence, and nothing is written — not even a temp file."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from cfb_writer import build_cfb
from documents_helpers import NAME, tiny_png
from pdf_builder import build_scan_pdf, build_text_pdf
from pypdf import PdfWriter

from anonymizer.cli import main
from anonymizer.documents import load_document
from anonymizer.errors import InputFileError


def _docx_bytes(text: str = f"Antrag von {NAME}") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change: Callable[[dict[str, bytes]], None], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _macro_docx() -> bytes:
    def change(parts: dict[str, bytes]) -> None:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
        parts["word/vbaProject.bin"] = build_cfb({"VBA/dir": b"\x01" * 40})

    return _rezip(_docx_bytes(), change)


def _zip_bomb_docx() -> bytes:
    def change(parts: dict[str, bytes]) -> None:
        parts["word/media/image1.png"] = tiny_png() + b"\x00" * (3 * 1024 * 1024)

    return _rezip(_docx_bytes(), change)


def _billion_laughs_docx() -> bytes:
    def change(parts: dict[str, bytes]) -> None:
        body = parts["word/document.xml"]
        entities = b'<!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        parts["word/document.xml"] = body.replace(b"?>", b"?>" + entities, 1).replace(b"Antrag", b"&b;Antrag")

    return _rezip(_docx_bytes(), change)


def _damaged_member_docx() -> bytes:
    """Intact directory, damaged compressed data of word/document.xml (a bad sector, a broken download)."""
    data = bytearray(_docx_bytes(f"Antrag von {NAME} " * 50))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    for index in range(start, start + 40):
        data[index] ^= 0x5A
    return bytes(data)


def _strict_docx() -> bytes:
    def change(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        )

    return _rezip(_docx_bytes(), change)


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(build_text_pdf([[f"Antrag von {NAME}"]])))
    writer.encrypt(user_password="geheim", owner_password="amt", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


ENCRYPTED_OFFICE = build_cfb({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\x00" * 60, "EncryptedPackage": b"\x00" * 5000})
OLD_WORD = build_cfb({"WordDocument": b"\xec\xa5" + b"\x00" * 5000, "1Table": b"\x00" * 600})

BAD_FILES = [
    # (file name, content, expected message)
    ("kaputt.docx", b"PK\x03\x04" + b"\x17" * 300, "ist beschädigt oder unvollständig"),
    ("abgeschnitten.docx", _docx_bytes()[:4000], "ist beschädigt oder unvollständig"),
    ("defekt.docx", _damaged_member_docx(), "ist beschädigt oder unvollständig"),
    ("leer.docx", b"", "ist kein Word-Dokument oder ist beschädigt"),
    ("text.docx", b"Nur Text, kein Word.", "ist kein Word-Dokument oder ist beschädigt"),
    ("geschuetzt.docx", ENCRYPTED_OFFICE, "ist mit einem Kennwort geschützt"),
    ("alt.doc", OLD_WORD, "ist ein altes Word-Dokument (.doc)"),
    ("alt-umbenannt.docx", OLD_WORD, "ist ein altes Word-Dokument (.doc)"),
    ("makro.docm", _macro_docx(), "enthält Makros (.docm) und wird nicht verarbeitet"),
    ("makro-umbenannt.docx", _macro_docx(), "enthält Makros (.docm) und wird nicht verarbeitet"),
    ("bombe.docx", _zip_bomb_docx(), "würde entpackt unzulässig groß werden"),
    ("entitaeten.docx", _billion_laughs_docx(), "eine Dokumenttyp-Definition (DTD), wie Word sie nie schreibt"),
    ("strikt.docx", _strict_docx(), "ist im Format „Strict Open XML“ gespeichert"),
    ("bild.txt", tiny_png() * 3, "ist keine Textdatei"),
    ("word.txt", _docx_bytes(), "ist keine Textdatei, sondern ein Office- oder ZIP-Dokument"),
    ("nul.txt", b"Name\x00\x00\x00Wert", "ist keine Textdatei"),
    ("scan.pdf", build_scan_pdf(), "enthält keinen Text (vermutlich ein eingescanntes Bild)"),
    ("geheim.pdf", _encrypted_pdf(), "ist mit einem Kennwort geschützt"),
    ("halb.pdf", build_text_pdf([[f"Antrag von {NAME}"]])[:200], "ist beschädigt und kann nicht gelesen werden"),
    ("falsch.pdf", b"Kein PDF, nur Text.", "ist keine PDF-Datei oder ist beschädigt"),
    ("leer.eml", b"   \n", "ist leer"),
    ("bild.eml", tiny_png(), "ist keine E-Mail-Datei"),
    ("text.msg", b"From: x@example.de\n\nHallo", "ist keine Outlook-Nachricht oder ist beschädigt"),
    ("kaputt.msg", build_cfb({"irgendwas": b"\x00" * 10}), "ist keine Outlook-Nachricht oder ist beschädigt"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_bad_file_gets_one_german_sentence(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        load_document(source)
    assert message in str(caught.value)
    assert f"„{name}“" in str(caught.value)
    assert "\n" not in str(caught.value) and str(caught.value).endswith(".")


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_bad_file_on_the_command_line_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    target = tmp_path / ("aus" + Path(name).suffix)
    assert main(["anonymize", str(source), "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Fehler: ") and message in error
    assert sorted(path.name for path in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize(
    ("name", "limit"),
    [("riesig.docx", 50), ("riesig.pdf", 50), ("riesig.eml", 50), ("riesig.msg", 50), ("riesig.txt", 20)],
)
def test_200_mb_file_is_refused_by_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, limit: int
) -> None:
    source = tmp_path / name
    with source.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: costs no disk space
    with pytest.raises(InputFileError, match=f"ist zu groß \\(höchstens {limit} MB\\)"):
        load_document(source)
    target = tmp_path / "aus.txt"
    assert main(["anonymize", str(source), "-o", str(target)]) == 1
    assert "ist zu groß" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("fehlt.docx", "wurde nicht gefunden"),
        ("fehlt.pdf", "wurde nicht gefunden"),
        ("fehlt.txt", "wurde nicht gefunden"),
    ],
)
def test_missing_file(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(InputFileError, match=message):
        load_document(tmp_path / name)


def test_folder_named_like_a_document(tmp_path: Path) -> None:
    (tmp_path / "ordner.docx").mkdir()
    with pytest.raises(InputFileError, match="ist ein Ordner, keine Datei"):
        load_document(tmp_path / "ordner.docx")
