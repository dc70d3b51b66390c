"""Generate the name lists and the common-word lexicon in resources/data/names/.

Why generated, not hand-made: the lists must have a clear licence.  First names (with gender)
and surnames come from Faker's person providers (MIT licence), for the nationalities a county's
integration office works with; Cyrillic names are transliterated twice (German Duden style and
the English/ICAO style of passports), Vietnamese names also without diacritics, Arabic names come
from Faker's Latin-script locales (fr_DZ, en_PK).  `names-dataset` is NOT used (its lists come
from a leaked social-network dump).  The hand-written supplementary lists
``first_names_extra.tsv`` and ``surnames_extra.txt`` (names Faker lacks, such as "Ayşe" or
"Kemper") are not touched here; the loader reads them next to the generated ones.

The common-word lexicon (lower-cased words seen at least ``--min-count`` times in the German
federal laws of ../shared/data/text_de, public domain) tells the rules whether a capitalised word
is an ordinary German word ("Richter", "Winter", "Antrag") that needs person context.

Usage::

    python -m training.names [--data ../shared/data] [--out resources/data/names]
"""

from __future__ import annotations

import argparse
import importlib
import lzma
import re
import unicodedata
from collections import Counter
from pathlib import Path

import faker

from training.corpora import ROOT, data_dir

LATIN_LOCALES = (
    "de_DE",
    "de_AT",
    "de_CH",
    "tr_TR",
    "pl_PL",
    "cs_CZ",
    "hr_HR",
    "ro_RO",
    "it_IT",
    "fr_FR",
    "nl_NL",
    "es_ES",
    "pt_PT",
    "en_GB",
    "fr_DZ",
    "en_PK",
    "vi_VN",
    "az_AZ",
    "sl_SI",
    "hu_HU",
)
CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")

GERMAN_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "w",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "je",
    "ё": "jo",
    "ж": "sch",
    "з": "s",
    "и": "i",
    "і": "i",
    "ї": "ji",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "ch",
    "ц": "z",
    "ч": "tsch",
    "ш": "sch",
    "щ": "schtsch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "'": "",
}
ENGLISH_TRANSLIT = {
    **GERMAN_TRANSLIT,
    "в": "v",
    "ж": "zh",
    "з": "z",
    "й": "y",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ю": "yu",
    "я": "ya",
    "є": "ye",
    "ї": "yi",
    "ё": "yo",
    "и": "y",
}
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' -]+$")


def translit(name: str, table: dict[str, str]) -> str:
    out = []
    for ch in name:
        low = ch.lower()
        rep = table.get(low, low if low.isascii() else "")
        out.append(rep.capitalize() if ch.isupper() else rep)
    return "".join(out)


def strip_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def provider(locale: str) -> type:
    return importlib.import_module(f"faker.providers.person.{locale}").Provider  # type: ignore[no-any-return]


def variants(name: str, cyrillic: bool) -> set[str]:
    if cyrillic:
        # "й" is written "i" (Duden), "j" (common in German registers) or "y" (passports)
        return {
            translit(name, GERMAN_TRANSLIT),
            translit(name, {**GERMAN_TRANSLIT, "й": "j"}),
            translit(name, ENGLISH_TRANSLIT),
        }
    return {name, strip_accents(name)}


#: Where Faker's locales keep surnames: most in ``last_names``, Polish in ``male_last_names`` and
#: ``unisex_last_names`` (3,900 names that a list of ``last_names`` alone missed).
SURNAME_ATTRIBUTES = (
    "last_names",
    "last_names_female",
    "last_names_male",
    "male_last_names",
    "female_last_names",
    "unisex_last_names",
)
#: Polish adjectival surnames change their ending for women: Kowalski -> Kowalska, Nowicki -> Nowicka.
POLISH_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))
#: Endings that make a word a Polish surname whatever its frequency in German text ("Kowalski").
POLISH_SURNAME_ENDINGS = ("ski", "ska", "cki", "cka", "dzki", "dzka", "wicz", "czyk", "czak")
#: German Zipf frequency (wordfreq) from which a word counts as everyday German: "Job" 5.1, "Wodka" 3.6.
EVERYDAY_ZIPF = 3.0


def polish_feminine(name: str) -> str:
    """The feminine form of a Polish surname (the name itself where it has none)."""
    for masculine, feminine in POLISH_FEMININE:
        if name.endswith(masculine):
            return name[: -len(masculine)] + feminine
    return name


