"""Generate a development set of realistic county texts with annotated persons.

Why: the public sample has 8 texts and 15 persons, too few to tune person detection on. This
script writes ~100 letters, notes, e-mails, tables, lists and chat messages in the markup of
shared/eval/score_pii.py (``{PER|…}`` must be masked, ``{?TYPE|…}`` may be), with names drawn
by Faker from several nationalities. A third of the surnames are made up from Westphalian name
parts, so that the name lists of the app do not see every surname (they are built from Faker too,
which would otherwise flatter the recall).

Usage::

    python benchmarks/devset/make_devset.py [--out benchmarks/devset/output/devset_de.txt] [--n 100] [--seed 7]
    python3 ../shared/eval/score_pii.py --data benchmarks/devset/output/devset_de.txt \\
        --cmd ".venv/bin/python main.py detect --json" --types PER --show-leaks
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[2]

LOCALES = ("de_DE", "de_DE", "de_DE", "tr_TR", "pl_PL", "fr_DZ", "ru_RU", "uk_UA", "vi_VN")
CYRILLIC = {
    "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je", "ё": "jo",
    "ж": "sch", "з": "s", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch",
    "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "ju", "я": "ja", "'": "",
}  # fmt: skip
HEADS = ("Kort", "Brock", "Hage", "Wessel", "Rüsch", "Tep", "Oster", "Wenne", "Hölt", "Bröm", "Ter", "Eling", "Gerw")
TAILS = ("mann", "hoff", "kamp", "horst", "meier", "brock", "haus", "ing", "beck", "kötter", "feld", "wiesche")
PREFIXES = ("Schulze", "Lütke", "Große", "Schulte")
NOUN_SURNAMES = ("Koch", "Richter", "Bauer", "Vogel", "Winter", "Fischer", "Schneider", "Wolf")
TOWNS = ("Coesfeld", "Dülmen", "Nottuln", "Billerbeck", "Lüdinghausen", "Olfen", "Havixbeck", "Rosendahl")
STREETS = ("Gartenstraße", "Bahnhofstraße", "Kirchplatz", "Am Bach", "Lindenweg", "Münsterstraße", "Zum Hagen")
TOPICS = ("Wohngeld", "BAföG", "Elterngeld", "Schülerbeförderung", "Kita-Platz", "Baugenehmigung", "Führerschein")


def translit(name: str) -> str:
    out = []
    for ch in name:
        rep = CYRILLIC.get(ch.lower(), ch.lower() if ch.isascii() else "")
        out.append(rep.capitalize() if ch.isupper() else rep)
    return "".join(out)


class People:
    """Draws persons (first name, surname, gender) from several Faker locales."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        # dict.fromkeys keeps the order of LOCALES, so one seed always gives the same names.
        self.fakers = {loc: Faker(loc) for loc in dict.fromkeys(LOCALES)}
        for index, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed + index)

    def person(self) -> tuple[str, str, str]:
        locale = self.rng.choice(LOCALES)
        fake = self.fakers[locale]
        gender = self.rng.choice("fm")
        first = fake.first_name_female() if gender == "f" else fake.first_name_male()
        last = fake.last_name_female() if gender == "f" and hasattr(fake, "last_name_female") else fake.last_name()
        if locale in ("ru_RU", "uk_UA"):
            first, last = translit(first), translit(last)
        if locale == "vi_VN":
            middle = "Thi" if gender == "f" else "Van"
            return f"{middle} {first}", last, gender  # rendered surname-first below
        if locale == "de_DE":
            roll = self.rng.random()
            if roll < 0.3:
                last = self.rng.choice(HEADS) + self.rng.choice(TAILS)
            elif roll < 0.4:
                last = f"{self.rng.choice(PREFIXES)} {self.rng.choice(HEADS)}{self.rng.choice(TAILS)}"
            elif roll < 0.5:
                last = self.rng.choice(NOUN_SURNAMES)
        return first, last, gender


def per(text: str) -> str:
    return "{PER|" + text + "}"


def opt(kind: str, text: str) -> str:
    return "{?" + kind + "|" + text + "}"


def full(p: tuple[str, str, str]) -> str:
    first, last, _ = p
    if first.startswith(("Thi ", "Van ")):
        return f"{last} {first}"
    return f"{first} {last}"


def title(p: tuple[str, str, str], dative: bool = False) -> str:
    return ("Frau" if p[2] == "f" else ("Herrn" if dative else "Herr")) + " " + per(p[1])


def phone(rng: random.Random) -> str:
    return opt("PHONE", f"0{rng.randint(2500, 2599)} {rng.randint(100, 999)} {rng.randint(10, 99)}")


def address(rng: random.Random) -> str:
    return opt("ADDR", f"{rng.choice(STREETS)} {rng.randint(1, 60)}") + ", " + opt("LOC", rng.choice(TOWNS))


def t_letter(ppl: People, rng: random.Random) -> str:
    a, b = ppl.person(), ppl.person()
    return (
        f"Sehr geehrte{'' if a[2] == 'f' else 'r'} {title(a)},\n\n"
        f"Ihr Antrag auf {rng.choice(TOPICS)} vom 12.03.2025 ist bei uns eingegangen. "
        f"Für Rückfragen erreichen Sie {title(b, True)} unter {phone(rng)}.\n\n"
        f"Mit freundlichen Grüßen\n\n{per(full(b))}\nKreis Coesfeld"
    )


