"""A "cleaned" Word file never keeps a found value: odd XML is read fully or refused, the output re-read.

Each case is a real document built with python-docx whose ``document.xml`` (or another part) is then
edited with zipfile the way a hand-made or hostile file would look. Before, text behind a comment, a
processing instruction or a child element inside ``<w:t>`` — or behind an entity of a DTD in a
UTF-16 part — was invisible to the reader, and the writer copied it out unmasked with exit code 0.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from documents_helpers import IBAN, NAME, SURNAME

from anonymizer.cli import main
from anonymizer.documents.docx_reader import read_docx
from anonymizer.documents.docx_scrub import Scrubber
from anonymizer.documents.docx_writer import leaks_in_package

SENTENCE = f"Sehr geehrter Herr {NAME}, bitte überweisen Sie an {IBAN}."
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp1252")


@pytest.fixture
def name_policy(tmp_path: Path) -> Path:
    """Names come from the NER model; a deny list stands in for it, so these tests need no model."""
    path = tmp_path / "richtlinie.toml"
    path.write_text(f'[terms]\ndeny = [{{ text = "{NAME}", type = "PERSON" }}]\n', encoding="utf-8")
    return path


def _letter(path: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """A one-paragraph letter whose parts ``edit`` may change, add or remove (name -> bytes)."""
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        parts = {info.filename: archive.read(info) for info in infos}
    edit(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _in_body(text: str, replacement: str) -> Callable[[dict[str, bytes]], None]:
    def edit(parts: dict[str, bytes]) -> None:
        body = parts["word/document.xml"].decode("utf-8")
        assert text in body
        parts["word/document.xml"] = body.replace(text, replacement, 1).encode("utf-8")

    return edit


def _found_anywhere(path: Path, values: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(part, encoding, value) for every value found in any part of the file, in any encoding."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            raw = archive.read(info)
            for encoding in ENCODINGS:
                text = raw.decode(encoding, errors="ignore").casefold()
                found.extend((info.filename, encoding, v) for v in values if v.casefold() in text)
    return found


def _anonymize(source: Path, tmp_path: Path, policy: Path) -> tuple[int, Path]:
    target = tmp_path / "bereinigt.docx"
    return main(["anonymize", str(source), "-o", str(target), "--policy", str(policy)]), target


VALUES = (NAME, SURNAME, IBAN, IBAN.replace(" ", ""))


@pytest.mark.parametrize(
    ("interruption", "expected"),
    [
        ("<!-- Vermerk -->", f"Sehr geehrter Herr {NAME}, bitte"),
        ("<?mso-hint kurz?>", f"Sehr geehrter Herr {NAME}, bitte"),
    ],
    ids=["comment", "processing-instruction"],
)
def test_text_interrupted_by_a_comment_or_pi_is_read_whole_and_masked(
    tmp_path: Path, name_policy: Path, interruption: str, expected: str
) -> None:
    source = _letter(tmp_path / "brief.docx", _in_body("Herr ", f"Herr {interruption}"))
    assert read_docx(source).text.startswith(expected)
    code, target = _anonymize(source, tmp_path, name_policy)
    assert code == 0
    assert _found_anywhere(target, VALUES) == []
    assert read_docx(target).text == "Sehr geehrter Herr [PERSON_1], bitte überweisen Sie an [IBAN_1]."


def test_text_interrupted_by_a_child_element_is_refused(
    tmp_path: Path, name_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _letter(tmp_path / "brief.docx", _in_body("Herr ", "Herr <w:fremd/>"))
    code, target = _anonymize(source, tmp_path, name_policy)
    assert code == 1 and not target.exists()
    assert capsys.readouterr().err == (
        "Fehler: Die Datei „brief.docx“ enthält in „word/document.xml“ Text, der durch ein fremdes Element "
        "unterbrochen ist (so schreibt Word nicht); sie wird nicht verarbeitet, damit nichts ungeprüft bleibt. "
        "Bitte in Word öffnen und neu speichern.\n"
    )


def _utf16(dtd: bool) -> Callable[[dict[str, bytes]], None]:
    def edit(parts: dict[str, bytes]) -> None:
        body = parts["word/document.xml"].decode("utf-8")
        body = re.sub(r"<\?xml[^>]*\?>\s*", "", body, count=1)
        if dtd:
            body = body.replace(f"{NAME}, bitte", "&person;, bitte", 1)
            declaration = f'<!DOCTYPE w:document [<!ENTITY person "{NAME}">]>\n'
        else:
            declaration = ""
        parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-16"?>\n' + declaration + body).encode(
            "utf-16"
        )

    return edit


def test_a_utf16_part_with_a_dtd_is_refused(
    tmp_path: Path, name_policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _letter(tmp_path / "brief.docx", _utf16(dtd=True))
    code, target = _anonymize(source, tmp_path, name_policy)
    assert code == 1 and not target.exists()
    assert capsys.readouterr().err == (
        "Fehler: Die Datei „brief.docx“ enthält in „word/document.xml“ eine Dokumenttyp-Definition (DTD), "
        "wie Word sie nie schreibt; sie wird aus Sicherheitsgründen nicht verarbeitet.\n"
    )


def test_a_utf16_part_without_dtd_is_read_and_cleaned(tmp_path: Path, name_policy: Path) -> None:
    source = _letter(tmp_path / "brief.docx", _utf16(dtd=False))
    assert read_docx(source).text == SENTENCE
    code, target = _anonymize(source, tmp_path, name_policy)
    assert code == 0 and _found_anywhere(target, VALUES) == []


def test_an_xml_part_in_utf16_under_another_name_is_scrubbed(tmp_path: Path, name_policy: Path) -> None:
    """A part whose name does not end in .xml used to count as binary when it was UTF-16: copied as it was."""
    item = f'<?xml version="1.0" encoding="UTF-16"?><daten><konto>{IBAN}</konto><name>{NAME}</name></daten>'

    def edit(parts: dict[str, bytes]) -> None:
        parts["customXml/item1.dat"] = item.encode("utf-16")

    source = _letter(tmp_path / "brief.docx", edit)
    code, target = _anonymize(source, tmp_path, name_policy)
    assert code == 0 and _found_anywhere(target, VALUES) == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-8"])
def test_a_value_left_in_a_binary_part_stops_the_write(
    tmp_path: Path, name_policy: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    """An embedded object is not parsed; if it carries a found value the file is not written (fail closed)."""

    def edit(parts: dict[str, bytes]) -> None:
        parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0" + NAME.encode(encoding) + b"\x00" * 64

    source = _letter(tmp_path / "brief.docx", edit)
    code, target = _anonymize(source, tmp_path, name_policy)
    assert code == 1 and not target.exists()
    assert "„word/embeddings/oleObject1.bin“" in capsys.readouterr().err


def _masked(parts: dict[str, bytes]) -> None:
    body = parts["word/document.xml"]
    parts["word/document.xml"] = body.replace(NAME.encode(), b"[PERSON_1]").replace(IBAN.encode(), b"[IBAN_1]")


@pytest.mark.parametrize(
    ("part", "content"),
    [
        *[("word/afchunk.htm", f"<p>Konto {IBAN}</p>".encode(e)) for e in ("utf-8", "utf-16-le", "cp1252")],
        ("customXml/item9.xml", f'<?xml version="1.0" encoding="UTF-16"?><k>{IBAN}</k>'.encode("utf-16")),
        ("customXml/item9.bin", f'<?xml version="1.0" encoding="UTF-16"?><k>{IBAN}</k>'.encode("utf-16")),
        ("word/media/image9.png", b"\x89PNG\r\n" + IBAN.encode("utf-16-be")),
    ],
    ids=["html-utf8", "html-utf16", "html-cp1252", "xml-utf16", "xml-utf16-other-name", "binary-utf16be"],
)
def test_the_reread_check_searches_every_part_in_every_encoding(tmp_path: Path, part: str, content: bytes) -> None:
    scrubber = Scrubber.for_values([(NAME, "[PERSON_1]"), (IBAN, "[IBAN_1]")])
    clean = _letter(tmp_path / "sauber.docx", _masked)
    assert leaks_in_package(clean.read_bytes(), scrubber, [NAME, IBAN]) == []

    def edit(parts: dict[str, bytes]) -> None:
        _masked(parts)
        parts[part] = content

    leaky = _letter(tmp_path / "undicht.docx", edit)
    assert leaks_in_package(leaky.read_bytes(), scrubber, [NAME, IBAN]) == [part]
