"""The analyzer engine: runs every recognizer on a normalised copy and maps results back.

The engine takes its recognizers and policy in the constructor (no globals), so tests and the
GUI can build one with a fake or reduced set. A model-based recognizer (the German NER model for
PERSON, ORGANIZATION and LOCATION) is just one more :class:`Recognizer` in the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from anonymizer.detection.base import AnalysisCancelled, PostProcessor, ProgressCallback, Recognizer
from anonymizer.detection.normalize import normalize
from anonymizer.detection.overlaps import resolve_overlaps
from anonymizer.detection.windows import WindowSettings, analyze_in_windows
from anonymizer.entities import Finding
from anonymizer.policy import Policy


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
        A text longer than ``windows.threshold`` is read in windows (:mod:`anonymizer.detection.windows`), with
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
