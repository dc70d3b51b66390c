"""Word-list features for the NER model: is this word a known first name, surname, place, common noun?

Why: German capitalises every noun, so the shape of a word says little about whether it is a name.
A CNN trained on 24,000 GermEval sentences only knows the names it has seen; for an unseen
"Brüggenkamp" it needs outside knowledge.  This module gives the model that knowledge as one more
embedded token attribute: a small integer code per lower-cased word, looked up in a table that lives
in the model's own weights (see :func:`LexiconFeatureExtractor`), so the shipped model is
self-contained and the word lists cannot drift from what it was trained with.

The code of a word is a bit set (:data:`COMMON_NOUN`, :data:`FIRST_NAME`, :data:`SURNAME`,
:data:`PLACE`, :data:`PROPER_NAME`) plus its rounded Zipf frequency shifted above the bits; unknown
words get 0.  ``training/ner/lexicon.py`` builds the table; the training config puts it into the
vocabulary through ``[initialize.lookups]``, the layer copies it into its weights when it is
initialised, and ``training/ner/package.py`` drops the vocabulary's copy when it packages the model.

Importing this module registers the architecture ``anonymizer.LexiconMultiHashEmbed.v1`` and the
loader ``anonymizer.lexicon_lookups.v1`` with spaCy; :mod:`anonymizer.detection.ner.model` imports it before
``spacy.load`` so the bundled model can be built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import numpy
import srsly
from numpy.typing import NDArray
from spacy.attrs import LOWER
from spacy.lookups import Lookups
from spacy.ml._character_embed import CharacterEmbed
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats1d, Floats2d, Ints2d

from anonymizer.detection.ner import sorted_keys

TABLE_NAME = "anonymizer_lexicon"

COMMON_NOUN = 1
FIRST_NAME = 2
SURNAME = 4
PLACE = 8
PROPER_NAME = 16
FREQUENCY_SHIFT = 5
"""The rounded Zipf frequency (0-8) sits above the five bits."""
NAME_BITS = COMMON_NOUN | FIRST_NAME | SURNAME | PLACE | PROPER_NAME
"""Bits of words German writes with a capital letter (nouns and names)."""
EXTRACTOR_NAME = "extract_lexicon_features"

KEYS = "lexicon_keys"
CODES = "lexicon_codes"


def LexiconFeatureExtractor(columns: Sequence[str | int]) -> Model[list[Doc], list[Ints2d]]:
    """Like spaCy's FeatureExtractor, with the lexicon code of each token as one more last column.

    The table lives in the layer as two sorted arrays (word hash -> code), filled at
    initialisation from ``vocab.lookups`` and saved with the weights: 10 bytes a word instead of a
    Python dict of several hundred MB, and looked up for a whole document at once with
    ``searchsorted``.  They are never updated by training (no gradient reaches them)."""
    return Model(
        EXTRACTOR_NAME,
        _extract_forward,
        init=_extract_init,
        attrs={"columns": list(columns)},
        params={KEYS: None, CODES: None},
    )


def table_arrays(lookups: Lookups) -> tuple[NDArray[Any], NDArray[Any]]:
    """The lexicon table of ``lookups`` as sorted key and code arrays (empty without a table)."""
    if not lookups.has_table(TABLE_NAME):
        return numpy.zeros((0,), dtype="uint64"), numpy.zeros((0,), dtype="uint16")
    table = lookups.get_table(TABLE_NAME)
    keys = numpy.fromiter(table.keys(), dtype="uint64", count=len(table))
    codes = numpy.fromiter(table.values(), dtype="uint16", count=len(table))
    order = numpy.argsort(keys)
    return keys[order], codes[order]


def _extract_init(model: Model[list[Doc], list[Ints2d]], X: list[Doc] | None = None, Y: object = None) -> None:
    if X:
        keys, codes = table_arrays(X[0].vocab.lookups)
        model.set_param(KEYS, cast(Floats1d, keys))  # thinc types params as floats; these are integers
        model.set_param(CODES, cast(Floats1d, codes))


def lookup_codes(model: Model[list[Doc], list[Ints2d]], hashes: NDArray[Any]) -> NDArray[Any]:
    """The lexicon code of each word hash (0 for words not in the table)."""
    if not model.has_param(KEYS):
        return numpy.zeros(len(hashes), dtype="uint64")
    return codes_in(cast(NDArray[Any], model.get_param(KEYS)), cast(NDArray[Any], model.get_param(CODES)), hashes)


def codes_in(keys: NDArray[Any], codes: NDArray[Any], hashes: NDArray[Any]) -> NDArray[Any]:
    """The code of each word hash in the sorted table ``keys`` -> ``codes`` (0 for words not in it)."""
    if not len(keys):
        return numpy.zeros(len(hashes), dtype="uint64")
    index, found = sorted_keys.find(keys, hashes)
    return numpy.where(found, codes[index], 0).astype("uint64")


def _extract_forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[list[Ints2d]], list[Doc]]]:
    columns = [*model.attrs["columns"], LOWER]
    features: list[Ints2d] = []
    for doc in docs:
        array = doc.to_array(columns).astype("uint64")
        if array.ndim == 1:
            array = array.reshape((array.shape[0], 1))
        array[:, -1] = lookup_codes(model, array[:, -1])
        features.append(model.ops.asarray2i(cast(Ints2d, array), dtype="uint64"))

    def backprop(d_features: list[Ints2d]) -> list[Doc]:
        return []

    return features, backprop


def LexiconMultiHashEmbed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_rows: int,
    include_static_vectors: bool = False,
    characters: int = 0,
    character_width: int = 16,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed with one more hash-embedded column, the lexicon code, and optionally
    embeddings of the first and last ``characters // 2`` bytes of each word (spaCy's CharacterEmbed),
    which see more of an unknown name's spelling than the 1-character prefix and 3-character suffix."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    all_rows = [*rows, lexicon_rows]
    embeddings: list[Model[Any, Any]] = [
        HashEmbed(width, n_rows, column=index, seed=8 + index, dropout=0.0) for index, n_rows in enumerate(all_rows)
    ]
    concat_size = width * (len(embeddings) + include_static_vectors) + characters * character_width
    max_out: Model[Any, Any] = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    extract: list[Model[Any, Any]] = [
        LexiconFeatureExtractor(attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
    ]
    extra: list[Model[Any, Any]] = []
    if characters:
        extra.append(chain(CharacterEmbed(nM=character_width, nC=characters), list2ragged()))
    if include_static_vectors:
        extra.append(StaticVectors(width, dropout=0.0))
    model: Model[Any, Any]
    if extra:
        model = chain(concatenate(chain(*extract), *extra), max_out, ragged2list())
    else:
        model = chain(*extract, max_out, ragged2list())
    return cast(Model[list[Doc], list[Floats2d]], model)


def load_lexicon_lookups(path: str) -> Lookups:
    """Lookups with the lexicon table from ``training/ner/lexicon.py``'s msgpack file (training time only)."""
    data = cast(dict[str, int], srsly.read_msgpack(Path(path)))
    lookups = Lookups()
    lookups.add_table(TABLE_NAME, data)
    return lookups


registry.architectures.register("anonymizer.LexiconMultiHashEmbed.v1", func=LexiconMultiHashEmbed)
registry.misc.register("anonymizer.lexicon_lookups.v1", func=load_lexicon_lookups)
