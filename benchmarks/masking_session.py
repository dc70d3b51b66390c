"""Benchmark: mask and restore many texts in one session (prints figures; run on one core).

    .venv/bin/python benchmarks/masking_session.py [--letters 200]

Generates letters with persons (several name variants), IBANs, phone numbers, e-mails and birth
dates, builds the findings directly (no detector), and times ``mask`` per operator over all letters
of one session and ``restore`` of the masked text with drifted placeholders ("PERSON 1", closing
brackets lost), and says whether the restored answer is the original text (it must be).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anonymizer import entities as E
from anonymizer.entities import Finding
from anonymizer.masking import MaskingSession
from anonymizer.masking import surrogates as S
from anonymizer.policy import load_default_policy

FIRST = ["Sabine", "Jürgen", "Özlem", "Dirk", "Marie-Luise", "Hendrik", "Olga", "Till", "Agnieszka", "Björn"]
LAST = ["Kortmann", "Brüggemann", "Nowak", "Hülsmann", "Terhaar", "Janßen", "Schröder", "Weißgerber"]


def letter(rng: random.Random) -> tuple[str, list[Finding]]:
    spans: list[tuple[str, str]] = []
    parts: list[str] = []
    for _ in range(rng.randint(5, 15)):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        iban = S.iban("DE00 0000 0000 0000 0000 00", rng)
        phone = S.phone("02541 / 18-1234", rng)
        mail = S.email("x@example.org", rng)
        born = S.date_of_birth("12.03.1985", rng)
        parts.append(
            f"{first} {last} (geb. {born}) bittet um Rückruf unter {phone}. Frau {last} nennt die IBAN {iban} "
            f"und die Adresse {mail}. {last}s Antrag liegt vor."
        )
        spans += [(f"{first} {last}", E.PERSON), (last, E.PERSON), (f"{last}s", E.PERSON), (born, E.DATE_OF_BIRTH),
                  (phone, E.PHONE), (iban, E.IBAN), (mail, E.EMAIL)]  # fmt: skip
    text = "\n".join(parts)
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for value, kind in sorted(set(spans), key=lambda s: -len(s[0])):
        for match in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if all(match.end() <= a or match.start() >= b for a, b in taken):
                findings.append(Finding(match.start(), match.end(), kind, value, 0.9))
                taken.append(match.span())
    return text, sorted(findings, key=lambda f: f.start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(1)
    letters = [letter(rng) for _ in range(args.letters)]
    characters = sum(len(text) for text, _ in letters)
    count = sum(len(findings) for _, findings in letters)
    policy = load_default_policy()
    print(f"{args.letters} letters, {characters / 1000:.0f}k characters, {count} findings")
    for operator in ("placeholder", "surrogate"):
        session = MaskingSession(policy, seed=1)
        started = time.perf_counter()
        masked = [session.mask(text, findings, operator=operator).text for text, findings in letters]
        masking = time.perf_counter() - started
        answer = "\n".join(masked).replace("[PERSON_", "PERSON ").replace("]", "")
        started = time.perf_counter()
        restored = session.restore(answer)
        restoring = time.perf_counter() - started
        print(
            f"{operator:<11}: mask {masking * 1000:7.0f} ms ({count / masking:8.0f} findings/s), "
            f"{len(session.entities)} entities; restore {len(answer) / 1000:.0f}k characters in "
            f"{restoring * 1000:.0f} ms, {len(restored.unresolved)} unresolved"
        )
        original = "\n".join(text for text, _ in letters)
        print(f"{operator:<11}: round trip gives the original back: {restored.text == original}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