def everyday_german(name: str, common_words: set[str]) -> bool:
    """Is ``name`` an ordinary German word?  Faker's Polish list (3,900 names) also holds "Kinder",
    "Grund", "Job", "Wiese": as surnames they would turn everyday words into names."""
    from wordfreq import zipf_frequency  # training extra (pyproject "train")

    lower = name.lower()
    if lower.endswith(POLISH_SURNAME_ENDINGS):
        return False
    return lower in common_words or zipf_frequency(lower, "de") >= EVERYDAY_ZIPF


def collect(common_words: set[str]) -> tuple[dict[str, set[str]], set[str]]:
    firsts: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for locale in LATIN_LOCALES + CYRILLIC_LOCALES:
        cyr = locale in CYRILLIC_LOCALES
        prov = provider(locale)
        female = set(getattr(prov, "first_names_female", ()))
        male = set(getattr(prov, "first_names_male", ()))
        every = set(getattr(prov, "first_names", ())) | female | male
        for name in every:
            gender = "f" if name in female and name not in male else "m" if name in male and name not in female else "u"
            for variant in variants(name, cyr):
                if variant and LATIN.match(variant) and variant[0].isupper() and len(variant) > 1:
                    firsts.setdefault(variant, set()).add(gender)
        lasts = {name for attribute in SURNAME_ATTRIBUTES for name in getattr(prov, attribute, ())}
        if locale == "pl_PL":
            lasts |= {polish_feminine(name) for name in lasts}
        for name in lasts:
            forms = {v for v in variants(name, cyr) if v and LATIN.match(v) and v[0].isupper() and len(v) > 1}
            # "Buś" written without its accent is "Bus": drop the name if any of its forms is a German word
            if locale == "pl_PL" and any(everyday_german(form, common_words) for form in forms):
                continue
            surnames |= forms
    return firsts, surnames


def lexicon(data: Path, min_count: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    with lzma.open(data / "text_de" / "gesetze_bund.txt.xz", "rt", encoding="utf-8") as handle:
        for line in handle:
            counts.update(w.lower() for w in WORD.findall(line))
    return sorted((w, c) for w, c in counts.items() if c >= min_count and len(w) > 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.names", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=data_dir())
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "data" / "names")
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    words = lexicon(args.data, args.min_count)
    firsts, surnames = collect({word for word, _ in words})
    with (args.out / "first_names.tsv").open("w", encoding="utf-8") as handle:
        handle.write(
            "# first name<TAB>gender (f, m, u = both/unknown); generated by training/names/make_name_lists.py\n"
        )
        for name in sorted(firsts):
            genders = firsts[name]
            gender = genders.pop() if len(genders) == 1 else "u"
            handle.write(f"{name}\t{gender}\n")
    with (args.out / "surnames.txt").open("w", encoding="utf-8") as handle:
        handle.write("# surnames; generated by training/names/make_name_lists.py\n")
        handle.write("".join(f"{n}\n" for n in sorted(surnames)))
    with (args.out / "common_words.txt").open("w", encoding="utf-8") as handle:
        handle.write(
            "# lower-cased word<TAB>count in German federal law text; generated by training/names/make_name_lists.py\n"
        )
        handle.write("".join(f"{w}\t{c}\n" for w, c in words))
    (args.out / "ATTRIBUTION").write_text(
        f"""Name lists and word lexicon of Anonymisierungshelfer
Generated by training/names/make_name_lists.py; do not edit by hand.

first_names.tsv, surnames.txt
  From the person providers of Faker {faker.VERSION} (https://github.com/joke2k/faker),
  MIT licence, Copyright (c) 2012 Daniele Faraglia. Locales: {", ".join(LATIN_LOCALES + CYRILLIC_LOCALES)}.
  Cyrillic names transliterated (German and English/ICAO style); accents also stripped.

common_words.txt
  Lower-cased words occurring at least {args.min_count} times in the German federal laws and
  ordinances of https://github.com/bundestag/gesetze (commit 77abca2), as staged in
  shared/data/text_de. Official works without copyright (section 5 UrhG); repository under the
  Unlicense (public domain).

first_names_extra.tsv, surnames_extra.txt
  Supplementary lists written by hand by the Anonymisierungshelfer project: given names and
  surnames frequent in Germany (Turkish, Arabic, Kurdish, Bosnian/Croatian/Serbian, Albanian,
  Eritrean, Afghan, Ukrainian passport spellings;
  Westphalian surnames) that Faker's locales lack, compiled from common knowledge. No dataset
  was copied. Not generated; the loader (anonymizer/detection/persons/lexicon.py) reads them in addition.
""",
        encoding="utf-8",
    )
    print(f"{len(firsts)} first names, {len(surnames)} surnames, {len(words)} common words -> {args.out}")


if __name__ == "__main__":
    main()
