"""One command that builds the bundled German NER model: word lists, vectors, casing table, convert,
pretraining, train, package.

Why one command: the shipped model must be reproducible from the public corpora by anyone with
the repo and ``../shared/data``.  Recipes are chosen on GermEval DEV only (spaCy keeps the checkpoint
with the best dev F1 as ``model-best``); the TEST split is read by the evaluate step alone.  The shipped
model 2.1 is the chosen recipe trained once more on train + dev (``--with-dev``): with no dev split
left to select on, its last step ships (the learning rate has decayed to zero by then).
Steps, each also a command of its own: lexicon (word-list table), vectors (floret vectors, ~10 min),
truecase (casing table), convert (GermEval -> .spacy with case copies), pretrain (tok2vec
pretraining, ~20 min), ``spacy train`` (~12 min on one core), package.

Usage::

    OMP_NUM_THREADS=1 nice -n 10 python -m training.ner train --with-dev --seed 1   # the shipped model 2.1
    python -m training.ner train --seed 1 --no-package --output training/ner/runs/dev_s1   # same, dev figure
    python -m training.ner train --with-ler --output training/ner/runs/ler        # + LER (not shipped)

Options override the config: ``--max-steps`` (time box), ``--width``/``--depth`` of the CNN.
Every step runs as ``python -m training.ner STEP`` from the repository root, in a process of its own
(each loads large tables; the memory goes back when it ends).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from training.corpora import ROOT
from training.ner.package import copies_note, package
from training.ner.paths import CASING_TABLE, CONFIG, CORPUS, LEXICON, PRETRAIN, RUNS, VECTORS


def run(cmd: list[str]) -> None:
    """Run one command from the repository root (so that ``training`` imports), stop the recipe if it fails."""
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)


def step(name: str, *options: str) -> list[str]:
    """The command line of one step of the recipe."""
    return [sys.executable, "-m", "training.ner", name, *options]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--with-ler", action="store_true")
    parser.add_argument("--output", type=Path, default=RUNS / "de_ner")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-package", action="store_true", help="train only; leave resources/ alone")
    parser.add_argument("--max-steps", type=int, default=3000)
    parser.add_argument("--width", type=int, default=0)
    parser.add_argument("--depth", type=int, default=0)
    parser.add_argument("--no-vectors", action="store_true", help="train without the floret vectors (and pretraining)")
    parser.add_argument(
        "--truecased", type=float, default=0.03, help="share of training sentences added lower-cased+truecased"
    )
    parser.add_argument("--lower", type=float, default=0.0, help="share of training sentences added lower-cased")
    parser.add_argument("--upper", type=float, default=0.0, help="share of training sentences added upper-cased")
    parser.add_argument(
        "--swap-persons", type=float, default=0.0, help="share of sentences with a person added with other names"
    )
    parser.add_argument(
        "--keep-other", action="store_true", help="train OTH as a label of its own, select on PER/LOC/ORG"
    )
    parser.add_argument(
        "--with-dev",
        action="store_true",
        help="train on GermEval train + dev for a fixed number of steps and package model-last (no dev figure)",
    )
    parser.add_argument("--no-pretrain", action="store_true", help="start the tok2vec from random weights")
    args = parser.parse_args(argv)

    run(step("lexicon", "--out", str(LEXICON)))
    # The unlabelled corpus feeds the vectors, the pretraining and the truecaser's casing table, which
    # convert needs for the truecased copies of training sentences.
    if not (VECTORS / "spacy" / "meta.json").exists():
        run(step("vectors", "--out", str(VECTORS)))
    run(step("truecase", "--corpus", str(VECTORS / "corpus.txt"), "--out", str(CASING_TABLE)))
    corpus = CORPUS / ("ler" if args.with_ler else "germeval")
    convert = step("convert", "--out", str(corpus), "--lexicon", str(LEXICON))
    convert += ["--casing-table", str(CASING_TABLE), "--truecased", str(args.truecased)]
    convert += ["--lower", str(args.lower), "--upper", str(args.upper), "--swap-persons", str(args.swap_persons)]
    convert += ["--with-ler"] if args.with_ler else []
    convert += ["--with-dev"] if args.with_dev else []
    run(convert + (["--keep-other"] if args.keep_other else []))
    code = str(Path(__file__).with_name("train_code.py"))
    train = [sys.executable, "-m", "spacy", "train", str(args.config), "--code", code]
    train += ["--paths.lexicon", str(LEXICON)]
    train += ["--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy")]
    if not args.no_vectors:
        train += ["--paths.vectors", str(VECTORS / "spacy")]
        if not args.no_pretrain:
            pretrained = PRETRAIN / "model-last.bin"
            if not pretrained.exists():
                run(step("pretrain", "--out", str(pretrained.parent), "--lexicon", str(LEXICON)))
            train += ["--paths.init_tok2vec", str(pretrained)]
    else:
        train += ["--components.tok2vec.model.embed.include_static_vectors", "false"]
    if args.keep_other:
        train += ["--components.ner.scorer.@scorers", "anonymizer.outer_ner_scorer.v1"]
    if args.width:
        train += ["--components.tok2vec.model.encode.width", str(args.width)]
    if args.depth:
        train += ["--components.tok2vec.model.encode.depth", str(args.depth)]
    train += ["--system.seed", str(args.seed)]
    run([*train, "--output", str(args.output), "--training.max_steps", str(args.max_steps)])
    # Trained on dev as well, "best on dev" means nothing: the last step (learning rate decayed) ships.
    model = args.output / ("model-last" if args.with_dev else "model-best")
    if not args.no_package:
        package(model, args.with_ler, args.with_dev, copies_note(args.lower, args.upper, args.truecased))
