"""Word (``.docx``) in: every text a reader can see as one plain text, plus a map back into the XML.

The plain text is what detection runs on: the body (tables, nested tables, text boxes and content
controls included, in document order), then the headers, footers, footnotes, endnotes and comments;
paragraphs are joined by ``"\\n"``. Runs are concatenated, so a name that Word split into several
``w:r`` runs (formatting, spell-check marks, revision ids) is contiguous. Tracked changes are
accepted first: deleted text is not part of the document any more, inserted text is.

Each piece of the plain text is a :class:`Segment` that points at the ``w:t`` element (or the
``descr``/``title`` attribute of an image's alt text) it came from; the writer uses this map to
replace a masked value exactly where it is, across runs, keeping the formatting of the first run.

Every XML part of the package is parsed once, here (:meth:`Package.tree`), and the writer edits
those same trees. What this reader could not read fully is refused, never passed on half-read: a
DTD in any part (whatever its encoding), or a text element (``w:t``, ``a:t`` …) interrupted by a
child element — Word never writes either, and the text behind such a break used to be invisible
to the reader and so was written back unmasked. Comments and processing instructions inside a
text are dropped by the parser and the text around them joined; a part in UTF-16 is read as such.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from anonymizer.documents.docx_revisions import accept_revisions
from anonymizer.documents.files import OLE_SIGNATURE, ZIP_SIGNATURE, is_encrypted_office_file, read_limited
from anonymizer.documents.ooxml import (
    A_NS,
    CONTENT_TYPES,
    MACRO_DOCUMENT_TYPES,
    MAIN_DOCUMENT_TYPES,
    MC_NS,
    ROOT_RELS,
    TEXT_PART_RELATIONSHIPS,
    WP_NS,
    content_types,
    relationships,
    rels_part_for,
    w,
)
from anonymizer.documents.package import Package, UnsafeXmlError, looks_like_xml, read_package
from anonymizer.errors import InputFileError

#: Segment kinds: text of an element, an attribute value, a run-level element standing for one
#: character (tab, line break; removed when a replacement covers it), a paragraph break (fixed).
TEXT, ATTRIBUTE, SYMBOL, BREAK = "text", "attribute", "symbol", "break"

_SYMBOLS = {
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}
_P = w("p")
_DOC_PR = f"{{{WP_NS}}}docPr"
_A_P = f"{{{A_NS}}}p"
_A_T = f"{{{A_NS}}}t"
_CHART_VALUE = "{http://schemas.openxmlformats.org/drawingml/2006/chart}v"
_CHART_STRING_CACHE = "{http://schemas.openxmlformats.org/drawingml/2006/chart}strCache"
_FALLBACK = f"{{{MC_NS}}}Fallback"
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
#: Elements whose content is plain text to every reader: a child element inside one is not Word's.
TEXT_ELEMENTS = (w("t"), w("delText"), w("instrText"), w("delInstrText"), _A_T, _MATH_T, _CHART_VALUE)
_SEPARATOR_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
_ALT_TEXT_ATTRIBUTES = ("descr", "title")


@dataclass
class Segment:
    """A piece of the plain text and where it lives in the package.

    ``start`` and ``length`` are offsets in the plain text at read time; ``value`` is the current
    text (the writer updates it as it replaces), ``attribute`` names the attribute for alt texts.
    """

    start: int
    length: int
    value: str
    kind: str
    part: str
    paragraph: int
    element: etree._Element | None
    attribute: str = ""

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass
class DocxContent:
    """A read Word document: its package, the parsed text parts, the plain text and the map."""

    path: Path
    package: Package
    main_part: str
    trees: dict[str, etree._Element]
    text: str
    segments: list[Segment]
    notes: list[str] = field(default_factory=list)

    def locate(self, offset: int) -> tuple[Segment, int]:
        """The segment holding plain-text ``offset`` and the offset inside it (for the writer and tests)."""
        starts = [segment.start for segment in self.segments]
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0 or offset >= self.segments[index].end:
            raise IndexError(offset)
        segment = self.segments[index]
        return segment, offset - segment.start


def _in_fallback(element: etree._Element) -> bool:
    """True inside ``mc:Fallback``: the same text box again for old Word versions (read once, not twice)."""
    return any(ancestor.tag == _FALLBACK for ancestor in element.iterancestors())


def _owning_paragraph(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        if ancestor.tag == _P:
            return ancestor
    return None


def _skipped_note(paragraph: etree._Element) -> bool:
    for ancestor in paragraph.iterancestors(w("footnote"), w("endnote")):
        return ancestor.get(w("type")) in _SEPARATOR_NOTES
    return False


def paragraph_pieces(
    paragraph: etree._Element, *, with_field_codes: bool = False
) -> Iterator[tuple[etree._Element, str, str]]:
    """(element, kind, text) for the text of one paragraph, without the paragraphs nested in it."""
    tags = [w("t"), *_SYMBOLS]
    if with_field_codes:
        tags.append(w("instrText"))
    for element in paragraph.iter(*tags):
        if _owning_paragraph(element) is not paragraph:
            continue
        if element.tag in _SYMBOLS:
            parent = element.getparent()
            if parent is None or parent.tag != w("r"):
                continue  # a tab stop definition in w:tabs, not a character
            yield element, SYMBOL, _SYMBOLS[element.tag]
        elif element.text:
            yield element, TEXT, element.text


def text_units(
    root: etree._Element, *, everything: bool = False
) -> Iterator[list[tuple[etree._Element, str, str, str]]]:
    """The paragraphs and alt texts of one part in document order, each as (element, kind, text, attribute).

    With ``everything`` the scrub pass also sees the ``mc:Fallback`` copies and field codes.
    """
    for element in root.iter(_P, _DOC_PR, _A_P, _CHART_VALUE):
        if not everything and _in_fallback(element):
            continue
        if element.tag == _CHART_VALUE:  # a chart's labels (names per bar), not its numbers
            parent = element.getparent()
            cache = parent.getparent() if parent is not None else None
            if element.text and cache is not None and cache.tag == _CHART_STRING_CACHE:
                yield [(element, TEXT, element.text, "")]
            continue
        if element.tag == _A_P:  # DrawingML text: SmartArt data, chart titles
            yield [(node, TEXT, node.text, "") for node in element.iter(_A_T) if node.text]
            continue
        if element.tag == _DOC_PR:
            for attribute in _ALT_TEXT_ATTRIBUTES:
                value = element.get(attribute)
                if value and value.strip():
                    yield [(element, ATTRIBUTE, value, attribute)]
            continue
        if not everything and _skipped_note(element):
            continue
        yield [(node, kind, text, "") for node, kind, text in paragraph_pieces(element, with_field_codes=everything)]


def append_unit(
    segments: list[Segment],
    unit: list[tuple[etree._Element, str, str, str]],
    part: str,
    paragraph: int,
    *,
    newline: bool,
) -> None:
    """Append one text unit's segments at the end of the plain text, after a paragraph break if ``newline``.

    The reader (breaks between paragraphs) and the scrub pass (a break before each) build their
    maps with this, so both number offsets the same way.
    """
    offset = segments[-1].end if segments else 0
    if newline:
        segments.append(Segment(offset, 1, "\n", BREAK, part, paragraph, None))
        offset += 1
    for element, kind, value, attribute in unit:
        segments.append(Segment(offset, len(value), value, kind, part, paragraph, element, attribute))
        offset += len(value)


def _natural_key(name: str) -> list[object]:
    return [int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", name)]


def _check_container(data: bytes, path: Path) -> None:
    name = path.name
    if is_encrypted_office_file(data):
        raise InputFileError(
            f"Die Datei „{name}“ ist mit einem Kennwort geschützt; "
            "bitte in Word ohne Kennwort speichern und erneut öffnen."
        )
    if data.startswith(OLE_SIGNATURE):
        raise InputFileError(
            f"Die Datei „{name}“ ist ein altes Word-Dokument (.doc); "
            "bitte in Word als .docx speichern und erneut öffnen."
        )
    if not data.startswith(ZIP_SIGNATURE):
        raise InputFileError(f"Die Datei „{name}“ ist kein Word-Dokument oder ist beschädigt.")


def _main_part(package: Package, name: str) -> str:
    for relationship in relationships(package, ROOT_RELS):
        if relationship.kind == "officeDocument" and relationship.target in package.parts:
            overrides, _defaults = content_types(package)
            content_type = overrides.get(relationship.target, "")
            if content_type in MACRO_DOCUMENT_TYPES or "word/vbaProject.bin" in package.parts:
                raise InputFileError(
                    f"Die Datei „{name}“ enthält Makros (.docm) und wird nicht verarbeitet; "
                    "bitte in Word als .docx ohne Makros speichern."
                )
            if content_type and content_type not in MAIN_DOCUMENT_TYPES:
                break
            return relationship.target
    raise InputFileError(f"Die Datei „{name}“ ist kein Word-Dokument oder ist beschädigt.")


def text_parts(package: Package, main_part: str) -> list[str]:
    """The parts whose text a reader sees: the body first, then headers, footers, notes, comments."""
    found: dict[str, list[str]] = {kind: [] for kind in TEXT_PART_RELATIONSHIPS}
    for relationship in relationships(package, rels_part_for(main_part)):
        if (
            relationship.kind in found
            and not relationship.external
            and relationship.target in package.parts
            and relationship.target not in found[relationship.kind]
        ):
            found[relationship.kind].append(relationship.target)
    ordered = [main_part]
    for kind in TEXT_PART_RELATIONSHIPS:
        ordered.extend(sorted(found[kind], key=_natural_key))
    return ordered


def _count(package: Package, folder: str) -> int:
    return sum(1 for name in package.parts if posixpath.dirname(name).endswith(folder))


def embedded_content_notes(package: Package) -> list[str]:
    """German notes on images and embedded objects, whose content the app cannot check."""
    notes = []
    images = _count(package, "media")
    objects = _count(package, "embeddings")
    if images == 1:
        notes.append("Das Dokument enthält 1 Bild, das nicht geprüft werden kann.")
    elif images > 1:
        notes.append(f"Das Dokument enthält {images} Bilder, die nicht geprüft werden können.")
    if objects == 1:
        notes.append("Das Dokument enthält 1 eingebettetes Objekt, das nicht geprüft werden kann.")
    elif objects > 1:
        notes.append(f"Das Dokument enthält {objects} eingebettete Objekte, die nicht geprüft werden können.")
    if any(is_foreign_text_part(name) for name in package.parts):
        notes.append(
            "Das Dokument enthält eingefügte Fremdinhalte (z. B. HTML), deren Text nur nach bekannten Werten "
            "durchsucht wird."
        )
    return notes


#: Parts in another text format that Word shows inline (``w:altChunk``): not XML, still text.
FOREIGN_TEXT_SUFFIXES = (".htm", ".html", ".mht", ".mhtml", ".txt", ".rtf", ".xhtml")


def is_foreign_text_part(name: str) -> bool:
    return name.lower().endswith(FOREIGN_TEXT_SUFFIXES)


def _unsafe(name: str, part: str) -> InputFileError:
    return InputFileError(
        f"Die Datei „{name}“ enthält in „{part}“ eine Dokumenttyp-Definition (DTD), wie Word sie nie schreibt; "
        "sie wird aus Sicherheitsgründen nicht verarbeitet."
    )


def _broken(name: str) -> InputFileError:
    return InputFileError(f"Die Datei „{name}“ ist beschädigt und kann nicht gelesen werden.")


def check_text_elements(root: etree._Element, part: str, name: str) -> None:
    """Refuse a text element with a child element: its text after the child is hidden from readers."""
    for element in root.iter(*TEXT_ELEMENTS):
        if len(element):
            raise InputFileError(
                f"Die Datei „{name}“ enthält in „{part}“ Text, der durch ein fremdes Element unterbrochen ist "
                "(so schreibt Word nicht); sie wird nicht verarbeitet, damit nichts ungeprüft bleibt. "
                "Bitte in Word öffnen und neu speichern."
            )


def parse_all_parts(package: Package, name: str) -> None:
    """Parse every XML part once (the trees stay in the package) and check what the reader relies on."""
    for part in package.names():
        if not looks_like_xml(part, package.parts[part]):
            continue
        try:
            root = package.tree(part)
        except UnsafeXmlError:
            raise _unsafe(name, part) from None
        except etree.XMLSyntaxError:
            # A broken part the text does not come from (e.g. custom XML of another program) does not stop
            # reading; the writer refuses to write a document with it. A broken text part is refused below.
            continue
        check_text_elements(root, part, name)


def open_docx(path: Path) -> tuple[Package, str]:
    """Read and check a ``.docx`` file; returns its package (every XML part parsed) and its main part."""
    data = read_limited(path)
    _check_container(data, path)
    package = read_package(data, path.name)
    if CONTENT_TYPES not in package.parts:
        raise InputFileError(f"Die Datei „{path.name}“ ist kein Word-Dokument oder ist beschädigt.")
    parse_all_parts(package, path.name)
    try:
        main_part = _main_part(package, path.name)
    except etree.XMLSyntaxError:
        raise _broken(path.name) from None
    return package, main_part


def _check_main_part(root: etree._Element, name: str) -> None:
    """Refuse a main part this reader would see no text in; an empty result would look clean but is not."""
    if root.tag == w("document"):
        return
    if isinstance(root.tag, str) and "purl.oclc.org/ooxml" in root.tag:
        raise InputFileError(
            f"Die Datei „{name}“ ist im Format „Strict Open XML“ gespeichert; "
            "bitte in Word als normales Word-Dokument (.docx) speichern."
        )
    raise InputFileError(f"Die Datei „{name}“ ist kein Word-Dokument oder ist beschädigt.")


def read_docx(path: Path) -> DocxContent:
    """Read a Word document into plain text plus the map the writer needs."""
    package, main_part = open_docx(path)
    trees: dict[str, etree._Element] = {}
    segments: list[Segment] = []
    paragraph = 0
    try:
        parts = text_parts(package, main_part)
    except etree.XMLSyntaxError:
        raise _broken(path.name) from None
    for part in parts:
        if part not in package.trees:
            raise _broken(path.name)  # a text part that is not XML
        root = package.trees[part]
        if part == main_part:
            _check_main_part(root, path.name)
        accept_revisions(root)
        trees[part] = root
        for unit in text_units(root):
            append_unit(segments, unit, part, paragraph, newline=paragraph > 0)
            paragraph += 1
    text = "".join(segment.value for segment in segments)
    return DocxContent(path, package, main_part, trees, text, segments, embedded_content_notes(package))
