"""One command that builds the bundled German NER model: convert, train, package.

Why one script: the shipped model must be reproducible from the public corpora by anyone with
the repo and ``../shared/data``.  Model selection uses GermEval DEV only (spaCy keeps the
checkpoint with the best dev F1 as ``model-best``); the TEST split is read by evaluate.py alone.

Usage::

    OMP_NUM_THREADS=1 nice -n 10 python build/ner/train.py                 # GermEval only (shipped)
    python build/ner/train.py --with-ler --output build/ner/training/ler   # + LER (not shipped)
    python build/ner/train.py --package-only build/ner/training/de_ner/model-best

Options override the config: ``--max-steps`` (time box), ``--width``/``--depth`` of the CNN.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TARGET = ROOT / "resources" / "models" / "de_ner"

ATTRIBUTION = """German NER model "de_ner" of Anonymisierungshelfer
=====================================================

A spaCy {spacy_version} pipeline (CNN tok2vec + transition-based NER, labels PER, LOC, ORG),
trained by build/ner/train.py from the corpora below; no other data, no pretrained vectors.

Training data
-------------
- GermEval 2014 NER (train split; dev split for model selection), outer level.
  Benikova, Biemann, Reznicek: "NoSta-D Named Entity Annotation for German: Guidelines and
  Dataset", LREC 2014. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
  Changes: OTH and the *deriv/*part labels mapped to O; soft hyphens and C1 control
  characters removed from tokens; a share of the sentences added lower-cased/upper-cased.
{ler}
The model weights are a derived work of the corpora above and are distributed under
CC BY 4.0 with this attribution.
"""

LER_NOTE = """- German LER (Leitner, Rehm, Moreno-Schneider: "Fine-grained Named Entity Recognition in
  Legal Documents", SEMANTiCS 2019), train split rebuilt as in ../shared/data/ler.
  Licence: CC BY 4.0 per its README; the README's closing line names CC BY-NC-SA 4.0 since
  2019 - confirm with the author before commercial use.
"""


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def package(model_dir: Path, with_ler: bool) -> None:
    """Copy a trained pipeline into resources/ and write its ATTRIBUTION."""
    import spacy

    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(model_dir, TARGET)
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="ner",
        version="1.0.0",
        description="German NER (PER/LOC/ORG) trained on GermEval 2014" + (" + LER" if with_ler else ""),
        license="CC BY 4.0",
        sources=[{"name": "GermEval 2014 NER", "license": "CC BY 4.0"}]
        + ([{"name": "German LER", "license": "CC BY 4.0 (see ATTRIBUTION)"}] if with_ler else []),
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (TARGET / "ATTRIBUTION").write_text(
        ATTRIBUTION.format(spacy_version=spacy.__version__, ler=LER_NOTE if with_ler else ""),
        encoding="utf-8",
    )
    size = sum(f.stat().st_size for f in TARGET.rglob("*") if f.is_file())
    print(f"packaged {model_dir} -> {TARGET} ({size / 1e6:.1f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--with-ler", action="store_true")
    parser.add_argument("--output", type=Path, default=HERE / "training" / "de_ner")
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--width", type=int, default=0)
    parser.add_argument("--depth", type=int, default=0)
    parser.add_argument("--gpu-id", type=int, default=-1)
    parser.add_argument("--package-only", type=Path, default=None, help="skip training, package this model")
    args = parser.parse_args()

    if args.package_only:
        package(args.package_only, args.with_ler)
        return
    corpus = HERE / "corpus" / ("ler" if args.with_ler else "germeval")
    convert = [sys.executable, str(HERE / "convert.py"), "--out", str(corpus)]
    run(convert + (["--with-ler"] if args.with_ler else []))
    train = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(HERE / "config.cfg"),
        "--output",
        str(args.output),
        "--paths.train",
        str(corpus / "train.spacy"),
        "--paths.dev",
        str(corpus / "dev.spacy"),
        "--training.max_steps",
        str(args.max_steps),
        "--gpu-id",
        str(args.gpu_id),
    ]
    if args.width:
        train += ["--components.tok2vec.model.encode.width", str(args.width)]
    if args.depth:
        train += ["--components.tok2vec.model.encode.depth", str(args.depth)]
    run(train)
    package(args.output / "model-best", args.with_ler)


if __name__ == "__main__":
    main()
