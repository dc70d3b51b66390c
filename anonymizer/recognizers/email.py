"""E-mail addresses: unambiguous by their shape, so no context word is needed.

The local part and the domain may contain umlauts (internationalised addresses occur in
citizen mail); the top-level domain must be letters only, which keeps file names such as
``bericht@2x.png`` out.
"""

from __future__ import annotations

import re

from anonymizer.entities import EMAIL
from anonymizer.recognizers.base import Pattern, PatternRecognizer

_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_DOMAIN = r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}"

_AT = r"(?:[ \t]?[(\[{][ \t]?(?:at|ät|aet)[ \t]?[)\]}][ \t]?)"
_DOT = r"(?:\.|[ \t]?[(\[{][ \t]?(?:dot|punkt)[ \t]?[)\]}][ \t]?)"
_OBFUSCATED_DOMAIN = rf"(?:[^\W_](?:[\w-]{{0,61}}[^\W_])?{_DOT})+[^\W\d_]{{2,24}}"
_OBFUSCATED_PART = re.compile(rf"{_AT}|{_DOT}", re.IGNORECASE)
_AT_ONLY = re.compile(_AT, re.IGNORECASE)
#: Plain and obfuscated addresses in one pass; the lookahead skips words that are followed by
#: neither "@" nor a bracket, which keeps the scan over long texts cheap.
_EMAIL = (
    r"(?<![\w.@+-])(?=[\w.!#$%&'*+/=?^`{|}~-]+(?:@|[ \t]?[(\[{]))"
    rf"(?P<value>{_LOCAL}(?:@{_DOMAIN}|{_AT}{_OBFUSCATED_DOMAIN}))"
    r"(?![\w@-]|\.[^\W_])"
)

#: Endings that make "name@2x.png" a file name (retina images, attachments), not an address.
FILE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "doc", "docx", "xls", "xlsx", "txt"})


def plain_address(candidate: str) -> str:
    """The address with "(at)" and "[dot]" written as "@" and "."."""
    if "@" in candidate:
        return candidate
    return _OBFUSCATED_PART.sub(lambda m: "@" if _AT_ONLY.fullmatch(m.group(0)) else ".", candidate)


class EmailRecognizer(PatternRecognizer):
    """Finds e-mail addresses such as ``r.eling@posteo.de``."""

    name = "EmailRecognizer"
    entity_type = EMAIL
    patterns = (Pattern("email", _EMAIL, 0.9, re.IGNORECASE),)
    context = ("E-Mail", "Email", "Mail", "Mailadresse", "schreiben", "Kontakt")

    def validate(self, candidate: str) -> bool | None:
        """An address is confirmed by its full structure (there is no check digit to test)."""
        candidate = plain_address(candidate)
        local, _, domain = candidate.rpartition("@")
        if len(local) > 64 or len(candidate) > 254:
            return False
        if domain.rpartition(".")[2].lower() in FILE_EXTENSIONS:
            return False
        return bool(re.fullmatch(_DOMAIN, domain))
