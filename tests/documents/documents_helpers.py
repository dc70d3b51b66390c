"""Builds real Word documents with known personal data in every place a value can hide.

python-docx writes the body, tables, headers/footers, comments, a picture and the core
properties; raw XML (lxml, zipfile) adds what python-docx cannot: footnotes, endnotes, tracked
changes, a text box with its fallback copy, content controls, fields, a ``mailto:`` hyperlink,
custom properties, a glossary, people.xml, a custom XML data store, a thumbnail, a chart and a SmartArt
graphic (its data part and its cached drawing, the name split over two runs there).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

NAME = "Zyprian Quälgeist"
SURNAME = "Quälgeist"
IBAN = "DE89 3704 0044 0532 0130 00"
EMAIL = "zyprian.quaelgeist@example.de"
PHONE = "0171 2345678"
ORIGINALS = (NAME, IBAN, EMAIL, PHONE)
#: The Windows login of the clerk, which Word writes into the path of the attached template.
WINDOWS_USER = "zquaelgeist"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def tiny_png() -> bytes:
    """A valid 1×1 PNG, so python-docx can insert a real picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _run(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _textbox_run(text: str) -> str:
    inner = f"<w:txbxContent><w:p>{_run(text)}</w:p></w:txbxContent>"
    return (
        f'<w:r {nsdecls("w")} xmlns:mc="{MC}" xmlns:wps="{WPS}" xmlns:wp="{WP}" xmlns:a="{A}" xmlns:v="{V}">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1828800" cy="457200"/><wp:wrapNone/>'
        f'<wp:docPr id="901" name="Textfeld 1" descr="Textfeld für {NAME}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{inner}</wps:txbx><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape id="Textfeld 1" alt="{NAME}"><v:textbox>{inner}</v:textbox></v:shape></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _notes_xml(kind: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{W}">'
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:id="1"><w:p>{_run(text)}</w:p></w:{kind}></w:{kind}s>'
    ).encode()


def _build_body(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    document.core_properties.author = NAME
    document.core_properties.last_modified_by = NAME
    document.core_properties.title = f"Bescheid für {NAME}"
    document.core_properties.subject = f"Antrag {SURNAME}"
    document.core_properties.keywords = f"{EMAIL}, {PHONE}"
    document.core_properties.comments = f"Konto {IBAN}"

    document.add_heading("Bescheid", level=1)
    split = document.add_paragraph("Sehr geehrter Herr ", style="Normal")
    split.add_run("Zyp").bold = True
    split.add_run("rian Quäl").italic = True
    split.add_run("geist,")
    document.add_paragraph(f"bitte überweisen Sie auf das Konto {IBAN}.", style="List Bullet")
    document.add_paragraph(f"Rückfragen an {EMAIL} oder telefonisch unter {PHONE}.")

    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Antragsteller"
    table.cell(0, 1).text = NAME
    nested = table.cell(1, 1).add_table(rows=1, cols=1)
    nested.cell(0, 0).text = f"Telefon {PHONE}"

    section.header.paragraphs[0].text = f"Az. 12/34 – {NAME}"
    section.footer.paragraphs[0].text = f"Kontakt: {EMAIL}"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = f"Erste Seite {NAME}"
    section.first_page_footer.paragraphs[0].text = f"Telefon {PHONE}"
    document.settings.odd_and_even_pages_header_footer = True
    section.even_page_header.paragraphs[0].text = f"Gerade Seite {SURNAME}"
    section.even_page_footer.paragraphs[0].text = f"IBAN {IBAN}"

    commented = document.add_paragraph("Ein Satz mit Kommentar.")
    document.add_comment(commented.runs, text=f"Bitte {NAME} anrufen: {PHONE}", author=NAME, initials="ZQ")

    document.add_picture(io.BytesIO(tiny_png()))
    doc_pr = document.inline_shapes[0]._inline.docPr
    doc_pr.set("descr", f"Foto von {NAME}")
    doc_pr.set("title", f"{SURNAME} am Schreibtisch")

    link_id = document.part.relate_to(f"mailto:{EMAIL}", RT.HYPERLINK, is_external=True)
    body = document.element.body
    extra = [
        f'<w:p {nsdecls("w", "r")}><w:r><w:t xml:space="preserve">E-Mail: </w:t></w:r>'
        f'<w:hyperlink r:id="{link_id}">{_run(EMAIL)}</w:hyperlink></w:p>',
        f'<w:p {nsdecls("w")}><w:sdt><w:sdtPr><w:alias w:val="Name"/><w:tag w:val="{NAME}"/></w:sdtPr>'
        f"<w:sdtContent>{_run(NAME)}</w:sdtContent></w:sdt></w:p>",
        f'<w:p {nsdecls("w")}><w:fldSimple w:instr=" MERGEFIELD Name ">'
        f"<w:r><w:t>{NAME}</w:t></w:r></w:fldSimple></w:p>",
        f'<w:p {nsdecls("w")}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:{EMAIL}" </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run("Mail schreiben")}'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
        f"<w:p {nsdecls('w')}>{_run('Siehe Textfeld.')}{_textbox_run(NAME)}</w:p>",
        f"<w:p {nsdecls('w')}>{_run('Änderungen: ')}"
        f'<w:ins w:id="71" w:author="{NAME}" w:date="2024-01-01T00:00:00Z">{_run(f"Zuständig ist {NAME}.")}</w:ins>'
        f'<w:del w:id="72" w:author="{NAME}" w:date="2024-01-01T00:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">Alte IBAN {IBAN} von {NAME}</w:delText></w:r></w:del></w:p>',
        f'<w:p {nsdecls("w")}>{_run("Fußnote hier")}<w:r><w:footnoteReference w:id="1"/></w:r>'
        f'{_run(" und Endnote")}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>',
    ]
    sect_pr = body.sectPr
    for xml in extra:
        element = parse_xml(xml)
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)
    document.save(str(path))


def _rewrite(path: Path, changes: dict[str, bytes], rels: dict[str, list[str]], overrides: list[str]) -> None:
    """Add or replace parts, relationships and content-type overrides in a saved package."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts.update(changes)
    for rels_name, entries in rels.items():
        empty = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}"></Relationships>'
        xml = parts.get(rels_name, empty.encode()).decode()
        xml = xml.replace("</Relationships>", "".join(entries) + "</Relationships>")
        parts[rels_name] = xml.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>", "".join(overrides) + "</Types>")
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def build_document_with_everything(path: Path) -> Path:
    """A ``.docx`` with :data:`ORIGINALS` in every hiding place the writer must clean."""
    _build_body(path)
    with zipfile.ZipFile(path) as archive:
        app = archive.read("docProps/app.xml").decode() if "docProps/app.xml" in archive.namelist() else None
    changes: dict[str, bytes] = {
        "word/footnotes.xml": _notes_xml("footnote", f"Quelle: Gespräch mit {NAME}, {PHONE}"),
        "word/endnotes.xml": _notes_xml("endnote", f"Erstattung an {IBAN}"),
        "docProps/custom.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Antragsteller">'
            f"<vt:lpwstr>{NAME}</vt:lpwstr></property>"
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Konto">'
            f"<vt:lpwstr>{IBAN.replace(' ', '')}</vt:lpwstr></property></Properties>"
        ).encode(),
        "word/glossary/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument xmlns:w="{W}">'
            '<w:docParts><w:docPart><w:docPartPr><w:name w:val="Signatur"/></w:docPartPr>'
            f"<w:docPartBody><w:p>{_run(f'{NAME}, Tel. {PHONE}')}</w:p></w:docPartBody></w:docPart></w:docParts>"
            "</w:glossaryDocument>"
        ).encode(),
        "word/people.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people xmlns:w15="{W15}">'
            f'<w15:person w15:author="{NAME}"><w15:presenceInfo w15:providerId="AD" w15:userId="{EMAIL}"/>'
            "</w15:person></w15:people>"
        ).encode(),
        "customXml/item1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><daten><name>{NAME}</name><telefon>{PHONE}</telefon></daten>'
        ).encode(),
        "docProps/thumbnail.jpeg": b"\xff\xd8\xff\xe0 thumbnail of page one \xff\xd9",
        "word/diagrams/data1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}">'
            f'<dgm:ptLst><dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Leitung: {NAME}</a:t></a:r></a:p>'
            "</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"
        ).encode(),
        "word/charts/chart1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="{C}" xmlns:a="{A}">'
            "<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Anträge je Person</a:t></a:r></a:p></c:rich>"
            '</c:tx></c:title><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:ptCount val="1"/>'
            f'<c:pt idx="0"><c:v>{NAME}</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache>'
            '<c:pt idx="0"><c:v>12</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea>'
            "</c:chart></c:chartSpace>"
        ).encode(),
        "word/diagrams/drawing1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dsp:drawing xmlns:dsp="{DSP}" xmlns:a="{A}">'
            "<dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>Leitung: Zyp</a:t></a:r><a:r><a:t>rian Quälgeist</a:t>"
            "</a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"
        ).encode(),
    }
    if app is not None:
        app = re.sub(r"</Properties>", f"<Manager>{NAME}</Manager><Company>Büro {SURNAME}</Company></Properties>", app)
        changes["docProps/app.xml"] = app.encode()
    rels = {
        "word/_rels/document.xml.rels": [
            f'<Relationship Id="rIdFn1" Type="{OFFICE_RELS}/footnotes" Target="footnotes.xml"/>',
            f'<Relationship Id="rIdEn1" Type="{OFFICE_RELS}/endnotes" Target="endnotes.xml"/>',
            f'<Relationship Id="rIdGl1" Type="{OFFICE_RELS}/glossaryDocument" Target="glossary/document.xml"/>',
            '<Relationship Id="rIdPe1" Type="http://schemas.microsoft.com/office/2011/relationships/people" '
            'Target="people.xml"/>',
            f'<Relationship Id="rIdCx1" Type="{OFFICE_RELS}/customXml" Target="../customXml/item1.xml"/>',
            f'<Relationship Id="rIdDg1" Type="{OFFICE_RELS}/diagramData" Target="diagrams/data1.xml"/>',
            f'<Relationship Id="rIdCh1" Type="{OFFICE_RELS}/chart" Target="charts/chart1.xml"/>',
            '<Relationship Id="rIdDg2" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" '
            'Target="diagrams/drawing1.xml"/>',
        ],
        "word/_rels/settings.xml.rels": [
            f'<Relationship Id="rIdTpl" Type="{OFFICE_RELS}/attachedTemplate" '
            f'Target="file:///C:\\Users\\{WINDOWS_USER}\\Vorlagen\\Bescheid.dotx" TargetMode="External"/>',
        ],
        "_rels/.rels": [
            f'<Relationship Id="rIdCu1" Type="{OFFICE_RELS}/custom-properties" Target="docProps/custom.xml"/>',
            f'<Relationship Id="rIdTh1" Type="{PKG_RELS}/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>',
        ],
    }
    ct = "application/vnd.openxmlformats-officedocument"
    overrides = [
        f'<Override PartName="/word/footnotes.xml" ContentType="{ct}.wordprocessingml.footnotes+xml"/>',
        f'<Override PartName="/word/endnotes.xml" ContentType="{ct}.wordprocessingml.endnotes+xml"/>',
        f'<Override PartName="/docProps/custom.xml" ContentType="{ct}.custom-properties+xml"/>',
        f'<Override PartName="/word/glossary/document.xml" ContentType="{ct}.wordprocessingml.document.glossary+xml"/>',
        f'<Override PartName="/word/people.xml" ContentType="{ct}.wordprocessingml.people+xml"/>',
        '<Override PartName="/customXml/item1.xml" ContentType="application/xml"/>',
        '<Override PartName="/docProps/thumbnail.jpeg" ContentType="image/jpeg"/>',
        f'<Override PartName="/word/diagrams/data1.xml" ContentType="{ct}.drawingml.diagramData+xml"/>',
        f'<Override PartName="/word/charts/chart1.xml" ContentType="{ct}.drawingml.chart+xml"/>',
        '<Override PartName="/word/diagrams/drawing1.xml" '
        'ContentType="application/vnd.ms-office.drawingml.diagramDrawing+xml"/>',
    ]
    _rewrite(path, changes, rels, overrides)
    return path


def package_texts(path: Path) -> dict[str, str]:
    """Every part of a package as text (binary parts decoded leniently), for leak searches."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info).decode("utf-8", errors="replace") for info in archive.infolist()}
