"""Our detection against Microsoft Presidio's German identifier recognizers, side by side in one run.

Three figures for both systems:

1. recall on the positive values of Presidio's own German test tables (``tests/detection/recognizers/
   presidio_de_cases.py``: 319 texts, 231 values that Presidio's recognizers return), per test file
   and overall, and over-masking on those texts: the share of the other word tokens that a system
   masks;
2. over-masking on our county negatives (``tests/detection/recognizers/county_negatives.py``): texts with a
   false hit, and the share of their tokens masked;
3. entity recall and over-masking on the public county sample, through its scorer
   (``../shared/eval/score_pii.py``; skipped when the scorer is not there).

A value counts as found when every word token of it is masked, by any type — the scorer's rule.
"ours" is ``detect``: the default policy's engine with the NER model; "rules" the same engine
without the model (the identifier recognizers are all rules; the model adds person guesses on
one-word English texts such as "Subnet 172.16.0.0"). "presidio" is
``benchmarks/presidio_detect.py``: its thirteen German recognizers plus the IP and credit-card
recognizers, every result counted (its default threshold 0), no NER model either.

Run: ``.venv/bin/python -m pip install -e ".[bench]"`` once, then
``.venv/bin/python benchmarks/presidio_compare.py [--scorer PATH] [--show]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonymizer.detection.factory import build_engine  # noqa: E402
from benchmarks.presidio_detect import build_presidio, presidio_spans  # noqa: E402

TOKEN = re.compile(r"\w+")
Spans = list[tuple[int, int]]


def _load(name: str) -> ModuleType:
    path = ROOT / "tests" / "detection" / "recognizers" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _covered(text: str, spans: Iterable[tuple[int, int]]) -> list[bool]:
    cover = [False] * len(text)
    for start, end in spans:
        for index in range(max(0, start), min(len(text), end)):
            cover[index] = True
    return cover


def score_text(text: str, gold: Spans, found: Spans) -> tuple[int, int, int]:
    """(gold values found, other tokens masked, other tokens) under the scorer's rule."""
    cover = _covered(text, found)
    in_gold = _covered(text, gold)
    hits = 0
    for start, end in gold:
        tokens = list(TOKEN.finditer(text, start, end))
        hits += all(all(cover[i] for i in range(m.start(), m.end())) for m in tokens)
    other = [m for m in TOKEN.finditer(text) if not any(in_gold[i] for i in range(m.start(), m.end()))]
    masked = sum(any(cover[i] for i in range(m.start(), m.end())) for m in other)
    return hits, masked, len(other)


def _public_sample(scorer: Path, command: str) -> str:
    result = subprocess.run(
        [sys.executable if scorer.suffix != ".py" else "python3", str(scorer), "--cmd", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("entity recall")]
    return lines[-1] if lines else f"scorer failed: {result.stdout[-300:]}{result.stderr[-300:]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scorer", type=Path, default=None, help="path of score_pii.py (default: ../shared/eval)")
    parser.add_argument("--show", action="store_true", help="list every value one system finds and the other misses")
    args = parser.parse_args()

    cases = _load("presidio_de_cases")
    negatives = _load("county_negatives").COUNTY_NEGATIVES
    engine = build_engine()
    rules = build_engine(with_model=False)
    presidio = build_presidio()
    systems: dict[str, Callable[[str], Spans]] = {
        "ours": lambda text: [(f.start, f.end) for f in engine.analyze(text, masked_only=True)],
        "rules": lambda text: [(f.start, f.end) for f in rules.analyze(text, masked_only=True)],
        "presidio": lambda text: [(s, e) for s, e, _type, _score in presidio_spans(presidio, text)],
    }

    # 1. Presidio's own tables
    per_file: dict[str, dict[str, list[int]]] = defaultdict(lambda: {name: [0, 0, 0, 0] for name in systems})
    missed_by_reason: dict[str, int] = defaultdict(int)
    for case in cases.CASES:
        gold = cases.spans(case.text, case.presidio)
        for name, detect in systems.items():
            hits, masked, other = score_text(case.text, gold, detect(case.text))
            row = per_file[case.source][name]
            row[0] += hits
            row[1] += len(gold)
            row[2] += masked
            row[3] += other
            if name == "ours" and hits < len(gold):
                missed_by_reason[case.why or "(no reason recorded)"] += len(gold) - hits
            if args.show and hits < len(gold):
                print(f"  {name} misses {case.source}: {case.text!r}")
    print(f"Presidio's German test tables ({len(cases.CASES)} texts), recall (found/values) and over-masking:")
    print(f"  {'test file':<32}" + "".join(f"{name:>16}" for name in systems))
    totals = {name: [0, 0, 0, 0] for name in systems}
    for source, rows in per_file.items():
        cells = []
        for name in systems:
            hits, values, masked, other = rows[name]
            totals[name] = [a + b for a, b in zip(totals[name], rows[name], strict=True)]
            cells.append(f"{hits:>3}/{values:<3} {_ratio(hits, values):>7}")
        print(f"  {source:<32}" + "".join(f"{cell:>16}" for cell in cells))
    for name, (hits, values, masked, other) in totals.items():
        print(
            f"  {name:<9} recall {_ratio(hits, values)} ({hits}/{values}), "
            f"over-masking {_ratio(masked, other)} ({masked}/{other} other tokens)"
        )

    print("  what ours leaves unmasked, by the reason the table gives:")
    for reason, count in sorted(missed_by_reason.items(), key=lambda item: -item[1]):
        print(f"    {count:>3}  {reason}")

    # 2. our county negatives
    print(f"County negatives ({len(negatives)} texts): texts with a false hit, tokens masked")
    for name, detect in systems.items():
        flagged = masked_tokens = tokens = 0
        for text in negatives:
            _hits, masked, other = score_text(text, [], detect(text))
            flagged += masked > 0
            masked_tokens += masked
            tokens += other
            if args.show and masked:
                print(f"    {name} masks in {text!r}")
        print(f"  {name:<9} {flagged}/{len(negatives)} texts, over-masking {_ratio(masked_tokens, tokens)}")

    # 3. the public county sample, through its scorer
    scorer = args.scorer or next(
        (p for p in (ROOT.parent / "shared/eval/score_pii.py", ROOT.parent.parent / "shared/eval/score_pii.py")
         if p.exists()),
        None,
    )  # fmt: skip
    if scorer is None or not scorer.exists():
        print("Public sample: skipped (score_pii.py not found; pass --scorer)")
        return 0
    print(f"Public sample ({scorer}):")
    print(f"  ours      {_public_sample(scorer, f'{sys.executable} main.py detect --json')}")
    print(f"  presidio  {_public_sample(scorer, f'{sys.executable} benchmarks/presidio_detect.py')}")
    return 0


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


if __name__ == "__main__":
    sys.exit(main())
