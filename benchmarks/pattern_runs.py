"""Worst-case inputs for the rule recognizers: long runs of one special character (prints figures).

A pattern that rescans a run from every position is quadratic: the e-mail pattern took 90 s for
100,000 "=" before issue 23. This prints, for each character, the slowest rule recognizer on a run of
``--length`` characters, and the same for a line of base64 — the figures behind
``tests/detection/recognizers/test_linear_time.py`` (which only asserts a generous bound of one second).

Run: ``.venv/bin/python benchmarks/pattern_runs.py [--length 100000]``
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from anonymizer.detection.recognizers.registry import RULE_RECOGNIZERS

CHARACTERS = "=*/&#.-_+@!?%$'\"()[]{}<>|\\~^`:;,§€ \n\t0aA"


def slowest(text: str) -> tuple[float, str]:
    worst = (0.0, "")
    for factory in RULE_RECOGNIZERS:
        recognizer = factory()
        started = time.perf_counter()
        recognizer.analyze(text)
        worst = max(worst, (time.perf_counter() - started, factory.__name__))
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=100_000)
    args = parser.parse_args()
    rows = [(repr(character), *slowest(character * args.length)) for character in CHARACTERS]
    line = base64.b64encode(random.Random(23).randbytes(args.length * 3 // 4)).decode("ascii")
    rows.append(("base64", *slowest(line)))
    print(f"{'input':<10} {'slowest recognizer':<28} seconds for {args.length:,} characters")
    for label, seconds, name in rows:
        print(f"{label:<10} {name:<28} {seconds:.3f}")
    worst = max(rows, key=lambda row: row[1])
    print(f"worst: {worst[0]} in {worst[2]}, {worst[1]:.3f} s")


if __name__ == "__main__":
    main()
