"""The extension points of detection: what a recognizer is, what a post-processor is, how progress is told.

Everything else in :mod:`anonymizer.detection` builds on these three, and this module imports nothing
of detection itself, so it is the bottom of the package: a new identifier family is one more
:class:`Recognizer`, a step that must see all candidates at once is one more :class:`PostProcessor`,
and long work reports through a plain :data:`ProgressCallback` (no Qt; the GUI re-emits it as a signal).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from anonymizer.entities import Finding

#: Optional progress callback: fraction done in [0, 1]. Returning True asks the work to stop.
ProgressCallback = Callable[[float], bool | None]


class AnalysisCancelled(Exception):
    """Raised when a progress callback asked the work to stop."""


class Recognizer(ABC):
    """Finds one family of personal data in a normalised text."""

    #: Short name shown in debug output and used by policy patterns.
    name: str = ""
    #: The entity types this recognizer can return.
    entity_types: tuple[str, ...] = ()

    @abstractmethod
    def analyze(self, text: str) -> list[Finding]:
        """Return every candidate in ``text`` (offsets into ``text``)."""


class PostProcessor(ABC):
    """A step that sees all candidates of all recognizers at once, before overlaps are resolved.

    Used for what no single recognizer can do: propagate a found name to its later mentions,
    drop findings on the policy's allow list, add the policy's deny terms.
    """

    @abstractmethod
    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        """Return the new candidate list for the normalised ``text``."""

    # A long document is analysed in windows (anonymizer.detection.windows), in two passes, so that the
    # model's work never spans the whole text. A step that spreads what it found over the whole text (a
    # name to its later mentions, a value to its repeats) splits its work: the first pass does the local
    # part on each window and says what it learnt; the second pass, on each window again, spreads what
    # all windows learnt. A purely local step (a filter) keeps these defaults and filters both times,
    # so that it also sees what the second pass of an earlier step added.

    def first_pass(self, text: str, candidates: list[Finding]) -> tuple[list[Finding], Any]:
        """The candidates of one window after the local part of this step, and what the other windows need."""
        return self.process(text, candidates), None

    def combine(self, learnt: list[Any]) -> Any:
        """What the first passes of all windows learnt, merged once (in text order) for the second pass."""
        return None

    def second_pass(self, text: str, candidates: list[Finding], learnt: Any) -> list[Finding]:
        """The candidates of one window with what the whole text taught (``learnt`` from :meth:`combine`)."""
        return self.process(text, candidates)
