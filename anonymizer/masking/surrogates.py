"""Realistic fake values of the same kind and format (the ``surrogate`` operator).

A chatbot answers better when a text reads naturally, so a surrogate keeps the shape of the value:
spaces in an IBAN, the area code of a phone number, the format of a date. Numbers with check digits
get valid ones (IBAN, Steuer-ID, Steuernummer, credit card, Rentenversicherungs- and
Krankenversichertennummer), so a downstream validator does not stumble. Every function takes a
seeded :class:`random.Random`; the session derives the seed from its own seed and the original, so
the same original always gets the same surrogate. Person names are drawn by the session itself
(:mod:`anonymizer.masking.names`) because the name parts must stay consistent across mentions.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.de import idnr, stnr
from stdnum.iso7064 import mod_11_10

from anonymizer import entities as E
from anonymizer.detection.recognizers.health_insurance import check_digit as kvnr_check_digit
from anonymizer.detection.recognizers.social_security import check_digit as rvnr_check_digit
from anonymizer.masking.identifier_surrogates import GENERATORS as IDENTIFIER_GENERATORS
from anonymizer.masking.identifier_surrogates import reformat
from anonymizer.masking.names import SURROGATE_SURNAMES, surrogate_first_names

_UPPER = "ABCDEFGHIJKLMNOPRSTUVWZ"
_LOWER = _UPPER.lower()


def shape_preserving(original: str, rng: random.Random, keep: int = 0, letters: bool = True) -> str:
    """Replace digits by digits and letters by letters of the same case, keep everything else.

    ``keep`` leaves the first ``keep`` letters/digits as they are (an area or district code);
    ``letters=False`` keeps the letters too (the words of a phone number: "Durchwahl -2217").
    """
    out: list[str] = []
    seen = 0
    for char in original:
        if char.isdigit() or (letters and char.isalpha()):
            seen += 1
            if seen <= keep:
                out.append(char)
            elif char.isdigit():
                out.append(str(rng.randint(1 if seen == 1 and char != "0" else 0, 9)))
            elif char.isupper():
                out.append(rng.choice(_UPPER))
            else:
                out.append(rng.choice(_LOWER))
        else:
            out.append(char)
    return "".join(out)


# --- numbers with check digits -------------------------------------------------------------------------


def iban(original: str, rng: random.Random) -> str:
    compact = re.sub(r"[^0-9A-Za-z]", "", original).upper()
    country = compact[:2] if compact[:2].isalpha() else "DE"
    for _ in range(100):
        if country == "DE" or len(compact) < 5:
            bban = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(17))
        else:
            bban = shape_preserving(compact[4:], rng).upper()
        check = stdnum_iban.calc_check_digits(country + "00" + bban)
        candidate = country + check + bban
        if stdnum_iban.is_valid(candidate):
            return reformat(original.upper() if original.isupper() else original, candidate)
    return reformat(original, candidate)


def tax_id(original: str, rng: random.Random) -> str:
    """An 11-digit Steuer-ID: exactly one digit repeated (twice) in the first ten, ISO 7064 check digit."""
    for _ in range(200):
        digits = rng.sample("0123456789", 9)
        if digits[0] == "0":
            continue
        repeated = rng.choice(digits)
        position = rng.randint(1, 9)
        body = [*digits[:position], repeated, *digits[position:]]
        if body[0] == "0":
            continue
        number = "".join(body)
        candidate = number + mod_11_10.calc_check_digit(number)
        if idnr.is_valid(candidate):
            return reformat(original, candidate)
    raise RuntimeError("no valid Steuer-ID generated")  # pragma: no cover - 200 tries always suffice


def tax_number(original: str, rng: random.Random) -> str:
    """A Steuernummer in the same regional format, valid for ``stdnum.de.stnr`` where the original is."""
    digits = re.sub(r"\D", "", original)
    must_validate = stnr.is_valid(original)
    for _ in range(500):
        candidate = shape_preserving(original, rng, keep=2 if len(digits) >= 10 else 0)
        if not must_validate or stnr.is_valid(candidate):
            return candidate
    return candidate


def credit_card(original: str, rng: random.Random) -> str:
    compact = re.sub(r"\D", "", original)
    body = compact[:1] + "".join(str(rng.randint(0, 9)) for _ in range(max(len(compact) - 2, 11)))
    return reformat(original, body + luhn.calc_check_digit(body))


def is_valid_rvnr(number: str) -> bool:
    compact = re.sub(r"\s", "", number).upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", compact):
        return False
    return str(rvnr_check_digit(compact)) == compact[11]


def social_security(original: str, rng: random.Random) -> str:
    compact = re.sub(r"\s", "", original).upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", compact):
        return shape_preserving(original, rng)
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 50 * 365))
    body = f"{rng.randint(10, 89):02d}{birth:%d%m%y}{rng.choice(_UPPER)}{rng.randint(0, 49):02d}"
    return reformat(original, body + str(rvnr_check_digit(body)))


def is_valid_kvnr(number: str) -> bool:
    compact = re.sub(r"\s", "", number).upper()
    return bool(re.fullmatch(r"[A-Z]\d{9}", compact)) and str(kvnr_check_digit(compact)) == compact[9]


def health_insurance(original: str, rng: random.Random) -> str:
    compact = re.sub(r"\s", "", original).upper()
    if not re.fullmatch(r"[A-Z]\d{9}", compact):
        return shape_preserving(original, rng)
    body = rng.choice(_UPPER) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return reformat(original, body + str(kvnr_check_digit(body)))


def bic(original: str, rng: random.Random) -> str:
    compact = re.sub(r"\s", "", original).upper()
    for _ in range(50):
        country = compact[4:6] if len(compact) >= 6 and compact[4:6].isalpha() else "DE"
        branch = "XXX" if compact.endswith("XXX") else "".join(rng.choice(string.digits) for _ in range(3))
        candidate = (
            "".join(rng.choice(_UPPER) for _ in range(4))
            + country
            + rng.choice(_UPPER)
            + rng.choice(string.digits + _UPPER)
            + (branch if len(compact) == 11 else "")
        )
        if stdnum_bic.is_valid(candidate):
            return candidate
    return candidate


def phone(original: str, rng: random.Random) -> str:
    """Keep the country and area code (a region, not a person) and draw a new valid subscriber number.

    What is no valid number on its own (an extension "-2217", a number with words "…, Durchwahl -4213")
    gets new digits in the same layout, its words kept: an extension alone keeps none of its digits.
    """
    fallback_keep = 3 if len(re.sub(r"\D", "", original)) >= 8 else 0
    try:
        parsed = phonenumbers.parse(original, "DE")
    except phonenumbers.NumberParseException:
        return _other_digits(original, rng, keep=fallback_keep)
    if not phonenumbers.is_valid_number(parsed):
        return _other_digits(original, rng, keep=fallback_keep)
    national = str(parsed.national_number)
    area = phonenumbers.length_of_national_destination_code(parsed) or 2
    digits_before = len(re.sub(r"\D", "", original)) - len(national)
    candidate = original
    for _ in range(200):
        candidate = shape_preserving(original, rng, keep=digits_before + area, letters=False)
        try:
            reparsed = phonenumbers.parse(candidate, "DE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(reparsed) and candidate != original:
            return candidate
    return candidate


def _other_digits(original: str, rng: random.Random, keep: int) -> str:
    """New digits after the first ``keep`` (letters and layout kept), never the original number."""
    candidate = original
    for _ in range(50):
        candidate = shape_preserving(original, rng, keep=keep, letters=False)
        if candidate != original:
            break
    return candidate


# --- dates ---------------------------------------------------------------------------------------------

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")  # fmt: skip
_NUMERIC_DATE = re.compile(r"^(?P<d>\d{1,2})(?P<s1>[./-])(?P<m>\d{1,2})(?P<s2>[./-])(?P<y>\d{4}|\d{2})$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
_WORD_DATE = re.compile(r"^(?P<d>\d{1,2})\.\s*(?P<month>[A-Za-zä]+\.?)\s+(?P<y>\d{4})$")


def _shifted(date: dt.date, rng: random.Random) -> dt.date:
    """Move a birth date by 1 to 14 months, never into the future."""
    days = rng.randint(30, 420) * rng.choice((-1, 1))
    shifted = date + dt.timedelta(days=days)
    if shifted >= dt.date.today():
        shifted = date - dt.timedelta(days=abs(days))
    return shifted


def date_of_birth(original: str, rng: random.Random) -> str:
    text = original.strip()
    try:
        if match := _NUMERIC_DATE.match(text):
            year = int(match["y"])
            if len(match["y"]) == 2:
                year += 1900 if year > dt.date.today().year % 100 else 2000
            new = _shifted(dt.date(year, int(match["m"]), int(match["d"])), rng)
            day = f"{new.day:02d}" if len(match["d"]) == 2 else str(new.day)
            month = f"{new.month:02d}" if len(match["m"]) == 2 else str(new.month)
            new_year = f"{new.year % 100:02d}" if len(match["y"]) == 2 else str(new.year)
            return f"{day}{match['s1']}{month}{match['s2']}{new_year}"
        if match := _ISO_DATE.match(text):
            new = _shifted(dt.date(int(match["y"]), int(match["m"]), int(match["d"])), rng)
            return new.isoformat()
        if match := _WORD_DATE.match(text):
            name = match["month"].rstrip(".").casefold()
            month_index = next(i for i, m in enumerate(MONTHS) if m.casefold().startswith(name[:3]))
            new = _shifted(dt.date(int(match["y"]), month_index + 1, int(match["d"])), rng)
            month_text = MONTHS[new.month - 1]
            if match["month"].endswith(".") and len(month_text) > 4:
                month_text = month_text[:3] + "."
            day = f"{new.day:02d}" if len(match["d"]) == 2 else str(new.day)
            return f"{day}. {month_text} {new.year}"
    except (ValueError, StopIteration):
        pass
    return shape_preserving(original, rng)


def parse_date(text: str) -> dt.date | None:
    """A German date as written in letters ("12.03.1985", "3.7.62", "12. März 1985", ISO), else None."""
    text = text.strip()
    try:
        if match := _NUMERIC_DATE.match(text):
            year = int(match["y"])
            if len(match["y"]) == 2:
                year += 1900 if year > dt.date.today().year % 100 else 2000
            return dt.date(year, int(match["m"]), int(match["d"]))
        if match := _ISO_DATE.match(text):
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        if match := _WORD_DATE.match(text):
            name = match["month"].rstrip(".").casefold()
            month = next(i for i, m in enumerate(MONTHS) if m.casefold().startswith(name[:3])) + 1
            return dt.date(int(match["y"]), month, int(match["d"]))
    except (ValueError, StopIteration):
        return None
    return None


def date_spellings(date: dt.date) -> list[str]:
    """The ways a chatbot may rewrite a date, always in this order (restore pairs them up)."""
    month = MONTHS[date.month - 1]
    return [
        f"{date:%d.%m.%Y}",
        f"{date.day}.{date.month}.{date.year}",
        f"{date.day}. {month} {date.year}",
        f"{date:%d}. {month} {date.year}",
        date.isoformat(),
        f"{date:%d.%m.%y}",
    ]


# --- addresses, contacts and the rest ----------------------------------------------------------------------

_STREET_SUFFIXES = ("straße", "str.", "weg", "allee", "ring", "gasse", "platz", "damm", "ufer", "pfad", "steig",
                    "chaussee", "markt", "stieg", "twiete")  # fmt: skip
_STREET_ROOTS = ("Linden", "Birken", "Ahorn", "Eichen", "Buchen", "Kastanien", "Ulmen", "Erlen", "Holunder",
                 "Flieder", "Tulpen", "Rosen", "Wiesen", "Mühlen", "Garten", "Feld", "Bach", "Brunnen")  # fmt: skip
#: Street names after a preposition, by the article the preposition carries ("Am Markt", "An der Kirche").
_PREPOSITION_STREETS = {
    "am": ("Lindenhof", "Mühlenberg", "Eichengrund", "Birkenhain", "Brunnenhof"),
    "im": ("Lindenfeld", "Mühlental", "Eichengrund", "Birkenwinkel"),
    "zum": ("Lindenhof", "Mühlenberg", "Brunnenhof"),
    "an der": ("Lindenhöhe", "Mühlenwiese", "Eichenleite", "Birkenaue"),
    "in der": ("Lindenhöhe", "Mühlenwiese", "Eichenleite", "Birkenaue"),
    "auf der": ("Lindenhöhe", "Mühlenwiese", "Eichenleite"),
    "zur": ("Lindenhöhe", "Mühlenwiese", "Birkenaue"),
    "an den": ("Lindenhöfen", "Mühlenwiesen", "Birkenauen"),
    "auf dem": ("Lindenhof", "Mühlenberg", "Brunnenhof"),
}
_HOUSE_NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?)?"
_STREET_LINE = re.compile(
    rf"^(?P<street>.*?\D)\s+(?P<number>{_HOUSE_NUMBER})(?P<rest>\s+(?:[A-Z]{{1,2}}-)?\d{{5}}\s+\D.*)?$"
)
_POSTCODE_LINE = re.compile(r"^(?P<country>[A-Z]{1,2}-)?(?P<plz>\d{5})(?P<gap>\s+)(?P<town>\D.*)$")
_POSTBOX_LINE = re.compile(r"^(?P<word>Postfach|Postf\.)(?P<gap>\s+)(?P<number>[\d\s]*\d)$", re.IGNORECASE)
_CARE_OF_LINE = re.compile(r"^(?P<word>c/o|z\.\s?Hd\.)(?P<gap>\s+)(?P<name>.+)$", re.IGNORECASE)


def _street(original: str, rng: random.Random) -> str:
    """A street of the same kind, never the original one."""
    folded = original.casefold()
    street = original
    for _ in range(20):
        street = _street_like(original, folded, rng)
        if street.casefold() != folded:
            break
    return street


def _street_like(original: str, folded: str, rng: random.Random) -> str:
    for preposition, names in sorted(_PREPOSITION_STREETS.items(), key=lambda item: -len(item[0])):
        if folded.startswith(preposition + " "):
            return original[: len(preposition)] + " " + rng.choice(names)
    suffix = next((s for s in _STREET_SUFFIXES if folded.endswith(s)), "straße")
    return f"{rng.choice(_STREET_ROOTS)}{suffix}"


def _new_digits(original: str, rng: random.Random, first_nonzero: bool = False) -> str:
    """Digits in the layout of ``original`` (spaces kept), never the same number."""
    digits = re.sub(r"\D", "", original)
    for _ in range(50):
        drawn = "".join(str(rng.randint(1 if first_nonzero and i == 0 else 0, 9)) for i in range(len(digits)))
        if drawn != digits:
            break
    return reformat(original, drawn)


def _town(original: str, rng: random.Random) -> str:
    """Another town: the town of a found address is part of it and is replaced like the rest."""
    choices = [town for town in _TOWNS if town.casefold() != original.strip().casefold()]
    return rng.choice(choices)


def _house_number(original: str, rng: random.Random) -> str:
    for _ in range(50):
        number = str(rng.randint(1, 120))
        if number != re.sub(r"\D.*", "", original):
            return number
    return number  # pragma: no cover - 50 draws from 120 numbers


def _address_line(line: str, rng: random.Random) -> str:
    if match := _POSTCODE_LINE.match(line):
        return (
            (match["country"] or "") + _new_digits(match["plz"], rng, True) + match["gap"] + _town(match["town"], rng)
        )
    if match := _POSTBOX_LINE.match(line):
        return match["word"] + match["gap"] + _new_digits(match["number"], rng, True)
    if match := _CARE_OF_LINE.match(line):
        return match["word"] + match["gap"] + rng.choice(SURROGATE_SURNAMES)
    if match := _STREET_LINE.match(line):
        street = _street(match["street"], rng)
        rest = match["rest"] or ""
        if rest:
            gap = rest[: len(rest) - len(rest.lstrip())]
            rest = gap + _address_line(rest.strip(), rng)
        return f"{street} {_house_number(match['number'], rng)}{rest}"
    if not any(char.isdigit() for char in line):
        return _town(line, rng) if line.strip() else line
    if re.fullmatch(r"[\d\s]+", line):  # a postcode or number on its own
        return _new_digits(line, rng, True)
    return shape_preserving(line, rng)


def address(original: str, rng: random.Random) -> str:
    """A street of the same kind ("…straße", "Am …") with another house number, another postcode and
    another town: every part of a found address is replaced, none is kept (not even the postcode's
    region). Each line or comma-separated part is handled on its own ("c/o …", "Postfach …",
    "48653 Coesfeld", "D-48653 Coesfeld", a postcode alone).
    """
    parts = re.split(r"(\s*[,\n]\s*)", original)
    return "".join(part if i % 2 else _address_line(part, rng) for i, part in enumerate(parts))


def _ascii(name: str) -> str:
    for umlaut, replacement in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(umlaut, replacement)
    return name


def email(original: str, rng: random.Random) -> str:
    first = rng.choice(surrogate_first_names(rng.choice("fm")))
    last = rng.choice(SURROGATE_SURNAMES)
    return f"{_ascii(first.casefold())}.{_ascii(last.casefold())}@example.{rng.choice(('org', 'com', 'net'))}"


def url(original: str, rng: random.Random) -> str:
    scheme = "https://" if original.startswith("https://") else "http://" if original.startswith("http://") else ""
    www = "www." if "www." in original else ""
    return f"{scheme}{www}example-{rng.randint(100, 999)}.org"


def ip_address(original: str, rng: random.Random) -> str:
    """Addresses from the documentation ranges (RFC 5737 / RFC 3849), which no real host uses."""
    if ":" in original:
        return f"2001:db8::{rng.randint(1, 0xFFFF):x}"
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"


def license_plate(original: str, rng: random.Random) -> str:
    """Keep the district code, new letters and digits in the same layout."""
    match = re.match(r"^([A-ZÄÖÜ]{1,3})([\s-]+)(.*)$", original)
    if not match:
        return shape_preserving(original, rng)
    return match[1] + match[2] + shape_preserving(match[3], rng)


_LEGAL_FORM = re.compile(
    r"\s((?:GmbH(?: & Co\. KG)?|gGmbH|AG|KG|OHG|e\.\s?V\.|eG|mbH|UG(?: \(haftungsbeschränkt\))?))$"
)


def organization(original: str, rng: random.Random) -> str:
    legal = _LEGAL_FORM.search(original)
    name = f"{rng.choice(SURROGATE_SURNAMES)} & {rng.choice(SURROGATE_SURNAMES)}"
    return f"{name} {legal[1]}" if legal else name


_TOWNS = ("Bergheim", "Waldkirchen", "Neustadt", "Lindenfels", "Rosenthal", "Falkenberg", "Steinhagen",
          "Birkenwerder", "Hohenstein", "Weidenberg", "Ahrensfelde", "Eichenau")  # fmt: skip


def location(original: str, rng: random.Random) -> str:
    return rng.choice(_TOWNS)


GENERATORS: dict[str, Callable[[str, random.Random], str]] = {
    E.ADDRESS: address,
    E.DATE_OF_BIRTH: date_of_birth,
    E.EMAIL: email,
    E.PHONE: phone,
    E.URL: url,
    E.IP_ADDRESS: ip_address,
    E.IBAN: iban,
    E.BIC: bic,
    E.CREDIT_CARD: credit_card,
    E.TAX_ID: tax_id,
    E.TAX_NUMBER: tax_number,
    E.SOCIAL_SECURITY: social_security,
    E.HEALTH_INSURANCE: health_insurance,
    E.LICENSE_PLATE: license_plate,
    E.ORGANIZATION: organization,
    E.LOCATION: location,
    **IDENTIFIER_GENERATORS,
}


def surrogate_value(entity_type: str, original: str, rng: random.Random) -> str:
    """A fake value for any non-person type; unknown types keep the shape with new characters."""
    generator = GENERATORS.get(entity_type, shape_preserving)
    return generator(original, rng)
