"""The scrub pass: after the exact replacements, hunt every masked value down in every XML part.

Detection ran on the visible text; a value can also sit where no reader looks — a ``mailto:`` link
target, a field code, the fallback copy of a text box, a document property, a custom XML part, a
second mention detection did not flag. Every original value becomes a pattern that ignores case,
tolerates different or missing whitespace (and, for numbers, separators) and invisible characters,
and never matches inside a longer word. The same patterns then check the finished package.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from lxml import etree

from anonymizer.detection.normalize import INVISIBLE
from anonymizer.documents.docx_reader import ATTRIBUTE, BREAK, TEXT, Segment, append_unit, text_units
from anonymizer.documents.docx_revisions import unwrap
from anonymizer.documents.ooxml import CORE_NS, REL_NS, W_NS, local_name, source_of_rels, w

#: The same invisible characters the engine's working copy drops (one list for both, anonymizer.detection.normalize).
_INVISIBLE = "".join(sorted(INVISIBLE))
# Soft hyphen and zero-width (non-)joiners/spaces; "\s" covers NBSP and the narrow spaces. The classes are
# kept small on purpose: a class reaching up to U+FEFF makes each of hundreds of patterns slow to compile.
_INSIDE_WORD = "[\u00ad\u200b-\u200d]*"
_BETWEEN_WORDS = "[\\s\u00ad\u200b-\u200d]*"
_BETWEEN_DIGITS = "[\\s\u00ad\u200b-\u200d./()\\-]*"
#: A name in the genitive ("Müllers Antrag", "Lutz' Akte" is already covered by the word boundary).
_GENITIVE = "(?:s|['\u2019]s)?"
#: Values shorter than this (without spaces) are too short to hunt for without damaging other text.
MIN_SCRUB_LENGTH = 2


_BROAD = set(f" \t\n\r\f\v\u00a0\u202f\u2007{_INVISIBLE}./()-")
_SQUEEZE = str.maketrans(dict.fromkeys("".join(_BROAD)))


def _squeeze(text: str) -> str:
    """Lower case without spacing and separators: a value's key is in here whenever its pattern matches."""
    return text.lower().translate(_SQUEEZE)


@dataclass(frozen=True, slots=True)
class ScrubValue:
    """One original value: its pattern, a cheap key for pre-filtering, and what replaces it."""

    pattern: str
    key: str
    original: str
    replacement: str


def scrub_value(value: str, replacement: str) -> ScrubValue | None:
    """The pattern that finds ``value`` and its spelling variants, or None if the value is too short."""
    cleaned = "".join(ch for ch in value if ch not in _INVISIBLE)
    tokens = cleaned.split()
    compact = "".join(tokens)
    if len(compact) < MIN_SCRUB_LENGTH:
        return None
    if sum(ch.isdigit() for ch in compact) >= 3:
        characters = [ch for ch in compact if ch.isalnum()]
        body = _BETWEEN_DIGITS.join(re.escape(ch) for ch in characters)
        key = "".join(characters).lower()
    else:
        body = _BETWEEN_WORDS.join(_INSIDE_WORD.join(re.escape(ch) for ch in token) for token in tokens)
        body += _GENITIVE
        key = _squeeze(compact)
    return ScrubValue(rf"(?<!\w){body}(?!\w)", key, value, replacement)


