"""Office Open XML packages (the ZIP inside a ``.docx``) read defensively and written back.

The reader refuses what could hurt the workstation or mislead the clerk: a corrupt or truncated
archive, a ZIP bomb (too much uncompressed data, an absurd compression ratio, too many entries),
and XML with entity tricks (entities are never resolved, nothing is fetched from the network).
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

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


class UnsafeXmlError(ValueError):
    """A part declares a DTD: Word never writes one, entity tricks (billion laughs) need one."""


def parse_xml(data: bytes) -> etree._Element:
    """Parse one XML part without resolving entities or touching the network; refuse DTDs."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnsafeXmlError("DTD in an Office part")
    return etree.fromstring(data, parser=_XML_PARSER)


def serialize_xml(root: etree._Element) -> bytes:
    """Serialise a part the way Word writes it (UTF-8, standalone declaration)."""
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


@dataclass
class Package:
    """The parts of a ZIP package in their original order, as bytes, plus the ZIP entry metadata."""

    infos: list[zipfile.ZipInfo]
    parts: dict[str, bytes] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [info.filename for info in self.infos if info.filename in self.parts]

    def remove(self, name: str) -> None:
        self.parts.pop(name, None)

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
                archive.writestr(entry, self.parts[info.filename])
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
