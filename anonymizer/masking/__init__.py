"""Masking and restoring: placeholders such as ``[PERSON_1]``, surrogates, and the way back.

:class:`MaskingSession` is the API the GUI, the command line and the document writers use; it keeps
one consistent numbering across all texts of a session and restores chatbot answers.
"""

from __future__ import annotations

from collections.abc import Sequence

from anonymizer.entities import Finding
from anonymizer.masking.results import MaskResult, Replacement, RestoreResult
from anonymizer.masking.session import MaskingSession, new_session_id
from anonymizer.policy import Policy

__all__ = [
    "MaskResult",
    "MaskingSession",
    "Replacement",
    "RestoreResult",
    "mask_with_placeholders",
    "new_session_id",
]


def mask_with_placeholders(text: str, findings: Sequence[Finding]) -> str:
    """Replace every finding by its ``[TYPE_n]`` placeholder, in a fresh session (used by the self-test)."""
    return MaskingSession(Policy()).mask(text, findings, operator="placeholder").text
