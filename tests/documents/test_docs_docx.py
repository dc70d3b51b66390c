"""DOCX in and out: every hiding place is read, masked and scrubbed; the output is still a good Word file."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from urllib.parse import quote

import docx
import pytest
from documents_helpers import EMAIL, IBAN, NAME, ORIGINALS, PHONE, SURNAME, WINDOWS_USER, package_texts, tiny_png
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from anonymizer.detection.factory import build_engine
from anonymizer.documents import load_document
from anonymizer.documents.docx_reader import TEXT, read_docx
from anonymizer.documents.docx_writer import TextReplacement, write_masked_docx
from anonymizer.errors import OutputFileError

PLACEHOLDERS = {"PERSON": "[PERSON_1]", "IBAN": "[IBAN_1]", "EMAIL": "[EMAIL_1]", "PHONE": "[PHONE_1]"}


def _replacements(text: str) -> list[TextReplacement]:
    """Structured values from the real rule engine; the name (no NER model in tests) by its known spelling."""
    findings = build_engine(with_model=False).analyze(text, masked_only=True)
    replacements = [
        TextReplacement(f.start, f.end, f.text, PLACEHOLDERS.get(f.type, f"[{f.type}_1]"), f.type) for f in findings
    ]
    taken = [(item.start, item.end) for item in replacements]
    for match in re.finditer(rf"{re.escape(NAME)}|{re.escape(SURNAME)}", text):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            replacements.append(TextReplacement(match.start(), match.end(), match.group(), "[PERSON_1]", "PERSON"))
    return replacements


def _variants(value: str) -> set[str]:
    compact = "".join(value.split())
    return {value.casefold(), compact.casefold(), quote(value).casefold(), quote(compact).casefold()}


def _leaks(path: Path, values: tuple[str, ...]) -> list[tuple[str, str]]:
    found = []
    for part, text in package_texts(path).items():
        plain = re.sub(r"<[^>]+>", "", text).casefold()  # also catches values split across runs
        haystacks = (text.casefold(), plain, "".join(plain.split()))
        for value in values:
            if any(variant in haystack for variant in _variants(value) for haystack in haystacks):
                found.append((part, value))
    return found


@pytest.fixture
def masked_docx(everything_docx: Path, tmp_path: Path) -> Path:
    content = read_docx(everything_docx)
    target = tmp_path / "bereinigt.docx"
    write_masked_docx(everything_docx, target, _replacements(content.text), content=content)
    return target


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("body, name split over three runs", f"Sehr geehrter Herr {NAME},"),
        ("list paragraph", f"auf das Konto {IBAN}."),
        ("table cell", f"Antragsteller\n{NAME}"),
        ("nested table", f"Telefon {PHONE}"),
        ("default header", f"Az. 12/34 – {NAME}"),
        ("first-page header", f"Erste Seite {NAME}"),
        ("even-page header", f"Gerade Seite {SURNAME}"),
        ("default footer", f"Kontakt: {EMAIL}"),
        ("even-page footer", f"IBAN {IBAN}"),
        ("footnote", f"Quelle: Gespräch mit {NAME}, {PHONE}"),
        ("endnote", f"Erstattung an {IBAN}"),
        ("comment", f"Bitte {NAME} anrufen: {PHONE}"),
        ("alt text (descr)", f"Foto von {NAME}"),
        ("alt text (title)", f"{SURNAME} am Schreibtisch"),
        ("hyperlink text", f"E-Mail: {EMAIL}"),
        ("field result", "Mail schreiben"),
        ("text box", f"Textfeld für {NAME}\n{NAME}\n"),
        ("tracked insertion accepted", f"Änderungen: Zuständig ist {NAME}."),
        ("SmartArt text", f"Leitung: {NAME}"),
        ("chart title and label", f"Anträge je Person\n{NAME}"),
    ],
)
def test_reader_sees_every_visible_place(everything_docx: Path, place: str, expected: str) -> None:
    assert expected in read_docx(everything_docx).text, place


@pytest.mark.parametrize(
    "hidden",
    [
        "Alte IBAN",  # deleted text of a tracked change
        "MERGEFIELD",  # field code
        "HYPERLINK",  # field code
        "Signatur",  # glossary
        "Antragsteller\u200b",  # nothing invented
    ],
)
def test_reader_leaves_out_what_no_reader_sees(everything_docx: Path, hidden: str) -> None:
    assert hidden not in read_docx(everything_docx).text


def test_text_box_is_read_once_not_twice_from_its_fallback_copy(everything_docx: Path) -> None:
    text = read_docx(everything_docx).text
    assert text.count("Siehe Textfeld.") == 1
    assert text.count(f"Textfeld für {NAME}\n{NAME}\n") == 1


def test_offset_map_points_at_the_w_t_elements(everything_docx: Path) -> None:
    content = read_docx(everything_docx)
    start = content.text.index(f"Herr {NAME}") + len("Herr ")
    first, inside = content.locate(start)
    assert (first.kind, first.value, inside, first.part) == (TEXT, "Zyp", 0, "word/document.xml")
    last, inside_last = content.locate(start + len(NAME) - 1)
    assert (last.value, inside_last) == ("geist,", 4)
    assert first.paragraph == last.paragraph


def test_split_name_is_found_by_detection_across_runs(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Kontoinhaber: ")
    for piece in ("DE89 37", "04 0044 05", "32 0130 00"):
        paragraph.add_run(piece).bold = True
    source = tmp_path / "konto.docx"
    document.save(str(source))
    text = load_document(source).text
    findings = build_engine(with_model=False).analyze(text, masked_only=True)
    assert [(f.type, f.text) for f in findings] == [("IBAN", IBAN)]


def test_anonymised_package_contains_no_original_anywhere(masked_docx: Path) -> None:
    assert _leaks(masked_docx, (*ORIGINALS, SURNAME, "Zyprian", WINDOWS_USER)) == []
    assert "Bescheid.dotx" in package_texts(masked_docx)["word/_rels/settings.xml.rels"]


def test_leak_search_would_see_every_value_in_the_input(everything_docx: Path) -> None:
    """The negative control: the same search finds every value in the unmasked file."""
    leaks = _leaks(everything_docx, (*ORIGINALS, SURNAME, WINDOWS_USER))
    parts = {part for part, _value in leaks}
    assert {value for _part, value in leaks} == {*ORIGINALS, SURNAME, WINDOWS_USER}
    for hiding_place in (
        "docProps/core.xml",
        "docProps/app.xml",
        "docProps/custom.xml",
        "word/footnotes.xml",
        "word/endnotes.xml",
        "word/comments.xml",
        "word/glossary/document.xml",
        "word/people.xml",
        "word/_rels/document.xml.rels",
        "customXml/item1.xml",
        "word/header1.xml",
        "word/footer3.xml",
        "word/diagrams/data1.xml",
        "word/charts/chart1.xml",
    ):
        assert hiding_place in parts


def test_output_shows_the_placeholders_where_the_values_were(masked_docx: Path) -> None:
    text = read_docx(masked_docx).text
    for expected in (
        "Sehr geehrter Herr [PERSON_1],",
        "auf das Konto [IBAN_1].",
        "Rückfragen an [EMAIL_1] oder telefonisch unter [PHONE_1].",
        "Quelle: Gespräch mit [PERSON_1], [PHONE_1]",
        "Foto von [PERSON_1]",
        "Änderungen: Zuständig ist [PERSON_1].",
    ):
        assert expected in text


def test_output_opens_with_python_docx_and_keeps_structure(everything_docx: Path, masked_docx: Path) -> None:
    before, after = docx.Document(str(everything_docx)), docx.Document(str(masked_docx))
    assert len(after.paragraphs) == len(before.paragraphs)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert len(after.tables) == len(before.tables) == 1
    assert len(after.tables[0].cell(1, 1).tables) == 1
    assert len(after.inline_shapes) == 1
    assert len(after.sections) == 1
    assert after.sections[0].even_page_header.paragraphs[0].text == "Gerade Seite [PERSON_1]"


def test_replacement_takes_the_formatting_of_the_first_run(masked_docx: Path) -> None:
    paragraph = next(p for p in docx.Document(str(masked_docx)).paragraphs if p.text.startswith("Sehr geehrter"))
    assert [(run.text, run.bold, run.italic) for run in paragraph.runs] == [
        ("Sehr geehrter Herr ", None, None),
        ("[PERSON_1]", True, None),
        ("", None, True),
        (",", None, None),
    ]


def test_metadata_authors_and_revisions_are_cleaned(masked_docx: Path) -> None:
    after = docx.Document(str(masked_docx))
    assert after.core_properties.author == ""
    assert after.core_properties.last_modified_by == ""
    assert after.core_properties.title == "" and after.core_properties.subject == ""  # not checked: not kept
    parts = package_texts(masked_docx)
    assert "w:del " not in parts["word/document.xml"] and "<w:delText" not in parts["word/document.xml"]
    assert "<w:ins " not in parts["word/document.xml"]
    assert 'w:author="Autor"' in parts["word/comments.xml"]
    assert "presenceInfo" not in parts["word/people.xml"]
    assert "word/glossary/document.xml" not in parts and "docProps/thumbnail.jpeg" not in parts
    assert "mailto:[EMAIL_1]" in parts["word/_rels/document.xml.rels"].replace("%5B", "[").replace("%5D", "]")


def test_images_are_reported_and_kept_unless_removal_is_asked(everything_docx: Path, masked_docx: Path) -> None:
    assert load_document(everything_docx).notes == ("Das Dokument enthält 1 Bild, das nicht geprüft werden kann.",)
    assert any(name.startswith("word/media/") for name in package_texts(masked_docx))


def test_images_are_removed_when_asked(everything_docx: Path, tmp_path: Path) -> None:
    content = read_docx(everything_docx)
    target = tmp_path / "ohne-bilder.docx"
    report = write_masked_docx(
        everything_docx, target, _replacements(content.text), content=content, remove_images=True
    )
    assert report.notes == []
    names = list(package_texts(target))
    assert not any(name.startswith(("word/media/", "word/embeddings/")) for name in names)
    after = docx.Document(str(target))
    assert len(after.inline_shapes) == 0
    assert _leaks(target, (*ORIGINALS, SURNAME)) == []
    assert "[PERSON_1]" in read_docx(target).text  # the text box (a drawing too) is kept


@pytest.mark.parametrize(
    ("extra_parts", "notes"),
    [
        (
            {"word/media/image2.png": tiny_png() + b"\x00"},
            ("Das Dokument enthält 2 Bilder, die nicht geprüft werden können.",),
        ),
        (
            {"word/embeddings/oleObject1.bin": b"\x01"},
            (
                "Das Dokument enthält 1 Bild, das nicht geprüft werden kann.",
                "Das Dokument enthält 1 eingebettetes Objekt, das nicht geprüft werden kann.",
            ),
        ),
        (
            {"word/embeddings/Tabelle1.xlsx": b"PK", "word/embeddings/Tabelle2.xlsx": b"PK"},
            (
                "Das Dokument enthält 1 Bild, das nicht geprüft werden kann.",
                "Das Dokument enthält 2 eingebettete Objekte, die nicht geprüft werden können.",
            ),
        ),
    ],
)
def test_images_and_objects_are_counted_in_german(
    tmp_path: Path, extra_parts: dict[str, bytes], notes: tuple[str, ...]
) -> None:
    document = docx.Document()
    document.add_picture(tmp_png(tmp_path))
    document.add_picture(tmp_png(tmp_path))  # python-docx stores the same picture once
    source = tmp_path / "bilder.docx"
    document.save(str(source))
    with zipfile.ZipFile(source, "a") as archive:
        for name, data in extra_parts.items():
            archive.writestr(name, data)
    assert load_document(source).notes == notes


def test_document_without_images_has_no_note(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Nur Text.")
    document.save(str(tmp_path / "text.docx"))
    assert load_document(tmp_path / "text.docx").notes == ()


def test_vml_picture_in_a_header_is_removed_when_asked(tmp_path: Path) -> None:
    """Old-style (VML) pictures, e.g. a letterhead with a signature scan in the header."""
    document = docx.Document()
    document.add_paragraph("Text")
    header = document.sections[0].header
    image_id, _image = header.part.get_or_add_image(io.BytesIO(tiny_png()))
    header.paragraphs[0]._p.append(
        parse_xml(
            f'<w:r {nsdecls("w", "r")} xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict><v:shape id="Unterschrift" '
            f'style="width:10pt;height:10pt"><v:imagedata r:id="{image_id}" o:title="Unterschrift {NAME}"/>'
            "</v:shape></w:pict></w:r>"
        )
    )
    source = tmp_path / "kopf.docx"
    document.save(str(source))
    content = read_docx(source)
    target = tmp_path / "aus.docx"
    write_masked_docx(source, target, [], content=content, remove_images=True)
    parts = package_texts(target)
    assert not any(name.startswith("word/media/") for name in parts)
    assert "<w:pict" not in parts["word/header1.xml"] and NAME not in parts["word/header1.xml"]
    assert docx.Document(str(target)).sections[0].header.paragraphs[0].text == ""


def tmp_png(folder: Path) -> str:
    path = folder / "bild.png"
    path.write_bytes(tiny_png())
    return str(path)


def test_input_is_never_changed_or_overwritten(everything_docx: Path, tmp_path: Path) -> None:
    digest = hashlib.sha256(everything_docx.read_bytes()).hexdigest()
    content = read_docx(everything_docx)
    with pytest.raises(OutputFileError, match="darf nicht die Eingabedatei sein"):
        write_masked_docx(everything_docx, everything_docx, _replacements(content.text), content=content)
    assert hashlib.sha256(everything_docx.read_bytes()).hexdigest() == digest
    assert not list(everything_docx.parent.glob(".anon-*"))


@pytest.mark.parametrize(
    ("target_name", "message"),
    [
        ("fehlt/aus.docx", "existiert nicht"),
        ("aus.txt", "mit der Endung .docx"),
    ],
)
def test_unwritable_targets_leave_nothing_behind(
    everything_docx: Path, tmp_path: Path, target_name: str, message: str
) -> None:
    content = read_docx(everything_docx)
    target = tmp_path / target_name
    with pytest.raises(OutputFileError, match=message):
        write_masked_docx(everything_docx, target, _replacements(content.text), content=content)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("start", "end", "original"),
    [
        (0, 4, "Nein"),  # does not match the text at that place
        (0, 10**6, "x"),  # outside the text
    ],
)
def test_replacements_that_do_not_fit_the_document_are_rejected(
    everything_docx: Path, tmp_path: Path, start: int, end: int, original: str
) -> None:
    with pytest.raises(ValueError, match="does not"):
        write_masked_docx(everything_docx, tmp_path / "x.docx", [TextReplacement(start, end, original, "[X]")])
    assert not (tmp_path / "x.docx").exists()


def test_html_chunk_is_noted_and_scrubbed(tmp_path: Path) -> None:
    """An altChunk (HTML Word shows inline) is not read, but known values are hunted in it, entities too."""
    document = docx.Document()
    document.add_paragraph(f"Kontakt: {NAME}, {EMAIL}")
    source = tmp_path / "chunk.docx"
    document.save(str(source))
    html_chunk = f"<html><body><p>{EMAIL}</p><p>Herr Zyprian Qu&auml;lgeist</p></body></html>"
    with zipfile.ZipFile(source, "a") as archive:
        archive.writestr("word/afchunk.htm", html_chunk.encode())
    assert any("Fremdinhalte" in note for note in load_document(source).notes)
    content = read_docx(source)
    replacements = [
        TextReplacement(content.text.index(value), content.text.index(value) + len(value), value, label, kind)
        for value, label, kind in ((NAME, "[PERSON_1]", "PERSON"), (EMAIL, "[EMAIL_1]", "EMAIL"))
    ]
    target = tmp_path / "aus.docx"
    write_masked_docx(source, target, replacements, content=content)
    assert _leaks(target, (EMAIL, NAME, "Qu&auml;lgeist")) == []
    assert "[EMAIL_1]" in package_texts(target)["word/afchunk.htm"]


@pytest.mark.parametrize("word", ["Roman", "Normal", "Heading", "Paragraph", "Comments", "Georgia", "Table"])
def test_names_that_are_also_structure_words_do_not_break_the_package(tmp_path: Path, word: str) -> None:
    """A person called "Roman" must not turn the font "Times New Roman" or the style "Normal" into a placeholder."""
    document = docx.Document()
    document.add_heading("Vermerk", level=1)
    paragraph = document.add_paragraph(f"Gespräch mit Herrn {word} Quälgeist.", style="Normal")
    paragraph.runs[0].font.name = "Times New Roman"
    document.add_comment(paragraph.runs, text=f"{word} zurückrufen", author="Sachbearbeitung")
    document.add_table(rows=1, cols=1, style="Table Grid").cell(0, 0).text = f"{word} Quälgeist"
    source = tmp_path / "struktur.docx"
    document.save(str(source))
    content = read_docx(source)
    replacements = [
        TextReplacement(m.start(), m.end(), m.group(), "[PERSON_1]", "PERSON")
        for m in re.finditer(rf"{word} Quälgeist|{word}", content.text)
    ]
    target = tmp_path / "aus.docx"
    write_masked_docx(source, target, replacements, content=content)
    before, after = docx.Document(str(source)), docx.Document(str(target))
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert after.paragraphs[1].runs[0].font.name == "Times New Roman"
    assert after.tables[0].style.name == "Table Grid"
    assert after.paragraphs[1].text == "Gespräch mit Herrn [PERSON_1]."
    assert f"{word} " not in read_docx(target).text
    assert "[PERSON_1] zurückrufen" in read_docx(target).text
