"""Where the recipe reads its corpora and writes its intermediate files.

Why one module: every step must agree on these places (``train`` hands one step's output to the next), and
the corpora live outside the repository (``training.corpora``: ``../shared/data`` beside the checkout, else
``python -m training.ner --data DIR …``).
The intermediate files (``corpus/``, ``vectors/``, ``pretrain/``, ``runs/`` in this folder) are gitignored.
"""

from __future__ import annotations

from pathlib import Path

from anonymizer.detection.ner.truecase import CASING_FILE
from training.corpora import DATA_ENV, ROOT, data_dir

HERE = Path(__file__).resolve().parent

#: The recipe's spaCy config (the shipped model's architecture and schedule).
CONFIG = HERE / "config.cfg"
#: DocBins, the word-list table and the casing table.
CORPUS = HERE / "corpus"
#: The word-list table (lexicon step) that convert, pretrain and spacy train read.
LEXICON = CORPUS / "lexicon.msgpack"
#: The casing table the truecase step writes (package copies it into the model).
CASING_TABLE = CORPUS / CASING_FILE
#: The unlabelled text (``corpus.txt``) and the floret vectors (``spacy/``).
VECTORS = HERE / "vectors"
#: The pretrained tok2vec weights.
PRETRAIN = HERE / "pretrain"
#: Training runs (spaCy's output folders).
RUNS = HERE / "runs"
#: Where the packaged model goes: the app's bundled model.
TARGET = ROOT / "resources" / "models" / "de_ner"


def corpus_file(*parts: str) -> Path:
    """A file of the corpora folder, or a one-line exit that says how to name the folder."""
    path = data_dir().joinpath(*parts)
    if not path.exists():
        raise SystemExit(
            f"{path} is missing: name the corpora folder with python -m training.ner --data DIR (or ${DATA_ENV})"
        )
    return path
