"""The word-list feature of the bundled model: the table travels inside the weights and reaches the network."""

from __future__ import annotations

import numpy
import pytest
from spacy.lang.de import German
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc
from thinc.api import Model

from anonymizer.detection.ner.lexicon_features import (
    COMMON_NOUN,
    EXTRACTOR_NAME,
    FIRST_NAME,
    FREQUENCY_SHIFT,
    KEYS,
    PLACE,
    SURNAME,
    TABLE_NAME,
    LexiconFeatureExtractor,
    lookup_codes,
)

pytestmark = pytest.mark.model


def extractor(nlp: Language) -> Model:
    return next(node for node in nlp.get_pipe("tok2vec").model.walk() if node.name == EXTRACTOR_NAME)


def code(nlp: Language, word: str) -> int:
    (value,) = lookup_codes(extractor(nlp), numpy.array([nlp.vocab.strings.add(word.lower())], dtype="uint64"))
    return int(value)


def test_bundled_model_carries_its_word_list_in_the_weights(nlp: Language) -> None:
    keys = extractor(nlp).get_param(KEYS)
    assert len(keys) > 100_000 and numpy.all(keys[1:] > keys[:-1])  # sorted for searchsorted
    # ... and not as a second, memory-hungry copy in the vocabulary
    assert not nlp.vocab.lookups.has_table(TABLE_NAME)


@pytest.mark.parametrize(
    ("word", "bits"),
    [
        ("Ausstellung", COMMON_NOUN),
        ("Sabine", FIRST_NAME),
        ("Fatma", FIRST_NAME),
        ("Kortmann", SURNAME),
        ("Kortmanns", SURNAME),  # genitive
        ("Koch", SURNAME | COMMON_NOUN),  # the noun-surname the person rules care about
        ("Münster", PLACE),
        ("Deutschland", PLACE),
    ],
)
def test_word_list_bits(nlp: Language, word: str, bits: int) -> None:
    assert code(nlp, word) & bits == bits


def test_frequency_sits_above_the_bits(nlp: Language) -> None:
    frequent, rare = code(nlp, "und") >> FREQUENCY_SHIFT, code(nlp, "Kortmann") >> FREQUENCY_SHIFT
    assert frequent >= 6 > rare


def test_unknown_word_has_code_zero(nlp: Language) -> None:
    assert code(nlp, "Xqzvbrüllkamp") == 0


def test_extractor_appends_the_code_column(nlp: Language) -> None:
    doc = nlp.make_doc("Frau Kortmann wohnt in Münster")
    (features,) = extractor(nlp).predict([doc])
    assert features.shape == (5, 5)  # NORM, PREFIX, SUFFIX, SHAPE, word-list code
    assert [int(value) for value in features[:, -1]] == [code(nlp, token.text) for token in doc]
    assert int(features[1, -1]) & SURNAME


def test_layer_initialised_without_a_table_gives_zeros() -> None:
    nlp = German()
    nlp.vocab.lookups = Lookups()
    doc = Doc(nlp.vocab, words=["Frau", "Kortmann"])
    layer = LexiconFeatureExtractor(["NORM"])
    layer.initialize(X=[doc])
    (features,) = layer.predict([doc])
    assert numpy.all(features[:, -1] == 0)


def test_layer_takes_its_table_from_the_vocabulary_at_initialisation() -> None:
    nlp = German()
    nlp.vocab.lookups = Lookups()
    nlp.vocab.lookups.add_table(TABLE_NAME, {"kortmann": SURNAME, "frau": COMMON_NOUN | 7 << FREQUENCY_SHIFT})
    doc = Doc(nlp.vocab, words=["Frau", "Kortmann", "wohnt"])
    layer = LexiconFeatureExtractor(["NORM"])
    layer.initialize(X=[doc])
    (features,) = layer.predict([doc])
    assert [int(value) for value in features[:, -1]] == [COMMON_NOUN | 7 << FREQUENCY_SHIFT, SURNAME, 0]
