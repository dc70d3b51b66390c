"""Reading and detection for a folder run: in this process, or in worker processes (``--jobs N``).

Detection is the slow part (the language model), masking is quick, and masking must happen in one
session so that a person gets one placeholder in every file. So workers only read and detect; the
parent masks, writes and keeps the session, in the order of the files (:mod:`anonymizer.batch.runner`).

Each worker loads the model once (the pool's initializer) and ignores Ctrl+C: the parent decides
when to stop, saves what is done, and ends the workers. A worker that dies (a file that exhausts
the memory, a crash in a reader) breaks the pool; the files that were in flight are then run again
one at a time in a fresh pool, so that only the file that kills a worker is reported as failed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from anonymizer.detection.base import AnalysisCancelled
from anonymizer.documents import LoadedDocument, load_document
from anonymizer.entities import Finding
from anonymizer.errors import AnonymizerError
from anonymizer.policy import Policy

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event

log = logging.getLogger(__name__)

#: The most worker processes chosen by default (each holds the model: about 250 MB).
MAX_DEFAULT_JOBS = 4
#: Shown for a file whose reader or detection failed in a way nobody foresaw (never the exception's text:
#: it may quote the document).
UNEXPECTED = "Beim Lesen oder Prüfen der Datei ist ein unerwarteter Fehler aufgetreten."
#: Shown for a file during which a worker process died.
WORKER_DIED = (
    "Bei dieser Datei ist der Arbeitsprozess abgestürzt (zum Beispiel weil der Arbeitsspeicher nicht reichte)."
)


def default_jobs() -> int:
    """The number of cores, at most :data:`MAX_DEFAULT_JOBS`."""
    return max(1, min(MAX_DEFAULT_JOBS, os.cpu_count() or 1))


class Engine(Protocol):
    """What detection needs of an engine (the real one, or a test's)."""

    def analyze(
        self, text: str, progress: Callable[[float], bool | None] | None = None, masked_only: bool = False
    ) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """How a worker process builds its engine (picklable: it travels to the worker)."""

    policy: Policy
    with_model: bool = True

    def build(self) -> Engine:
        from anonymizer.detection.factory import build_engine

        return build_engine(self.policy, with_model=self.with_model)


@dataclass(frozen=True, slots=True)
class DetectTask:
    """One file to read and check; ``kind`` None: only its path is checked (a file that is only listed)."""

    number: int
    path: Path
    path_text: str
    kind: str | None


@dataclass(frozen=True, slots=True)
class Detected:
    """What a worker hands back: the document and its findings, or the German reason why not."""

    number: int
    document: LoadedDocument | None = None
    findings: tuple[Finding, ...] = ()
    path_findings: tuple[Finding, ...] = ()
    error: str | None = None
    chars: int = field(default=0)


def detect(engine: Engine, task: DetectTask, progress: Callable[[float], bool | None] | None = None) -> Detected:
    """Read ``task``'s file and find what the policy masks in it and in its path.

    Raises :class:`AnalysisCancelled` when ``progress`` asks to stop; every other failure is the file's.
    """
    try:
        path_findings = tuple(engine.analyze(task.path_text, masked_only=True)) if task.path_text.strip() else ()
        if task.kind is None:
            return Detected(task.number, path_findings=path_findings)
        document = load_document(task.path)
        findings = tuple(engine.analyze(document.text, progress, masked_only=True))
    except AnalysisCancelled:
        raise
    except AnonymizerError as error:
        return Detected(task.number, error=error.message)
    except Exception as error:  # one bad file never stops the batch
        log.error("Datei %d: unerwarteter Fehler %s", task.number, type(error).__name__)
        return Detected(task.number, error=UNEXPECTED)
    return Detected(task.number, document, findings, path_findings, chars=len(document.text))


#: Told how far the file of a number is (what the progress line shows between whole files).
PartialProgress = Callable[[int, float], None]
#: Asked whether to stop (the user cancelled).
StopRequested = Callable[[], bool]


class Detector(Protocol):
    """Hands back what :func:`detect` found for each task, in the order of the tasks."""

    def results(self, tasks: Iterable[DetectTask], partial: PartialProgress, stop: StopRequested) -> Iterator[Detected]:
        """Raises :class:`AnalysisCancelled` once ``stop`` says so."""

    def close(self) -> None: ...


class InProcessDetector:
    """Detection in this process, one file after the other (``--jobs 1``, the app's test engine).

    The engine is built by ``build`` only once a file needs checking, so a rerun that finds every file
    done never loads the model.
    """

    def __init__(self, build: Callable[[], Engine]) -> None:
        self._build = build
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._build()
        return self._engine

    def results(self, tasks: Iterable[DetectTask], partial: PartialProgress, stop: StopRequested) -> Iterator[Detected]:
        for task in tasks:
            if stop():
                raise AnalysisCancelled()

            def progress(fraction: float, number: int = task.number) -> bool:
                partial(number, fraction)
                return stop()

            yield detect(self.engine, task, progress)

    def close(self) -> None:
        """Nothing to end."""


# -- worker processes ----------------------------------------------------------------------------------------

_worker: dict[str, Any] = {}


class WorkerSetupError(AnonymizerError):
    """A worker could not load its engine (the model is missing or damaged): the whole run stops."""


def _init_worker(spec: EngineSpec, cancel: Event, board: Any, seats: Any, jobs: int) -> None:
    """Runs once in each worker: one thread for the model's maths, Ctrl+C left to the parent, the engine loaded.

    ``board`` holds two numbers per worker — the file it reads and how far it is — which the parent reads
    for its progress bar. A board of plain shared numbers, not a queue: a worker that dies while it writes
    cannot leave a lock behind that would stop the others.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    with seats.get_lock():
        seat = seats.value % jobs
        seats.value += 1
    _worker.update(cancel=cancel, board=board, seat=seat, setup_error=None)
    try:
        _worker["engine"] = spec.build()
    except AnonymizerError as error:  # raised from here it would only break the pool, without its message
        _worker["setup_error"] = error.message


def _detect_in_worker(task: DetectTask) -> Detected:
    if _worker["setup_error"] is not None:
        raise WorkerSetupError(_worker["setup_error"])
    cancel: Event = _worker["cancel"]
    board, seat = _worker["board"], _worker["seat"]

    def progress(fraction: float) -> bool:
        board[2 * seat], board[2 * seat + 1] = task.number, fraction
        return cancel.is_set()

    try:
        return detect(_worker["engine"], task, progress)
    except AnalysisCancelled:
        return Detected(task.number, error="Abgebrochen.")
    finally:
        board[2 * seat] = -1


class ProcessDetector:
    """Detection in ``jobs`` worker processes; results come back in the order of the tasks.

    At most ``2 × jobs`` files are in flight, so a folder of ten thousand letters does not sit in memory
    while the first, long one is read.
    """

    def __init__(self, spec: EngineSpec, jobs: int) -> None:
        self.spec = spec
        self.jobs = max(1, jobs)
        self._context = multiprocessing.get_context("spawn")  # the same on Windows, Linux and in the frozen app
        self._cancel = self._context.Event()
        self._board = self._context.Array("d", [-1.0, 0.0] * self.jobs, lock=False)
        self._seats = self._context.Value("i", 0)
        self._pool: ProcessPoolExecutor | None = None
        self._flight: deque[tuple[DetectTask, Future[Detected]]] = deque()

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=self._context,
                initializer=_init_worker,
                initargs=(self.spec, self._cancel, self._board, self._seats, self.jobs),
            )
        return self._pool

    def _restart(self) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        return self._start()

    def _await(self, future: Future[Detected], partial: PartialProgress, stop: StopRequested) -> None:
        """Wait for ``future``, passing on how far the workers are; tell the workers when to stop."""
        while True:
            done = future.done() or bool(wait([future], timeout=0.2, return_when=FIRST_COMPLETED).done)
            for seat in range(self.jobs):
                number, fraction = self._board[2 * seat], self._board[2 * seat + 1]
                if number >= 0:
                    partial(int(number), fraction)
            if stop():
                self._cancel.set()  # a worker stops at its next report on a long file
            if done:
                return

    def results(self, tasks: Iterable[DetectTask], partial: PartialProgress, stop: StopRequested) -> Iterator[Detected]:
        queue = iter(tasks)
        flight = self._flight

        def fill(pool: ProcessPoolExecutor) -> None:
            while len(flight) < 2 * self.jobs and not self._cancel.is_set():
                task = next(queue, None)
                if task is None:
                    return
                flight.append((task, pool.submit(_detect_in_worker, task)))

        fill(self._start())
        while flight:
            future = flight[0][1]
            self._await(future, partial, stop)
            try:
                result = future.result()
            except BrokenProcessPool:
                stranded = [item[0] for item in flight]
                flight.clear()
                yield from self._one_by_one(stranded, partial, stop)
                fill(self._start())
                continue
            flight.popleft()
            if self._cancel.is_set():
                raise AnalysisCancelled()
            yield result
            fill(self._start())
        if self._cancel.is_set():
            raise AnalysisCancelled()

    def _one_by_one(self, tasks: list[DetectTask], partial: PartialProgress, stop: StopRequested) -> Iterator[Detected]:
        """Run the files a dead worker left behind again, alone, to find the one that kills a worker."""
        pool = self._restart()
        for task in tasks:
            future = pool.submit(_detect_in_worker, task)
            self._flight.append((task, future))
            self._await(future, partial, stop)
            self._flight.clear()
            try:
                result = future.result()
            except BrokenProcessPool:
                result = Detected(task.number, error=WORKER_DIED)
                pool = self._restart()
            if self._cancel.is_set():
                raise AnalysisCancelled()
            yield result

    def close(self) -> None:
        """End the workers: at once when files are still in flight (cancel, Ctrl+C, an error), else cleanly."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not any(not future.done() for _task, future in self._flight):
            pool.shutdown(wait=True)
            return
        self._cancel.set()
        processes = list(getattr(pool, "_processes", {}).values())  # no public way to stop a busy worker
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
        self._flight.clear()
