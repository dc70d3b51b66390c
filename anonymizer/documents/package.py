"""Office Open XML packages (the ZIP inside a ``.docx``) read defensively and written back.

The reader refuses what could hurt the workstation or mislead the clerk: a corrupt or truncated
archive, a ZIP bomb (too much uncompressed data, an absurd compression ratio, too many entries),
and XML with entity tricks (entities are never resolved, nothing is fetched from the network).

**One parse per part.** :meth:`Package.tree` parses an XML part once and keeps the tree; the DOCX
reader extracts the text from that tree, the writer edits the same tree and :meth:`Package.to_bytes`
serialises it. Nothing is ever read by one parse and written from another (or copied unparsed).
The parser drops XML comments and processing instructions — they are not text to any reader, and a
comment inside ``<w:t>Frau <!-- -->Kortmann</w:t>`` used to hide "Kortmann" from the reader — and a
part that declares a DTD is refused whatever its encoding (UTF-16 used to slip past a byte check).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from anonymizer.errors import InputFileError

#: The most uncompressed bytes a package may hold (all parts together).
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
#: A part larger than this must not be compressed better than :data:`MAX_RATIO` (XML reaches ~20).
RATIO_CHECK_ABOVE = 1024 * 1024
MAX_RATIO = 100
MAX_ENTRIES = 10_000

_XML_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=False,
    remove_comments=True,
    remove_pis=True,
)

#: How an XML declaration begins in UTF-8 (with or without BOM) and in UTF-16 (with or without BOM).
_XML_HEADS = tuple(
    bom + "<?xml".encode(encoding)
    for encoding, boms in (
        ("utf-8", (b"", b"\xef\xbb\xbf")),
        ("utf-16-le", (b"", b"\xff\xfe")),
        ("utf-16-be", (b"", b"\xfe\xff")),
    )
    for bom in boms
)


class UnsafeXmlError(ValueError):
    """A part declares a DTD: Word never writes one, entity tricks (billion laughs) need one."""


def parse_xml(data: bytes) -> etree._Element:
    """Parse one XML part without resolving entities or touching the network; refuse DTDs.

    Comments and processing instructions are dropped, the text around them joined (that is how
    a reader sees ``Sab<!-- -->ine``). The DTD check runs on the parsed document, so it holds for
    every encoding; the byte test before it only saves parsing an obvious attack.
    """
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnsafeXmlError("DTD in an Office part")
    root = etree.fromstring(data, parser=_XML_PARSER)
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise UnsafeXmlError("DTD in an Office part")
    if any(isinstance(node, etree._Entity) for node in root.iter()):
        raise UnsafeXmlError("entity reference in an Office part")
    return root


def looks_like_xml(name: str, data: bytes) -> bool:
    """True for the parts that are parsed (and so scrubbed) as XML: by name, or by an XML declaration
    in any encoding (a part in UTF-16 is XML too, whatever it is called)."""
    if name.lower().endswith((".xml", ".rels", ".vml")):
        return True
    return data.lstrip(b" \t\r\n").startswith(_XML_HEADS)


def serialize_xml(root: etree._Element) -> bytes:
    """Serialise a part the way Word writes it (UTF-8, standalone declaration)."""
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


class _Parts(dict[str, bytes]):
    """The bytes of the parts; replacing a part's bytes forgets its parsed tree (the bytes win)."""

    def __init__(self, trees: dict[str, etree._Element]) -> None:
        super().__init__()
        self._trees = trees

    def __setitem__(self, name: str, data: bytes) -> None:
        self._trees.pop(name, None)
        super().__setitem__(name, data)


@dataclass
class Package:
    """The parts of a ZIP package in their original order, as bytes, plus the ZIP entry metadata.

    XML parts are parsed on first use by :meth:`tree` and kept; :meth:`to_bytes` writes the kept
    trees (with whatever the writer changed in them) and the bytes of every other part.
    """

    infos: list[zipfile.ZipInfo]
    trees: dict[str, etree._Element] = field(default_factory=dict)
    parts: dict[str, bytes] = field(init=False)

    def __post_init__(self) -> None:
        self.parts = _Parts(self.trees)

    def names(self) -> list[str]:
        return [info.filename for info in self.infos if info.filename in self.parts]

    def tree(self, name: str) -> etree._Element:
        """The parsed part (parsed once, then shared); raises XMLSyntaxError or UnsafeXmlError."""
        if name not in self.trees:
            self.trees[name] = parse_xml(self.parts[name])
        return self.trees[name]

    def remove(self, name: str) -> None:
        self.parts.pop(name, None)
        self.trees.pop(name, None)

    def part_bytes(self, name: str) -> bytes:
        """The part as it will be written: its tree serialised, or its bytes."""
        if name in self.trees:
            return serialize_xml(self.trees[name])
        return self.parts[name]

    def to_bytes(self) -> bytes:
        """The package as a new ZIP, parts in their original order (``[Content_Types].xml`` first)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for info in self.infos:
                if info.filename not in self.parts:
                    continue
                entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o600 << 16
                archive.writestr(entry, self.part_bytes(info.filename))
        return buffer.getvalue()


def _corrupt(name: str) -> InputFileError:
    return InputFileError(f"Die Datei „{name}“ ist beschädigt oder unvollständig und kann nicht gelesen werden.")


def _bomb(name: str) -> InputFileError:
    return InputFileError(f"Die Datei „{name}“ würde entpackt unzulässig groß werden und wird deshalb nicht geöffnet.")


def read_package(data: bytes, name: str) -> Package:
    """Unpack ``data`` (the bytes of file ``name``) with limits; raise :class:`InputFileError` if unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _corrupt(name) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _bomb(name)
        declared = sum(info.file_size for info in infos)
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise _bomb(name)
        for info in infos:
            if info.file_size > RATIO_CHECK_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _bomb(name)
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise _corrupt(name)  # two entries of one name: readers disagree which one counts
        if any(info.flag_bits & 0x1 for info in infos):
            raise InputFileError(f"Die Datei „{name}“ ist mit einem Kennwort geschützt und kann nicht gelesen werden.")
        package = Package(infos=[info for info in infos if not info.is_dir()])
        total = 0
        for info in package.infos:
            try:
                with archive.open(info) as stream:
                    # Never trust the declared size: read at most one byte past what is left.
                    content = stream.read(MAX_UNCOMPRESSED_BYTES - total + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
                raise _corrupt(name) from None
            total += len(content)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise _bomb(name)
            package.parts[info.filename] = content
    return package
