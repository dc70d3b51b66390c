"""``python -m training.ner [--data DIR] STEP [options]``: one entry point for every step of the recipe.

    python -m training.ner train --with-dev --seed 1     # the shipped model 2.1 (all steps, then package)
    python -m training.ner evaluate                      # GermEval 2014 test, the table of docs/ner-model.md
    python -m training.ner package training/ner/runs/de_ner/model-last --with-dev
    python -m training.ner STEP --help                   # the options of one step

Run it from the repository root. ``--data`` names the folder of the public corpora when it is not
``../shared/data`` (it sets ``$ANONYMIZER_TRAINING_DATA``, which the steps ``train`` starts inherit).
"""

from __future__ import annotations

import argparse
import importlib
import os

from training.corpora import DATA_ENV

#: Step name → what it does (its module is ``training.ner.<name>``).
STEPS = {
    "train": "the whole recipe: lexicon, vectors, truecase, convert, pretrain, spacy train, package",
    "evaluate": "score a model on GermEval 2014 (test by default) and print the table of docs/ner-model.md",
    "package": "copy a trained pipeline and its casing table into resources/models/de_ner",
    "convert": "GermEval (and optional corpora) → spaCy DocBins with case copies",
    "lexicon": "the word-list table the model's tok2vec reads",
    "vectors": "floret subword vectors from the unlabelled text",
    "truecase": "the truecaser's casing table from the unlabelled text",
    "pretrain": "spaCy's character pretraining of the tok2vec",
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="steps:\n" + "\n".join(f"  {name:<9} {what}" for name, what in STEPS.items()),
    )
    parser.add_argument("--data", help=f"folder of the public corpora (default: ${DATA_ENV} or ../shared/data)")
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("options", nargs=argparse.REMAINDER, help="the step's own options")
    args = parser.parse_args(argv)
    if args.data:
        os.environ[DATA_ENV] = os.path.abspath(args.data)
    module = importlib.import_module(f"training.ner.{args.step}")
    module.main(args.options)


if __name__ == "__main__":
    main()
