"""Issue 18 point 5: what no reader checks is not kept in a cleaned Word file.

Detection reads the visible text. A name that stands only in a hyperlink target
(``https://…/akte/meiners`` behind the words "die Akte"), in a custom document property
("Mandant: Tebbe") or in a core property was left in the cleaned file before: the scrub only hunts
values found elsewhere. Each row builds a real document with python-docx (raw XML where
python-docx has no API), writes it cleaned, and searches every part of the result.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from documents_helpers import package_texts, tiny_png
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from anonymizer.documents.docx_reader import read_docx
from anonymizer.documents.docx_writer import TextReplacement, write_masked_docx

SECRET = "Meiners"
EMAIL = "p.tebbe@example.org"
CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _link(document: docx.document.Document, target: str, shown: str) -> None:
    rel_id = document.part.relate_to(target, RT.HYPERLINK, is_external=True)
    paragraph = parse_xml(
        f'<w:p {nsdecls("w", "r")}><w:r><w:t xml:space="preserve">Siehe </w:t></w:r>'
        f'<w:hyperlink r:id="{rel_id}"><w:r><w:t>{shown}</w:t></w:r></w:hyperlink></w:p>'
    )
    document.element.body.sectPr.addprevious(paragraph)


def _add_parts(path: Path, parts: dict[str, str], root_rels: list[str], overrides: list[str]) -> None:
    with zipfile.ZipFile(path) as archive:
        data = {info.filename: archive.read(info) for info in archive.infolist()}
    for name, xml in parts.items():
        data[name] = xml.encode()
    data["_rels/.rels"] = data["_rels/.rels"].replace(
        b"</Relationships>", "".join(root_rels).encode() + b"</Relationships>"
    )
    data["[Content_Types].xml"] = data["[Content_Types].xml"].replace(
        b"</Types>", "".join(overrides).encode() + b"</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in data.items():
            archive.writestr(name, content)


def hidden_link_target(document: docx.document.Document, path: Path) -> None:
    _link(document, f"https://dms.kreis.example/akte/{SECRET.lower()}", "die Akte")


def hidden_link_target_encoded(document: docx.document.Document, path: Path) -> None:
    _link(document, f"https://dms.kreis.example/suche?name=Frau%20{SECRET}", "Suche")


def picture_link(document: docx.document.Document, path: Path) -> None:
    document.add_picture(io.BytesIO(tiny_png()))
    rel_id = document.part.relate_to(f"https://fotos.example/{SECRET}.png", RT.HYPERLINK, is_external=True)
    doc_pr = document.inline_shapes[0]._inline.docPr
    doc_pr.append(parse_xml(f'<a:hlinkClick xmlns:a="{A}" {nsdecls("r")} r:id="{rel_id}"/>'))


def field_code_link(document: docx.document.Document, path: Path) -> None:
    paragraph = parse_xml(
        f'<w:p {nsdecls("w")}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://dms.kreis.example/{SECRET}" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Akte öffnen</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    document.element.body.sectPr.addprevious(paragraph)


def core_properties(document: docx.document.Document, path: Path) -> None:
    properties = document.core_properties
    properties.title = f"Akte {SECRET}"
    properties.subject = f"Widerspruch {SECRET}"
    properties.keywords = SECRET
    properties.category = f"Mandant {SECRET}"
    properties.comments = f"Rückruf {SECRET}"
    properties.content_status = SECRET
    properties.identifier = f"AZ-{SECRET}"
    properties.version = SECRET


CUSTOM = "custom"
APP = "app"


@pytest.mark.parametrize(
    "build",
    [hidden_link_target, hidden_link_target_encoded, picture_link, field_code_link, core_properties, CUSTOM, APP],
    ids=lambda build: build if isinstance(build, str) else build.__name__,
)
def test_a_name_only_in_an_unchecked_place_does_not_survive(
    tmp_path: Path, build: Callable[[docx.document.Document, Path], None] | str
) -> None:
    document = docx.Document()
    document.add_paragraph(f"Bitte antworten Sie an {EMAIL}.")
    if callable(build):
        build(document, tmp_path)
    source = tmp_path / "ein.docx"
    document.save(str(source))
    if build == CUSTOM:
        _add_parts(
            source,
            {
                "docProps/custom.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<Properties xmlns="{CUSTOM_PROPERTIES}" xmlns:vt="{VT}">'
                '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Mandant">'
                f"<vt:lpwstr>{SECRET}</vt:lpwstr></property>"
                f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="3" name="{SECRET}">'
                "<vt:bool>true</vt:bool></property></Properties>"
            },
            [f'<Relationship Id="rIdCu9" Type="{OFFICE_RELS}/custom-properties" Target="docProps/custom.xml"/>'],
            [
                '<Override PartName="/docProps/custom.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
            ],
        )
    if build == APP:
        with zipfile.ZipFile(source) as archive:
            app = archive.read("docProps/app.xml").decode()
        app = app.replace(
            "</Properties>",
            f"<Company>Kanzlei {SECRET}</Company><HyperlinkBase>\\\\server\\{SECRET}</HyperlinkBase>"
            f'<TitlesOfParts><vt:vector xmlns:vt="{VT}" size="1" baseType="lpstr"><vt:lpstr>Akte {SECRET}</vt:lpstr>'
            "</vt:vector></TitlesOfParts></Properties>",
        )
        _add_parts(source, {"docProps/app.xml": app}, [], [])
    text = read_docx(source).text
    start = text.index(EMAIL)
    target = tmp_path / "aus.docx"
    write_masked_docx(source, target, [TextReplacement(start, start + len(EMAIL), EMAIL, "[EMAIL_1]", "EMAIL")])

    for part, content in package_texts(target).items():
        assert SECRET.casefold() not in content.casefold(), part
    cleaned = docx.Document(str(target))  # still a valid Word file
    assert "Bitte antworten Sie an [EMAIL_1]." in [p.text for p in cleaned.paragraphs]


def test_a_link_text_stays_when_its_unchecked_target_goes(tmp_path: Path) -> None:
    document = docx.Document()
    hidden_link_target(document, tmp_path)
    source = tmp_path / "ein.docx"
    document.save(str(source))
    target = tmp_path / "aus.docx"
    write_masked_docx(source, target, [])
    parts = package_texts(target)
    assert "hyperlink" not in parts["word/_rels/document.xml.rels"]
    assert "<w:hyperlink" not in parts["word/document.xml"]
    assert docx.Document(str(target)).paragraphs[-1].text == "Siehe die Akte"


@pytest.mark.parametrize(
    ("target", "shown", "expected"),
    [
        ("https://www.kreis-coesfeld.de/", "https://www.kreis-coesfeld.de/", "https://www.kreis-coesfeld.de/"),
        (f"mailto:{EMAIL}", EMAIL, "mailto:%5BEMAIL_1%5D"),  # shown and masked: the cleaned text is the target
        (
            "https://www.kreis-coesfeld.de/bauamt",
            "www.kreis-coesfeld.de/bauamt",
            "https://www.kreis-coesfeld.de/bauamt",
        ),
    ],
)
def test_a_checked_target_stays_and_a_shown_one_follows_its_cleaned_text(
    tmp_path: Path, target: str, shown: str, expected: str
) -> None:
    document = docx.Document()
    _link(document, target, shown)
    source = tmp_path / "ein.docx"
    document.save(str(source))
    text = read_docx(source).text
    replacements = []
    if EMAIL in text:
        start = text.index(EMAIL)
        replacements.append(TextReplacement(start, start + len(EMAIL), EMAIL, "[EMAIL_1]", "EMAIL"))
    write_masked_docx(source, tmp_path / "aus.docx", replacements)
    rels = package_texts(tmp_path / "aus.docx")["word/_rels/document.xml.rels"]
    assert f'Target="{expected}"' in rels


def test_dates_of_the_core_properties_stay(tmp_path: Path) -> None:
    import datetime as dt

    document = docx.Document()
    document.add_paragraph("Text")
    created = dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.UTC)
    document.core_properties.created = created
    document.core_properties.author = SECRET
    source = tmp_path / "ein.docx"
    document.save(str(source))
    write_masked_docx(source, tmp_path / "aus.docx", [])
    after = docx.Document(str(tmp_path / "aus.docx")).core_properties
    assert after.created == created and after.author == ""
