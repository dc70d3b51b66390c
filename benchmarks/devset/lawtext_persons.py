"""Over-masking probe: PERSON findings in German federal law text, which names almost no persons.

Every 400th line of ../shared/data/text_de/gesetze_bund.txt.xz (1,500 lines, ~260,000 chars) goes
through the default engine; the script prints the number of PERSON findings and each of them, so a
change in the person rules or the model that starts masking ordinary words shows up at once.

Usage::

    python benchmarks/devset/lawtext_persons.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import lzma
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from training.corpora import data_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=data_dir(), help="the corpora folder, as for training.ner")
    args = parser.parse_args()
    from anonymizer.detection.factory import build_engine
    from anonymizer.entities import PERSON

    lines: list[str] = []
    with lzma.open(args.data / "text_de" / "gesetze_bund.txt.xz", "rt", encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if index % 400 == 0:
                lines.append(line.strip())
            if len(lines) >= 1500:
                break
    text = "\n".join(lines)
    found = Counter((f.recognizer, f.text) for f in build_engine().analyze(text) if f.type == PERSON)
    print(f"{sum(found.values())} PERSON findings in {len(text):,} chars of federal law text")
    for (recognizer, value), count in found.most_common():
        print(f"  {count} x {value!r} ({recognizer})")


if __name__ == "__main__":
    main()
