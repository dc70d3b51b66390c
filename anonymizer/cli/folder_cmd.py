"""``anonymize IN_DIR -o OUT_DIR [--session ID] [--jobs N] [--report REPORT.csv] [--force]`` (issue 21).

Every supported file under ``IN_DIR`` is cleaned into the same relative path under ``OUT_DIR`` (names in
paths masked, PDF/e-mail as ``.txt``), in one kept session; see :mod:`anonymizer.batch`. A rerun of
the same command after a crash goes on where the first stopped. Exit code 0 when every file is ok (or
was done before, or is only listed as not supported), 1 when any failed — each named on stderr by its
masked path, with its German message.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from anonymizer.batch import (
    EngineSpec,
    FolderJob,
    InProcessDetector,
    ProcessDetector,
    check_folders,
    default_jobs,
    run_folder,
    summary,
    write_report,
)
from anonymizer.batch.detect import Detector
from anonymizer.cli.common import effective_policy_for_args, engine_for_args
from anonymizer.cli.files import UsageError
from anonymizer.cli.progress import TerminalProgress
from anonymizer.masking import new_session_id
from anonymizer.sessions import check_session_id, persistent_session_store

#: Options that only a folder run takes.
FOLDER_OPTIONS = ("jobs", "report", "force")


def positive_int(value: str) -> int:
    """argparse type for ``--jobs``: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{value}“ ist keine ganze Zahl") from None
    if number < 1:
        raise argparse.ArgumentTypeError("mindestens 1")
    return number


def check_arguments(args: argparse.Namespace) -> None:
    """Folder options need a folder, and a folder needs ``-o``."""
    is_folder = args.input != "-" and Path(args.input).is_dir()
    if is_folder and not args.output:
        raise UsageError("Für einen Ordner als EINGABE braucht es -o AUSGABEORDNER.")
    if not is_folder and (args.jobs is not None or args.report or args.force):
        raise UsageError("--jobs, --report und --force gelten nur, wenn EINGABE ein Ordner ist.")


def _detector(args: argparse.Namespace, jobs: int) -> Detector:
    if jobs == 1:
        return InProcessDetector(lambda: engine_for_args(args))
    return ProcessDetector(EngineSpec(effective_policy_for_args(args).policy), jobs)


def run(args: argparse.Namespace) -> int:
    source, target = Path(args.input), Path(args.output)
    check_folders(source, target)  # wrong folders fail before the keyring and the model
    report = Path(args.report) if args.report else None
    effective = effective_policy_for_args(args)
    store = persistent_session_store(effective.policy)
    # --session ID continues or creates that session; --session alone starts a new one; without it the
    # folder's own session (from its progress record) is continued, or a new one started.
    session_id = check_session_id(args.session) if args.session else new_session_id() if args.session == "" else None
    job = FolderJob(
        source,
        target,
        effective.policy,
        mode=args.mode,
        force=args.force,
        session_id=session_id,
        copy_blocked_reason=effective.copy_blocked_reason,
    )
    terminal = TerminalProgress.for_stderr()
    try:
        result = run_folder(
            job, store, _detector(args, args.jobs or default_jobs()), terminal.folder if terminal else None
        )
    finally:
        if terminal is not None:
            terminal.close()
    if report is not None:
        write_report(report, result.rows)
    for row in result.failed:
        print(f"Fehler: {row.file}: {row.message}", file=sys.stderr)
    print(summary(result.rows), file=sys.stderr)
    if result.cancelled:
        print("Abgebrochen; ein erneuter Aufruf setzt fort.", file=sys.stderr)
    print(f"Sitzung: {result.session.session_id}", file=sys.stderr)
    return 1 if result.failed or result.cancelled else 0
