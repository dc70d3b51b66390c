"""Throughput of the rule-based recognizers alone (no NER model), single process.

Builds a German text of about 1 MB from realistic county-letter paragraphs with varied, invented
identifiers (Faker ``de_DE`` with a fixed seed, check digits computed with python-stdnum), runs
``build_engine(with_model=False).analyze`` on it and prints characters per second, plus the
time each recognizer takes on the normalised text so slow patterns stand out.

Run: ``.venv/bin/python benchmarks/rule_throughput.py [--size CHARS] [--repeat N]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from faker import Faker
from stdnum.de import idnr

from anonymizer.detection.factory import build_engine
from anonymizer.detection.normalize import normalize

PARAGRAPHS = (
    "Sehr geehrte Frau {last},\nauf Ihren Antrag vom {date} teilen wir mit, dass die Leistung in Höhe von "
    "{amount} € ab dem 01.{month}.2025 auf Ihr Konto {iban} überwiesen wird. Bitte geben Sie bei Rückfragen "
    "das Aktenzeichen {az} an. Sie erreichen Ihre Sachbearbeiterin unter {phone}.\n",
    "Herr {name}, wohnhaft {street}, {plz} {city}, hat am {date} gemäß § {para} Abs. {abs} SGB XII "
    "Widerspruch eingelegt. Die Steuer-ID {taxid} wurde im Verfahren vermerkt; die Frist endet am "
    "{date2}. Telefonisch ist er unter {phone} erreichbar, per E-Mail unter {email}.\n",
    "Vermerk: Frau {name} sprach heute um {time} Uhr im Bürgerbüro vor. Das Fahrzeug mit dem Kennzeichen "
    "COE-{letters} {platenum} soll zum {date} abgemeldet werden. Die zu viel gezahlte Kfz-Steuer von {amount} € "
    "wird erstattet. Weitere Informationen finden Sie unter www.kreis-coesfeld.de/zulassung.\n",
    "Die Kreisverwaltung ist am 24. und 31. Dezember geschlossen. In dringenden Fällen wenden Sie sich an "
    "die Leitstelle. Das Bürgerbüro öffnet wieder am 2. Januar zu den üblichen Zeiten; die Ausschreibung "
    "{az} läuft bis zum {date2}, das Volumen beträgt {amount} Euro für {num} Plätze im Jahr 2026.\n",
    "Schuleingangsuntersuchung: {first} {last}, geb. {date}, Erziehungsberechtigte {name}, {street}, "
    "{plz} {city}, Tel. {phone}. Befund: Sprachentwicklung leicht verzögert, Förderempfehlung Logopädie. "
    "Die Kosten trägt die Krankenkasse, Abrechnung über BIC WELADED1COE und IBAN {iban}.\n",
)


def _tax_id(rng: random.Random) -> str:
    while True:
        prefix = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
        for last in "0123456789":
            if idnr.is_valid(prefix + last):
                return prefix + last


def _phone(fake: Faker, rng: random.Random) -> str:
    forms = (
        lambda: f"0{rng.randint(2000, 9999)} / {rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        lambda: f"0151 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        lambda: f"+49 {rng.randint(150, 179)} {rng.randint(1000000, 99999999)}",
        lambda: f"0251 {rng.randint(100000, 999999)}",
        lambda: f"(0 25 {rng.randint(10, 99)}) 8 {rng.randint(10, 99)} {rng.randint(10, 99)}",
        lambda: str(fake.phone_number()),
    )
    return rng.choice(forms)()


def build_text(size: int, seed: int = 2025) -> str:
    """A German text of at least ``size`` characters made of varied county-letter paragraphs."""
    fake = Faker("de_DE")
    Faker.seed(seed)
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        template = rng.choice(PARAGRAPHS)
        paragraph = template.format(
            first=fake.first_name(),
            last=fake.last_name(),
            name=fake.name(),
            street=fake.street_address(),
            plz=fake.postcode(),
            city=fake.city(),
            date=fake.date(pattern="%d.%m.%Y"),
            date2=fake.date(pattern="%d.%m.%Y"),
            month=f"{rng.randint(1, 12):02d}",
            amount=f"{rng.randint(1, 99)}.{rng.randint(100, 999)},{rng.randint(0, 99):02d}",
            iban=fake.iban(),
            az=f"{rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(100, 999)}/2025",
            phone=_phone(fake, rng),
            email=fake.email(),
            taxid=_tax_id(rng),
            para=rng.randint(1, 120),
            abs=rng.randint(1, 5),
            time=f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}",
            letters="".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2)),
            num=rng.randint(1, 9999),
            platenum=rng.randint(1, 999),
        )
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of text to build")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest one is reported")
    args = parser.parse_args()

    text = build_text(args.size)
    engine = build_engine(with_model=False)
    best = float("inf")
    findings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        findings = engine.analyze(text)
        best = min(best, time.perf_counter() - started)

    working = normalize(text).text
    print(f"text: {len(text):,} characters, {len(engine.recognizers)} rule recognizers, best of {args.repeat} runs")
    print("per recognizer (one run on the normalised text):")
    for recognizer in engine.recognizers:
        started = time.perf_counter()
        recognizer.analyze(working)
        elapsed = time.perf_counter() - started
        name = recognizer.name or type(recognizer).__name__
        print(f"  {name:32s} {elapsed * 1000:8.1f} ms")
    counts = Counter(f.type for f in findings)
    print("findings:", ", ".join(f"{t}={n}" for t, n in sorted(counts.items())))
    print(f"rule recognizers: {len(text) / best:,.0f} chars/s ({best:.2f} s for {len(text):,} characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
