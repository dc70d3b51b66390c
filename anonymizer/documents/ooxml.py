"""Names and small helpers for Office Open XML: namespaces, relationships, content types.

Shared by the DOCX reader (which parts hold text) and the writer (which parts to remove, which
relationships point where). Both work on the package's one parsed tree of each part
(:meth:`~anonymizer.documents.package.Package.tree`), so what the reader navigates is what is written.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from anonymizer.documents.package import Package

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def w(tag: str) -> str:
    """Clark notation for a WordprocessingML tag: ``w("t")`` → ``{…/main}t``."""
    return f"{{{W_NS}}}{tag}"


CONTENT_TYPES = "[Content_Types].xml"
ROOT_RELS = "_rels/.rels"

MAIN_DOCUMENT_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
}
MACRO_DOCUMENT_TYPES = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

#: Relationship types (their last path segment) of the parts whose text a reader sees, in reading order
#: after the body (``diagramData``: the text of SmartArt graphics; ``chart``: titles and labels).
TEXT_PART_RELATIONSHIPS = ("header", "footer", "footnotes", "endnotes", "comments", "diagramData", "chart")


@dataclass(frozen=True, slots=True)
class Relationship:
    """One ``<Relationship>`` of a ``.rels`` part, its target resolved to a part name."""

    rels_part: str
    rel_id: str
    kind: str
    target: str
    external: bool


def rels_part_for(part: str) -> str:
    """The relationships part of ``part``: ``word/document.xml`` → ``word/_rels/document.xml.rels``."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def source_of_rels(rels_part: str) -> str:
    """The folder whose parts a ``.rels`` file's relative targets start from."""
    folder = posixpath.dirname(posixpath.dirname(rels_part))
    return folder


def resolve_target(rels_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(source_of_rels(rels_part), target))


def relationships(package: Package, rels_part: str) -> list[Relationship]:
    if rels_part not in package.parts:
        return []
    root = package.tree(rels_part)
    result = []
    for element in root.iter(f"{{{REL_NS}}}Relationship"):
        target = element.get("Target", "")
        external = element.get("TargetMode") == "External"
        kind = element.get("Type", "").rsplit("/", 1)[-1]
        resolved = target if external else resolve_target(rels_part, target)
        result.append(Relationship(rels_part, element.get("Id", ""), kind, resolved, external))
    return result


def content_types(package: Package) -> tuple[dict[str, str], dict[str, str]]:
    """(overrides by part name, defaults by extension) from ``[Content_Types].xml``."""
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}
    if CONTENT_TYPES not in package.parts:
        return overrides, defaults
    root = package.tree(CONTENT_TYPES)
    for element in root.iter(f"{{{CT_NS}}}Override"):
        overrides[element.get("PartName", "").lstrip("/")] = element.get("ContentType", "")
    for element in root.iter(f"{{{CT_NS}}}Default"):
        defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")
    return overrides, defaults


def remove_parts(package: Package, doomed: set[str]) -> None:
    """Remove parts, their own ``.rels``, every relationship pointing at them and their content types."""
    if not doomed:
        return
    for name in list(doomed):
        doomed.add(rels_part_for(name))
    for name in doomed:
        package.remove(name)
    for rels_part in [name for name in package.names() if name.endswith(".rels")]:
        root = package.tree(rels_part)
        for element in list(root.iter(f"{{{REL_NS}}}Relationship")):
            if element.get("TargetMode") == "External":
                continue
            if resolve_target(rels_part, element.get("Target", "")) in doomed:
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
    if CONTENT_TYPES in package.parts:
        root = package.tree(CONTENT_TYPES)
        for element in list(root.iter(f"{{{CT_NS}}}Override")):
            if element.get("PartName", "").lstrip("/") in doomed:
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)


def local_name(name: str) -> str:
    """The local part of a namespaced tag or attribute name: "{…/main}author" -> "author"."""
    return name.rsplit("}", 1)[-1]
