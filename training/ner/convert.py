"""Convert the public German NER corpora into spaCy DocBin files.

Why: spaCy trains from ``.spacy`` DocBin files; the corpora come as BIO-tagged
column files.  Only the outer GermEval level is used (spaCy's ``ner`` cannot hold
nested spans), and only PER/LOC/ORG survive, because the app has no type for
OTH and the ``deriv``/``part`` labels are not names themselves.

Chat-style county texts are often all lower-case or shouted in capitals; a
model that only saw well-formed newspaper text misses names there.  The app
restores the capitals of such lines before the model reads them
(anonymizer/detection/ner/truecase.py), and 3 % of the training sentences are added again as
the model then sees them: lower-cased, then truecased (``--truecased``; the labels stay,
only the token text changes).  ``--lower``/``--upper`` add plain lower-/upper-cased
copies instead (model 2.0: 8 % / 2 %).  ``--with-dev`` adds the dev split to the
training sentences (model 2.1: a model that is no longer selected on dev, see
train.py).  Tried, not shipped: ``--keep-other`` (GermEval's OTH as a label of its
own that the app ignores), ``--swap-persons`` (sentences added with their person
mentions replaced by other mentions of the corpus).

Usage::

    python -m training.ner convert [--out training/ner/corpus] [--with-dev] [--truecased 0.03]
        [--lower 0] [--upper 0] [--with-ler] [--keep-other] [--swap-persons 0]

The GermEval TEST split is never written here: it is read only by evaluate.py.
"""

from __future__ import annotations

import argparse
import lzma
import random
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo

from anonymizer.detection.ner.lexicon_features import codes_in, load_lexicon_lookups, table_arrays
from anonymizer.detection.ner.truecase import CasingTable, Truecaser, word_list_truecaser
from training.corpora import data_dir
from training.ner.paths import CASING_TABLE, CORPUS, LEXICON

KEEP = frozenset({"PER", "LOC", "ORG"})

# LER's fine classes mapped to the app's outer types (data README); all others -> O.
LER_MAP = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "ST": "LOC",
    "LD": "LOC",
    "LDS": "LOC",
    "STR": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
}

Sentence = list[tuple[str, str]]


def clean_token(token: str) -> str:
    """Drop soft hyphens and C1 control characters that the 2014 release contains."""
    cleaned = "".join(ch for ch in token if ch != "\u00ad" and not 0x80 <= ord(ch) <= 0x9F)
    return cleaned or token


def map_germeval(tag: str, keep: frozenset[str] = KEEP) -> str:
    """Outer GermEval tag -> BIO tag with the labels in ``keep`` (PER/LOC/ORG) only."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{label}" if label in keep else "O"


def map_ler(tag: str) -> str:
    """LER fine tag -> BIO tag with PER/LOC/ORG only."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = LER_MAP.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that follows O or another type into B- (mapping can leave such tags)."""
    fixed: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def _sentences(lines: Iterable[str], token: Callable[[str], tuple[str, str] | None]) -> Iterator[Sentence]:
    """Group the lines of a column file into sentences at blank lines; ``token`` reads one line
    (None skips it). The three corpus readers differ only in their ``token``."""
    sentence: Sentence = []
    for line in lines:
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        parsed = token(line)
        if parsed is not None:
            sentence.append(parsed)
    if sentence:
        yield sentence


def read_germeval_train(path: Path, keep: frozenset[str] = KEEP) -> Iterator[Sentence]:
    """Read the 3-column train file (token, outer, inner); '#' lines are tokens here."""

    def token(line: str) -> tuple[str, str]:
        parts = line.rstrip("\n").split("\t")
        return clean_token(parts[0]), map_germeval(parts[1], keep)

    with lzma.open(path, "rt", encoding="utf-8") as handle:
        yield from _sentences(handle, token)


def read_germeval_tsv(path: Path, keep: frozenset[str] = KEEP) -> Iterator[Sentence]:
    """Read the original 4-column TSV (index, token, outer, inner) with '#' source lines."""

    def token(line: str) -> tuple[str, str] | None:
        line = line.rstrip("\n")
        if line.startswith("#\t") or line.startswith("# "):
            return None
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0].isdigit():
            return None
        return clean_token(parts[1]), map_germeval(parts[2], keep)

    with path.open(encoding="utf-8") as handle:
        yield from _sentences(handle, token)


def read_ler(path: Path) -> Iterator[Sentence]:
    """Read LER CoNLL (token SPACE tag), xz or plain, CRLF tolerated."""

    def token(line: str) -> tuple[str, str] | None:
        word, _, tag = line.rstrip("\r\n").rpartition(" ")
        return (clean_token(word), map_ler(tag)) if word else None

    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        yield from _sentences(handle, token)


def read_enp(path: Path) -> Iterator[Sentence]:
    """Read an enp_DE stream (token SPACE tag, no sentence breaks, '# ' comment lines): cut it into
    sentences after '.', '!' or '?' outside an entity, skipping malformed lines."""
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        word, _, tag = line.rpartition(" ")
        if not word or not (tag == "O" or tag[:2] in ("B-", "I-")):
            continue
        label = tag[2:] if tag != "O" else ""
        sentence.append((clean_token(word), tag if label in KEEP else "O"))
        if word in {".", "!", "?"} and len(sentence) >= 5:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def recipe_truecaser(casing_table: Path, lexicon: Path) -> Truecaser:
    """The app's truecaser with the recipe's casing table and word lists (the model is not trained yet)."""
    keys, codes = table_arrays(load_lexicon_lookups(str(lexicon)))
    table = CasingTable.load(casing_table)
    if table is None:
        raise SystemExit(f"{casing_table} is missing: run python -m training.ner truecase first")
    return word_list_truecaser(table, lambda hashes: codes_in(keys, codes, hashes))


