"""Loads the bundled spaCy NER model from ``resources/models/de_ner`` — never from the network.

Loading takes about a second and some tens of MB, so it happens once per process and is cached.
A missing or damaged model is the user's installation problem, so it raises :class:`ModelError`
with a German message instead of a traceback.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from anonymizer.errors import ModelError
from anonymizer.resources import resource_path

if TYPE_CHECKING:
    from spacy.language import Language

_lock = threading.Lock()
_cache: dict[Path, Language] = {}


def model_dir() -> Path:
    """Where the bundled model lives (source checkout or frozen app)."""
    return resource_path("models", "de_ner")


def load_ner_model(path: Path | None = None) -> Language:
    """The spaCy pipeline at ``path`` (default: the bundled one), loaded once per process."""
    path = path or model_dir()
    with _lock:
        cached = _cache.get(path)
        if cached is not None:
            return cached
        if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
            raise ModelError(f"Das Sprachmodell fehlt oder ist unvollständig: {path}")
        try:
            import spacy

            import anonymizer.detection.ner.lexicon_features  # noqa: F401  registers the model's own embedding layer

            nlp = spacy.load(path)
        except Exception as error:  # spaCy raises many types for a damaged model
            raise ModelError(f"Das Sprachmodell in {path} ist beschädigt und kann nicht geladen werden.") from error
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"Das Sprachmodell in {path} enthält keine Namenserkennung.")
        _cache[path] = nlp
        return nlp
