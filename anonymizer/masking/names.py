"""German first names with their gender, and the surnames surrogates are drawn from.

First names come from Faker's ``de_DE`` lists (about 1,000 per gender). Surrogate surnames are a
hand-picked subset of Faker's ``de_DE`` surnames without the ones that are also ordinary words
("Bauer", "Koch", "Richter", "Köhler"): restoring must never turn a normal word in a chatbot
answer back into a name, so a surrogate must not look like one. Names ending in an s-sound are left
out too, because they take no clean genitive "s".
"""

from __future__ import annotations

from functools import lru_cache

SURROGATE_SURNAMES: tuple[str, ...] = (
    "Ackermann", "Atzler", "Aumann", "Bachmann", "Beckmann", "Benthin", "Binner",
    "Bohlander", "Bolzmann", "Börner", "Budig", "Conradi", "Dehmel", "Dippel",
    "Döring", "Dörschner", "Eberhardt", "Ehlert", "Etzold", "Fechner", "Fiebig", "Fliegner",
    "Freudenberger", "Gehringer", "Geißler", "Gerlach", "Gierschner", "Gröttner", "Gumprich",
    "Hänel", "Häring", "Hamann", "Harloff", "Hartung", "Heidrich", "Hellwig", "Henschel",
    "Hentschel", "Hermighausen", "Hertrampf", "Hettner", "Heuser", "Hiller", "Höfig", "Holsten",
    "Hornig", "Hübel", "Jäckel", "Jäntsch", "Jüttner", "Kallert", "Kitzmann", "Klemt", "Klingelhöfer",
    "Kobelt", "Köster", "Kostolzin", "Kraushaar", "Kreusel", "Kühnert",
    "Lachmann", "Ladeck", "Lehmann", "Liebelt", "Lindner", "Löchel", "Löffler", "Losekann", "Mälzer",
    "Mentzel", "Mielcarek", "Mitschke", "Mohaupt", "Mosemann", "Niemeier", "Noack", "Oderwald",
    "Paffrath", "Patberg", "Pergande", "Peukert", "Pruschke", "Radisch", "Reichmann",
    "Reising", "Röhricht", "Rosenow", "Roskoth", "Ruppersberger", "Scheuermann", "Schinke",
    "Schmidtke", "Schomber", "Schuchhardt", "Schwital", "Segebahn", "Seifert", "Siering", "Söding",
    "Sölzer", "Stadelmann", "Tintzmann", "Tlustek", "Tschentscher", "Ullmann",
    "Ullrich", "Vollbrecht", "Weihmann", "Weinhold", "Weitzel", "Wernecke", "Wesack", "Wieloch",
    "Wilmsen", "Winkler", "Zänker", "Ziegert", "Zorbach",
)  # fmt: skip

#: First names that are also ordinary words or too short to restore safely; never used as surrogates.
_UNSAFE_FIRST_NAMES = frozenset(
    {
        "Ernst", "Frank", "Rosa", "Rose", "Hein", "Kai", "Ida", "Eva", "Uwe", "Udo", "Ute", "Ali", "Jan",
        "Tim", "Tom", "Max", "Jo", "Ina", "Lea", "Mia", "Lina", "Nina", "Maria", "Milan", "Luca",
        "Oskar", "Linda", "Gloria", "Viktoria", "Felicitas", "Fortunata", "Clemens", "Konstanze",
        "Liebe", "Benedikt", "August", "Helena", "Mai", "Mina", "Sonja", "Traute", "Gerda", "Erika", "Flora",
        "Jasmin", "Heide", "Lore", "Viola", "Mercedes", "Mark", "Wolf", "Wolfram", "Horst", "Urban", "German",
        "Holm", "Heini", "Harm", "Janus", "Pascal", "Rochus", "Hardy", "Robin", "Nick", "Ester", "Marina",
        "Reiner", "Roman", "Silvester", "Sylvester", "Hagen", "Otto", "Oscar", "Brit",
        # listed for the wrong gender in Faker's data
        "Olav", "Henri", "Wendelin", "Carmine", "Valeri", "Hanni",
    }
)  # fmt: skip


@lru_cache(maxsize=1)
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    """Faker's lists, imported on first use: importing Faker is slow (`python -X importtime`)."""
    from faker.providers.person.de_DE import Provider as _FakerPersons

    female = frozenset(_FakerPersons.first_names_female)
    male = frozenset(_FakerPersons.first_names_male)
    return female, male


def gender_of_first_name(name: str) -> str | None:
    """ "f", "m" or None (unknown or used for both)."""
    female, male = _first_names()
    in_female, in_male = name in female, name in male
    if in_female == in_male:
        if "-" in name and in_female is False:  # "Marie-Luise" → "Marie"
            return gender_of_first_name(name.split("-", 1)[0])
        return None
    return "f" if in_female else "m"


@lru_cache(maxsize=2)
def surrogate_first_names(gender: str) -> tuple[str, ...]:
    """Unambiguous first names of one gender ("f"/"m"), single words, safe to restore.

    Names ending in an s-sound are left out: a surrogate must take the genitive "s" of the original
    ("Sabines Antrag" → "Petras Antrag") so that restore can read it back.
    """
    female, male = _first_names()
    own, other = (female, male) if gender == "f" else (male, female)
    return tuple(
        sorted(
            name
            for name in own
            if name not in other
            and name not in _UNSAFE_FIRST_NAMES
            and name.isalpha()
            and len(name) >= 4
            and name[-1] not in "sxzß"  # "Klaus" has no clean genitive "s"
        )
    )
