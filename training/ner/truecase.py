"""Build the casing table the app's truecaser uses (anonymizer/detection/ner/truecase.py).

Why from the vectors corpus: it is 20 M words of edited German (federal law, the GermEval *train*
text, enp_DE newspapers; no dev or test text), so how often a word is written with a capital there
is a good guess at how a clerk would write it.  Words at the start of a sentence, after a colon or
a quotation mark are not counted: their capital says nothing about the word.  A word seen at least
twice goes into ``capitalised`` or ``lowercase`` by majority; rarer words are left to the model's
word lists at run time.  A capitalised word also written in lower case at least twice goes into
``also_lowercase`` as well ("Ernst"/"ernst", "Mal"/"mal"): the truecaser never takes it for a name
typed in lower case.  Names are (almost) never written so: "anna" 0 times, "jan" once.

Usage::

    python -m training.ner truecase [--corpus training/ner/vectors/corpus.txt] [--out training/ner/corpus/truecase.npz]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from anonymizer.detection.ner.truecase import CasingTable
from training.ner.paths import CASING_TABLE, VECTORS

#: Tokens after which the next word's capital is the sentence's, not the word's.
SENTENCE_OPENERS = frozenset('.!?:"„“«»(-–')
MIN_COUNT = 2


def count_cases(corpus: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each lower-cased word is written capitalised and lower-case, not at a sentence start."""
    capitalised: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            previous = "."
            for token in line.split():
                if previous not in SENTENCE_OPENERS and token[:1].isalpha():
                    if token[0].isupper() and (len(token) == 1 or not token.isupper()):
                        capitalised[token.lower()] += 1
                    elif token.islower():
                        lowercase[token] += 1
                previous = token
    return capitalised, lowercase


def build(corpus: Path) -> CasingTable:
    capitalised, lowercase = count_cases(corpus)
    words = set(capitalised) | set(lowercase)
    seen = [w for w in words if capitalised[w] + lowercase[w] >= MIN_COUNT]
    return CasingTable.from_words(
        sorted(w for w in seen if capitalised[w] > lowercase[w]),
        sorted(w for w in seen if capitalised[w] <= lowercase[w]),
        sorted(w for w in seen if capitalised[w] > lowercase[w] >= MIN_COUNT),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner truecase",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--corpus", type=Path, default=VECTORS / "corpus.txt")
    parser.add_argument("--out", type=Path, default=CASING_TABLE)
    args = parser.parse_args(argv)
    table = build(args.corpus)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    table.save(args.out)
    print(
        f"{args.out}: {len(table.capitalised):,} capitalised ({len(table.also_lowercase):,} also in lower case), "
        f"{len(table.lowercase):,} lower-case words "
        f"({args.out.stat().st_size / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
