"""IP addresses (v4 and v6), validated with the standard library's :mod:`ipaddress`.

The v4 pattern refuses a fifth dotted group and dotted neighbours, so version numbers
("1.2.3", "10.0.19041.1") and dates ("11.02.2006") do not match; ``ipaddress`` then rejects
groups above 255. A v6 candidate needs either eight groups or a ``::``, which keeps clock
times ("14:30:00") out.
"""

from __future__ import annotations

import ipaddress
import re

from anonymizer.entities import IP_ADDRESS
from anonymizer.recognizers.base import Pattern, PatternRecognizer

_V4 = r"(?<![\w.])(?P<value>\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)"
_H = r"[0-9A-Fa-f]{1,4}"
_V6 = (
    r"(?<![\w:.])(?P<value>"
    rf"(?:{_H}:){{7}}{_H}"
    rf"|(?:{_H}:){{1,7}}:(?:{_H}(?::{_H}){{0,6}})?"
    rf"|::(?:{_H}(?::{_H}){{0,6}})?"
    r")(?![\w:])"
)
#: Words that say a dotted number is a software version, not an address.
_VERSION_WORDS = re.compile(r"\b(?:version|ver\.|v)\s*$", re.IGNORECASE)
#: Four single digits ("1.2.3.4") read like an outline number; they need an IP context word.
_OUTLINE = re.compile(r"\d\.\d\.\d\.\d")


class IpAddressRecognizer(PatternRecognizer):
    """Finds addresses such as ``192.168.10.25`` or ``2001:db8::1``."""

    name = "IpAddressRecognizer"
    entity_type = IP_ADDRESS
    patterns = (Pattern("ipv4", _V4, 0.6), Pattern("ipv6", _V6, 0.6))
    context = ("IP", "IP-Adresse", "Adresse", "Server", "Rechner", "Router", "Host", "Netzwerk")

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop version numbers, and outline numbers ("Ziffer 1.2.3.4") unless an IP word is near."""
        if _VERSION_WORDS.search(text, max(0, start - 10), start):
            return None
        if _OUTLINE.fullmatch(text, start, end) and not self._context.near(text, start, end):
            return None
        return start, end

    def validate(self, candidate: str) -> bool | None:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            return False
        return not (address.version == 6 and len([g for g in candidate.split(":") if g]) < 3)
