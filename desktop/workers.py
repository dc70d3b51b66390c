"""Work off the GUI thread: loading the engine and (re-)detection, results back through signals.

The core reports through plain callbacks and return values (dangerzone's ``ConvertTask`` pattern);
these runnables call it on a :class:`QThreadPool` and re-emit the outcome as queued signals. Every
detection request gets a generation number: a result for an older generation or for a text that
has changed since is stale and dropped, so a slow run can never overwrite newer findings. The app
window and the policy editor's live test detect through the same :class:`AnalysisRunner`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.facade import AnalysisCancelled, AnonymizerError, CoreFacade, Finding

log = logging.getLogger(__name__)

#: Shown when something unexpected fails on a worker (never the exception text: it may quote the document).
UNEXPECTED = "Bei der Erkennung ist ein unerwarteter Fehler aufgetreten."


#: Shown when reading a file fails for a reason the core did not foresee.
UNREADABLE = "Die Datei konnte nicht gelesen werden."

#: Shown when a folder run fails for a reason the core did not foresee.
FOLDER_FAILED = "Beim Bereinigen des Ordners ist ein unerwarteter Fehler aufgetreten."


class Analyzer(Protocol):
    """What :class:`AnalysisRunner` detects with: the app's :class:`CoreFacade` or the live test's tester."""

    @property
    def ready(self) -> bool: ...

    def analyze(self, text: str, progress: Callable[[float], bool | None] | None = None) -> list[Finding]: ...


class _Signals(QObject):
    finished = Signal(int, object)  # generation, findings
    failed = Signal(int, str)  # generation, German message
    cancelled = Signal(int)
    progress = Signal(int, float)
    loaded = Signal()
    load_failed = Signal(str)
    opened = Signal(int, object)  # ticket, LoadedDocument
    open_failed = Signal(int, str)
    folder_progress = Signal(object)  # FolderProgress
    folder_done = Signal(object)  # FolderResult
    folder_failed = Signal(str)


class _LoadTask(QRunnable):
    def __init__(self, facade: CoreFacade, signals: _Signals) -> None:
        super().__init__()
        self._facade = facade
        self._signals = signals

    def run(self) -> None:
        try:
            self._facade.load_engine()
        except AnonymizerError as error:
            self._signals.load_failed.emit(str(error))
        except Exception as error:
            log.error("Laden der Engine fehlgeschlagen: %s", type(error).__name__)
            self._signals.load_failed.emit("Das Sprachmodell konnte nicht geladen werden.")
        else:
            self._signals.loaded.emit()


class _AnalysisTask(QRunnable):
    def __init__(
        self, analyzer: Analyzer, generation: int, text: str, signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__()
        self._analyzer = analyzer
        self._generation = generation
        self._text = text
        self._signals = signals
        self._cancel = cancel

    def _progress(self, fraction: float) -> bool:
        self._signals.progress.emit(self._generation, fraction)
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            findings = self._analyzer.analyze(self._text, progress=self._progress)
        except AnalysisCancelled:
            self._signals.cancelled.emit(self._generation)
        except AnonymizerError as error:
            self._signals.failed.emit(self._generation, str(error))
        except Exception as error:
            log.error("Erkennung fehlgeschlagen: %s", type(error).__name__)
            self._signals.failed.emit(self._generation, UNEXPECTED)
        else:
            self._signals.finished.emit(self._generation, findings)


class _OpenTask(QRunnable):
    def __init__(self, facade: CoreFacade, ticket: int, path: Path, signals: _Signals) -> None:
        super().__init__()
        self._facade = facade
        self._ticket = ticket
        self._path = path
        self._signals = signals

    def run(self) -> None:
        try:
            document = self._facade.load_document(self._path)
        except AnonymizerError as error:
            self._signals.open_failed.emit(self._ticket, str(error))
        except Exception as error:
            log.error("Lesen der Datei fehlgeschlagen: %s", type(error).__name__)
            self._signals.open_failed.emit(self._ticket, UNREADABLE)
        else:
            self._signals.opened.emit(self._ticket, document)


class _BusyWorker(QObject):
    """A worker that is busy while its work waits or runs; ``busy_changed`` tells when that flips."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    @property
    def busy(self) -> bool:
        """True while work is waiting (a detection's debounce) or running."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


class DocumentOpener(_BusyWorker):
    """Reads a file on the pool (a long PDF must not freeze the window); cancel drops the result."""

    opened = Signal(object)  # LoadedDocument
    failed = Signal(str)

    def __init__(self, facade: CoreFacade, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facade = facade
        self._pool = pool
        self._ticket = 0
        self._signals = _Signals(self)
        self._signals.opened.connect(self._on_opened)
        self._signals.open_failed.connect(self._on_failed)

    def open(self, path: Path) -> None:
        self._ticket += 1
        self._set_busy(True)
        self._pool.start(_OpenTask(self._facade, self._ticket, path, self._signals))

    def cancel(self) -> None:
        self._ticket += 1
        self._set_busy(False)

    def _on_opened(self, ticket: int, document: object) -> None:
        if ticket == self._ticket and self._busy:
            self._set_busy(False)
            self.opened.emit(document)

    def _on_failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket and self._busy:
            self._set_busy(False)
            self.failed.emit(message)


class EngineLoader(QObject):
    """Loads the engine on the pool; ``ready`` or ``failed(message)`` arrive on the GUI thread."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, facade: CoreFacade, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facade = facade
        self._pool = pool
        self._signals = _Signals(self)
        self._signals.loaded.connect(self.ready)
        self._signals.load_failed.connect(self.failed)

    def start(self) -> None:
        self._pool.start(_LoadTask(self._facade, self._signals))


