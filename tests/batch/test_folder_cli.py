"""``anonymize IN_DIR -o OUT_DIR`` in separate processes: worker processes, a killed run, a dying worker.

These start real processes (and two of them the model), so there are few of them; the folder logic
itself is tested in this process (test_folder_run.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from folder_helpers import IBAN, PHONE, VALUES, RunFolder, make_case_folder

from anonymizer.batch import FAILED, OK, RECORD_NAME, SKIPPED, FolderJob, FolderProgress, ProcessDetector, run_folder
from anonymizer.batch.detect import WORKER_DIED
from anonymizer.cli import main as cli_main
from anonymizer.cli.progress import TerminalProgress, duration, progress_line, thousands
from anonymizer.policy import Policy
from anonymizer.sessions import MemorySessionStore

ROOT = Path(__file__).resolve().parents[2]
FILE_KEYRING = "keyrings.alt.file.PlaintextKeyring"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=FILE_KEYRING, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def letters(folder: Path, count: int) -> Path:
    """Letters that share one person and one account, and each have a person of their own."""
    folder.mkdir()
    others = ["Jens Terhorst", "Martina Hoffmeister", "Ole Brinkhaus", "Anna Schulze Pellengahr", "Tim Lütke"]
    for number in range(count):
        (folder / f"brief{number}.txt").write_text(
            f"Sehr geehrte Frau Sabine Kortmann,\n\nIhr Nachbar Herr {others[number % len(others)]} hat angerufen. "
            f"Frau Kortmann zahlt auf das Konto {IBAN}.\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.model
def test_jobs_2_shares_placeholders_across_files_and_writes_what_jobs_1_writes(tmp_path: Path) -> None:
    source = letters(tmp_path / "in", 5)
    parallel = cli("anonymize", "in", "-o", "out2", "--jobs", "2", "--report", "bericht.csv", cwd=tmp_path)
    assert parallel.returncode == 0, parallel.stderr
    assert "\r" not in parallel.stderr  # no progress line when stderr is no terminal
    single = cli("anonymize", "in", "-o", "out1", "--jobs", "1", cwd=tmp_path)
    assert single.returncode == 0, single.stderr
    two, one = outputs(tmp_path / "out2"), outputs(tmp_path / "out1")
    assert two.pop(RECORD_NAME) and one.pop(RECORD_NAME)
    assert two == one and len(two) == len(list(source.iterdir()))
    texts = [two[f"brief{n}.txt"].decode("utf-8") for n in range(5)]
    assert all(text.startswith("Sehr geehrte Frau [PERSON_1],") and "[IBAN_1]" in text for text in texts)
    assert len({text.split("Herr ")[1].split(" ")[0] for text in texts}) == 5  # each neighbour a placeholder of his own
    report = (tmp_path / "bericht.csv").read_text(encoding="utf-8-sig")
    assert not any(value in report for value in VALUES)
    assert [row[2] for row in csv.reader(io.StringIO(report), delimiter=";")][1:] == [OK] * 5
    assert parallel.stderr.splitlines()[-1].startswith("Sitzung: ")


KILLED_RUN = """
import os, signal, sys
from pathlib import Path
import anonymizer.batch.runner as runner
from anonymizer.batch import FolderJob, InProcessDetector, run_folder
from anonymizer.detection.factory import build_engine
from anonymizer.policy import load_effective_policy
from anonymizer.sessions import persistent_session_store

runner.FLUSH_SECONDS = 0  # save after every file, so that the kill finds a record to resume from
policy = load_effective_policy(None).policy
store = persistent_session_store(policy)

def progress(state):
    if state.files_done >= 3:
        os.kill(os.getpid(), signal.SIGKILL)

