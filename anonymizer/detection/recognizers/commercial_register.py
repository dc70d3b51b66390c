"""Register numbers of the Handelsregister and its siblings: "HRB 12345", "HRA 4711", "VR 1234".

The register letters are part of the number and name its kind: HRA (sole traders, e.K., and
partnerships), HRB (GmbH, AG, UG), GnR (cooperatives), PR (Partnerschaften of freelancers), VR
(associations), GsR (Gesellschaftsregister of the GbR since 2024); Berlin adds a "B" ("HRB 12345
B"). The number itself has no check digit (§ 13 HRV; :mod:`stdnum.de.handelsregisternummer` only
checks the court's name, which letters leave out more often than not). "HRA"/"HRB" with one to
six digits is specific enough to stand alone, in any case ("hrb 12345"); "VR 12", "PR 7" and
"GnR 3" also read as "virtual reality" or a press release number, so they need a register word
("Amtsgericht", "Vereinsregister", "eingetragen") nearby.

An HRB number belongs to a company, an HRA or PR number often to a natural person (a sole trader,
a doctor's partnership); as the app cannot tell them apart, the default policy masks the type.
"""

from __future__ import annotations

import re

from anonymizer.detection.recognizers.pattern import Pattern, PatternRecognizer
from anonymizer.entities import COMMERCIAL_REGISTER

_AFTER = r"(?![\w]|[.,/-]\d)"
_NUMBER = r"(?:[ -]?Nr\.?)?[ ]?\d{1,6}(?:[ ]B(?![\w]))?"
_HR = rf"(?<![\w-])(?P<value>HR[ ]?[AB]{_NUMBER}){_AFTER}"
_OTHER = rf"(?<![\w-])(?P<value>(?:GnR|GsR|PR|VR){_NUMBER}){_AFTER}"
#: Registers whose letters alone are no proof ("VR 12" may be a VR headset, "PR 7" a press release).
_NEEDS_CONTEXT = re.compile(r"(?:GnR|GsR|PR|VR)")


class CommercialRegisterRecognizer(PatternRecognizer):
    """Finds register numbers such as ``HRB 12345`` (also ``HR B 12345``, ``HRB 12345 B``)."""

    name = "CommercialRegisterRecognizer"
    entity_type = COMMERCIAL_REGISTER
    patterns = (Pattern("hr", _HR, 0.6, re.IGNORECASE), Pattern("register", _OTHER, 0.4))
    context = (
        "Handelsregister", "Handelsregisternummer", "Registergericht", "Registernummer", "Register-Nr",
        "Amtsgericht", "AG ", "eingetragen", "Vereinsregister", "Genossenschaftsregister", "Partnerschaftsregister",
        "Gesellschaftsregister", "Registerblatt",
    )  # fmt: skip

    def bare_ok(self, text: str, start: int, end: int) -> bool:
        """ "VR 12", "PR 7", "GnR 3" count only next to a register word."""
        return not _NEEDS_CONTEXT.match(text, start)
