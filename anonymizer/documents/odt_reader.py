"""OpenDocument text (``.odt``) in: paragraphs and headings of the body (tables, frames, notes and
comments included), then the headers and footers of the page styles. Output is cleaned text.

The same defensive ZIP reading as for Word files applies (size, ZIP bomb, DTDs); an encrypted
(password-protected) document is refused with a German message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from anonymizer.documents.files import ZIP_SIGNATURE, read_limited
from anonymizer.documents.package import UnsafeXmlError, parse_xml, read_package
from anonymizer.errors import InputFileError

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_P, _H = f"{{{TEXT_NS}}}p", f"{{{TEXT_NS}}}h"
_SPACE, _TAB, _BREAK = f"{{{TEXT_NS}}}s", f"{{{TEXT_NS}}}tab", f"{{{TEXT_NS}}}line-break"
_NOT_SHOWN = {f"{{{TEXT_NS}}}tracked-changes", f"{{{TEXT_NS}}}bookmark-ref"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _paragraph_text(paragraph: etree._Element) -> str:
    """The text of one paragraph without the paragraphs nested in it (notes, frames, comments)."""
    pieces: list[str] = []

    def walk(element: etree._Element) -> None:
        for child in element:
            if child.tag in (_P, _H) or child.tag in _NOT_SHOWN:
                pass  # nested paragraphs are read on their own; deleted text is not shown
            elif child.tag == _SPACE:
                pieces.append(" " * int(child.get(f"{{{TEXT_NS}}}c", "1") or 1))
            elif child.tag == _TAB:
                pieces.append("\t")
            elif child.tag == _BREAK:
                pieces.append("\n")
            elif isinstance(child.tag, str):
                pieces.append(child.text or "")
                walk(child)
            pieces.append(child.tail or "")

    pieces.append(paragraph.text or "")
    walk(paragraph)
    return "".join(pieces)


def _paragraphs(root: etree._Element) -> Iterator[str]:
    for element in root.iter(_P, _H):
        if any(ancestor.tag in _NOT_SHOWN for ancestor in element.iterancestors()):
            continue
        yield _paragraph_text(element)


def read_odt(path: Path) -> str:
    """Read an ``.odt`` file into plain text, paragraphs joined by ``"\\n"``."""
    data = read_limited(path)
    if not data.startswith(ZIP_SIGNATURE):
        raise InputFileError(f"Die Datei „{path.name}“ ist kein OpenDocument-Text oder ist beschädigt.")
    package = read_package(data, path.name)
    if package.parts.get("mimetype", b"").strip() != ODT_MIMETYPE or "content.xml" not in package.parts:
        raise InputFileError(f"Die Datei „{path.name}“ ist kein OpenDocument-Text oder ist beschädigt.")
    manifest = package.parts.get("META-INF/manifest.xml", b"")
    if b"encryption-data" in manifest:
        raise InputFileError(
            f"Die Datei „{path.name}“ ist mit einem Kennwort geschützt; "
            "bitte ohne Kennwort speichern und erneut öffnen."
        )
    try:
        paragraphs = list(_paragraphs(parse_xml(package.parts["content.xml"])))
        if "styles.xml" in package.parts:
            paragraphs.extend(_paragraphs(parse_xml(package.parts["styles.xml"])))
    except (etree.XMLSyntaxError, UnsafeXmlError):
        raise InputFileError(f"Die Datei „{path.name}“ ist beschädigt und kann nicht gelesen werden.") from None
    return "\n".join(paragraphs)
