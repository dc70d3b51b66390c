"""Web addresses: ``http(s)://…``, ``www.…`` and bare domains with a known top-level domain.

Bare domains are only accepted with a top-level domain from the small bundled list below: no
``tldextract`` (it downloads its list) and no network. That list is what keeps abbreviations
("z.B.", "Abs.2") and file names ("antrag.pdf") out. Addresses next to an ``@`` belong to an
e-mail address and are left to :mod:`anonymizer.detection.recognizers.email`.
"""

from __future__ import annotations

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import URL

#: Top-level domains seen in German administrative texts (country codes of neighbours and
#: frequent partners, generic ones, German regional ones). "es" is left out on purpose: in
#: chat text "ok.es geht" is far more common than a Spanish domain without "www.".
TOP_LEVEL_DOMAINS: tuple[str, ...] = (
    "de", "com", "org", "net", "eu", "info", "biz", "gov", "edu", "int", "io", "app", "dev", "online", "shop",
    "nrw", "ruhr", "koeln", "cologne", "berlin", "hamburg", "bayern", "saarland", "sachsen", "bremen",
    "at", "ch", "li", "lu", "nl", "be", "fr", "it", "pt", "pl", "cz", "dk", "se", "no", "fi", "uk",
    "ie", "tr", "gr", "ro", "bg", "hr", "hu", "sk", "si", "ru", "ua", "us", "ca", "tv", "me", "co",
)

_TLD = "(?:" + "|".join(sorted(TOP_LEVEL_DOMAINS, key=len, reverse=True)) + ")"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
#: Path, query and fragment: anything up to white space; trailing punctuation is trimmed later.
_REST = r"(?:[/?#][^\s<>\"']*)?"
_BEFORE = r"(?<![\w.@/-])"
#: Cheap lookahead: only words followed by a dot and a letter can start a bare domain (4x faster).
_DOTTED_WORD = r"(?=[\w-]+\.[^\W\d_])"
_AFTER_HOST = r"(?![\w@-]|\.[^\W_])"

#: Characters that end a sentence or close a bracket rather than belong to the address.
_TRAILING = ".,;:!?)]}'\"»«“”"


class UrlRecognizer(PatternRecognizer):
    """Finds web addresses such as ``https://www.kreis-coesfeld.de/buergerservice``."""

    name = "UrlRecognizer"
    entity_type = URL
    patterns = (
        Pattern("scheme", r"(?<![\w.-])(?P<value>(?:https?|ftp)://[^\s<>\"']+)", 0.9),
        Pattern("www", rf"{_BEFORE}(?P<value>www\.(?:{_LABEL}\.)+[^\W\d_]{{2,24}}{_AFTER_HOST}{_REST})", 0.85),
        Pattern(
            "bare-domain",
            rf"{_BEFORE}{_DOTTED_WORD}(?P<value>(?:{_LABEL}\.)*[^\W_][\w-]{{0,61}}[^\W_]\.{_TLD}{_AFTER_HOST}{_REST})",
            0.6,
        ),
    )
    context = ("Internet", "Webseite", "Website", "Homepage", "Link", "URL", "online", "unter")

    def adjust(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop closing punctuation, and everything that is really part of an e-mail address."""
        if end < len(text) and text[end] == "@":
            return None
        while end > start and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        return start, end
