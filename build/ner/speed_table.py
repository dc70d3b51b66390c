"""Speed of the NER architecture at several widths/depths, one core (for the trade-off table).

Speed depends on the architecture, not on the trained weights, so each variant is built from
config.cfg with the width/depth override and initialised on a few dev sentences (no training).
Prints chars/s on the GermEval dev sentences (never test) and the model size on disk (including the
vocabulary's 7 MB copy of the word-list table, which train.py strips when it packages a model).
Needs the outputs of lexicon.py and vectors.py (train.py makes both).

Usage::

    OMP_NUM_THREADS=1 python build/ner/speed_table.py [--variants 64x4 96x4 128x4 192x4 256x4]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import load_config

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from convert import DATA, read_germeval_tsv, to_doc

import anonymizer.ner.lexicon_features  # noqa: F401  registers the model's embedding layer

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", nargs="+", default=["64x4", "96x4", "128x4", "192x4", "256x4", "128x2"])
    args = parser.parse_args()
    sentences = list(read_germeval_tsv(DATA / "germeval2014" / "NER-de-dev.tsv"))
    texts = [" ".join(token for token, _ in s) for s in sentences]
    chars = sum(len(t) for t in texts)
    print("| width x depth | chars/s (1 core) | size on disk |")
    print("|---|---:|---:|")
    for variant in args.variants:
        width, depth = (int(x) for x in variant.split("x"))
        config = load_config(HERE / "config.cfg")
        config["paths"]["lexicon"] = str(HERE / "corpus" / "lexicon.msgpack")  # from lexicon.py
        config["paths"]["vectors"] = str(HERE / "vectors" / "spacy")  # from vectors.py
        config["components"]["tok2vec"]["model"]["encode"]["width"] = width
        config["components"]["tok2vec"]["model"]["encode"]["depth"] = depth
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
        sample = zip(texts[:200], sentences[:200], strict=True)
        examples = [Example(nlp.make_doc(t), to_doc(nlp.vocab, s)) for t, s in sample]
        nlp.initialize(lambda examples=examples: examples)  # type: ignore[misc]
        for _ in nlp.pipe(texts[:100]):
            pass
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        rate = chars / (time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            nlp.to_disk(tmp)
            size = sum(f.stat().st_size for f in Path(tmp).rglob("*") if f.is_file())
        print(f"| {width} x {depth} | {rate:,.0f} | {size / 1e6:.1f} MB |", flush=True)


if __name__ == "__main__":
    main()
