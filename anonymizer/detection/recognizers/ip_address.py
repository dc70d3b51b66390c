"""IP addresses (v4 and v6), validated with the standard library's :mod:`ipaddress`.

The v4 pattern refuses a fifth dotted group and dotted neighbours, so version numbers
("1.2.3", "10.0.19041.1") and dates ("11.02.2006") do not match; ``ipaddress`` then rejects
groups above 255. Laws and forms number their sections "1.16.13.1", so a v4 address with neither a
three-digit group nor a zero group ("10.0.0.1" has one, outline numbers never do) needs an IP
context word or a prefix length ("10.2.1.0/24").

v6 addresses are taken in every form RFC 4291 and RFC 4007 allow: full, compressed ("::1",
"fe80::1"), with an embedded v4 address ("::ffff:192.0.2.1", "2001:db8::192.168.1.1"), a zone
("fe80::1%eth0") and a prefix length ("2001:db8::/32"); the span covers all of it, so no part of
the address stays visible. Short forms with small groups only ("12::30", "1::2") read as typos of
times or ratios and need a context word; the unspecified address "::" is the same on every machine
and names no host, and a bare "::" is far more often punctuation, so it is never reported.
"""

from __future__ import annotations

import ipaddress
import re

from anonymizer.detection.overlaps import outermost
from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import IP_ADDRESS, Finding

_OCTETS = r"\d{1,3}(?:\.\d{1,3}){3}"
_V4 = rf"(?<![\w.])(?P<value>{_OCTETS}(?:/\d{{1,2}})?)(?![\w]|\.\d)"
_H = r"[0-9A-Fa-f]{1,4}"
#: Up to eight colon-separated groups (some empty for "::"), an optional embedded v4 address after a
#: colon, an optional zone and prefix length. ``ipaddress`` decides what of this is an address.
_V6 = (
    rf"(?<![\w:.])(?P<value>(?:{_H})?(?::(?:{_H})?){{2,7}}(?:(?<=:){_OCTETS})?"
    r"(?:%[0-9A-Za-z_.]{1,15})?(?:/\d{1,3})?)(?![\w:]|\.\d)"
)
#: Words that say a dotted number is a software version, not an address.
_VERSION_WORDS = re.compile(r"\b(?:version|ver\.|v|release|build|update)\s*$", re.IGNORECASE)
_THREE_DIGITS_OR_ZERO = re.compile(r"(?<![\d])(?:\d{3}|0)(?![\d])")


def _address_part(value: str) -> str:
    """The address without zone and prefix length ("fe80::1%eth0/64" → "fe80::1")."""
    return value.split("/", 1)[0].split("%", 1)[0]


class IpAddressRecognizer(PatternRecognizer):
    """Finds addresses such as ``192.168.10.25``, ``2001:db8::1`` or ``::ffff:192.0.2.1``."""

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

    def analyze(self, text: str) -> list[Finding]:
        """Every address once: the v4 address inside "::ffff:192.0.2.1" is part of the v6 finding."""
        return outermost(super().analyze(text))

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Cut an impossible prefix length, drop versions, outline numbers and short v6 look-alikes."""
        if _VERSION_WORDS.search(text, max(0, start - 10), start):
            return None
        value = text[start:end]
        if "/" in value:
            try:
                ipaddress.ip_network(value.split("%", 1)[0] if ":" in value else value, strict=False)
            except ValueError:
                end = start + value.index("/")  # "10.0.0.0/123": the address without its prefix
                value = text[start:end]
        if ":" in value:
            return (start, end) if self._plausible_v6(text, start, end) else None
        if "/" in value or _THREE_DIGITS_OR_ZERO.search(value) or self._context.near(text, start, end):
            return start, end
        return None

    def _plausible_v6(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        address = _address_part(value)
        if address.strip(":") == "":
            return False  # "::" (unspecified) or a row of colons
        groups = [group for group in address.split(":") if group]
        return (
            len(groups) >= 3
            or "." in address
            or "%" in value
            or "/" in value
            or any(len(group) >= 3 for group in groups)
            or address == "::1"
            or self._context.near(text, start, end)
        )

    def validate(self, candidate: str) -> bool | None:
        try:
            ipaddress.ip_address(_address_part(candidate))
        except ValueError:
            return False
        return True
