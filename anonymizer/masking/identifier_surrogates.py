"""Surrogates for the register and licence numbers of issue 20 (VAT ID, register, licence, LANR, BSNR).

Kept apart from :mod:`anonymizer.masking.surrogates` so that the two grow without touching each
other; that module merges :data:`GENERATORS` into its own table. Like there, every value keeps the
layout of the original (spaces, dots, letters in place) and gets a valid check digit where the
format has one, so that a validator downstream, or this app's own recognizers on a restored text,
take the surrogate for what it stands for.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from stdnum.de import vat as de_vat
from stdnum.eu import vat as eu_vat
from stdnum.iso7064 import mod_11_10

from anonymizer import entities as E
from anonymizer.detection.recognizers.driving_license import check_character
from anonymizer.detection.recognizers.kbv_numbers import lanr_check_digit

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def reformat(template: str, compact: str) -> str:
    """Pour ``compact`` (letters/digits only) into the layout of ``template`` (spaces, dots kept)."""
    chars = iter(compact)
    return "".join(next(chars, "") if char.isalnum() else char for char in template) + "".join(chars)


def _new_digits(original: str, rng: random.Random) -> str:
    """Every digit replaced by a random digit, everything else kept ("HRB 12345 B" → "HRB 80417 B")."""
    first = True
    out = []
    for char in original:
        if char.isdigit():
            out.append(str(rng.randint(1 if first else 0, 9)))
            first = False
        else:
            out.append(char)
    return "".join(out)


def vat_id(original: str, rng: random.Random) -> str:
    """A German USt-IdNr. with a valid check digit, or a foreign one of the same country where possible."""
    compact = re.sub(r"[^0-9A-Za-z]", "", original)
    if compact[:2].upper() == "DE":
        body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        candidate = compact[:2] + body + mod_11_10.calc_check_digit(body)
        if de_vat.is_valid(candidate):
            return reformat(original, candidate)
    for _ in range(2000):  # one in 11 to one in 97 of random numbers validate, depending on the country
        candidate = compact[:2] + _new_digits(compact[2:], rng)
        if eu_vat.is_valid(candidate):
            return reformat(original, candidate)
    return reformat(original, compact[:2] + _new_digits(compact[2:], rng))


def commercial_register(original: str, rng: random.Random) -> str:
    """Same register letters, a new number of the same length."""
    return _new_digits(original, rng)


def driving_license(original: str, rng: random.Random) -> str:
    """Same issuing authority (the first four characters name an office, not a person), new serial.

    The serial keeps its letters and digits in place; the counter is drawn anew (first to third licence).
    """
    compact = re.sub(r"[^0-9A-Za-z]", "", original).upper()
    if len(compact) != 11:
        return _new_digits(original, rng)
    for _ in range(100):  # keep an "X" check character only where the original has one
        serial = "".join(rng.choice(string.digits if char.isdigit() else _LETTERS) for char in compact[4:9])
        body = compact[:4] + serial
        check = check_character(body)
        if check.isdigit() == compact[9].isdigit():
            break
    candidate = body + check + str(rng.randint(1, 3))
    return reformat(original, candidate if original.isupper() or original.isdigit() else candidate.lower())


def physician_number(original: str, rng: random.Random) -> str:
    """A LANR with a valid check digit and the original's specialty code (a field, not a person)."""
    compact = re.sub(r"\D", "", original)
    if len(compact) != 9:
        return _new_digits(original, rng)
    doctor = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return reformat(original, f"{doctor}{lanr_check_digit(doctor)}{compact[7:]}")


def practice_number(original: str, rng: random.Random) -> str:
    """A BSNR of the same KV region (the first two digits name the region, not the practice)."""
    compact = re.sub(r"\D", "", original)
    if len(compact) != 9:
        return _new_digits(original, rng)
    return reformat(original, compact[:2] + "".join(str(rng.randint(0, 9)) for _ in range(7)))


GENERATORS: dict[str, Callable[[str, random.Random], str]] = {
    E.VAT_ID: vat_id,
    E.COMMERCIAL_REGISTER: commercial_register,
    E.DRIVING_LICENSE: driving_license,
    E.PHYSICIAN_NUMBER: physician_number,
    E.PRACTICE_NUMBER: practice_number,
}
