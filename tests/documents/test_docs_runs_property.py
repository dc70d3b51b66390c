"""Property: however Word splits the runs, the cleaned document reads exactly like the masked plain text."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anonymizer.documents.docx_reader import read_docx
from anonymizer.documents.docx_writer import TextReplacement, write_masked_docx

PARAGRAPHS = [
    "Sehr geehrte Frau Zyprian Quälgeist,",
    "Ihr Konto DE89 3704 0044 0532 0130 00 wird belastet.",
    "Rückruf unter 0171 2345678 bei Zyprian Quälgeist erbeten.",
    "Mit freundlichen Grüßen",
]
VALUES = {"Zyprian Quälgeist": "[PERSON_1]", "DE89 3704 0044 0532 0130 00": "[IBAN_1]", "0171 2345678": "[PHONE_1]"}
PATTERN = re.compile("|".join(re.escape(value) for value in VALUES))


def _cuts(text: str) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(min_value=1, max_value=len(text) - 1), max_size=6, unique=True).map(sorted)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.tuples(*(_cuts(text) for text in PARAGRAPHS)), bold=st.booleans())
def test_any_run_split_gives_the_masked_text(cuts: tuple[list[int], ...], bold: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.docx", Path(folder) / "out.docx"
        document = docx.Document()
        for text, points in zip(PARAGRAPHS, cuts, strict=True):
            paragraph = document.add_paragraph()
            for number, (start, end) in enumerate(zip([0, *points], [*points, len(text)], strict=True)):
                paragraph.add_run(text[start:end]).bold = bold and number % 2 == 1
        document.save(str(source))
        content = read_docx(source)
        assert content.text == "\n".join(PARAGRAPHS)
        replacements = [
            TextReplacement(m.start(), m.end(), m.group(), VALUES[m.group()], "X")
            for m in PATTERN.finditer(content.text)
        ]
        write_masked_docx(source, target, replacements, content=content)
        expected = PATTERN.sub(lambda m: VALUES[m.group()], "\n".join(PARAGRAPHS))
        assert read_docx(target).text == expected
        assert [p.text for p in docx.Document(str(target)).paragraphs] == expected.split("\n")
