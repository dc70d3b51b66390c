"""How much of the ensemble's gain is precision: keep a model's entities only where it was sure.

Why: four seeds voting (ensemble_vote.py) gain 0.014 dev F1, mostly as precision.  A single model
can buy precision too, by dropping the entities whose actions won narrowly.  This script parses GermEval
DEV with the model's own greedy transitions in Python (spaCy's loop in C keeps no scores), records for
every token the logit margin of the chosen action over the best other valid one, gives each entity the
smallest margin of its tokens, and prints P/R/F1 for a sweep of thresholds (DEV only, never test).

Usage::

    OMP_NUM_THREADS=1 python build/ner/margins.py --model build/ner/training/dev_s1/model-last
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy
import spacy
from spacy.tokens import Doc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
from convert import DATA, KEEP, read_germeval_tsv, to_doc, truecased  # noqa: E402
from evaluate import truecaser_for  # noqa: E402  also registers the model's embedding layer

Entity = tuple[int, int, str]
#: One sentence: its gold entities, and the model's entities with their margins.
Pair = tuple[set[Entity], list[tuple[Entity, float]]]
THRESHOLDS = (None, 0.5, 1.0, 1.5, 2.0, 3.0)


def parse_with_margins(nlp: spacy.Language, docs: list[Doc], batch_size: int = 256) -> list[list[float]]:
    """Set the model's entities on ``docs`` and return each token's action margin (greedy, as spaCy)."""
    ner = nlp.get_pipe("ner")
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    margins: list[list[float]] = [[] for _ in docs]
    for start in range(0, len(docs), batch_size):
        part = docs[start : start + batch_size]
        states = ner.moves.init_batch(part)
        index = {id(state): start + i for i, state in enumerate(states)}
        step_model = ner.model.predict(part)
        active = [state for state in states if not state.is_final()]
        while active:
            scores = step_model.predict(active)
            for state, row in zip(active, scores, strict=True):
                valid = numpy.array([ner.moves.is_valid(state, name) for name in names])
                ranked = numpy.sort(numpy.where(valid, row, -numpy.inf))[::-1]
                margins[index[id(state)]].append(float(ranked[0] - ranked[1]) if valid.sum() > 1 else numpy.inf)
            active = ner.transition_states(active, scores)
        step_model.clear_memory()
        ner.set_annotations(part, states)
    return margins


def scores(pairs: list[Pair], threshold: float | None, labels: frozenset[str]) -> str:
    """P | R | F1 of the entities with these labels whose margin reaches the threshold (None: all)."""
    tp = fp = fn = 0
    for gold, predicted in pairs:
        kept = {e for e, margin in predicted if e[2] in labels and (threshold is None or margin >= threshold)}
        wanted = {e for e in gold if e[2] in labels}
        tp, fp, fn = tp + len(kept & wanted), fp + len(kept - wanted), fn + len(wanted - kept)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return f"{p:.3f} | {r:.3f} | {2 * p * r / max(1e-9, p + r):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True)
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    truecaser = truecaser_for(nlp, args.model)
    golds = [to_doc(nlp.vocab, s) for s in read_germeval_tsv(DATA / "germeval2014" / "NER-de-dev.tsv")]
    docs = [Doc(nlp.vocab, words=truecased(truecaser, [t.text for t in gold])) for gold in golds]
    docs = list(nlp.pipe(docs, disable=["ner"]))  # the tok2vec's output, which the NER listens to
    margins = parse_with_margins(nlp, docs)
    pairs = [
        (
            {(e.start, e.end, e.label_) for e in gold.ents},
            [((e.start, e.end, e.label_), min(margin[e.start : e.end])) for e in doc.ents],
        )
        for gold, doc, margin in zip(golds, docs, margins, strict=True)
    ]
    print(f"\nGermEval 2014 dev, model `{args.model}`, entities kept at a margin of at least ...\n")
    print("| margin | PER P | PER R | PER F1 | all P | all R | all F1 |\n|---|---:|---:|---:|---:|---:|---:|")
    for threshold in THRESHOLDS:
        per, every = scores(pairs, threshold, frozenset({"PER"})), scores(pairs, threshold, KEEP)
        print(f"| {'all kept' if threshold is None else threshold} | {per} | {every} |")


if __name__ == "__main__":
    main()
