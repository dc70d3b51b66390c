"""Train floret subword vectors on unlabelled German text for the NER model's static vectors.

Why: a CNN trained on 24,000 labelled sentences has never seen most German words; vectors learned
from 17 M tokens of unlabelled text (federal law, public domain) plus the GermEval TRAIN text and
the enp_DE newspapers (CC0) tell it which words behave alike, and floret's subword hashing gives
every unseen word a vector too, in a small fixed table.  No dev/test text and no LER text goes in.

Usage::

    python -m training.ner vectors       # writes training/ner/vectors/{corpus.txt,de.floret,spacy}
"""

from __future__ import annotations

import argparse
import lzma
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from training.corpora import data_dir
from training.ner.paths import VECTORS


def germeval_train_sentences() -> Iterator[str]:
    words: list[str] = []
    with lzma.open(data_dir() / "germeval2014" / "germ.train.iob2.xz", "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
                continue
            words.append(line.split("\t")[0])
    if words:
        yield " ".join(words)


def enp_lines() -> Iterator[str]:
    for path in sorted((data_dir() / "enp_de").glob("*.bio")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.strip() or line.startswith("# "):
                continue
            words.append(line.split(" ")[0])
            if len(words) >= 30 and words[-1] in {".", "!", "?"}:
                yield " ".join(words)
                words = []
        if words:
            yield " ".join(words)


def law_lines() -> Iterator[str]:
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    with lzma.open(data_dir() / "text_de" / "gesetze_bund.txt.xz", "rt", encoding="utf-8") as lines:
        for doc in tokenizer.pipe(line.strip() for line in lines if line.strip()):  # type: ignore[union-attr]
            yield " ".join(token.text for token in doc)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner vectors",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=VECTORS)
    parser.add_argument("--dim", type=int, default=80)
    parser.add_argument("--bucket", type=int, default=50000)
    parser.add_argument("--epoch", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / "corpus.txt"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as out:
            for source in (germeval_train_sentences(), enp_lines(), law_lines()):
                for line in source:
                    out.write(line + "\n")
    import floret

    model = floret.train_unsupervised(
        str(corpus),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=args.bucket,
        minn=3,
        maxn=5,
        dim=args.dim,
        epoch=args.epoch,
        minCount=3,
        thread=args.threads,
    )
    floret_path = args.out / "de.floret"
    model.save_floret_vectors(str(floret_path))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "de",
            str(floret_path),
            str(args.out / "spacy"),
            "--mode",
            "floret",
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
