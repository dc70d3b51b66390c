"""Names in file and folder names are masked like names in the text (issue 21.1, a decision of ours).

A county's files are named after the people they are about: ``Kortmann, Sabine/Antrag_Kortmann.docx``.
Copied as they are, those names would travel with the cleaned files into a chatbot or a document
system, and into the report that must hold no value. So each folder name and each file name (without
its extension) is masked in the folder's session, and the output tree, the report and the progress
record only ever hold the masked names: ``[PERSON_1], [PERSON_2]/Antrag_[PERSON_1].docx``. A clerk
gets the originals back the way she gets any answer back, by restoring it in the session.

What is masked in a name: what the engine finds in it (it is read as a line of text, ``_`` as a
space), every word that is part of a person's name found in the file itself, in an earlier file of
the run or in the session, and every value found in the file itself (an Aktenzeichen in the file
name). A folder is masked once, when its first file is written, and keeps that name for the rest of
the run and for reruns (the progress record keeps it under a keyed hash of the original).

Two files whose masked names coincide (``redact`` leaves ``Antrag_.docx`` twice) get ``(2)``, ``(3)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from anonymizer.batch.record import PathKeys, ProgressRecord
from anonymizer.batch.scan import AS_TEXT
from anonymizer.detection.overlaps import resolve_overlaps
from anonymizer.entities import PERSON, Finding
from anonymizer.masking import MaskingSession

#: A word of a name in a file name (letters only; digits and "_" separate).
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
#: Characters a file name may not contain on Windows (or anywhere); a mask or surrogate never brings them in.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))]
)
#: Fewest letters and digits a value needs before it is looked for in a file name.
MIN_VALUE_ALNUM = 5


def path_text(relative: PurePosixPath) -> str:
    """The relative path as a text the engine reads: one line per folder, then the file name without its
    extension, ``_`` read as a space (same length, so offsets hold)."""
    return "\n".join([*relative.parts[:-1], relative.stem]).replace("_", " ")


def safe_name(name: str) -> str:
    """``name`` usable as a file or folder name on Windows and Linux."""
    name = _UNSAFE.sub("_", name).rstrip(" .")
    if not name or name in (".", ".."):
        return "_"
    if name.split(".")[0].casefold() in _RESERVED:
        return "_" + name
    return name


class PathMasker:
    """Masks folder and file names in the run's session and hands out output paths without collisions."""

    def __init__(self, session: MaskingSession, operator: str | None, keys: PathKeys, record: ProgressRecord) -> None:
        self.session = session
        self.operator = operator
        self.keys = keys
        self.record = record
        self.names: set[str] = set()
        for entity in session.entities:
            if entity.type == PERSON:
                self.names.update(part.casefold() for part in (entity.surname, entity.first) if part)
        self._claimed = {done.output.casefold() for done in record.files.values()}

    def learn(self, findings: Iterable[Finding]) -> None:
        """Remember the name parts of the persons in ``findings`` (the file's own text)."""
        for finding in findings:
            if finding.type == PERSON:
                self.names.update(word.group().casefold() for word in _NAME_WORD.finditer(finding.text))

    def release(self, output: str) -> None:
        """An output path that is free again (its file is about to be written anew)."""
        self._claimed.discard(output.casefold())

    def masked(
        self, relative: PurePosixPath, path_findings: Sequence[Finding], values: Sequence[Finding] = ()
    ) -> PurePosixPath:
        """``relative`` with every name in its folders and its file name masked (the extension stays)."""
        parts = [*relative.parts[:-1], relative.stem]
        masked: list[str] = []
        offset = 0
        for index, part in enumerate(parts):
            inside = [
                finding.moved(finding.start - offset, finding.end - offset, finding.text)
                for finding in path_findings
                if offset <= finding.start and finding.end <= offset + len(part)
            ]
            offset += len(part) + 1
            if index == len(parts) - 1:
                masked.append(self._mask(part, inside, values))
                continue
            key = self.keys("/".join(parts[: index + 1]))
            if key not in self.record.folders:
                self.record.folders[key] = self._mask(part, inside, values)
            masked.append(self.record.folders[key])
        return PurePosixPath(*masked[:-1], masked[-1] + relative.suffix)

    def output(self, masked_input: PurePosixPath) -> PurePosixPath:
        """The output path for a masked input path: ``.txt`` added for PDF and e-mail, ``(2)`` on a collision."""
        if masked_input.suffix.lower() in AS_TEXT:
            stem, suffix = masked_input.name, ".txt"
        else:
            suffix = masked_input.suffix
            stem = masked_input.name[: len(masked_input.name) - len(suffix)]
        target = masked_input.with_name(stem + suffix)
        number = 1
        while str(target).casefold() in self._claimed:
            number += 1
            target = target.with_name(f"{stem} ({number}){suffix}")
        self._claimed.add(str(target).casefold())
        return target

    def _mask(self, part: str, found: list[Finding], values: Sequence[Finding]) -> str:
        """One folder or file name masked in the session."""
        readable = part.replace("_", " ")
        candidates = list(found)
        for word in _NAME_WORD.finditer(readable):
            if word.group().casefold() in self.names:
                candidates.append(Finding(word.start(), word.end(), PERSON, word.group(), 0.9, "file_name"))
        folded = readable.casefold()
        if len(folded) != len(readable):  # "ß" → "ss" would move the offsets: compare as written
            folded = readable
        for value in values:
            needle = value.text.casefold() if folded is not readable else value.text
            if value.type == PERSON or sum(map(str.isalnum, needle)) < MIN_VALUE_ALNUM:
                continue
            start = folded.find(needle)
            while start != -1:
                candidates.append(value.moved(start, start + len(needle), part[start : start + len(needle)]))
                start = folded.find(needle, start + len(needle))
        if not candidates:
            return safe_name(part)
        winners = resolve_overlaps(candidates, self.session.policy.is_masked)
        return safe_name(self.session.mask(part, winners, operator=self.operator).text)
