"""Code for ``spacy train --code``: the model's embedding layer, and a scorer for ``--keep-other``.

spaCy imports this file by its path; ``train`` runs ``spacy train`` from the repository root, so the
``training`` package is importable here.

Why a scorer: a model trained with GermEval's OTH as a label of its own (convert.py --keep-other)
must still be selected on PER/LOC/ORG, the labels the app uses and evaluate.py scores; spaCy's NER
scorer would count OTH too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

import anonymizer.detection.ner.lexicon_features  # noqa: F401  registers the model's embedding layer
from training.ner.convert import KEEP


def outer_entities(doc: Doc, attr: str) -> list[Span]:
    """The entities with one of the app's labels."""
    return [ent for ent in doc.ents if ent.label_ in KEEP]


def make_outer_ner_scorer() -> Callable[..., dict[str, Any]]:
    def score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return Scorer.score_spans(
            examples,
            "ents",
            getter=outer_entities,
            has_annotation=lambda doc: doc.has_annotation("ENT_IOB"),
            **kwargs,
        )

    return score


registry.scorers.register("anonymizer.outer_ner_scorer.v1", func=make_outer_ner_scorer)