def truecased(truecaser: Truecaser | None, words: list[str]) -> list[str]:
    """The words as the model reads them in the app: same words, capitals of a lower-case or
    shouted sentence restored (unchanged without a truecaser)."""
    if truecaser is None:
        return words
    restored = truecaser.restore(" ".join(words)).split(" ")
    return restored if len(restored) == len(words) else words


def to_doc(vocab: spacy.vocab.Vocab, sentence: Sentence, case: str = "", truecaser: Truecaser | None = None) -> Doc:
    """Build a Doc with gold entities; ``case`` is '', 'lower', 'upper' or 'truecased' (lower, then truecased)."""
    words = [token for token, _ in sentence]
    if case in ("lower", "truecased"):
        words = [w.lower() for w in words]
    elif case == "upper":
        words = [w.upper() for w in words]
    if case == "truecased":
        words = truecased(truecaser, words)
    tags = iob_to_biluo(repair_bio([tag for _, tag in sentence]))
    doc = Doc(vocab, words=words)
    from spacy.training import biluo_tags_to_spans

    doc.ents = biluo_tags_to_spans(doc, tags)
    return doc


def person_spans(sentences: Iterable[Sentence]) -> list[list[str]]:
    """Every PER mention of the corpus as its list of words."""
    spans: list[list[str]] = []
    for sentence in sentences:
        for token, tag in sentence:
            if tag == "B-PER":
                spans.append([token])
            elif tag == "I-PER" and spans:
                spans[-1].append(token)
    return spans


def persons_swapped(sentence: Sentence, names: list[list[str]], rng: random.Random) -> Sentence:
    """The sentence with each PER mention replaced by another mention of the corpus: the model has to
    find a person from the context, not from a name it has seen in that sentence (mention replacement)."""
    swapped: Sentence = []
    for token, tag in sentence:
        if tag == "B-PER":
            other = rng.choice(names)
            swapped += [(word, "B-PER" if i == 0 else "I-PER") for i, word in enumerate(other)]
        elif tag != "I-PER":
            swapped.append((token, tag))
    return swapped


def write(path: Path, docs: list[Doc]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"{path}: {len(docs)} sentences")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner convert",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, default=data_dir())
    parser.add_argument("--out", type=Path, default=CORPUS)
    parser.add_argument("--with-ler", action="store_true", help="add LER train (licence: docs/ner-model.md)")
    parser.add_argument("--with-enp", action="store_true", help="add the enp_DE newspapers (CC0, noisy OCR)")
    parser.add_argument("--ler-fraction", type=float, default=0.5, help="share of LER sentences used")
    parser.add_argument("--lower", type=float, default=0.0, help="share of sentences added lower-cased")
    parser.add_argument("--upper", type=float, default=0.0, help="share of sentences added upper-cased")
    parser.add_argument("--truecased", type=float, default=0.03, help="share added lower-cased, then truecased")
    parser.add_argument("--casing-table", type=Path, default=CASING_TABLE)
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--keep-other",
        action="store_true",
        help="train OTH (titles, events, products) as a label of its own; the app ignores it (tried, not shipped)",
    )
    parser.add_argument(
        "--with-dev", action="store_true", help="train on GermEval dev too (no dev figure for such a model)"
    )
    parser.add_argument(
        "--swap-persons", type=float, default=0.0, help="share of sentences with a person added with other names"
    )
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    nlp = spacy.blank("de")
    keep = KEEP | {"OTH"} if args.keep_other else KEEP
    train_sents = list(read_germeval_train(args.data / "germeval2014" / "germ.train.iob2.xz", keep))
    if args.with_enp:
        for path in sorted((args.data / "enp_de").glob("*.bio")):
            train_sents += read_enp(path)
    if args.with_ler:
        ler = list(read_ler(args.data / "ler" / "ler_train.derived.conll.xz"))
        rng.shuffle(ler)
        train_sents += ler[: int(len(ler) * args.ler_fraction)]
    if args.with_dev:
        train_sents += read_germeval_tsv(args.data / "germeval2014" / "NER-de-dev.tsv", keep)
    truecaser = recipe_truecaser(args.casing_table, args.lexicon) if args.truecased else None
    docs = []
    for sentence in train_sents:
        docs.append(to_doc(nlp.vocab, sentence))
        draw = rng.random()
        if draw < args.truecased:
            docs.append(to_doc(nlp.vocab, sentence, "truecased", truecaser))
        elif draw < args.truecased + args.lower:
            docs.append(to_doc(nlp.vocab, sentence, "lower"))
        elif draw < args.truecased + args.lower + args.upper:
            docs.append(to_doc(nlp.vocab, sentence, "upper"))
    if args.swap_persons:
        swap_rng = random.Random(args.seed + 1)
        names = person_spans(train_sents)
        for sentence in train_sents:
            if any(tag == "B-PER" for _, tag in sentence) and swap_rng.random() < args.swap_persons:
                docs.append(to_doc(nlp.vocab, persons_swapped(sentence, names, swap_rng)))
    rng.shuffle(docs)
    write(args.out / "train.spacy", docs)
    dev = list(read_germeval_tsv(args.data / "germeval2014" / "NER-de-dev.tsv", keep))
    write(args.out / "dev.spacy", [to_doc(nlp.vocab, s) for s in dev])
    write(args.out / "dev_lower.spacy", [to_doc(nlp.vocab, s, "lower") for s in dev])


if __name__ == "__main__":
    main()
