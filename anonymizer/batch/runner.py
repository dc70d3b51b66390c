"""One folder run: every file of a folder cleaned into a mirrored tree, in one session (issue 21.1).

The order of work, and why:

1. The folders are checked (the output may not be the input or hold it) and the progress record of an
   earlier run is read (:mod:`anonymizer.batch.record`). The session is the one named, else the
   record's (a rerun goes on in the session that numbered the finished files), else a new one. It stays
   locked from load to the last save, like ``anonymize --session``.
2. Files whose output is complete and whose input is unchanged are skipped; the rest are read and
   checked by the detector (here or in worker processes).
3. The parent masks the files in their fixed order, in its one session — the same person gets the
   same placeholder in every file, whatever ``--jobs`` says — and writes each output atomically.
4. About once a second, and at the end (also after Ctrl+C or a cancel), the session is saved and *then*
   the record: a record never names a file whose placeholders the saved session does not know. A kill
   between two saves costs only the files since the last one, which the rerun writes again — with
   the same placeholders, since the order and the session's numbering are the same.

One bad file never stops the run: its row in the report says why (German, without its values).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from anonymizer.audit import counts_by_type, gate_output
from anonymizer.batch.detect import Detected, Detector, DetectTask
from anonymizer.batch.names import PathMasker, path_text
from anonymizer.batch.record import DoneFile, PathKeys, ProgressRecord, RecordError, settings_hash
from anonymizer.batch.report import FAILED, OK, SKIPPED, UNSUPPORTED, ReportRow
from anonymizer.batch.scan import FolderEntry, scan_folder
from anonymizer.detection.base import AnalysisCancelled
from anonymizer.documents.output import write_masked_file
from anonymizer.errors import AnonymizerError, OutputFileError, PolicyError
from anonymizer.masking import MaskingSession, new_session_id
from anonymizer.policy import Policy
from anonymizer.sessions import SessionStore

#: Seconds between two saves of session and record while files are finished.
FLUSH_SECONDS = 1.0
#: Shown for a file whose masking or writing failed in a way nobody foresaw.
UNEXPECTED = "Beim Maskieren oder Schreiben ist ein unerwarteter Fehler aufgetreten."


@dataclass(frozen=True, slots=True)
class FolderJob:
    """What to clean where, and how. ``session_id`` None: the record's session, or a new one."""

    source: Path
    target: Path
    policy: Policy
    mode: str | None = None
    force: bool = False
    session_id: str | None = None
    copy_blocked_reason: str | None = None


@dataclass(frozen=True, slots=True)
class FolderProgress:
    """How far a run is: files, and the input's bytes (which estimate the time left)."""

    files_done: int
    files_total: int
    bytes_done: float
    bytes_total: int
    chars_done: float
    elapsed: float

    @property
    def fraction(self) -> float:
        if self.bytes_total:
            return min(1.0, self.bytes_done / self.bytes_total)
        return self.files_done / self.files_total if self.files_total else 1.0

    @property
    def chars_per_second(self) -> float:
        return self.chars_done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """The estimated time left, None before anything is done."""
        if self.bytes_done <= 0 or self.elapsed <= 0:
            return None
        return self.elapsed * max(0.0, self.bytes_total - self.bytes_done) / self.bytes_done


#: Told how far the run is; returning True asks it to stop (it saves what is done and ends).
FolderProgressCallback = Callable[[FolderProgress], bool | None]


@dataclass(slots=True)
class FolderResult:
    """The run's session and report. ``originals`` are the unmasked relative paths of the rows (same
    order), for the app to show on screen; they are never written anywhere."""

    session: MaskingSession
    rows: list[ReportRow]
    originals: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def failed(self) -> list[ReportRow]:
        return [row for row in self.rows if row.status == FAILED]


class FolderError(AnonymizerError):
    """The folders of a run do not fit (the output is the input, not empty, of another session …)."""


def _inside(inner: Path, outer: Path) -> bool:
    return inner == outer or outer in inner.parents


def check_folders(source: Path, target: Path) -> None:
    """Refuse folders that would lose or mix up files, before anything is loaded."""
    if not source.is_dir():
        raise FolderError(f"Der Ordner „{source}“ existiert nicht.")
    if target.exists() and not target.is_dir():
        raise FolderError(f"„{target}“ ist kein Ordner; bitte einen Ausgabeordner angeben.")
    inner, outer = source.resolve(), target.resolve()
    if inner == outer:
        raise FolderError("Der Ausgabeordner darf nicht der Eingabeordner sein.")
    if _inside(inner, outer):
        raise FolderError("Der Eingabeordner liegt im Ausgabeordner; bitte einen Ausgabeordner außerhalb wählen.")


