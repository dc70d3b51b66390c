"""How long a 50,000-term list takes to load into the engine (goal: under one second).

Writes a reproducible list of invented street names (fixed seed) into a temp folder, points a
policy at it and measures, on a cold cache each round: reading the file, building the
Aho-Corasick automaton (``policy_recognizers``), and one search over a one-page letter. Prints
the median of the rounds.

Run: ``.venv/bin/python benchmarks/term_list_load.py [--terms N] [--rounds R]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from anonymizer.detection.policy_rules import policy_recognizers
from anonymizer.policy import load_policy
from anonymizer.policy.terms import _cached_terms, load_term_list

STEMS = ("Falken", "Linden", "Birken", "Mühlen", "Kirch", "Schul", "Garten", "Wiesen", "Eichen", "Buchen")
MIDDLES = ("", "grund", "horst", "feld", "bach", "kamp", "brink")
SUFFIXES = ("weg", "straße", "gasse", "ring", "allee", "pfad", "damm", "stieg")


def write_list(path: Path, count: int) -> list[str]:
    rng = random.Random(9)
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(STEMS)}{rng.choice(MIDDLES)}{rng.randint(1, 999)}{rng.choice(SUFFIXES)}")
    ordered = sorted(names)
    path.write_text("\n".join(ordered) + "\n", encoding="utf-8")
    return ordered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        terms = write_list(base / "strassen.txt", args.terms)
        policy_file = base / "policy.toml"
        policy_file.write_text('[[term_lists]]\npath = "strassen.txt"\ntype = "ADDRESS"\n', encoding="utf-8")
        letter = ("Sehr geehrte Frau Kortmann, Ihr Antrag zur Anliegerstraße liegt vor. " * 30) + terms[1234]
        reads, builds, searches = [], [], []
        found = 0
        for _ in range(args.rounds):
            _cached_terms.cache_clear()
            started = time.perf_counter()
            load_term_list(base / "strassen.txt")
            reads.append(time.perf_counter() - started)
            _cached_terms.cache_clear()
            started = time.perf_counter()
            policy = load_policy(policy_file)
            [recognizer] = policy_recognizers(policy)
            builds.append(time.perf_counter() - started)
            started = time.perf_counter()
            found = len(recognizer.analyze(letter))
            searches.append(time.perf_counter() - started)
    print(f"Begriffsliste: {args.terms} Begriffe, {args.rounds} Durchläufe (Median)")
    print(f"  Datei lesen:                       {statistics.median(reads) * 1000:8.1f} ms")
    print(f"  Richtlinie laden + Automat bauen:  {statistics.median(builds) * 1000:8.1f} ms  (Ziel < 1000 ms)")
    print(f"  Suche in {len(letter)} Zeichen:       {statistics.median(searches) * 1000:8.2f} ms  ({found} Treffer)")
    return 0 if statistics.median(builds) < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
