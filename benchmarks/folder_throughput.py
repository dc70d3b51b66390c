"""Folder run throughput: ``anonymize IN_DIR -o OUT_DIR`` with ``--jobs 1`` and ``--jobs 2``, in the same run.

    python benchmarks/folder_throughput.py                  # 40 letters of ~20,000 characters
    python benchmarks/folder_throughput.py --files 80 --chars 10000 --jobs 1 2 4

Each setting runs ``python main.py anonymize`` as a fresh process on the same generated folder (the
dev-set letters of benchmarks/devset, invented), into a fresh output folder, with a file keyring in
a temporary home, so the wall time includes start-up and loading the model in every worker — what a
clerk waits for. Prints wall time, characters per second and the speed-up over ``--jobs 1``, and the
machine's load average before and after (worker processes share the cores with whatever else runs).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_folder(folder: Path, files: int, chars: int) -> int:
    """``files`` letters of about ``chars`` characters in three subfolders; returns the characters written."""
    from benchmarks.devset.make_devset import joined, plain_texts

    texts = plain_texts(21)
    total = 0
    for number in range(files):
        letter = joined(texts, chars)
        target = folder / f"Akte{number % 3}" / f"Brief_{number:03d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(letter, encoding="utf-8")
        total += len(letter)
    return total


def run(source: Path, target: Path, jobs: int, home: Path) -> float:
    env = dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",  # invented letters; a temporary home
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "anonymize", str(source), "-o", str(target), "--jobs", str(jobs)],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"--jobs {jobs} failed:\n{result.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "in"
        total = make_folder(source, args.files, args.chars)
        print(f"folder: {args.files} files, {total:,} chars; cores: {os.cpu_count()}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        times: dict[int, float] = {}
        for jobs in args.jobs:
            times[jobs] = run(source, work / f"out{jobs}", jobs, work / "home")
            rate = total / times[jobs]
            speedup = times[args.jobs[0]] / times[jobs]
            print(f"--jobs {jobs}: {times[jobs]:7.1f} s  {rate:>9,.0f} chars/s  ×{speedup:.2f}")
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
