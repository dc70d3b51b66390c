"""PDF, e-mail, Outlook and text files in: the text a reader sees, in order, with names and addresses."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from documents_helpers import EMAIL, IBAN, NAME, PHONE
from msg_builder import build_msg
from pdf_builder import build_text_pdf
from pypdf import PdfWriter

from anonymizer.cli import main
from anonymizer.documents import load_document


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_pdf_text_layer_in_reading_order(tmp_path: Path) -> None:
    pdf = build_text_pdf([[f"Antrag von {NAME}", f"IBAN {IBAN}"], [f"Seite 2: {EMAIL}"]])
    document = load_document(_write(tmp_path / "antrag.pdf", pdf))
    assert document.kind == "pdf"
    assert document.text == f"Antrag von {NAME}\nIBAN {IBAN}\n\nSeite 2: {EMAIL}\n"


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(build_text_pdf([[f"Antrag von {NAME}"]])))
    writer.encrypt(user_password="", owner_password="amt", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert NAME in load_document(_write(tmp_path / "gesperrt.pdf", buffer.getvalue())).text


def _mail(html: bool) -> bytes:
    message = EmailMessage()
    message["From"] = f'"{NAME}" <{EMAIL}>'
    message["To"] = "Bürgerbüro <buergerbuero@kreis-coesfeld.de>, Berta Amt <berta.amt@kreis-coesfeld.de>"
    message["Cc"] = "Carl Kopie <carl@example.de>"
    message["Subject"] = f"Antrag auf Wohngeld – {NAME}"
    message["Date"] = "Mon, 02 Sep 2024 10:15:00 +0200"
    plain = f"Guten Tag,\nmeine IBAN lautet {IBAN}.\nTelefon: {PHONE}\n"
    if html:
        message.set_content(
            f"<html><head><style>p {{color: red}}</style></head><body><p>Guten Tag,</p>"
            f"<p>meine IBAN lautet <b>{IBAN}</b>.</p><p>Telefon:&nbsp;{PHONE}</p></body></html>",
            subtype="html",
        )
    else:
        message.set_content(plain)
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="Mietvertrag_Quälgeist.pdf")
    return message.as_bytes()


@pytest.mark.parametrize("html", [False, True], ids=["text/plain", "html only"])
def test_eml_headers_body_and_attachment_names(tmp_path: Path, html: bool) -> None:
    document = load_document(_write(tmp_path / "mail.eml", _mail(html)))
    assert document.kind == "eml"
    lines = document.text.splitlines()
    assert lines[0] == f"Von: {NAME} <{EMAIL}>"
    assert lines[1] == "An: Bürgerbüro <buergerbuero@kreis-coesfeld.de>, Berta Amt <berta.amt@kreis-coesfeld.de>"
    assert lines[2] == "Cc: Carl Kopie <carl@example.de>"
    assert lines[4] == f"Betreff: Antrag auf Wohngeld – {NAME}"
    assert lines[5] == "Anhänge: Mietvertrag_Quälgeist.pdf"
    assert f"meine IBAN lautet {IBAN}." in document.text
    assert f"Telefon: {PHONE}" in document.text
    assert "color: red" not in document.text and "<p>" not in document.text


def test_msg_headers_body_and_attachment_names(tmp_path: Path) -> None:
    data = build_msg(
        sender_name=NAME,
        sender_email=EMAIL,
        to=[("Berta Amt", "berta.amt@kreis-coesfeld.de")],
        cc=[("Carl Kopie", "carl@example.de")],
        subject=f"Antrag von {NAME}",
        body=f"Guten Tag,\r\nmeine IBAN lautet {IBAN}.\r\nTelefon: {PHONE}",
        attachments=[("Zeugnis_Quälgeist.pdf", b"%PDF-1.4 x")],
    )
    document = load_document(_write(tmp_path / "mail.msg", data))
    assert document.kind == "msg"
    assert document.text.startswith(
        f"Von: {NAME} <{EMAIL}>\nAn: Berta Amt <berta.amt@kreis-coesfeld.de>\nCc: Carl Kopie <carl@example.de>\n"
    )
    assert f"Betreff: Antrag von {NAME}\nAnhänge: Zeugnis_Quälgeist.pdf\n\nGuten Tag,\nmeine IBAN lautet {IBAN}." in (
        document.text
    )


TEXT = "Herr Zyprian Quälgeist, Straße 5, Gebühr 12 €"


@pytest.mark.parametrize(
    ("encoding", "data", "expected"),
    [
        ("utf-8", TEXT.encode("utf-8"), TEXT),
        ("utf-8 with BOM", TEXT.encode("utf-8-sig"), TEXT),
        ("utf-16 with BOM (Notepad)", TEXT.encode("utf-16"), TEXT),
        ("utf-16-be with BOM", b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT),
        ("utf-16-le without BOM", TEXT.encode("utf-16-le"), TEXT),
        ("utf-16-be without BOM", TEXT.encode("utf-16-be"), TEXT),
        ("windows-1252", TEXT.encode("cp1252"), TEXT),
        ("latin-1", "Frau Jürgens, Größe".encode("latin-1"), "Frau Jürgens, Größe"),
        ("latin-1, one short word", "Müller".encode("latin-1"), "Müller"),
        ("utf-8 with one broken byte", ("Müller " * 200).encode() + b"\xff", "Müller " * 200 + "\ufffd"),
    ],
)
def test_text_files_in_every_encoding(tmp_path: Path, encoding: str, data: bytes, expected: str) -> None:
    assert load_document(_write(tmp_path / "notiz.txt", data)).text == expected, encoding


def test_detect_json_offsets_point_into_the_extracted_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Erster Absatz.")
    paragraph = document.add_paragraph("Konto: ")
    paragraph.add_run(IBAN[:7]).bold = True
    paragraph.add_run(IBAN[7:])
    source = tmp_path / "konto.docx"
    document.save(str(source))
    pdf = _write(tmp_path / "konto.pdf", build_text_pdf([["Erster Absatz.", f"Konto: {IBAN}"]]))
    assert main(["detect", "--json", str(source), str(pdf)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for line, path in zip(lines, (source, pdf), strict=True):
        text = load_document(path).text
        ibans = [entity for entity in line["entities"] if entity["type"] == "IBAN"]
        assert [text[entity["start"] : entity["end"]] for entity in ibans] == [IBAN]
    assert lines[0]["entities"][0]["start"] == len("Erster Absatz.\nKonto: ")


RICH_TEXT = rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0 Guten Tag, Herr Qu\'e4lgeist.\par IBAN " + (
    IBAN.encode() + rb"\par}"
)
HTML_IN_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss Arial;}}{\*\htmltag64 <html><body>}"
    rb"\htmlrtf {\htmlrtf0 {\*\htmltag64 <p>}Guten Tag, Herr Qu\'e4lgeist.{\*\htmltag72 </p>}{\*\htmltag64 <p>}IBAN "
    + IBAN.encode()
    + rb"{\*\htmltag72 </p>}\htmlrtf }\htmlrtf0 {\*\htmltag72 </body></html>}}"
)


@pytest.mark.parametrize("rtf", [RICH_TEXT, HTML_IN_RTF], ids=["rich text", "html in rtf"])
def test_msg_with_only_an_rtf_body(tmp_path: Path, rtf: bytes) -> None:
    import compressed_rtf

    data = build_msg(
        sender_name=NAME,
        sender_email=EMAIL,
        to=[("Berta Amt", "berta.amt@kreis-coesfeld.de")],
        cc=[],
        subject="Rückfrage",
        body="",
        attachments=[],
        rtf=compressed_rtf.compress(rtf),
    )
    text = load_document(_write(tmp_path / "rtf.msg", data)).text
    assert "Guten Tag, Herr Quälgeist." in text
    assert f"IBAN {IBAN}" in text


@pytest.mark.parametrize(
    ("rtf", "expected"),
    [
        (rb"{\rtf1\ansi Herr M\'fcller\par Frau Gro\'dfe}", "Herr Müller\nFrau Große"),
        (rb"{\rtf1\ansi{\fonttbl{\f0 Zyprian Sans;}}{\*\generator Zyprian;}Text}", "Text"),
        (rb"{\rtf1\ansi\uc1 Preis \u8364? 5\tab netto}", "Preis € 5\tnetto"),
        (rb"{\rtf1\ansi Klammern \{ und \} und \\}", "Klammern { und } und \\"),
        (rb"{\rtf1\ansi {\pict\pngblip 89504e47}Bild}", "Bild"),
    ],
)
def test_rtf_to_text(rtf: bytes, expected: str) -> None:
    from anonymizer.documents.rtf_text import rtf_to_text

    assert rtf_to_text(rtf) == expected


def _odt(content_body: str, styles_body: str = "", encrypted: bool = False) -> bytes:
    import zipfile

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        + ('<manifest:encryption-data manifest:checksum="x"/>' if encrypted else "")
        + "</manifest:file-entry></manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>'
            f"{content_body}</office:text></office:body></office:document-content>",
        )
        archive.writestr(
            "styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:master-styles>'
            f"{styles_body}</office:master-styles></office:document-styles>",
        )
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def test_odt_body_tables_notes_frames_comments_headers(tmp_path: Path) -> None:
    body = (
        '<text:h text:outline-level="1">Bescheid</text:h>'
        "<text:p>Herr <text:span>Zyp</text:span>rian<text:s/>Quälgeist"
        "<text:note><text:note-citation>1</text:note-citation>"
        f"<text:note-body><text:p>Telefon {PHONE}</text:p></text:note-body></text:note>,</text:p>"
        f"<table:table><table:table-row><table:table-cell><text:p>IBAN<text:tab/>{IBAN}</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        f'<text:p><draw:frame><draw:text-box><text:p>Kontakt: <text:a xlink:href="mailto:{EMAIL}" '
        f'xmlns:xlink="http://www.w3.org/1999/xlink">{EMAIL}</text:a></text:p></draw:text-box></draw:frame></text:p>'
        "<text:p>Text<office:annotation><dc:creator>Berta Amt</dc:creator><text:p>Rückruf an Quälgeist</text:p>"
        "</office:annotation></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>gelöscht: Alte Adresse</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    styles = (
        '<style:master-page style:name="Standard">'
        f"<style:header><text:p>Kopf {NAME}</text:p></style:header></style:master-page>"
    )
    document = load_document(_write(tmp_path / "bescheid.odt", _odt(body, styles)))
    assert document.kind == "odt"
    lines = document.text.split("\n")
    assert lines[:2] == ["Bescheid", f"Herr {NAME}1,"]
    for expected in (f"Telefon {PHONE}", f"IBAN\t{IBAN}", f"Kontakt: {EMAIL}", "Rückruf an Quälgeist", f"Kopf {NAME}"):
        assert expected in lines
    assert "Alte Adresse" not in document.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_odt("<text:p>x</text:p>", encrypted=True), "ist mit einem Kennwort geschützt"),
        (b"PK\x03\x04kaputt", "ist beschädigt oder unvollständig"),
        (b"kein zip", "ist kein OpenDocument-Text"),
    ],
)
def test_bad_odt(tmp_path: Path, data: bytes, message: str) -> None:
    from anonymizer.errors import InputFileError

    with pytest.raises(InputFileError, match=message):
        load_document(_write(tmp_path / "x.odt", data))


@pytest.mark.parametrize(
    ("pages", "note"),
    [
        ([[f"Antrag von {NAME}"], []], "Seite 2 enthält keinen Text (vermutlich eingescannt) und wurde nicht geprüft."),
        (
            [[], [f"Antrag von {NAME}", f"IBAN {IBAN}", "Seite zwei"], []],
            "Die Seiten 1, 3 enthalten keinen Text (vermutlich eingescannt) und wurden nicht geprüft.",
        ),
    ],
)
def test_pdf_pages_without_text_are_noted(tmp_path: Path, pages: list[list[str]], note: str) -> None:
    document = load_document(_write(tmp_path / "gemischt.pdf", build_text_pdf(pages)))
    assert NAME in document.text
    assert document.notes == (note,)


def test_pdf_with_text_on_every_page_has_no_note(tmp_path: Path) -> None:
    assert load_document(_write(tmp_path / "a.pdf", build_text_pdf([["Seite eins"], ["Seite zwei"]]))).notes == ()
