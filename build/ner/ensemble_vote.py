"""Score a vote of several NER models on GermEval 2014 DEV: how much would averaging models gain?

Why: single runs of one recipe spread by about ±0.005 dev F1 with the seed alone, so an ensemble is
the obvious next lever — but it costs the model time once per member, which the speed bar does not
allow in the app.  This measures the gain on dev, to judge whether distilling an ensemble into one
model is worth the effort.  It never reads the TEST split.

An entity counts when at least ``--votes`` models predict exactly that span and label; overlapping
spans are resolved in favour of the one with more votes.

Usage::

    python build/ner/ensemble_vote.py --votes 3 build/ner/training/seed{0,1,2,3}/model-best
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from convert import DATA, read_germeval_tsv, to_doc
from evaluate import print_scores  # also registers the models' embedding layer

EntityKey = tuple[int, int, str]


def vote(doc: Doc, votes: Counter[EntityKey], needed: int) -> Doc:
    """``doc`` with the entities that at least ``needed`` models agree on, most votes first."""
    chosen: list[Span] = []
    for (start, end, label), count in votes.most_common():
        if count < needed:
            break
        if all(end <= span.start or span.end <= start for span in chosen):
            chosen.append(Span(doc, start, end, label))
    doc.ents = sorted(chosen, key=lambda span: span.start)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", type=Path, nargs="+")
    parser.add_argument("--votes", type=int, default=0, help="models that must agree (default: a majority)")
    args = parser.parse_args()
    needed = args.votes or len(args.models) // 2 + 1

    models = [spacy.load(path) for path in args.models]
    sentences = list(read_germeval_tsv(DATA / "germeval2014" / "NER-de-dev.tsv"))
    golds = [to_doc(models[0].vocab, sentence) for sentence in sentences]
    votes: list[Counter[EntityKey]] = [Counter() for _ in golds]
    for nlp in models:
        docs = nlp.pipe((Doc(nlp.vocab, words=[t.text for t in gold]) for gold in golds), batch_size=256)
        for counter, doc in zip(votes, docs, strict=True):
            counter.update((ent.start, ent.end, ent.label_) for ent in doc.ents)
    examples = [
        Example(vote(Doc(models[0].vocab, words=[t.text for t in gold]), counter, needed), gold)
        for gold, counter in zip(golds, votes, strict=True)
    ]
    print(f"\nGermEval 2014 dev, {len(models)} models, an entity needs {needed} votes\n")
    print_scores(Scorer().score(examples))


if __name__ == "__main__":
    main()
