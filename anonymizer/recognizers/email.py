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

#: Endings that make "name@2x.png" a file name (retina images, attachments), not an address.
FILE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "doc", "docx", "xls", "xlsx", "txt"})


class EmailRecognizer(PatternRecognizer):
    """Finds e-mail addresses such as ``r.eling@posteo.de``."""

    name = "EmailRecognizer"
    entity_type = EMAIL
    patterns = (
        Pattern("email", rf"(?<![\w.@+-])(?P<value>{_LOCAL}@{_DOMAIN})(?![\w@-]|\.[^\W_])", 0.9),
    )
    context = ("E-Mail", "Email", "Mail", "Mailadresse", "schreiben", "Kontakt")

    def validate(self, candidate: str) -> bool | None:
        """An address is confirmed by its full structure (there is no check digit to test)."""
        local, _, domain = candidate.rpartition("@")
        if len(local) > 64 or len(candidate) > 254:
            return False
        if domain.rpartition(".")[2].lower() in FILE_EXTENSIONS:
            return False
        return bool(re.fullmatch(_DOMAIN, domain))
