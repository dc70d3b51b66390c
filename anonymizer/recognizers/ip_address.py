"""IP addresses (v4 and v6), validated with the standard library's :mod:`ipaddress`.

The v4 pattern refuses a fifth dotted group and dotted neighbours, so version numbers
("1.2.3", "10.0.19041.1") and dates ("11.02.2006") do not match; ``ipaddress`` then rejects
groups above 255. Laws and forms number their sections "1.16.13.1", so a v4 address without
a three-digit group needs an IP context word. A v6 candidate needs either eight groups or a ``::``, which keeps clock
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
#: An address without any three-digit group ("10.2.1.7", "1.16.13.1") reads like the outline
#: number of a section in a law or a form; it needs an IP context word nearby.
_THREE_DIGIT_GROUP = re.compile(r"(?<![\d])\d{3}(?![\d])")


class IpAddressRecognizer(PatternRecognizer):
    """Finds addresses such as ``192.168.10.25`` or ``2001:db8::1``."""

    name = "IpAddressRecognizer"
    entity_type = IP_ADDRESS
    patterns = (Pattern("ipv4", _V4, 0.6), Pattern("ipv6", _V6, 0.6))
    context = (
        "IP",
        "IP-Adresse",
        "IPv4",
        "IPv6",
        "Server",
        "Rechner",
        "Router",
        "Host",
        "Netzwerk",
        "Gateway",
        "DNS",
        "Subnetz",
        "Zugriff von",
    )

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop version numbers, and outline-like v4 numbers ("Ziffer 1.16.13.1") unless an IP word is near."""
        if _VERSION_WORDS.search(text, max(0, start - 10), start):
            return None
        value = text[start:end]
        if ":" not in value and not _THREE_DIGIT_GROUP.search(value) and not self._context.near(text, start, end):
            return None
        return start, end

    def validate(self, candidate: str) -> bool | None:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            return False
        return not (address.version == 6 and len([g for g in candidate.split(":") if g]) < 3)
