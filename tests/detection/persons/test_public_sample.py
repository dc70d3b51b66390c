"""CI check: the bundled model + person rules still find every person of the public sample.

The sample (tests/detection/persons/data/admin_pii_de_public.txt, a copy of shared/eval's public file) uses
the markup of shared/eval/score_pii.py: ``{TYPE|text}`` must be masked, ``{?TYPE|text}`` may be.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.entities import PERSON

pytestmark = pytest.mark.model

SAMPLE = Path(__file__).parent / "data" / "admin_pii_de_public.txt"
_MARK = re.compile(r"\{(\??)([A-Z]+)\|(.*?)\}", re.S)
_TOKEN = re.compile(r"\w+")

Gold = tuple[int, int, str, bool]


def load_sample(path: Path) -> list[tuple[str, str, list[Gold]]]:
    """(name, plain text, gold spans) per document, as score_pii.py reads them."""
    docs = []
    for block in re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        body = body.rstrip("\n")
        parts: list[str] = []
        gold: list[Gold] = []
        pos = last = 0
        for match in _MARK.finditer(body):
            parts.append(body[last : match.start()])
            pos += match.start() - last
            inner = match.group(3)
            gold.append((pos, pos + len(inner), match.group(2), match.group(1) == "?"))
            parts.append(inner)
            pos += len(inner)
            last = match.end()
        parts.append(body[last:])
        docs.append((head.strip(), "".join(parts), gold))
    return docs


def test_sample_has_persons() -> None:
    docs = load_sample(SAMPLE)
    assert len(docs) == 8
    assert sum(1 for _, _, gold in docs for g in gold if g[2] == "PER") == 15


def test_public_sample_person_recall_is_complete_without_person_overmasking(engine: AnalyzerEngine) -> None:
    missed: list[str] = []
    overmasked: list[str] = []
    for name, text, gold in load_sample(SAMPLE):
        persons = [(f.start, f.end) for f in engine.analyze(text) if f.type == PERSON]
        covered = [any(s <= k < e for s, e in persons) for k in range(len(text))]
        in_gold = [False] * len(text)
        for start, end, kind, _optional in gold:
            for k in range(start, end):
                in_gold[k] = True
            if kind == "PER" and not all(
                covered[k] for m in _TOKEN.finditer(text, start, end) for k in range(m.start(), m.end())
            ):
                missed.append(f"{name}: {text[start:end]}")
        for m in _TOKEN.finditer(text):
            if not any(in_gold[m.start() : m.end()]) and any(covered[m.start() : m.end()]):
                overmasked.append(f"{name}: {m.group()}")
    assert missed == []
    assert overmasked == []
