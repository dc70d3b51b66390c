"""Throughput of person detection on a long German document, one core.

Prints: model load time, chars/s of the NER model alone, of the person rules alone, of the whole
engine (all recognizers + propagation), and the process RSS. The document is the generated dev
set (benchmarks/devset/make_devset.py) without markup, repeated to ``--chars`` characters.

Usage::

    OMP_NUM_THREADS=1 python benchmarks/devset/bench_detection.py [--chars 300000]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("OMP_NUM_THREADS", "1")


def document(chars: int) -> str:
    from benchmarks.devset.make_devset import joined, plain_texts

    return joined(plain_texts(3), chars)


def rate(label: str, chars: int, run: object) -> None:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    print(f"{label:<34} {chars / elapsed:>10,.0f} chars/s  ({elapsed:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=300_000)
    args = parser.parse_args()
    text = document(args.chars)

    start = time.perf_counter()
    from anonymizer.detection.ner import NerRecognizer, load_ner_model

    load_ner_model()
    print(f"{'model load':<34} {time.perf_counter() - start:>10.2f} s")
    from anonymizer.detection.factory import build_engine
    from anonymizer.detection.persons import PersonRuleRecognizer

    ner = NerRecognizer()
    rules = PersonRuleRecognizer()
    engine = build_engine()
    ner.analyze(text[:2000])  # warm-up
    print(f"document: {len(text):,} chars, OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}")
    rate("NER model (NerRecognizer)", len(text), lambda: ner.analyze(text))
    if ner.truecaser is not None:
        rate("  of it: truecaser", len(text), lambda: ner.truecaser.restore(text))  # type: ignore[union-attr]
    rate("person rules", len(text), lambda: rules.analyze(text))
    rate("whole engine (build_engine)", len(text), lambda: engine.analyze(text))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS':<34} {rss:>10.0f} MB")


if __name__ == "__main__":
    main()