@dataclass
class Scrubber:
    """Finds and replaces a set of original values (each with its replacement) in any text.

    All patterns are joined into one regular expression, longest original first; before a text is
    searched, only the values whose key occurs in it (a plain substring test) are kept, so that a
    document with hundreds of masked values is not searched with hundreds of alternatives.
    """

    values: list[ScrubValue]
    _compiled: dict[tuple[int, ...], re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def for_values(cls, pairs: Iterable[tuple[str, str]]) -> Scrubber:
        """Build from (original, replacement) pairs; longer originals win where they overlap."""
        pairs = list(pairs)
        replacements = {replacement for _original, replacement in pairs}
        chosen: dict[str, ScrubValue] = {}
        for original, replacement in pairs:
            value = scrub_value(original, replacement)
            if value is None or original == replacement or value.pattern in chosen:
                continue
            # A surrogate may reuse a word of an original ("Anna Schmidt" → "Anna Becker"): hunting
            # "Anna" would then destroy the surrogates and never finish, so such a word is left alone.
            suspects = [text for text in replacements if value.key in _squeeze(text)]
            if suspects and any(re.search(value.pattern, text, re.IGNORECASE) for text in suspects):
                continue
            chosen[value.pattern] = value
        return cls(sorted(chosen.values(), key=lambda value: -len(value.original)))

    def restricted_to(self, text: str) -> Scrubber:
        """A scrubber with only the values that can occur in ``text`` (and so in any part of it)."""
        squeezed = _squeeze(text)
        return Scrubber([value for value in self.values if value.key in squeezed])

    def _pattern(self, text: str) -> tuple[re.Pattern[str] | None, list[ScrubValue]]:
        if not self.values or not text:
            return None, []
        squeezed = _squeeze(text)
        chosen = tuple(index for index, value in enumerate(self.values) if value.key in squeezed)
        if not chosen:
            return None, []
        if chosen not in self._compiled:
            combined = "|".join(f"({self.values[index].pattern})" for index in chosen)
            self._compiled[chosen] = re.compile(combined, re.IGNORECASE)
        return self._compiled[chosen], [self.values[index] for index in chosen]

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of every remaining value in ``text``."""
        pattern, values = self._pattern(text)
        if pattern is None:
            return []
        return [(m.start(), m.end(), values[(m.lastindex or 1) - 1].replacement) for m in pattern.finditer(text)]

    def sub(self, text: str) -> str:
        found = self.matches(text)
        for start, end, replacement in reversed(found):
            text = text[:start] + replacement + text[end:]
        return text


#: WordprocessingML texts whose leading/trailing spaces Word drops unless marked ``xml:space="preserve"``.
_PRESERVING_TAGS = {w("t"), w("instrText"), w("delText")}


def _set_segment(segment: Segment, value: str) -> None:
    segment.value = value
    element = segment.element
    if element is None:
        return
    if segment.kind == ATTRIBUTE:
        element.set(segment.attribute, value)
        return
    element.text = value
    if value != value.strip() and element.tag in _PRESERVING_TAGS:
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def apply_edits(segments: Sequence[Segment], edits: Iterable[tuple[int, int, str]]) -> None:
    """Replace plain-text spans by new text inside the segments they cover.

    The replacement goes into the first text segment of the span (keeping that run's formatting);
    the rest of the span is cut out of the following segments, and tabs or line breaks inside the
    span are removed. Edits must not overlap; they are applied from the end so that offsets inside
    a segment stay valid.
    """
    starts = [segment.start for segment in segments]
    for start, end, replacement in sorted(edits, key=lambda edit: edit[0], reverse=True):
        index = max(0, bisect.bisect_right(starts, start) - 1)
        placed = False
        while index < len(segments) and segments[index].start < end:
            segment = segments[index]
            index += 1
            if segment.end <= start:
                continue
            if segment.kind in (TEXT, ATTRIBUTE):
                cut_from = max(start - segment.start, 0)
                cut_to = min(end - segment.start, segment.length)
                inserted = "" if placed else replacement
                _set_segment(segment, segment.value[:cut_from] + inserted + segment.value[cut_to:])
                placed = True
            elif segment.kind != BREAK and segment.element is not None:
                parent = segment.element.getparent()
                if parent is not None:
                    parent.remove(segment.element)
                segment.element = None
                segment.value = ""


def part_segments(root: etree._Element, part: str) -> tuple[str, list[Segment]]:
    """The whole text of a WordprocessingML part (field codes and fallback copies too) as segments."""
    segments: list[Segment] = []
    for number, unit in enumerate(text_units(root, everything=True)):
        append_unit(segments, unit, part, number, newline=True)
    return "".join(segment.value for segment in segments), segments


def scrub_wordprocessing_part(root: etree._Element, part: str, scrubber: Scrubber) -> int:
    """Replace every remaining value in a part's text, across runs; returns the number of hits."""
    text, segments = part_segments(root, part)
    hits = scrubber.matches(text)
    apply_edits(segments, hits)
    return len(hits)


#: Attributes that carry text a person wrote (alt texts, tooltips, form and content-control texts,
#: field codes, WordArt, authors). Every other attribute is structure — a style id, a font name
#: ("Times New Roman"), a part name, a relationship type — and must not change, or Word breaks.
_TEXT_ATTRIBUTES = {
    "descr",
    "title",
    "alt",
    "author",
    "initials",
    "tooltip",
    "instr",
    "string",
    "displayText",
    "userId",
}
#: ``name``/``val``/``value`` carry text only on these elements.
_TEXT_NAME_ELEMENTS = {"docPr", "cNvPr", "docVar"}
_TEXT_VAL_ELEMENTS = {
    "alias", "tag", "docVar", "default", "helpText", "statusText", "listEntry", "listItem", "bookmarkStart",
}  # fmt: skip
#: Names that Word restricts to letters, digits and "_" (bookmarks and links to them).
_IDENTIFIER_ATTRIBUTES = {("bookmarkStart", "name"), ("hyperlink", "anchor")}
_TEXT_ANCHOR_ELEMENTS = {"hyperlink"}


def text_attributes(element: etree._Element, part: str) -> list[str]:
    """The attributes of ``element`` that hold text (and so may hold personal data) in ``part``."""
    if part.startswith("customXml/") and "itemProps" not in part:
        return list(element.attrib)  # a data store of another program: every value is data
    local = local_name(element.tag) if isinstance(element.tag, str) else ""
    chosen = []
    for name in element.attrib:
        attribute = local_name(name)
        if (
            attribute in _TEXT_ATTRIBUTES
            or (attribute == "name" and local in _TEXT_NAME_ELEMENTS | {"bookmarkStart"})
            or (attribute in ("val", "value") and local in _TEXT_VAL_ELEMENTS)
            or (attribute == "anchor" and local in _TEXT_ANCHOR_ELEMENTS)
            or (attribute == "Target" and local == "Relationship" and element.get("TargetMode") == "External")
        ):
            chosen.append(name)
    return chosen


def _is_structural_number(text: str) -> bool:
    """Short numbers in element text are counts and positions (pages, offsets), not personal data."""
    stripped = text.strip()
    return len(stripped) <= 4 and stripped.lstrip("-").isdigit()


def _identifier(text: str) -> str:
    return re.sub(r"\W", "_", text, flags=re.ASCII).strip("_") or "_"


def scrub_element_tree(root: etree._Element, scrubber: Scrubber, part: str) -> None:
    """Replace remaining values in element texts and in the attributes that hold text (URL-decoded too)."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and not _is_structural_number(element.text):
            element.text = scrubber.sub(element.text)
        if element.tail and element.tail.strip():
            element.tail = scrubber.sub(element.tail)
        for name in text_attributes(element, part):
            value = element.attrib[name]
            decoded = unquote(value)
            cleaned = scrubber.sub(decoded)
            if cleaned == decoded:
                continue
            if (local_name(element.tag), local_name(name)) in _IDENTIFIER_ATTRIBUTES:
                cleaned = _identifier(cleaned)
            element.set(name, quote(cleaned, safe=":/?#@!$&'()*+,;=~%") if decoded != value else cleaned)


#: Joins the texts of different elements for the leak check; no pattern can match across it, just as
#: the element-by-element scrub cannot replace across elements (runs are joined by part_segments).
ELEMENT_SEPARATOR = "\x00"


def xml_texts(root: etree._Element, part: str) -> str:
    """All element texts and text attributes of a part (URL-decoded too), for the leak check."""
    lines: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and not _is_structural_number(element.text):
            lines.append(element.text)
        lines.append(element.tail or "")
        for name in text_attributes(element, part):
            value = element.attrib[name]
            lines.append(value)
            decoded = unquote(value)
            if decoded != value:
                lines.append(decoded)
    return ELEMENT_SEPARATOR.join(lines)


# --- what cannot be checked is not kept (issue 18 point 5) ------------------------------------------------------

_DCTERMS_NS = "http://purl.org/dc/terms/"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#: Core properties that are dates: they say when, not who, and stay.
_CORE_DATES = {f"{{{_DCTERMS_NS}}}created", f"{{{_DCTERMS_NS}}}modified", f"{{{CORE_NS}}}lastPrinted"}
#: Extended properties a person writes (the company may be a one-person firm, the hyperlink base a
#: personal folder); ``TitlesOfParts`` repeats the document title.
_APP_TEXTS = {"Company", "Manager", "HyperlinkBase"}


def clear_unchecked_properties(name: str, root: etree._Element) -> int:
    """Empty the document properties nobody checks: every custom property is dropped, every core
    property but the dates is removed (title, subject, keywords, comments, category, author, …), and
    the company, manager, hyperlink base and part titles of the extended properties are emptied.

    Detection never sees these fields, so a name that stands only there ("Mandant: Tebbe") would
    survive the scrub, which only hunts values found elsewhere. Returns how many values were dropped.
    """
    dropped = 0
    if name == "docProps/custom.xml":
        for element in list(root):
            root.remove(element)
            dropped += 1
    elif name == "docProps/core.xml":
        for element in list(root):
            if isinstance(element.tag, str) and element.tag not in _CORE_DATES:
                root.remove(element)
                dropped += 1
    elif name == "docProps/app.xml":
        for element in root.iter():
            if not isinstance(element.tag, str) or not element.text:
                continue
            local = local_name(element.tag)
            in_titles = any(local_name(a.tag) == "TitlesOfParts" for a in element.iterancestors())
            if local in _APP_TEXTS or (in_titles and element.tag == f"{{{_VT_NS}}}lpstr"):
                element.text = ""
                dropped += 1
    return dropped


def source_part(rels_part: str) -> str:
    """The part a ``.rels`` part belongs to: ``word/_rels/document.xml.rels`` → ``word/document.xml``."""
    return posixpath.join(source_of_rels(rels_part), posixpath.basename(rels_part)[: -len(".rels")])


def _checked_and_clean(target: str, scanned: str, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the whole target was part of the text detection scanned, at a place nothing was found."""
    address = target.removeprefix("mailto:")
    if not address.strip():
        return True
    start = scanned.find(address)
    while start >= 0:
        end = start + len(address)
        if not any(a < end and start < b for a, b in masked):
            return True
        start = scanned.find(address, start + 1)
    return False


#: A display text that is an address (and so can stand for its link): a URL, an e-mail address, or
#: the one placeholder that replaced such an address ("[EMAIL_1]").
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*:|www\.)\S+|[^\s@]+@[^\s@]+|\[[A-Z_]+_\d+\]", re.IGNORECASE)


def _target_from_display(display: str, old_target: str) -> str | None:
    """The cleaned display text as the new link target, where it is an address; else None (remove)."""
    text = display.strip()
    if not _ADDRESS.fullmatch(text):
        return None
    if old_target.startswith("mailto:") and not text.startswith("mailto:"):
        text = "mailto:" + text
    elif "://" not in text and (scheme := re.match(r"[a-z][a-z0-9+.-]*://", old_target, re.IGNORECASE)):
        text = scheme.group() + text
    return quote(text, safe=":/?#@!$&'()*+,;=~%")


def _display_text(element: etree._Element) -> str:
    return "".join(node.text or "" for node in element.iter(w("t")))


def clean_hyperlinks(trees: dict[str, etree._Element], scanned: str, masked: Sequence[tuple[int, int]]) -> int:
    """Keep an external link target only when detection scanned it whole and found nothing in it.

    Any other target (``https://…/akte/meiners`` behind the words "die Akte") is replaced by the
    link's cleaned display text where that is an address (the e-mail address it showed, now
    "[EMAIL_1]"), and otherwise removed: the relationship goes, the link's text stays as plain text,
    and a picture's link (``a:hlinkClick``) goes with it. Field-code links (``HYPERLINK "…"``) lose
    an unchecked target the same way. ``masked`` are the plain-text spans that were replaced.
    Returns how many targets were replaced or removed.
    """
    changed = 0
    for rels_name, rels_root in list(trees.items()):
        if not rels_name.endswith(".rels"):
            continue
        source = trees.get(source_part(rels_name))
        by_id: dict[str, list[etree._Element]] = {}
        if source is not None:
            for element in source.iter():
                if isinstance(element.tag, str) and (rel_id := element.get(f"{{{_R_NS}}}id")):
                    by_id.setdefault(rel_id, []).append(element)
        for relationship in list(rels_root.iter(f"{{{REL_NS}}}Relationship")):
            if relationship.get("TargetMode") != "External" or not relationship.get("Type", "").endswith("/hyperlink"):
                continue
            target = unquote(relationship.get("Target", ""))
            if _checked_and_clean(target, scanned, masked):
                continue
            changed += 1
            users = by_id.get(relationship.get("Id", ""), [])
            shown = next((_display_text(e) for e in users if e.tag == w("hyperlink")), "")
            replacement = _target_from_display(shown, target)
            if replacement is not None:
                relationship.set("Target", replacement)
                continue
            parent = relationship.getparent()
            if parent is not None:
                parent.remove(relationship)
            for element in users:
                if element.tag == w("hyperlink"):
                    unwrap(element)
                else:
                    holder = element.getparent()
                    if holder is not None:
                        holder.remove(element)
    for root in trees.values():
        if root.tag.startswith(f"{{{W_NS}}}"):
            changed += _clean_field_links(root, scanned, masked)
    return changed


_FIELD_LINK = re.compile(r'(HYPERLINK\s+)"([^"]*)"', re.IGNORECASE)


def _clean_field_links(root: etree._Element, scanned: str, masked: Sequence[tuple[int, int]]) -> int:
    """``HYPERLINK "target"`` field codes: an unchecked target becomes ``""`` (the field's result stays)."""
    changed = 0

    def clean(text: str) -> str:
        nonlocal changed

        def replace(match: re.Match[str]) -> str:
            nonlocal changed
            if _checked_and_clean(unquote(match[2]), scanned, masked):
                return match.group()
            changed += 1
            return f'{match[1]}""'

        return _FIELD_LINK.sub(replace, text)

    for element in root.iter(w("instrText")):
        if element.text and "HYPERLINK" in element.text.upper():
            element.text = clean(element.text)
    for element in root.iter(w("fldSimple")):
        instruction = element.get(w("instr"))
        if instruction and "HYPERLINK" in instruction.upper():
            element.set(w("instr"), clean(instruction))
    return changed
