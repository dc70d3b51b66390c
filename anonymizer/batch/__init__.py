"""A whole folder in one run (issue 21): the same person gets one placeholder in every file.

:func:`run_folder` is what the command line (``anonymize IN_DIR -o OUT_DIR``) and the app's
"Ordner bereinigen …" call; see :mod:`anonymizer.batch.runner` for the order of work.
"""

from __future__ import annotations

from anonymizer.batch.detect import EngineSpec, InProcessDetector, ProcessDetector, default_jobs
from anonymizer.batch.record import RECORD_NAME, recorded_session
from anonymizer.batch.report import FAILED, OK, SKIPPED, UNSUPPORTED, ReportRow, report_csv, summary, write_report
from anonymizer.batch.runner import FolderError, FolderJob, FolderProgress, FolderResult, check_folders, run_folder

__all__ = [
    "FAILED",
    "OK",
    "RECORD_NAME",
    "SKIPPED",
    "UNSUPPORTED",
    "EngineSpec",
    "FolderError",
    "FolderJob",
    "FolderProgress",
    "FolderResult",
    "InProcessDetector",
    "ProcessDetector",
    "ReportRow",
    "check_folders",
    "default_jobs",
    "recorded_session",
    "report_csv",
    "run_folder",
    "summary",
    "write_report",
]
