"""Benchmark: read, mask and write back a long Word document (prints figures; run on one core).

    .venv/bin/python benchmarks/documents_docx.py [--paragraphs 3000]

Builds a generated letter collection with python-docx (names split over runs, IBANs, e-mails, a
table per 50 paragraphs), detects with the rule recognizers (no NER model; names are masked from
the known list), and times reading, the writer's three passes and the leak check.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx

from anonymizer.detection.factory import build_engine
from anonymizer.documents.docx_reader import read_docx
from anonymizer.documents.docx_writer import TextReplacement, write_masked_docx

FIRST = ["Sabine", "Jürgen", "Ayşe", "Dirk", "Marie-Luise", "Hendrik", "Olga", "Till"]
LAST = ["Kortmann", "Schulze Althoff", "Lütke Wöstmann", "Yılmaz", "ter Horst", "Brüggemann", "Nowak", "Vogel"]


def build(path: Path, paragraphs: int, rng: random.Random) -> list[str]:
    document = docx.Document()
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(200)]
    for number in range(paragraphs):
        name = rng.choice(names)
        paragraph = document.add_paragraph(f"Vorgang {number}: Sehr geehrte/r ")
        cut = rng.randint(1, len(name) - 1)
        paragraph.add_run(name[:cut]).bold = True
        paragraph.add_run(name[cut:])
        paragraph.add_run(
            f", bitte überweisen Sie den Betrag auf DE89 3704 0044 0532 0130 00 und antworten Sie an "
            f"{name.split()[-1].lower()}{number}@example.de; wir danken für Ihre Geduld."
        )
        if number % 50 == 0:
            table = document.add_table(rows=2, cols=2)
            table.cell(0, 0).text = "Name"
            table.cell(0, 1).text = name
    document.core_properties.author = names[0]
    document.save(str(path))
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "lang.docx", Path(folder) / "bereinigt.docx"
        names = build(source, args.paragraphs, rng)
        engine = build_engine(with_model=False)
        started = time.perf_counter()
        content = read_docx(source)
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        findings = engine.analyze(content.text, masked_only=True)
        detect_s = time.perf_counter() - started
        replacements = [TextReplacement(f.start, f.end, f.text, f"[{f.type}]", f.type) for f in findings]
        taken = [(f.start, f.end) for f in findings]
        pattern = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
        for match in re.finditer(pattern, content.text):
            if not any(start < match.end() and match.start() < end for start, end in taken):
                replacements.append(TextReplacement(match.start(), match.end(), match.group(), "[PERSON]", "PERSON"))
        started = time.perf_counter()
        write_masked_docx(source, target, replacements, content=content)
        write_s = time.perf_counter() - started
        chars = len(content.text)
        print(f"document: {args.paragraphs} paragraphs, {chars} characters, {len(replacements)} replacements")
        print(f"read_docx:          {read_s:6.2f} s  ({chars / read_s:,.0f} chars/s)")
        print(f"detect (rules):     {detect_s:6.2f} s")
        print(f"write_masked_docx:  {write_s:6.2f} s  ({chars / write_s:,.0f} chars/s, incl. scrub and leak check)")


if __name__ == "__main__":
    main()
