"""One large text through ``anonymize BIG.txt -o OUT.txt``: wall time and peak memory for 1, 5 and 20 MB.

    python benchmarks/large_text.py                # 1, 5 and 20 million characters (about 8 minutes)
    python benchmarks/large_text.py --mb 1 5       # a quicker check

The text is the generated dev set (benchmarks/devset, invented letters) repeated to size. Each size
runs ``python main.py anonymize`` as a fresh process (start-up and model loading included), and the
peak resident memory is that process's own (``wait4``'s ru_maxrss; Linux and macOS). PRODUCT.md asks
for at most 600 MB at 5 MB and a cost linear in the size; the last column shows the time per million
characters, which stays flat when the cost is linear.
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


def measure(text_file: Path, out_file: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one ``anonymize`` process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "anonymize", str(text_file), "-o", str(out_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        raise SystemExit(process.stderr.read().decode("utf-8", "replace"))
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return elapsed, usage.ru_maxrss / scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, nargs="+", default=[1, 5, 20], help="sizes in million characters")
    args = parser.parse_args()
    from benchmarks.devset.bench_detection import document

    print(f"cores: {os.cpu_count()}, load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'size':>8} {'bytes':>12} {'time':>9} {'chars/s':>9} {'s per M chars':>14} {'peak RSS':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.mb:
            text = document(size * 1_000_000)
            source = Path(tmp) / f"text_{size}mb.txt"
            source.write_text(text, encoding="utf-8")
            seconds, peak = measure(source, Path(tmp) / "out.txt")
            print(
                f"{size:>6} M {source.stat().st_size:>12,} {seconds:>8.1f}s {len(text) / seconds:>9,.0f} "
                f"{seconds / size:>13.1f}s {peak:>7.0f} MB",
                flush=True,
            )
            source.unlink()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