job = FolderJob(Path(sys.argv[1]), Path(sys.argv[2]), policy)
run_folder(job, store, InProcessDetector(lambda: build_engine(policy)), progress)
"""


@pytest.mark.model
def test_a_killed_run_resumes_without_touching_the_finished_files(tmp_path: Path) -> None:
    source = letters(tmp_path / "in", 6)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=FILE_KEYRING)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, str(source), str(tmp_path / "out")],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    record = json.loads((tmp_path / "out" / RECORD_NAME).read_text(encoding="utf-8"))
    finished = {done["output"]: (tmp_path / "out" / done["output"]).stat() for done in record["files"].values()}
    assert len(finished) == 3

    resumed = cli("anonymize", "in", "-o", "out", "--report", "bericht.csv", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr.splitlines()[-1] == f"Sitzung: {record['session']}"
    for name, before in finished.items():
        after = (tmp_path / "out" / name).stat()
        assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns), name  # not written again
    rows = list(csv.reader(io.StringIO((tmp_path / "bericht.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [row[2] for row in rows[1:]] == [SKIPPED] * 3 + [OK] * 3
    texts = [(tmp_path / "out" / f"brief{n}.txt").read_text(encoding="utf-8") for n in range(6)]
    assert all(text.startswith("Sehr geehrte Frau [PERSON_1],") and "[IBAN_1]" in text for text in texts)


class CrashingSpec:
    """A worker engine that kills its process on one file (as an exhausted memory would)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def build(self) -> object:
        from anonymizer.detection.factory import build_engine

        engine = build_engine(self.policy, with_model=False)
        analyze = engine.analyze

        def crashing(text: str, progress: object = None, masked_only: bool = False) -> object:
            if "ABSTURZ" in text:
                os._exit(3)
            return analyze(text, progress, masked_only)  # type: ignore[arg-type]

        engine.analyze = crashing  # type: ignore[method-assign]
        return engine


def test_a_file_that_kills_its_worker_fails_alone(tmp_path: Path, policy: Policy) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for number in range(4):
        (source / f"brief{number}.txt").write_text(f"Frau Kortmann, {PHONE}\n", encoding="utf-8")
    (source / "brief2.txt").write_text("ABSTURZ\n", encoding="utf-8")
    detector = ProcessDetector(CrashingSpec(policy), 2)  # type: ignore[arg-type]
    result = run_folder(FolderJob(source, tmp_path / "out", policy), MemorySessionStore(), detector)
    assert [(row.file, row.status) for row in result.rows] == [
        ("brief0.txt", OK),
        ("brief1.txt", OK),
        ("brief2.txt", FAILED),
        ("brief3.txt", OK),
    ]
    assert result.failed[0].message == WORKER_DIED


def test_folder_options_need_a_folder_and_a_folder_needs_o(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clean: RunFolder
) -> None:
    make_case_folder(tmp_path)
    (tmp_path / "brief.txt").write_text("Hallo\n", encoding="utf-8")
    with pytest.raises(SystemExit) as usage:
        cli_main(["anonymize", str(tmp_path / "brief.txt"), "--jobs", "2"])
    assert usage.value.code == 2
    assert "gelten nur, wenn EINGABE ein Ordner ist" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli_main(["anonymize", str(tmp_path / "Akte")])
    assert "braucht es -o AUSGABEORDNER" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli_main(["anonymize", str(tmp_path / "Akte"), "-o", "x", "--jobs", "0"])
    assert "--jobs: mindestens 1" in capsys.readouterr().err
    assert cli_main(["anonymize", str(tmp_path / "Akte"), "-o", str(tmp_path / "Akte")]) == 1
    assert capsys.readouterr().err == "Fehler: Der Ausgabeordner darf nicht der Eingabeordner sein.\n"


def test_the_progress_line_is_german_and_names_no_file() -> None:
    assert thousands(63_000) == "63.000" and duration(80) == "1:20" and duration(4_000) == "1:06:40"
    line = progress_line(0.5, "12/40 Dateien", 63_000, 42)
    assert line == "[████████████░░░░░░░░░░░░] 12/40 Dateien · 63.000 Zeichen/s · noch ca. 0:42"


def test_an_old_code_page_gets_a_plain_bar_and_the_line_ends_cleanly() -> None:
    class Console(io.StringIO):
        encoding = "cp1252"  # German Windows before UTF-8: no block characters

    console = Console()
    terminal = TerminalProgress(console)
    terminal.folder(FolderProgress(40, 40, 1_000, 1_000, 2_000, 2.0))
    terminal.close()
    assert console.getvalue() == "\r[########################] 40/40 Dateien | 1.000 Zeichen/s | noch ca. 0:00\n"