def t_note(ppl: People, rng: random.Random) -> str:
    a, child = ppl.person(), ppl.person()
    kid = f"{child[0]} {a[1]}"
    return (
        f"Vermerk\n\n{title(a)} sprach heute im Jugendamt vor. {'Sie' if a[2] == 'f' else 'Er'} wohnt in "
        f"{address(rng)}. Es geht um das Kind {per(kid)}. {title(a)} bittet um einen Rückruf. "
        f"{per(a[1])}s Unterlagen liegen vor."
    )


def t_mail(ppl: People, rng: random.Random) -> str:
    a, b, c = ppl.person(), ppl.person(), ppl.person()
    return (
        f"Hallo {title(a)},\n\nbitte leiten Sie die Unterlagen von {per(full(b))} an {title(c, True)} weiter. "
        f"Der Termin am Montag im {rng.choice(('Mai', 'Juni', 'August'))} bleibt bestehen.\n\nGruß\n{per(full(a))}"
    )


def t_chat(ppl: People, rng: random.Random) -> str:
    a, b = ppl.person(), ppl.person()
    frau = "frau" if a[2] == "f" else "herr"
    return (
        f"moin, hab mit {frau} {per(a[1].lower())} gesprochen, die unterlagen für {rng.choice(TOPICS).lower()} "
        f"fehlen noch. kannst du bitte bei {'frau' if b[2] == 'f' else 'herrn'} {per(b[1].lower())} zurückrufen? "
        f"nummer: {phone(rng)}"
    )


def t_table(ppl: People, rng: random.Random) -> str:
    rows = ["Name | Geburtsdatum | Klasse"]
    for _ in range(rng.randint(3, 5)):
        p = ppl.person()
        birth = opt("BIRTH", f"{rng.randint(1, 28):02d}.0{rng.randint(1, 9)}.2015")
        rows.append(f"{per(p[1] + ', ' + p[0])} | {birth} | {rng.randint(1, 4)}a")
    return "Schülerbeförderung, Liste der berechtigten Kinder\n\n" + "\n".join(rows)


def t_list(ppl: People, rng: random.Random) -> str:
    lines = ["Teilnehmende der Sitzung am Dienstag:"]
    for _ in range(rng.randint(3, 5)):
        p = ppl.person()
        lines.append(f"- {per(full(p))}, Sachgebiet {rng.choice(TOPICS)}")
    return "\n".join(lines) + "\n\nProtokoll: " + per(full(ppl.person()))


def t_form(ppl: People, rng: random.Random) -> str:
    a, b = ppl.person(), ppl.person()
    return (
        f"Antrag auf {rng.choice(TOPICS)}\nAntragsteller: {per(full(a))}\nAnschrift: {address(rng)}\n"
        f"Sachbearbeiterin: Frau {per(b[1])}\nTelefon: {phone(rng)}"
    )


def t_report(ppl: People, rng: random.Random) -> str:
    a, b = ppl.person(), ppl.person()
    return (
        f"Im Gespräch mit {per(full(a))} wurde vereinbart, dass der Antrag bis Freitag nachgereicht wird. "
        f"Der Koch der Mensa und die Bürgermeisterin wurden informiert. {per(a[0])} bringt die Belege mit; "
        f"{title(b)} prüft sie im Winter."
    )


def t_none(ppl: People, rng: random.Random) -> str:
    return (
        f"Die Kreisverwaltung ist am Freitag geschlossen. Anträge auf {rng.choice(TOPICS)} können online "
        f"gestellt werden. Richter und Schöffen des Amtsgerichts {rng.choice(TOWNS)} tagen im Winter montags."
    )


TEMPLATES: dict[str, Callable[[People, random.Random], str]] = {
    "brief": t_letter,
    "vermerk": t_note,
    "mail": t_mail,
    "chat": t_chat,
    "tabelle": t_table,
    "liste": t_list,
    "formular": t_form,
    "bericht": t_report,
    "ohne_personen": t_none,
}


def plain_texts(seed: int) -> Iterator[str]:
    """Texts of the dev set without markup, drawn one after the other from one generator seeded with ``seed``."""
    rng = random.Random(seed)
    people = People(rng, seed)
    names = list(TEMPLATES)
    while True:
        yield re.sub(r"\{\??[A-Z]+\|(.*?)\}", r"\1", TEMPLATES[rng.choice(names)](people, rng))


def joined(texts: Iterator[str], chars: int) -> str:
    """The next texts of ``texts``, separated by blank lines, until ``chars`` characters, cut there."""
    parts: list[str] = []
    size = 0
    while size < chars:
        text = next(texts)
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)[:chars]


def lower_person_names(text: str) -> str:
    """The dev set with each annotated person name in lower case and all else as written: how a hurried
    note writes names ("Termin mit anna nowak"); the same texts, so the figures compare directly."""
    return re.sub(r"\{PER\|([^}]*)\}", lambda match: "{PER|" + match.group(1).lower() + "}", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "devset" / "output" / "devset_de.txt")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--lower-names", action="store_true", help="write every person name in lower case (a harsh chat probe)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = People(rng, args.seed)
    names = list(TEMPLATES)
    blocks = ["# Generated by benchmarks/devset/make_devset.py; all persons are invented (Faker)."]
    for index in range(args.n):
        kind = names[index % len(names)]
        blocks.append(f"=== d{index:03d} {kind}\n{TEMPLATES[kind](people, rng)}")
    text = "\n".join(blocks) + "\n"
    if args.lower_names:
        text = lower_person_names(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.n} texts -> {args.out}")


if __name__ == "__main__":
    main()
