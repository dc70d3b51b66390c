"""The typed results every recognizer returns and the catalogue of entity types (PRODUCT.md section 2)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

PERSON: Final = "PERSON"
ADDRESS: Final = "ADDRESS"
DATE_OF_BIRTH: Final = "DATE_OF_BIRTH"
EMAIL: Final = "EMAIL"
PHONE: Final = "PHONE"
URL: Final = "URL"
IP_ADDRESS: Final = "IP_ADDRESS"
IBAN: Final = "IBAN"
BIC: Final = "BIC"
CREDIT_CARD: Final = "CREDIT_CARD"
TAX_ID: Final = "TAX_ID"
TAX_NUMBER: Final = "TAX_NUMBER"
VAT_ID: Final = "VAT_ID"
COMMERCIAL_REGISTER: Final = "COMMERCIAL_REGISTER"
SOCIAL_SECURITY: Final = "SOCIAL_SECURITY"
HEALTH_INSURANCE: Final = "HEALTH_INSURANCE"
PHYSICIAN_NUMBER: Final = "PHYSICIAN_NUMBER"
PRACTICE_NUMBER: Final = "PRACTICE_NUMBER"
ID_DOCUMENT: Final = "ID_DOCUMENT"
DRIVING_LICENSE: Final = "DRIVING_LICENSE"
LICENSE_PLATE: Final = "LICENSE_PLATE"
REFERENCE: Final = "REFERENCE"
ORGANIZATION: Final = "ORGANIZATION"
LOCATION: Final = "LOCATION"

#: Every entity type in the order the GUI and documentation list them.
ALL_TYPES: Final[tuple[str, ...]] = (
    PERSON,
    ADDRESS,
    DATE_OF_BIRTH,
    EMAIL,
    PHONE,
    URL,
    IP_ADDRESS,
    IBAN,
    BIC,
    CREDIT_CARD,
    TAX_ID,
    TAX_NUMBER,
    VAT_ID,
    COMMERCIAL_REGISTER,
    SOCIAL_SECURITY,
    HEALTH_INSURANCE,
    PHYSICIAN_NUMBER,
    PRACTICE_NUMBER,
    ID_DOCUMENT,
    DRIVING_LICENSE,
    LICENSE_PLATE,
    REFERENCE,
    ORGANIZATION,
    LOCATION,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected piece of personal data.

    Offsets are code-point offsets into the text the caller handed in (after the engine has mapped
    them back from its normalised working copy). ``validated`` is True when a check digit or a
    library validator confirmed the value; validated findings win overlaps against guesses.
    """

    start: int
    end: int
    type: str
    text: str
    score: float
    recognizer: str = ""
    validated: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span {self.start}:{self.end}")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end

    def moved(self, start: int, end: int, text: str) -> Finding:
        """The same finding at other offsets (used when mapping back to the original text)."""
        return replace(self, start=start, end=end, text=text)

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "text": self.text,
            "score": round(self.score, 3),
        }
