"""Long documents in windows: a bounded working set, names across a window edge, propagation over all.

Why (issue 21): read whole, a 20 MB text cost 2.2 GB and gave no sign of progress. The model's work
(tokens, activations) and the working copy grow with the text; the findings grow only with the
personal data in it. So a long text is read window by window, and only findings are kept.

The windows: a *core* of about :attr:`WindowSettings.size` characters, cut at a paragraph break,
else a line break, a sentence end or a space — never inside a word — plus *context* on both sides
(:attr:`WindowSettings.context` characters, widened to whole lines; a table row's context reaches
back to its header line, which the column recognizers need). A finding belongs to the window whose
core holds its first character; the context lets it see a name that runs across the core's edge,
and the label or salutation before it.

Two passes, because some steps must see the whole text: a name found on page 1 is masked on page
300 ("Kortmanns Antrag"), and so is every repeat of a found IBAN. Pass 1 runs the recognizers and the
local part of every post-processor on each window, keeps the window's candidates (not the model's
work) and collects what each post-processor learnt (:meth:`PostProcessor.first_pass`). Pass 2 runs
on each window again, without the recognizers: each post-processor spreads what all windows
learnt (:meth:`PostProcessor.second_pass`), overlaps are resolved, and the offsets are mapped back to
the original text. Findings of two neighbouring windows that overlap at a core edge are resolved
like overlaps inside a window.

A text up to :attr:`WindowSettings.threshold` is read whole, exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from anonymizer.detection.base import AnalysisCancelled, ProgressCallback
from anonymizer.detection.layout import TABLE_SEPARATORS
from anonymizer.detection.normalize import NormalizedText, normalize
from anonymizer.detection.overlaps import resolve_overlaps
from anonymizer.entities import Finding

if TYPE_CHECKING:
    from anonymizer.detection.engine import AnalyzerEngine

#: Share of the progress bar for pass 1 (recognizers, the model); pass 2 is a fast scan.
FIRST_PASS_SHARE = 0.95
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_LINE_BREAK = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[.!?][\"'“”»)]*[ \t]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class WindowSettings:
    """How a long text is cut: core size and context in characters."""

    size: int = 100_000
    context: int = 1_000
    #: How far a table row's context may reach back to the table's header line.
    table_context: int = 20_000

    @property
    def threshold(self) -> int:
        """Texts up to this length are read whole (one and a half windows: no tiny last window)."""
        return self.size + self.size // 2


@dataclass(frozen=True, slots=True)
class Window:
    """``start:end`` is read; findings that begin in ``core_start:core_end`` belong to this window."""

    start: int
    core_start: int
    core_end: int
    end: int


def _last_end(pattern: re.Pattern[str], text: str, low: int, high: int) -> int | None:
    """The end of the last match of ``pattern`` inside ``text[low:high]``, or None."""
    end = None
    for match in pattern.finditer(text, low, high):
        end = match.end()
    return end


def _cut(text: str, low: int, high: int) -> int:
    """Where a core ends between ``low`` and ``high``: after a paragraph, line, sentence or space."""
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _SPACE):
        end = _last_end(pattern, text, low, high)
        if end is not None and end > low:
            return end
    return high


def _is_table_row(text: str, line_start: int) -> bool:
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return any(separator in line for separator in TABLE_SEPARATORS)


def _context_start(text: str, core_start: int, settings: WindowSettings) -> int:
    """The start of the context before a core: ``context`` characters back, widened to a line start.

    A core that starts inside a table reaches back to the table's first line (its header).
    """
    if core_start == 0:
        return 0
    start = max(0, core_start - settings.context)
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start <= settings.context:
        start = line_start
    core_line = text.rfind("\n", 0, core_start) + 1
    if _is_table_row(text, core_line):
        limit = max(0, core_start - settings.table_context)
        row = core_line
        while row > limit:
            previous = text.rfind("\n", 0, row - 1) + 1
            if not _is_table_row(text, previous):
                break
            row = previous
        start = min(start, max(row, limit))
    return start


def _context_end(text: str, core_end: int, settings: WindowSettings) -> int:
    """The end of the context after a core: ``context`` characters on, widened to a line end."""
    end = min(len(text), core_end + settings.context)
    line_end = text.find("\n", end)
    if line_end != -1 and line_end - end <= settings.context:
        end = line_end
    return end


def plan_windows(text: str, settings: WindowSettings) -> list[Window]:
    """The windows of ``text``; their cores cover it without gap or overlap."""
    windows: list[Window] = []
    core_start = 0
    length = len(text)
    while core_start < length:
        if length - core_start <= settings.threshold:
            core_end = length
        else:
            core_end = _cut(text, core_start + settings.size // 2, core_start + settings.size)
        windows.append(
            Window(
                _context_start(text, core_start, settings),
                core_start,
                core_end,
                _context_end(text, core_end, settings),
            )
        )
        core_start = core_end
    return windows


@dataclass(slots=True)
class _WindowText:
    """One window's working copy, and which of its findings belong to it."""

    window: Window
    working: NormalizedText

    @classmethod
    def of(cls, text: str, window: Window) -> _WindowText:
        return cls(window, normalize(text[window.start : window.end]))

    def original_span(self, finding: Finding) -> tuple[int, int]:
        """The finding's span in the whole original text."""
        start, end = self.working.to_original(finding.start, finding.end)
        return self.window.start + start, self.window.start + end

    def owns(self, finding: Finding) -> bool:
        start = self.window.start + self.working.starts[finding.start]
        return self.window.core_start <= start < self.window.core_end


