"""Evaluate a German NER model on GermEval 2014 (outer level, PER/LOC/ORG) and print a Markdown table.

Why a separate script: the TEST split is for the final figures only, never for training or model
selection, so it is read here and nowhere else in the recipe (``train`` selects on DEV).

Usage::

    python -m training.ner evaluate [--model resources/models/de_ner] [--split test|dev] [--case lower|upper]
    python -m training.ner evaluate --speed     # also chars/s of the model on this text, one thread
    python -m training.ner --data /path/to/data evaluate   # corpora elsewhere than ../shared/data

The sentences reach the model as they reach it in the app: through the truecaser
(anonymizer/detection/ner/truecase.py), which restores the capitals of all-lower-case and shouted lines and of
lower-case names in other lines (13 of the 2,200 dev sentences, 26 of the 5,100 test sentences as
written; every one with ``--case``), with
the model's casing table (``truecase.npz`` in the model directory, else the recipe's
``training/ner/corpus/truecase.npz``).  ``--no-truecase`` scores the model alone.

Run it with ``OMP_NUM_THREADS=1`` for a one-core speed figure.
"""

from __future__ import annotations

import argparse
import functools
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import filter_spans

import anonymizer.detection.ner.lexicon_features  # noqa: F401  registers the model's embedding layer
from anonymizer.detection.ner.truecase import CASING_FILE, Truecaser, model_truecaser
from training.ner.convert import read_germeval_tsv, to_doc, truecased
from training.ner.paths import CASING_TABLE, TARGET, corpus_file

if TYPE_CHECKING:
    from anonymizer.detection.engine import AnalyzerEngine


@functools.cache
def app_engine(model: Path) -> AnalyzerEngine:
    """The app's person detection (model + rules + propagation, as anonymizer.detection.factory builds it), once."""
    from anonymizer.detection.engine import AnalyzerEngine
    from anonymizer.detection.factory import model_postprocessors
    from anonymizer.detection.ner import NerRecognizer
    from anonymizer.detection.persons import PersonRuleRecognizer
    from anonymizer.policy import load_default_policy

    return AnalyzerEngine([NerRecognizer(model), PersonRuleRecognizer()], load_default_policy(), model_postprocessors())


def app_prediction(nlp: Language, gold: Doc, model: Path) -> Doc:
    """The sentence as the app sees it: LOC/ORG from the model, PER from the app's person detection,
    mapped back onto the gold tokens."""
    from anonymizer.entities import PERSON

    words = [token.text for token in gold]
    doc = nlp(Doc(nlp.vocab, words=words))
    persons = []
    for finding in app_engine(model).analyze(doc.text):
        if finding.type == PERSON:
            span = doc.char_span(finding.start, finding.end, label="PER", alignment_mode="expand")
            if span is not None:
                persons.append(span)
    others = [
        ent
        for ent in doc.ents
        if ent.label_ != "PER" and not any(ent.start < p.end and p.start < ent.end for p in persons)
    ]
    doc.ents = filter_spans(persons + others)
    return doc


def truecaser_for(nlp: Language, model: Path) -> Truecaser | None:
    """The app's truecaser for ``model``: its own casing table, else the recipe's (a model in training)."""
    table = model / CASING_FILE if (model / CASING_FILE).is_file() else CASING_TABLE
    return model_truecaser(nlp, table)


def print_scores(scores: dict[str, Any]) -> None:
    """spaCy's entity scores as the Markdown table of docs/ner-model.md: PER, LOC, ORG and overall."""
    per_type = scores["ents_per_type"] or {}
    print("| type | precision | recall | F1 |")
    print("|---|---:|---:|---:|")
    for key in ("PER", "LOC", "ORG"):
        row = per_type.get(key, {"p": 0.0, "r": 0.0, "f": 0.0})
        print(f"| {key} | {row['p']:.3f} | {row['r']:.3f} | {row['f']:.3f} |")
    print(f"| **overall** | {scores['ents_p']:.3f} | {scores['ents_r']:.3f} | **{scores['ents_f']:.3f}** |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner evaluate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--model", type=Path, default=TARGET)
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--case", choices=("", "lower", "upper"), default="")
    parser.add_argument("--speed", action="store_true", help="also measure chars/s on the raw sentences")
    parser.add_argument(
        "--app", action="store_true", help="PER from the app's person detection (model + person rules + propagation)"
    )
    parser.add_argument("--no-truecase", action="store_true", help="the model alone, without the app's truecaser")
    args = parser.parse_args(argv)

    nlp = spacy.load(args.model)
    truecaser = None if args.no_truecase else truecaser_for(nlp, args.model)
    name = "NER-de-test.tsv" if args.split == "test" else "NER-de-dev.tsv"
    sentences = list(read_germeval_tsv(corpus_file("germeval2014", name)))
    examples = []
    for sentence in sentences:
        gold = to_doc(nlp.vocab, sentence, args.case)
        examples.append(Example(Doc(nlp.vocab, words=truecased(truecaser, [t.text for t in gold])), gold))
    if args.app:
        scores = Scorer().score(
            [Example(app_prediction(nlp, eg.reference, args.model), eg.reference) for eg in examples]
        )
    else:
        scores = nlp.evaluate(examples)
    label = f"GermEval 2014 {args.split}" + (f", {args.case}-cased" if args.case else "")
    label += ", PER from model + person rules" if args.app else ""
    label += "" if truecaser is not None else ", without the truecaser"
    print(f"\n{label}, outer level, model `{args.model.name}` ({len(sentences)} sentences)\n")
    print_scores(scores)

    if args.speed:
        texts = [" ".join(token for token, _ in s) for s in sentences]
        chars = sum(len(t) for t in texts)
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        elapsed = time.perf_counter() - start
        size = sum(f.stat().st_size for f in args.model.rglob("*") if f.is_file())
        print(
            f"\nspeed: {chars / elapsed:,.0f} chars/s ({chars:,} chars in {elapsed:.1f} s); "
            f"model size {size / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