def _open_record(job: FolderJob) -> ProgressRecord | None:
    try:
        record = ProgressRecord.load(job.target)
    except RecordError:
        if not job.force:
            raise
        return None
    if record is None and not job.force and job.target.is_dir() and any(job.target.iterdir()):
        raise FolderError(
            f"Der Ausgabeordner „{job.target}“ ist nicht leer und stammt nicht aus einer Ordner-Bereinigung; "
            "bitte einen leeren oder neuen Ordner wählen."
        )
    return record


class _Run:
    """The state of one run (see the module docstring for the order of work)."""

    def __init__(
        self,
        job: FolderJob,
        store: SessionStore,
        session: MaskingSession,
        record: ProgressRecord,
        progress: FolderProgressCallback | None,
    ) -> None:
        self.job = job
        self.store = store
        self.session = session
        self.record = record
        self.keys = PathKeys(session.seed)
        self.masker = PathMasker(session, job.mode, self.keys, record)
        self.progress = progress
        self.pending: dict[str, DoneFile] = {}
        self.last_flush = time.monotonic()
        self.started = time.monotonic()
        self.stop_requested = False
        self.files_done = 0
        self.files_total = 0
        self.bytes_total = 0
        self.bytes_done = 0.0
        self.chars_done = 0.0
        self.partial: dict[int, float] = {}
        self.sizes: dict[int, int] = {}

    # -- progress --------------------------------------------------------------------------------------
    def report(self) -> None:
        if self.progress is None:
            return
        partial_bytes = sum(self.sizes.get(number, 0) * share for number, share in self.partial.items())
        state = FolderProgress(
            self.files_done,
            self.files_total,
            self.bytes_done + partial_bytes,
            self.bytes_total,
            self.chars_done + partial_bytes,
            time.monotonic() - self.started,
        )
        if self.progress(state):
            self.stop_requested = True

    def on_partial(self, number: int, fraction: float) -> None:
        if number in self.sizes:
            self.partial[number] = fraction
        self.report()

    def stop(self) -> bool:
        return self.stop_requested

    # -- saving ----------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save the session, then record what it numbered (never the other way round)."""
        self.store.save(self.session)
        self.record.files.update(self.pending)
        self.pending.clear()
        self.record.save()
        self.last_flush = time.monotonic()

    # -- one file --------------------------------------------------------------------------------------
    def scrub(self, message: str, entry: FolderEntry, shown: PurePosixPath, output: Path | None = None) -> str:
        """A message without the original path or name of the file (they may name a person)."""
        replacements = [(str(entry.path), str(shown))]
        if output is not None:
            replacements.append((str(output), str(output.relative_to(self.job.target).as_posix())))
        replacements += [
            (str(self.job.target), "Ausgabeordner"),
            (str(self.job.source), "Eingabeordner"),
            (entry.path.name, shown.name),
        ]
        for original, masked in replacements:
            message = message.replace(original, masked)
        return message

    def finish(self, entry: FolderEntry, detected: Detected) -> ReportRow:
        """Mask and write one file; its row in the report."""
        self.masker.learn(detected.findings)
        document = detected.document
        if detected.error is not None or entry.failed or entry.kind is None or document is None:
            shown = self.masker.masked(entry.relative, detected.path_findings, detected.findings)
            if detected.error is not None or entry.failed:
                return ReportRow(str(shown), FAILED, self.scrub(detected.error or entry.note, entry, shown))
            return ReportRow(str(shown), UNSUPPORTED, entry.note)
        shown = PurePosixPath(f"(Name nicht maskiert){entry.relative.suffix}")  # only if masking itself fails
        output: Path | None = None
        try:
            # The text first: then a name in the file's name finds the person of its text ("Kortmann, Sabine").
            result = self.session.mask(document.text, detected.findings, operator=self.job.mode)
            shown = self.masker.masked(entry.relative, detected.path_findings, detected.findings)
            counts = counts_by_type([replacement.type for replacement in result.replacements])
            key = self.keys(str(entry.relative))
            previous = self.record.files.pop(key, None)
            if previous is not None:
                self.masker.release(previous.output)
            relative = self.masker.output(shown)
            output = self.job.target / relative
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                raise OutputFileError(f"Der Ordner „{output.parent}“ kann nicht angelegt werden.") from None
            gate_output("save", counts, document.kind, self.job.policy.audit, self.job.copy_blocked_reason)
            notes = write_masked_file(
                entry.path,
                document.kind,
                output,
                result.text,
                result.replacements,
                remove_images=self.job.policy.remove_embedded,
            )
            self.pending[key] = DoneFile(
                str(shown), str(relative), entry.size, entry.mtime_ns, output.stat().st_size, counts
            )
        except PolicyError:
            raise  # a blocked output blocks every file: stop, do not report it a thousand times
        except AnonymizerError as error:
            return ReportRow(str(shown), FAILED, self.scrub(error.message, entry, shown, output))
        except OSError:
            return ReportRow(str(shown), FAILED, "Die Ausgabedatei kann nicht geschrieben werden.")
        except Exception:  # one bad file never stops the batch; the exception's text may quote the file
            return ReportRow(str(shown), FAILED, UNEXPECTED)
        message = " ".join(dict.fromkeys([*document.notes, *notes]))
        return ReportRow(str(shown), OK, self.scrub(message, entry, shown, output), str(relative), counts)

    # -- the run ---------------------------------------------------------------------------------------
    def tasks(self, entries: list[FolderEntry], rows: list[ReportRow | None]) -> Iterator[DetectTask]:
        """The files to read and check (in order); finished ones get their row from the record at once."""
        for number, entry in enumerate(entries):
            if entry.kind is not None and not self.job.force:
                done = self.record.finished(self.keys(str(entry.relative)), entry.size, entry.mtime_ns)
                if done is not None:
                    rows[number] = ReportRow(done.input, SKIPPED, "", done.output, dict(done.counts))
                    continue
            if entry.kind is not None:
                self.sizes[number] = entry.size
                self.bytes_total += entry.size
            yield DetectTask(number, entry.path, path_text(entry.relative), entry.kind)

    def run(self, detector: Detector, entries: list[FolderEntry]) -> FolderResult:
        rows: list[ReportRow | None] = [None] * len(entries)
        self.files_total = len(entries)
        tasks = list(self.tasks(entries, rows))
        self.files_done = sum(1 for row in rows if row is not None)
        self.report()
        cancelled = False
        try:
            for detected in detector.results(tasks, self.on_partial, self.stop):
                entry = entries[detected.number]
                rows[detected.number] = self.finish(entry, detected)
                self.files_done += 1
                self.partial.pop(detected.number, None)
                self.bytes_done += self.sizes.get(detected.number, 0)
                self.chars_done += detected.chars
                if time.monotonic() - self.last_flush >= FLUSH_SECONDS:
                    self.flush()
                self.report()
        except (AnalysisCancelled, KeyboardInterrupt):  # Ctrl+C on the command line is a cancel too
            cancelled = True
        except BaseException:  # a blocked output, a full disk, a worker without model: keep what is done, stop
            with suppress(AnonymizerError):  # a failing save must not hide the error that ended the run
                self.flush()
            raise
        self.flush()
        kept = [(row, entry) for row, entry in zip(rows, entries, strict=True) if row is not None]
        return FolderResult(
            self.session, [row for row, _ in kept], [str(entry.relative) for _, entry in kept], cancelled
        )


