"""The analyzer engine: runs every recognizer on a normalised copy and maps results back.

The engine takes its recognizers and policy in the constructor (no globals), so tests and the
GUI can build one with a fake or reduced set. A model-based recognizer (the German NER model for
PERSON, ORGANIZATION and LOCATION) is just one more :class:`Recognizer` in the list.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

from anonymizer.entities import Finding
from anonymizer.normalize import normalize
from anonymizer.overlaps import resolve_overlaps
from anonymizer.policy import Policy
from anonymizer.recognizers.base import Recognizer


class PostProcessor(ABC):
    """A step that sees all candidates of all recognizers at once, before overlaps are resolved.

    Used for what no single recognizer can do: propagate a found name to its later mentions,
    drop findings on the policy's allow list, add the policy's deny terms.
    """

    @abstractmethod
    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        """Return the new candidate list for the normalised ``text``."""


#: Optional progress callback: fraction done in [0, 1]. Returning True asks the engine to stop.
ProgressCallback = Callable[[float], bool | None]


class AnalysisCancelled(Exception):
    """Raised when a progress callback asked the engine to stop."""


class AnalyzerEngine:
    """Finds personal data in a text with a fixed set of recognizers under one policy."""

    def __init__(
        self,
        recognizers: Sequence[Recognizer],
        policy: Policy,
        postprocessors: Sequence[PostProcessor] = (),
    ) -> None:
        self.recognizers = list(recognizers)
        self.policy = policy
        self.postprocessors = list(postprocessors)

    def analyze(
        self, text: str, progress: ProgressCallback | None = None, masked_only: bool = False
    ) -> list[Finding]:
        """All findings in ``text`` (original offsets), overlaps resolved, sorted by position.

        With ``masked_only`` the result holds only the types the policy masks (what
        ``detect --json`` prints); otherwise shown-only types such as LOCATION are included.
        """
        if not text.strip():
            return []
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