class AnalysisRunner(_BusyWorker):
    """Debounced detection of the current text on the pool.

    ``request(text)`` after every edit restarts the debounce timer; when it fires the text is
    analysed on a worker. ``results(text, findings)`` is emitted only for the newest request.
    """

    started = Signal()
    results = Signal(str, object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(float)

    def __init__(
        self, analyzer: Analyzer, pool: QThreadPool, debounce_ms: int = 250, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._analyzer = analyzer
        self._pool = pool
        self._generation = 0
        self._texts: dict[int, str] = {}
        self._cancel = threading.Event()
        self._pending_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._launch)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.progress.connect(self._on_progress)

    def request(self, text: str, immediately: bool = False) -> None:
        """Analyse ``text`` once the clerk pauses typing (or at once, e.g. after a paste)."""
        self._pending_text = text
        self._set_busy(True)
        if immediately:
            self._timer.stop()
            self._launch()
        else:
            self._timer.start()

    def cancel(self) -> None:
        """Stop the running detection (the "Abbrechen" button for long documents)."""
        self._timer.stop()
        self._pending_text = None
        self._cancel.set()
        self._generation += 1
        self._set_busy(False)
        self.cancelled.emit()

    def _launch(self) -> None:
        if self._pending_text is None or not self._analyzer.ready:
            return
        self._cancel.set()  # an older run still going is no longer wanted
        self._cancel = threading.Event()
        self._generation += 1
        text, self._pending_text = self._pending_text, None
        self._texts = {self._generation: text}
        self.started.emit()
        self._pool.start(_AnalysisTask(self._analyzer, self._generation, text, self._signals, self._cancel))

    def _is_current(self, generation: int) -> bool:
        return generation == self._generation and self._pending_text is None

    def _on_finished(self, generation: int, findings: object) -> None:
        if not self._is_current(generation):
            return
        self._set_busy(False)
        self.results.emit(self._texts.pop(generation, ""), findings)

    def _on_failed(self, generation: int, message: str) -> None:
        if self._is_current(generation):
            self._set_busy(False)
            self.failed.emit(message)

    def _on_cancelled(self, generation: int) -> None:
        if self._is_current(generation):
            self._set_busy(False)
            self.cancelled.emit()

    def _on_progress(self, generation: int, fraction: float) -> None:
        if generation == self._generation:
            self.progress.emit(fraction)


class _FolderTask(QRunnable):
    def __init__(
        self, facade: CoreFacade, job: tuple[Path, Path, bool], signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__()
        self._facade = facade
        self._job = job
        self._signals = signals
        self._cancel = cancel

    def _progress(self, state: object) -> bool:
        self._signals.folder_progress.emit(state)
        return self._cancel.is_set()

    def run(self) -> None:
        source, target, force = self._job
        try:
            result = self._facade.clean_folder(source, target, force, progress=self._progress)
        except AnonymizerError as error:
            self._signals.folder_failed.emit(str(error))
        except Exception as error:
            log.error("Ordner-Bereinigung fehlgeschlagen: %s", type(error).__name__)
            self._signals.folder_failed.emit(FOLDER_FAILED)
        else:
            self._signals.folder_done.emit(result)


class FolderCleaner(_BusyWorker):
    """Runs a folder run (:meth:`CoreFacade.clean_folder`) on a pool; progress and the result as signals.

    The window hands in its analysis pool (one thread): a folder run with the app's own engine then
    never enters the model while a detection of the pasted text runs.
    """

    progress = Signal(object)  # FolderProgress
    finished = Signal(object)  # FolderResult
    failed = Signal(str)

    def __init__(self, facade: CoreFacade, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facade = facade
        self._pool = pool
        self._cancel = threading.Event()
        self._signals = _Signals(self)
        self._signals.folder_progress.connect(self.progress)
        self._signals.folder_done.connect(self._on_done)
        self._signals.folder_failed.connect(self._on_failed)

    def start(self, source: Path, target: Path, force: bool = False) -> None:
        self._cancel = threading.Event()
        self._set_busy(True)
        self._pool.start(_FolderTask(self._facade, (source, target, force), self._signals, self._cancel))

    def cancel(self) -> None:
        """Ask the run to stop; it saves what is done and ends with ``finished`` (its result says cancelled)."""
        self._cancel.set()

    def _on_done(self, result: object) -> None:
        self._set_busy(False)
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.failed.emit(message)
