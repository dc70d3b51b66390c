"""The real bundled model, loaded once per test session (it takes about a second)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from anonymizer.detection.ner import NerRecognizer, load_ner_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_ner_model()


@pytest.fixture(scope="session")
def ner(nlp: Language) -> NerRecognizer:
    return NerRecognizer()
