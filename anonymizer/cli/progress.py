"""A progress line on stderr for long work: bar, files, characters per second, time left (issue 21).

Shown only when stderr is a terminal — in a pipe or a log file it would be noise (and a log is no
place for a line per second). It names no file: a file name may name a person. Written by hand
rather than with tqdm or rich: a dozen lines, German throughout ("noch ca. 1:20"), and nothing more
for the installer to carry.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from anonymizer.batch import FolderProgress

#: Seconds between two redraws, at least.
REDRAW_SECONDS = 0.2
BAR_WIDTH = 24


def thousands(value: float) -> str:
    """``63000`` → ``63.000`` (German digit grouping)."""
    return f"{value:,.0f}".replace(",", ".")


def duration(seconds: float) -> str:
    """``80`` → ``1:20``, ``4000`` → ``1:06:40``."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def progress_line(
    fraction: float, counted: str, chars_per_second: float, seconds_left: float | None, plain: bool = False
) -> str:
    """``[████░░░░] 12/40 Dateien · 63.000 Zeichen/s · noch ca. 0:42`` (``plain``: ASCII only)."""
    done, todo, dot = ("#", "-", "|") if plain else ("█", "░", "·")
    filled = int(BAR_WIDTH * min(1.0, max(0.0, fraction)))
    parts = [f"[{done * filled}{todo * (BAR_WIDTH - filled)}] {counted}"]
    if chars_per_second > 0:
        parts.append(f"{thousands(chars_per_second)} Zeichen/s")
    if seconds_left is not None:
        parts.append(f"noch ca. {duration(seconds_left)}")
    return f" {dot} ".join(parts)


def _speaks_unicode(stream: TextIO) -> bool:
    """Whether the terminal's encoding has the bar's characters (an old Windows code page does not)."""
    try:
        "█░·".encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class TerminalProgress:
    """Redraws one line on a terminal; :meth:`for_stderr` gives None when stderr is no terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0
        self.plain = not _speaks_unicode(stream)

    @classmethod
    def for_stderr(cls) -> TerminalProgress | None:
        stream = sys.stderr
        return cls(stream) if stream is not None and stream.isatty() else None

    def _draw(self, line: str, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn < REDRAW_SECONDS:
            return
        self._drawn = now
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def folder(self, state: FolderProgress) -> bool:
        """The folder run's callback (never asks to stop)."""
        counted = f"{state.files_done}/{state.files_total} Dateien"
        self._draw(
            progress_line(state.fraction, counted, state.chars_per_second, state.seconds_left, self.plain),
            force=state.files_done == state.files_total,
        )
        return False

    def text(self, length: int) -> TextProgress:
        """A callback for the engine on one text of ``length`` characters."""
        return TextProgress(self, length)

    def close(self) -> None:
        """End the line, so that what follows starts on a line of its own."""
        if self._width:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0


class TextProgress:
    """The engine's progress callback for one long text: share done → the progress line."""

    def __init__(self, terminal: TerminalProgress, length: int) -> None:
        self.terminal = terminal
        self.length = length
        self.started = time.monotonic()

    def __call__(self, fraction: float) -> bool:
        elapsed = time.monotonic() - self.started
        rate = fraction * self.length / elapsed if elapsed > 0 else 0.0
        left = elapsed * (1 - fraction) / fraction if fraction > 0 else None
        line = progress_line(fraction, f"{fraction * 100:3.0f} %", rate, left, self.terminal.plain)
        self.terminal._draw(line, force=fraction >= 1.0)
        return False
