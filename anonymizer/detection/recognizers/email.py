"""E-mail addresses: unambiguous by their shape, so no context word is needed.

The local part and the domain may contain umlauts (internationalised addresses occur in
citizen mail); the top-level domain must be letters only, which keeps file names such as
``bericht@2x.png`` out.
"""

from __future__ import annotations

import re

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import EMAIL, Finding

#: The characters of a local part (RFC 5322 "atext"), without the dot that separates its atoms.
_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]"
#: Every repetition is bounded (a local part has at most 64 characters, a domain at most 253, a label
#: 63): a match attempt can then only look a fixed distance ahead, however long a run of ``=`` or
#: base64 the text holds.
_LOCAL = rf"{_ATEXT}{{1,64}}(?:\.{_ATEXT}{{1,64}}){{0,32}}"
_DOMAIN = r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,127}[^\W\d_]{2,24}"

_AT = r"(?:[ \t]?[(\[{][ \t]?(?:at|ät|aet)[ \t]?[)\]}][ \t]?)"
_DOT = r"(?:\.|[ \t]?[(\[{][ \t]?(?:dot|punkt)[ \t]?[)\]}][ \t]?)"
_OBFUSCATED_DOMAIN = rf"(?:[^\W_](?:[\w-]{{0,61}}[^\W_])?{_DOT}){{1,127}}[^\W\d_]{{2,24}}"
_OBFUSCATED_PART = re.compile(rf"{_AT}|{_DOT}", re.IGNORECASE)
_AT_ONLY = re.compile(_AT, re.IGNORECASE)
#: What every address contains: an "@" or the bracket of an obfuscated "(at)". A text without one is
#: not scanned at all.
_ANCHOR = re.compile(r"@|[(\[{][ \t]?(?:at|ät|aet)[ \t]?[)\]}]", re.IGNORECASE)
#: Plain and obfuscated addresses in one pass, anchored on the "@" (or the bracket of "(at)"): a match
#: may only start where a run of address characters starts (the lookbehind), and the lookahead then
#: checks within at most 65 characters that an "@" or a bracket ends the run. Together each position
#: of the text is looked at a bounded number of times — linear time. (The lookbehind used to allow a
#: start inside a run of "=", "&", "/" or "#", so 100,000 "&" were rescanned from every position: 3 min.)
_EMAIL = (
    r"(?<![\w.@+-])(?=[\w.!#$%&'*+/=?^`{|}~-]{1,65}(?:@|[ \t]?[(\[{]))"
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

    def analyze(self, text: str) -> list[Finding]:
        if _ANCHOR.search(text) is None:
            return []
        return super().analyze(text)

    def validate(self, candidate: str) -> bool | None:
        """An address is confirmed by its full structure (there is no check digit to test)."""
        candidate = plain_address(candidate)
        local, _, domain = candidate.rpartition("@")
        if len(local) > 64 or len(candidate) > 254:
            return False
        if domain.rpartition(".")[2].lower() in FILE_EXTENSIONS:
            return False
        return bool(re.fullmatch(_DOMAIN, domain))
