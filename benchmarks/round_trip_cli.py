"""A real round trip of a ten-letter session through the command line, checked with ``cmp``.

    .venv/bin/python benchmarks/round_trip_cli.py [--letters 10] [--seed 18] [--keep DIR]

Writes ten invented county letters (names in several forms — "Frau Lindner", "Petra Lindner",
"Lindners", "Lindner, Petra", "Lindner Immobilien", a name broken by a hyphenated line end —
birth dates, addresses with postcodes, IBANs with non-breaking spaces, phone numbers with an
extension "Durchwahl -2217", e-mail addresses in angle brackets, a licence plate in brackets,
Markdown, a surname that is also an ordinary word, and a form letter's literal "[PERSON_1]"). For
each mode (placeholder, surrogate) it runs, in separate processes as a clerk would,

    python main.py anonymize brief_NN.txt --session S [--mode surrogate] -o maskiert_NN.txt
    python main.py restore maskiert_NN.txt --session S -o zurueck_NN.txt

for every letter (one session for all ten), then restores all masked letters pasted together as one
answer, and compares every original with its restored text with ``cmp``. Prints one line per letter
and a summary; exits 1 if any restored file differs. Sessions live in a temporary data folder with
a file keyring (keyrings.alt), and are deleted at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = [("Petra", "Lindner", "f"), ("Gerd", "Sommer", "m"), ("Yusuf Ali", "Osman", "m"), ("Klara", "Weiß", "f"),
          ("Marianne", "Kröger", "f"), ("Paul", "von Reden", "m"), ("Özlem", "Yıldız", "f"), ("Bernd", "Tebbe", "m"),
          ("Anna-Lena", "Brinkhoff", "f"), ("Hendrik", "Schulze Althoff", "m")]  # fmt: skip
STREETS = ["Hauptstraße", "Am Markt", "Lüdinghauser Straße", "Bahnhofstr.", "Kirchplatz"]
TOWNS = [("48653", "Coesfeld"), ("48249", "Dülmen"), ("48727", "Billerbeck"), ("59348", "Lüdinghausen")]
PLATES = ["COE-AB 123", "BOR-K 12", "MS-XY 4567", "COE-Z 9"]
IBANS = ["DE44 5001 0517 5407 3249 31", "DE89 3704 0044 0532 0130 00", "DE02 1203 0000 0000 2020 51"]
TAX_IDS = ["28365461076", "57549285017", "86095742719"]


def letter(rng: random.Random, number: int) -> str:
    first, last, gender = rng.choice(PEOPLE)
    other_first, other_last, _ = rng.choice([p for p in PEOPLE if p[1] != last])
    salutation, address_word = ("Frau", "Sehr geehrte Frau") if gender == "f" else ("Herr", "Sehr geehrter Herr")
    postcode, town = rng.choice(TOWNS)
    iban = rng.choice(IBANS).replace(" ", "\u00a0" if rng.random() < 0.5 else " ")
    genitive = f"{last}'" if last[-1] in "sßxz" else f"{last}s"
    broken = f"{first[:2]}-\n{first[2:]}" if len(first) > 4 and first[2:3].islower() and " " not in first else first
    born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1940, 2004)}"
    mail = f"{first.split()[0].lower()}.{last.split()[-1].lower()}@example.org".replace("ö", "oe").replace("ß", "ss")
    return (
        f"Kreis Coesfeld – Der Landrat\nAz. 51-{2020 + number % 5}/{rng.randint(100, 999)}\n\n"
        f"{salutation} {first} {last}\n{rng.choice(STREETS)} {rng.randint(1, 99)}\n{postcode} {town}\n\n"
        f"{address_word} {last},\n\n"
        f"wie mit {first} {last} (geb. {born}) am Telefon besprochen, erstatten wir den Betrag auf die IBAN {iban}. "
        f"**Wichtig:** {genitive} Antrag vom 3. Mai ist vollständig. Im Sommer ist das Amt montags geschlossen.\n"
        f"Antragstellerin laut Formular: {last}, {first}. Der Vermieter, {other_first} {other_last}, "
        f"hat die Wohnung über {other_last} Immobilien vermietet; Rückfragen an <{mail}>.\n"
        f"Das Fahrzeug ({rng.choice(PLATES)}) ist auf {broken} {last} zugelassen, Steuer-ID {rng.choice(TAX_IDS)}.\n"
        f"Vorlage für den Serienbrief: Sehr geehrte(r) [PERSON_1], …\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\nJonas Albrecht\n"
        f"Telefon 02541 / 18-0, Durchwahl -{rng.randint(1000, 9999)}\n"
    )


def main_py(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip


def round_trip(mode: str, originals: list[Path], work: Path, env: dict[str, str]) -> bool:
    session = f"rundreise-{mode}"
    extra = ["--mode", "surrogate"] if mode == "surrogate" else []
    masked_files: list[Path] = []
    identical = True
    for original in originals:
        masked = work / original.name.replace("brief", f"maskiert-{mode}")
        result = main_py("anonymize", original.name, "--session", session, *extra, "-o", masked.name, env=env, cwd=work)
        if result.returncode != 0:
            print(f"{mode}: anonymize {original.name} failed: {result.stderr.strip()}")
            return False
        masked_files.append(masked)
    for original, masked in zip(originals, masked_files, strict=True):
        restored = work / original.name.replace("brief", f"zurueck-{mode}")
        result = main_py("restore", masked.name, "--session", session, "-o", restored.name, env=env, cwd=work)
        same = subprocess.run(["cmp", str(original), str(restored)], capture_output=True, text=True, check=False)
        identical &= same.returncode == 0 and result.returncode == 0
        verdict = "identisch" if same.returncode == 0 else f"VERSCHIEDEN: {same.stdout.strip()}"
        warnings = [line for line in result.stderr.splitlines() if line.startswith(("Warnung", "Fehler"))]
        warning = f" ({'; '.join(warnings)})" if warnings else ""
        print(f"{mode:<11} {original.name}: cmp {original.name} {restored.name} → {verdict}{warning}")
    sample = next(line for line in masked_files[0].read_text(encoding="utf-8").splitlines() if line.startswith("wie"))
    print(f"{mode:<11} maskiert (Brief 1, Zeile 10): {sample[:110]}…")
    combined_answer = work / f"antwort-{mode}.txt"
    combined_answer.write_text("\n".join(m.read_text(encoding="utf-8") for m in masked_files), encoding="utf-8")
    combined_original = work / f"alle-briefe-{mode}.txt"
    combined_original.write_text("\n".join(o.read_text(encoding="utf-8") for o in originals), encoding="utf-8")
    restored_all = work / f"zurueck-alle-{mode}.txt"
    main_py("restore", combined_answer.name, "--session", session, "-o", restored_all.name, env=env, cwd=work)
    same = subprocess.run(
        ["cmp", str(combined_original), str(restored_all)], capture_output=True, text=True, check=False
    )
    identical &= same.returncode == 0
    verdict = "identisch" if same.returncode == 0 else f"VERSCHIEDEN: {same.stdout.strip()}"
    print(f"{mode:<11} alle {len(originals)} Briefe als eine Antwort: cmp → {verdict}")
    main_py("sessions", "delete", session, env=env, cwd=work)
    return identical


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=10)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--keep", type=Path, help="keep the letters, masked and restored files in this folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rundreise-"))
    try:
        env = dict(
            os.environ,
            PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
            XDG_DATA_HOME=str(work / "daten"),
            XDG_CONFIG_HOME=str(work / "konfiguration"),
            PYTHONIOENCODING="utf-8",
        )
        rng = random.Random(args.seed)
        originals = []
        for number in range(1, args.letters + 1):
            path = work / f"brief-{number:02d}.txt"
            path.write_text(letter(rng, number), encoding="utf-8")
            originals.append(path)
        results = [round_trip(mode, originals, work, env) for mode in ("placeholder", "surrogate")]
        print("Ergebnis:", "alle wiederhergestellten Texte sind mit dem Original identisch" if all(results)
              else "ABWEICHUNG")  # fmt: skip
        if args.keep:
            shutil.copytree(
                work, args.keep, dirs_exist_ok=True, ignore=shutil.ignore_patterns("daten", "konfiguration")
            )
        return 0 if all(results) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
