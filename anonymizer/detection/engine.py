"""The analyzer engine: runs every recognizer on a normalised copy and maps results back.

The engine takes its recognizers and policy in the constructor (no globals), so tests and the
GUI can build one with a fake or reduced set. A model-based recognizer (the German NER model for
PERSON, ORGANIZATION and LOCATION) is just one more :class:`Recognizer` in the list.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from anonymizer.entities import Finding
from anonymizer.normalize import normalize
from anonymizer.overlaps import resolve_overlaps
from anonymizer.policy import Policy
from anonymizer.progress import AnalysisCancelled, ProgressCallback
from anonymizer.recognizers.base import Recognizer
from anonymizer.windows import WindowSettings, analyze_in_windows

__all__ = ["AnalysisCancelled", "AnalyzerEngine", "PostProcessor", "ProgressCallback"]


class PostProcessor(ABC):
    """A step that sees all candidates of all recognizers at once, before overlaps are resolved.

    Used for what no single recognizer can do: propagate a found name to its later mentions,
    drop findings on the policy's allow list, add the policy's deny terms.
    """

    @abstractmethod
    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        """Return the new candidate list for the normalised ``text``."""

    # A long document is analysed in windows (anonymizer.windows), in two passes, so that the model's
    # work never spans the whole text. A step that spreads what it found over the whole text (a name
    # to its later mentions, a value to its repeats) splits its work: the first pass does the local
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


class AnalyzerEngine:
    """Finds personal data in a text with a fixed set of recognizers under one policy."""

    def __init__(
        self,
        recognizers: Sequence[Recognizer],
        policy: Policy,
        postprocessors: Sequence[PostProcessor] = (),
        windows: WindowSettings | None = None,
    ) -> None:
        self.recognizers = list(recognizers)
        self.policy = policy
        self.postprocessors = list(postprocessors)
        #: How a long text is cut into windows (texts up to ``windows.threshold`` are read whole).
        self.windows = windows or WindowSettings()

    def analyze(
        self, text: str, progress: ProgressCallback | None = None, masked_only: bool = False
    ) -> list[Finding]:
        """All findings in ``text`` (original offsets), overlaps resolved, sorted by position.

        With ``masked_only`` the result holds only the types the policy masks (what
        ``detect --json`` prints); otherwise shown-only types such as LOCATION are included.
        A text longer than ``windows.threshold`` is read in windows (:mod:`anonymizer.windows`), with
        ``progress`` called after each.
        """
        if not text.strip():
            return []
        if len(text) > self.windows.threshold:
            windowed = analyze_in_windows(self, text, progress)
            return [f for f in windowed if self.policy.is_masked(f.type)] if masked_only else windowed
        working = normalize(text)
        candidates: list[Finding] = []
        total = max(1, len(self.recognizers))
        for index, recognizer in enumerate(self.recognizers):
            if progress is not None and progress(index / total):
                raise AnalysisCancelled()
            candidates.extend(recognizer.analyze(working.text))
        for postprocessor in self.postprocessors:
            candidates = postprocessor.process(working.text, candidates)
        resolved = resolve_overlaps(candidates, self.policy.is_masked)
        results: list[Finding] = []
        for finding in resolved:
            if masked_only and not self.policy.is_masked(finding.type):
                continue
            if working.is_identity:
                results.append(finding)
                continue
            start, end = working.to_original(finding.start, finding.end)
            results.append(finding.moved(start, end, text[start:end]))
        if progress is not None:
            progress(1.0)
        return results
