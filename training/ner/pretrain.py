"""Pretrain the NER model's tok2vec on unlabelled German text (spaCy's character objective).

Why: 24,000 labelled sentences teach the CNN little about German words in general.  Predicting the
first and last characters of each word from its context, over the unlabelled text that
``vectors.py`` collected (GermEval TRAIN text, enp_DE, federal law), gives the tok2vec a start that
the NER training then fine-tunes (``train``: ``--paths.init_tok2vec``).

spaCy's own ``spacy pretrain`` does not initialise the vocabulary, so the word-list table and the
floret vectors would be missing; this script loads both in an ``after_creation`` callback and then
runs spaCy's pretraining loop unchanged.

Usage::

    python -m training.ner pretrain --lines 200000 --epochs 1   # writes training/ner/pretrain/model-last.bin
"""

from __future__ import annotations

import argparse
import itertools
import random
from collections.abc import Callable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.training.initialize import load_vectors_into_model
from spacy.training.pretrain import pretrain
from spacy.util import load_config, registry

from anonymizer.detection.ner.lexicon_features import load_lexicon_lookups
from training.ner.paths import CONFIG, LEXICON, PRETRAIN, VECTORS


def pretrain_vocab(lexicon: str, vectors: str) -> Callable[[Language], Language]:
    def load(nlp: Language) -> Language:
        nlp.vocab.lookups = load_lexicon_lookups(lexicon)
        load_vectors_into_model(nlp, vectors)
        return nlp

    return load


registry.callbacks.register("anonymizer.pretrain_vocab.v1", func=pretrain_vocab)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner pretrain",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=PRETRAIN)
    parser.add_argument("--lines", type=int, default=300000, help="lines of vectors/corpus.txt to use")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--save-every", type=int, default=200, help="batches between checkpoints (model0.temp.bin)")
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    parser.add_argument("--vectors", type=Path, default=VECTORS / "spacy")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    raw = args.out / "raw.jsonl"
    with (VECTORS / "corpus.txt").open(encoding="utf-8") as lines:
        texts = [line.strip() for line in itertools.islice(lines, args.lines) if line.strip()]
    random.Random(0).shuffle(texts)  # law text, news and newspapers interleaved, the same way each run
    srsly.write_jsonl(raw, ({"text": text} for text in texts))

    config = load_config(CONFIG, interpolate=False)  # its [pretraining] block
    config["pretraining"]["max_epochs"] = args.epochs
    config["pretraining"]["n_save_every"] = args.save_every
    config["paths"]["raw_text"] = str(raw)
    config["paths"]["lexicon"] = str(args.lexicon)
    config["paths"]["vectors"] = str(args.vectors)
    config["nlp"]["after_creation"] = {
        "@callbacks": "anonymizer.pretrain_vocab.v1",
        "lexicon": str(args.lexicon),
        "vectors": str(args.vectors),
    }
    pretrain(config.interpolate(), args.out, silent=False)


if __name__ == "__main__":
    main()