def run_folder(
    job: FolderJob,
    store: SessionStore,
    detector: Detector,
    progress: FolderProgressCallback | None = None,
) -> FolderResult:
    """Clean ``job.source`` into ``job.target``; see the module docstring. The detector is closed at the end."""
    try:
        check_folders(job.source, job.target)
        if job.copy_blocked_reason:
            raise PolicyError(job.copy_blocked_reason)
        record = _open_record(job)
        if job.session_id and record is not None and record.session_id != job.session_id and not job.force:
            raise FolderError(
                f"Der Ausgabeordner gehört zur Sitzung „{record.session_id}“; zum Fortsetzen diese Sitzung "
                "angeben (oder keine), zum Neubeginn alles neu bereinigen (--force)."
            )
        session_id = job.session_id or (record.session_id if record is not None else new_session_id())
        settings = settings_hash(job.mode, job.policy)
        with store.locked(session_id):
            if store.exists(session_id):
                session = store.load(session_id, job.policy)
            elif record is not None and not job.force:
                raise FolderError(
                    f"Die Sitzung „{session_id}“ dieses Ausgabeordners gibt es nicht mehr (abgelaufen oder "
                    "gelöscht); die fertigen Dateien passen zu keiner Sitzung. Bitte alles neu bereinigen (--force)."
                )
            else:
                session = MaskingSession(job.policy, session_id)
            if record is not None and not job.force and record.settings != settings:
                raise FolderError(
                    "Der Ausgabeordner wurde mit anderen Einstellungen (Ersetzungsart oder Richtlinie) begonnen; "
                    "bitte mit denselben fortsetzen oder alles neu bereinigen (--force)."
                )
            if record is None or job.force or record.session_id != session.session_id:
                record = ProgressRecord(job.target, session.session_id, settings)
            try:
                job.target.mkdir(parents=True, exist_ok=True)
            except OSError:
                raise FolderError(f"Der Ausgabeordner „{job.target}“ kann nicht angelegt werden.") from None
            entries = scan_folder(job.source, skip=job.target)
            return _Run(job, store, session, record, progress).run(detector, entries)
    finally:
        detector.close()
