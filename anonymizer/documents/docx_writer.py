"""Word (``.docx``) out: the same document with the masked values replaced and nothing of them left.

Three passes over the package read by :func:`read_docx`:

1. **Exact replacements** at the offsets detection found, in the ``w:t`` texts across runs (the
   replacement takes the formatting of the run where the value starts).
2. **Clean-up** of places that carry personal data by their nature: tracked changes are accepted
   (deleted text removed), comment and revision authors anonymised, author and "last modified by"
   in the document properties emptied, the thumbnail (a picture of page one) and the glossary
   (building blocks a reader never sees) removed, images and embedded objects removed if asked.
3. **Scrub** of every XML part in the ZIP for every original value (any case, any spacing, split
   across runs, URL-encoded in link targets) — then a final check; if anything is still found the
   file is not written.
4. **Re-read**: the finished bytes are unpacked and parsed again and every part searched once more
   (all parts, XML in any encoding, other text in UTF-8/UTF-16/cp1252, binary parts byte for byte);
   a value still found there stops the write, too.

All passes work on the trees the reader parsed — one parse per part, shared by reading and writing.

The result is written atomically next to the target; the input is never overwritten.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

from lxml import etree

from anonymizer.documents.atomic import write_bytes_atomically
from anonymizer.documents.docx_reader import (
    DocxContent,
    check_text_elements,
    embedded_content_notes,
    is_foreign_text_part,
    read_docx,
)
from anonymizer.documents.docx_revisions import accept_revisions
from anonymizer.documents.docx_scrub import (
    Scrubber,
    apply_edits,
    clean_hyperlinks,
    clear_unchecked_properties,
    part_segments,
    scrub_element_tree,
    scrub_wordprocessing_part,
    xml_texts,
)
from anonymizer.documents.ooxml import (
    A_NS,
    MC_NS,
    O_NS,
    REL_NS,
    ROOT_RELS,
    V_NS,
    W15_NS,
    W_NS,
    local_name,
    relationships,
    rels_part_for,
    remove_parts,
    w,
)
from anonymizer.documents.package import Package, UnsafeXmlError, looks_like_xml, read_package
from anonymizer.errors import OutputFileError

#: What an anonymised comment or revision author is called.
ANONYMOUS_AUTHOR = "Autor"


class Replacement(Protocol):
    """A masked span of the plain text (``MaskResult.replacements`` items have this shape)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def original(self) -> str: ...

    @property
    def replacement(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TextReplacement:
    """A plain :class:`Replacement` for callers that have no masking result at hand."""

    start: int
    end: int
    original: str
    replacement: str
    type: str = ""


@dataclass
class DocxWriteReport:
    """What the writer did, for the GUI and the command line (German notes)."""

    replaced: int = 0
    scrubbed: int = 0
    notes: list[str] = field(default_factory=list)


def _check_replacements(content: DocxContent, replacements: Sequence[Replacement]) -> None:
    ordered = sorted(replacements, key=lambda item: item.start)
    previous_end = 0
    for item in ordered:
        if not 0 <= item.start <= item.end <= len(content.text) or item.start < previous_end:
            raise ValueError(f"replacement {item.start}:{item.end} does not fit the document text")
        if content.text[item.start : item.end] != item.original:
            raise ValueError(f"replacement {item.start}:{item.end} does not match the document text")
        previous_end = item.end


def _anonymise_people(root: etree._Element) -> None:
    """Comment and revision authors are names of people; people.xml also holds their e-mail ids."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag == f"{{{W15_NS}}}presenceInfo":
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        for name in list(element.attrib):
            local = local_name(name)
            if local == "author":
                element.set(name, ANONYMOUS_AUTHOR)
            elif local == "initials":
                element.set(name, "")


def _shorten_template_path(name: str, root: etree._Element) -> None:
    """Cut an attached template's path down to its file name: the path names the Windows user
    (C:\\Users\\mueller\\...).

    Author, last editor and manager of the document properties go with the other unchecked
    properties (:func:`~anonymizer.documents.docx_scrub.clear_unchecked_properties`).
    """
    if not name.endswith(".rels"):
        return
    for element in root.iter(f"{{{REL_NS}}}Relationship"):
        if element.get("Type", "").endswith("/attachedTemplate") and element.get("TargetMode") == "External":
            target = element.get("Target", "")
            element.set("Target", re.split(r"[\\/]", unquote(target))[-1])


_IMAGE_MARKERS = (f"{{{A_NS}}}blip", f"{{{V_NS}}}imagedata", f"{{{O_NS}}}OLEObject", w("object"))
_IMAGE_CONTAINERS = (w("drawing"), w("pict"), w("object"))


def _remove_images(trees: dict[str, etree._Element]) -> None:
    """Remove the drawings that show pictures or embedded objects (text boxes stay)."""
    for root in trees.values():
        doomed: list[etree._Element] = []
        for marker in root.iter(*_IMAGE_MARKERS):
            container = None
            for ancestor in [marker, *marker.iterancestors()]:
                if ancestor.tag == f"{{{MC_NS}}}AlternateContent":
                    container = ancestor
                    break
                if ancestor.tag in _IMAGE_CONTAINERS and container is None:
                    container = ancestor
            if container is not None:
                doomed.append(container)
        for element in doomed:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)


def _embedded_parts(package: Package) -> set[str]:
    return {name for name in package.parts if posixpath.basename(posixpath.dirname(name)) in ("media", "embeddings")}


def _parts_to_drop(package: Package, main_part: str) -> set[str]:
    doomed = set()
    for relationship in relationships(package, ROOT_RELS):
        if relationship.kind == "thumbnail" and not relationship.external:
            doomed.add(relationship.target)
    for relationship in relationships(package, rels_part_for(main_part)):
        if relationship.kind == "glossaryDocument" and not relationship.external:
            doomed.add(relationship.target)
            doomed.update(
                related.target
                for related in relationships(package, rels_part_for(relationship.target))
                if not related.external
            )
    return {name for name in doomed if name in package.parts}


_NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "ter", "zu", "zur", "zum", "vom", "herr", "frau", "prof"}


def scrub_pairs(replacements: Sequence[Replacement]) -> list[tuple[str, str]]:
    """(original, replacement) pairs to hunt for: each masked value, and the parts of a person's name.

    The surname alone ("Antrag Kortmann" in the document subject) is as telling as the full name,
    and hidden places are not seen by detection; so the words of a masked name are hunted too.
    """
    pairs = [(item.original, item.replacement) for item in replacements]
    for item in replacements:
        if getattr(item, "type", "") != "PERSON":
            continue
        for word in item.original.replace("-", " ").split():
            word = word.strip(".,;:")
            if len(word) >= 3 and word[0].isupper() and word.casefold() not in _NAME_PARTICLES:
                pairs.append((word, item.replacement))
    return pairs


def _scrub_foreign_text_parts(package: Package, scrubber: Scrubber) -> list[str]:
    """Replace known values in HTML/RTF/text chunks; returns the parts where a value is still found."""
    leaks = []
    for name in package.names():
        if not is_foreign_text_part(name):
            continue
        data = package.parts[name]
        encoding = "utf-8"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            encoding = "cp1252"
            text = data.decode(encoding, errors="replace")
        cleaned = scrubber.sub(text)
        if scrubber.matches(html.unescape(cleaned)):
            # A value written with character references ("Qu&auml;lgeist"): give up the references.
            cleaned = scrubber.sub(html.unescape(cleaned))
        package.parts[name] = cleaned.encode(encoding, errors="replace")
        if scrubber.matches(cleaned) or scrubber.matches(html.unescape(cleaned)):
            leaks.append(name)
    return leaks


def _all_text(name: str, root: etree._Element) -> str:
    """Everything a value could hide in: texts, tails, attributes, and the runs of each paragraph joined."""
    return xml_texts(root, name) + "\n" + part_segments(root, name)[0]


def clean_package(
    content: DocxContent, replacements: Sequence[Replacement], *, remove_images: bool = False
) -> tuple[bytes, DocxWriteReport]:
    """Apply all three passes to a read document and return the bytes of the cleaned ``.docx``.

    The passes edit the trees the reader parsed (one parse per part); the bytes are then read back
    as a new package and checked once more (:func:`leaks_in_package`) — nothing leaves this
    function that a fresh read would still find a masked value in.
    """
    _check_replacements(content, replacements)
    report = DocxWriteReport()
    edits = [(item.start, item.end, item.replacement) for item in replacements if item.original != item.replacement]
    apply_edits(content.segments, edits)
    report.replaced = len(edits)

    package = content.package
    name = content.path.name
    doomed = _parts_to_drop(package, content.main_part)
    if remove_images:
        doomed |= _embedded_parts(package)
    remove_parts(package, doomed)

    trees: dict[str, etree._Element] = {}
    for part in package.names():
        if part in package.trees or looks_like_xml(part, package.parts[part]):
            try:
                trees[part] = package.tree(part)
            except (etree.XMLSyntaxError, UnsafeXmlError):
                raise OutputFileError(
                    f"Ein Teil des Dokuments („{part}“) ist beschädigt; das Dokument wurde nicht gespeichert."
                ) from None
            check_text_elements(trees[part], part, name)
    if remove_images:
        _remove_images(trees)

    # What no reader checks is not kept: unscanned link targets, custom and core properties (issue 18).
    clean_hyperlinks(trees, content.text, [(item.start, item.end) for item in replacements])
    scrubber = Scrubber.for_values(scrub_pairs(replacements))
    for part, root in trees.items():
        is_wordprocessing = root.tag.startswith(f"{{{W_NS}}}")
        if is_wordprocessing:
            accept_revisions(root)
        _anonymise_people(root)
        _shorten_template_path(part, root)
        clear_unchecked_properties(part, root)
        local = scrubber.restricted_to(_all_text(part, root))
        if not local.values:
            continue
        report.scrubbed += scrub_wordprocessing_part(root, part, local)
        scrub_element_tree(root, local, part)

    if _scrub_foreign_text_parts(package, scrubber):
        raise OutputFileError("Das Dokument konnte nicht vollständig bereinigt werden und wurde nicht gespeichert.")
    data = package.to_bytes()
    # The final check runs on the written bytes, parsed afresh — what any reader of the file will see.
    leaks = leaks_in_package(data, scrubber, [item.original for item in replacements])
    if leaks:
        raise OutputFileError(
            "Das gespeicherte Dokument enthielte noch gefundene Werte (in „"
            + "“, „".join(leaks[:3])
            + "“) und wurde deshalb nicht gespeichert."
        )
    report.notes = embedded_content_notes(package)
    return data, report


#: The encodings a value is looked for in the raw bytes of a part that is not XML.
RAW_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp1252")
#: Shorter originals are not looked for in binary parts (images, fonts): a few letters occur by chance.
MIN_BINARY_VALUE = 5


def leaks_in_package(data: bytes, scrubber: Scrubber, originals: Sequence[str]) -> list[str]:
    """The parts of the written package in which a masked value can still be found.

    The bytes are unpacked again, as a reader would: every XML part is parsed afresh (whatever its
    encoding) and its texts, text attributes and joined runs are searched with every pattern of the
    scrub pass; a text part in another format (HTML, RTF, plain text) is decoded in each of
    :data:`RAW_ENCODINGS` and searched the same way; any other part (images, embedded objects) is
    searched byte for byte for each original value in each of those encodings.
    """
    package = read_package(data, "Ausgabe")
    literals = sorted({value for value in originals if len("".join(value.split())) >= MIN_BINARY_VALUE})
    needles = {value.encode(encoding, errors="ignore") for value in literals for encoding in RAW_ENCODINGS}
    needles.discard(b"")
    found = []
    for part in package.names():
        raw = package.parts[part]
        if looks_like_xml(part, raw):
            try:
                root = package.tree(part)
            except (etree.XMLSyntaxError, UnsafeXmlError):
                found.append(part)  # written by us, so it must parse
                continue
            if scrubber.matches(_all_text(part, root)):
                found.append(part)
            continue
        if is_foreign_text_part(part):
            texts = [raw.decode(encoding, errors="ignore") for encoding in RAW_ENCODINGS]
            if any(scrubber.matches(text) or scrubber.matches(html.unescape(text)) for text in texts):
                found.append(part)
                continue
        if any(needle in raw for needle in needles):
            found.append(part)
    return found


def write_masked_docx(
    source: Path,
    target: Path,
    replacements: Iterable[Replacement],
    *,
    remove_images: bool = False,
    content: DocxContent | None = None,
) -> DocxWriteReport:
    """Write ``source`` with ``replacements`` (plain-text offsets of :func:`read_docx`) to ``target``.

    ``content`` may be the already-read document (it is changed in place); otherwise ``source`` is
    read again. Raises :class:`InputFileError` for a bad input and :class:`OutputFileError` when the
    result cannot be written or would not be clean — in both cases nothing is written.
    """
    if target.suffix.lower() != ".docx":
        raise OutputFileError("Ein bereinigtes Word-Dokument muss mit der Endung .docx gespeichert werden.")
    document = content if content is not None else read_docx(source)
    data, report = clean_package(document, list(replacements), remove_images=remove_images)
    write_bytes_atomically(target, data, source)
    return report


__all__ = [
    "DocxWriteReport",
    "Replacement",
    "TextReplacement",
    "clean_package",
    "leaks_in_package",
    "scrub_pairs",
    "write_masked_docx",
]
