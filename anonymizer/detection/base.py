"""How long work reports progress and is cancelled: a plain callback, no Qt (the GUI re-emits it as a signal)."""

from __future__ import annotations

from collections.abc import Callable

#: Optional progress callback: fraction done in [0, 1]. Returning True asks the work to stop.
ProgressCallback = Callable[[float], bool | None]


class AnalysisCancelled(Exception):
    """Raised when a progress callback asked the work to stop."""