def _report(progress: ProgressCallback | None, fraction: float) -> None:
    if progress is not None and progress(min(1.0, fraction)):
        raise AnalysisCancelled()


def analyze_in_windows(engine: AnalyzerEngine, text: str, progress: ProgressCallback | None = None) -> list[Finding]:
    """What :meth:`AnalyzerEngine.analyze` finds in ``text``, read in windows (see the module docstring)."""
    windows = plan_windows(text, engine.windows)
    length = max(1, len(text))
    postprocessors = engine.postprocessors
    kept: list[list[Finding] | None] = []
    learnt: list[list[Any]] = [[] for _ in postprocessors]
    _report(progress, 0.0)
    for window in windows:
        part = _WindowText.of(text, window)
        candidates = [finding for recognizer in engine.recognizers for finding in recognizer.analyze(part.working.text)]
        for index, postprocessor in enumerate(postprocessors):
            candidates, found = postprocessor.first_pass(part.working.text, candidates)
            if found is not None:
                learnt[index].append(found)
        kept.append([finding for finding in candidates if part.owns(finding)])
        _report(progress, FIRST_PASS_SHARE * window.core_end / length)
    combined = [postprocessor.combine(found) for postprocessor, found in zip(postprocessors, learnt, strict=True)]
    results: list[Finding] = []
    for number, window in enumerate(windows):
        part = _WindowText.of(text, window)
        candidates = kept[number] or []
        kept[number] = None  # let the window's candidates go once read
        for postprocessor, known in zip(postprocessors, combined, strict=True):
            candidates = postprocessor.second_pass(part.working.text, candidates, known)
        owned = [finding for finding in candidates if part.owns(finding)]
        for finding in resolve_overlaps(owned, engine.policy.is_masked):
            start, end = part.original_span(finding)
            results.append(finding.moved(start, end, text[start:end]))
        _report(progress, FIRST_PASS_SHARE + (1 - FIRST_PASS_SHARE) * window.core_end / length)
    return list(_stitched(results, engine))


def _stitched(findings: list[Finding], engine: AnalyzerEngine) -> Iterator[Finding]:
    """``findings`` (each window's sorted and disjoint, windows in order) with the overlaps at core edges resolved."""
    cluster: list[Finding] = []
    cluster_end = -1
    for finding in findings:
        if cluster and finding.start >= cluster_end:
            yield from cluster if len(cluster) == 1 else resolve_overlaps(cluster, engine.policy.is_masked)
            cluster = []
        cluster.append(finding)
        cluster_end = max(cluster_end, finding.end) if len(cluster) > 1 else finding.end
    if cluster:
        yield from cluster if len(cluster) == 1 else resolve_overlaps(cluster, engine.policy.is_masked)
