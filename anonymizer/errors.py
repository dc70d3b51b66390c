"""Errors with messages written for clerks (German, one sentence, no traceback).

Every error the user can cause — a missing, unreadable, binary or corrupt file, a broken policy —
is an :class:`AnonymizerError`; the command line prints its message and exits 1, the GUI shows it
in the window. Anything else is a bug.
"""

from __future__ import annotations


class AnonymizerError(Exception):
    """Base class: ``str(error)`` is the German message shown to the user."""

    @property
    def message(self) -> str:
        return str(self)


class InputFileError(AnonymizerError):
    """A file cannot be read as a document (missing, unreadable, binary, corrupt, too big)."""


class OutputFileError(AnonymizerError):
    """A result cannot be written."""


class PolicyError(AnonymizerError):
    """A policy file is invalid."""


class ModelError(AnonymizerError):
    """The bundled language model is missing or broken."""
