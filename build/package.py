"""Build the one-folder app for IT, report its size, and smoke-test the frozen executable.

    python build/package.py               # PyInstaller → dist/Anonymisierungshelfer/, prints size + largest items
    python build/package.py --check       # … then runs the frozen --selftest offscreen with the network blocked
    python build/package.py --check --no-build   # only the smoke test of an existing build
    python build/package.py --installer   # Windows: also the Inno Setup installer (needs iscc)
    python build/package.py --no-build --compressed-size   # installer size estimate (LZMA2, minutes of CPU)

Before PyInstaller runs, a preflight runs the source selftest with every module the bundle leaves out made
unimportable, so that a wrong exclusion fails in seconds, not after the build.
The spec is ``build/anonymisierungshelfer.spec``; what it bundles is decided in ``build/bundle_plan.py``.
Exit code 0 when everything asked for worked, 1 otherwise (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import io
import lzma
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import bundle_plan as plan  # beside this script: Python puts a script's folder first on the import path

SPEC = plan.ROOT / "build" / "anonymisierungshelfer.spec"
ISS = plan.ROOT / "build" / "installer" / "anonymisierungshelfer.iss"
DIST = plan.ROOT / "dist"
APP_DIR = DIST / plan.APP_NAME
IS_WINDOWS = sys.platform == "win32"
EXECUTABLE = APP_DIR / (plan.APP_NAME + (".exe" if IS_WINDOWS else ""))
MB = 1_000_000
#: A word that must never appear on the frozen app's stderr (PRODUCT: no traceback, no warning).
STDERR_FORBIDDEN = re.compile(r"Traceback|[Ww]arning")
#: Qt prints its messages with their type ("warning: …"), so that a qWarning counts as a warning above.
QT_MESSAGE_PATTERN = "%{type}: %{if-category}%{category}: %{endif}%{message}"
#: Messages of the offscreen platform plugin itself (it cannot do what a real window system does); they
#: say nothing about the app and do not appear on Windows or X11. Shown in the report, not counted.
OFFSCREEN_ONLY = re.compile(r"^warning: This plugin does not support propagateSizeHints\(\)$")
#: Set to 1, the app prints "window_shown <epoch>" and "model_ready <epoch>" and quits (desktop/app.py).
STARTUP_REPORT = "ANONYMISIERUNGSHELFER_STARTUP_REPORT"
STARTUP_EVENTS = ("window_shown", "model_ready", "model_failed")
STARTUP_RUNS = 3
#: Invented sample for the CLI check of the frozen app (no real person).
CLI_SAMPLE = "Bitte rufen Sie Frau Kortmann unter 02541 / 18-1234 an, IBAN DE44 5001 0517 5407 3249 31.\n"


class PackagingError(RuntimeError):
    """A build or check step failed; the message says which and why."""


def _tool(name: str) -> str | None:
    """A console script of this Python's environment (venv bin/Scripts) or from PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def compile_translations() -> list[Path]:
    """``resources/translations/*.ts`` → ``.qm`` in the work folder (afresh, not the committed ``.qm``)."""
    sources = plan.translation_sources()
    if not sources:
        return []
    lrelease = _tool("pyside6-lrelease") or _tool("lrelease")
    if lrelease is None:
        raise PackagingError("pyside6-lrelease not found; install PySide6-Essentials in this environment")
    plan.STAGED_TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sources:
        target = plan.STAGED_TRANSLATIONS / f"{source.stem}.qm"
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
        compiled.append(target)
    return compiled


#: Runs ``main.py --selftest`` from the sources with every module the bundle leaves out made unimportable.
_PREFLIGHT_CODE = """
import importlib.abc, sys
sys.path[:0] = [{build!r}, {root!r}]
import bundle_plan
excluded = bundle_plan.excluded_modules()

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if bundle_plan.is_excluded(name, excluded):
            print("preflight: needs excluded module", name, file=sys.stderr)
            raise ModuleNotFoundError(f"not in the bundle: {{name}}", name=name)
        return None

sys.meta_path.insert(0, LeftOut())
import main
sys.exit(main.main(["--selftest"]))
"""


def preflight() -> float:
    """Seconds the source selftest took with the excluded modules blocked — minutes before a build fails.

    A module that the plan leaves out but the app imports (spaCy's registry imports five Asian language
    packages, for example) shows up here as a failed selftest naming the module.
    """
    code = _PREFLIGHT_CODE.format(build=str(plan.ROOT / "build"), root=str(plan.ROOT))
    with tempfile.TemporaryDirectory(prefix="anonymisierungshelfer-preflight-") as tmp:
        env = _isolated_env(Path(tmp))
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=plan.ROOT)
    if proc.returncode != 0:
        needed = [line for line in proc.stderr.splitlines() if line.startswith("preflight:")]
        raise PackagingError("selftest fails without the excluded modules:\n" + "\n".join(needed or [proc.stderr]))
    return time.perf_counter() - started


def run_pyinstaller() -> float:
    """Build ``dist/Anonymisierungshelfer/``; returns the seconds it took."""
    plan.WORK_DIR.mkdir(parents=True, exist_ok=True)  # ignored by git (.gitignore: build/pyinstaller/, dist/)
    print(f"package: Selbsttest ohne die ausgelassenen Module bestanden ({preflight():.1f} s)", flush=True)
    compiled = compile_translations()
    print(f"package: {len(compiled)} Übersetzungen kompiliert, PyInstaller läuft (einige Minuten) …", flush=True)
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(plan.WORK_DIR),
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=plan.ROOT)
    if result.returncode != 0:
        raise PackagingError(f"PyInstaller failed with exit code {result.returncode}")
    if not EXECUTABLE.exists():
        raise PackagingError(f"PyInstaller finished but {EXECUTABLE} is missing")
    return time.perf_counter() - started


def _size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(child.stat().st_size for child in path.rglob("*") if child.is_file() and not child.is_symlink())


@dataclass(frozen=True)
class SizeReport:
    total: int
    files: int
    largest_items: list[tuple[str, int]]
    largest_files: list[tuple[str, int]]

    def lines(self) -> list[str]:
        out = [f"Ordnergröße: {self.total / MB:.0f} MB ({self.files} Dateien)"]
        out.append("Die zehn größten Einträge (das Programm und die oberste Ebene von _internal):")
        out += [f"  {size / MB:7.1f} MB  {name}" for name, size in self.largest_items]
        out.append("Die zehn größten Dateien:")
        out += [f"  {size / MB:7.1f} MB  {name}" for name, size in self.largest_files]
        return out


def size_report(app_dir: Path = APP_DIR, top: int = 10) -> SizeReport:
    """Folder size, and the biggest top-level items of ``_internal`` and single files — what to trim next."""
    files = [path for path in app_dir.rglob("*") if path.is_file() and not path.is_symlink()]
    internal = app_dir / "_internal"
    top_level = [*internal.iterdir()] if internal.is_dir() else []
    top_level += [path for path in app_dir.iterdir() if path != internal]
    items = [(path.name, _size(path)) for path in top_level]
    largest_files = sorted(((str(p.relative_to(app_dir)), p.stat().st_size) for p in files), key=lambda x: -x[1])
    return SizeReport(
        total=sum(path.stat().st_size for path in files),
        files=len(files),
        largest_items=sorted(items, key=lambda item: -item[1])[:top],
        largest_files=largest_files[:top],
    )


class _CountingSink(io.RawIOBase):
    """A write-only stream that compresses what it gets and only counts the compressed bytes."""

    def __init__(self) -> None:
        self.compressor = lzma.LZMACompressor(format=lzma.FORMAT_XZ, preset=9)
        self.compressed = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.compressed += len(self.compressor.compress(data))
        return len(data)

    def finish(self) -> int:
        self.compressed += len(self.compressor.flush())
        return self.compressed


def compressed_size(app_dir: Path = APP_DIR) -> int:
    """Bytes of the folder as one solid LZMA2 stream — what Inno Setup's ``lzma2/max`` + solid does.

    An estimate of the installer's size where ``iscc`` is not available (it runs minutes of CPU).
    """
    sink = _CountingSink()
    with tarfile.open(fileobj=sink, mode="w|") as archive:
        archive.add(app_dir, arcname=app_dir.name)
    return sink.finish()


def network_blocker() -> tuple[list[str], str]:
    """A command prefix that runs a program without network, and a sentence saying what it is."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-rn", "cat", "/proc/net/dev"], capture_output=True, text=True)
        interfaces = [line.split(":")[0].strip() for line in probe.stdout.splitlines() if ":" in line]
        if probe.returncode == 0 and interfaces == ["lo"]:
            return ["unshare", "-rn"], "Netzwerk gesperrt: eigener Netz-Namespace (unshare -rn), nur loopback"
        return [], f"unshare -rn nicht nutzbar ({probe.stderr.strip() or interfaces}); Netzwerk NICHT gesperrt"
    return [], "auf diesem System kein unshare: Netzwerk NICHT gesperrt (Windows: Firewall-Regel, docs/deployment.md)"


def _isolated_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and user folders in a temp dir: the check neither reads nor leaves user state."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_MESSAGE_PATTERN"] = QT_MESSAGE_PATTERN
    for variable in (
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
        "APPDATA",
        "LOCALAPPDATA",
        "USERPROFILE",
    ):
        folder = home / variable.lower()
        folder.mkdir()
        env[variable] = str(folder)
    env["ANONYMISIERUNGSHELFER_MACHINE_POLICY"] = str(home / "keine-maschinen-richtlinie.toml")
    env["ANONYMISIERUNGSHELFER_USER_POLICY"] = str(home / "keine-benutzer-richtlinie.toml")
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    return env


def forbidden_lines(stderr: str) -> list[str]:
    """The stderr lines that fail the check: a traceback or a warning, except the offscreen plugin's own."""
    return [line for line in stderr.splitlines() if STDERR_FORBIDDEN.search(line) and not OFFSCREEN_ONLY.match(line)]


@dataclass(frozen=True)
class RunResult:
    seconds: float
    launched: float
    stdout: str
    stderr: str
    offscreen_messages: int = 0


def _run_frozen(args: list[str], prefix: list[str], env: dict[str, str], label: str) -> RunResult:
    launched = time.time()
    started = time.perf_counter()
    proc = subprocess.run(
        [*prefix, str(EXECUTABLE), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    if proc.stderr.strip():
        print(f"--- stderr ({label}) ---\n{proc.stderr.rstrip()}", file=sys.stderr)
    if proc.returncode != 0:
        raise PackagingError(f"{label}: exit code {proc.returncode}\n{proc.stdout}{proc.stderr}")
    if forbidden_lines(proc.stderr):
        raise PackagingError(f"{label}: traceback or warning on stderr: {forbidden_lines(proc.stderr)[0]}")
    offscreen = sum(1 for line in proc.stderr.splitlines() if OFFSCREEN_ONLY.match(line))
    return RunResult(seconds, launched, proc.stdout, proc.stderr, offscreen)


def parse_startup(stdout: str, launched: float) -> dict[str, float]:
    """Seconds from ``launched`` to each event the app printed (``window_shown 1764124512.3456`` …)."""
    events: dict[str, float] = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in STARTUP_EVENTS:
            try:
                events[parts[0]] = float(parts[1]) - launched
            except ValueError:
                continue
    return events


def measure_startup(
    prefix: list[str], env: dict[str, str], runs: int = STARTUP_RUNS
) -> tuple[list[dict[str, float]], int]:
    """Start the frozen GUI ``runs`` times; the app reports window shown and model ready, then quits.

    Returns the events of each start and the number of offscreen-plugin messages not counted.
    """
    results = []
    offscreen = 0
    for number in range(1, runs + 1):
        run = _run_frozen([], prefix, {**env, STARTUP_REPORT: "1"}, f"Start {number} (Fenster/Modell)")
        events = parse_startup(run.stdout, run.launched)
        if "model_failed" in events or not {"window_shown", "model_ready"} <= events.keys():
            raise PackagingError(f"start-up report incomplete (window_shown, model_ready):\n{run.stdout}")
        results.append(events)
        offscreen += run.offscreen_messages
    return results, offscreen


def _seconds(values: list[float]) -> str:
    return " / ".join(f"{value:.2f}" for value in values) + f" s (Median {statistics.median(values):.2f} s)"


def smoke_test() -> list[str]:
    """Run the frozen ``--selftest`` (cold and warm), a CLI call and timed GUI starts; return the report lines."""
    if not EXECUTABLE.exists():
        raise PackagingError(f"{EXECUTABLE} is missing; build first (python build/package.py)")
    prefix, network_note = network_blocker()
    lines = [network_note]
    with tempfile.TemporaryDirectory(prefix="anonymisierungshelfer-check-") as tmp:
        env = _isolated_env(Path(tmp))
        first = _run_frozen(["--selftest"], prefix, env, "--selftest (1. Start)")
        second = _run_frozen(["--selftest"], prefix, env, "--selftest (2. Start)")
        for run in (first, second):
            if "OK" not in run.stdout.split():
                raise PackagingError(f"--selftest printed no OK:\n{run.stdout}")
        sample = Path(tmp) / "beispiel.txt"
        sample.write_text(CLI_SAMPLE, encoding="utf-8")
        detect = _run_frozen(["detect", "--json", str(sample)], prefix, env, "detect --json")
        if '"IBAN"' not in detect.stdout:
            raise PackagingError(f"detect --json found no IBAN in the sample:\n{detect.stdout}")
        startups, startup_offscreen = measure_startup(prefix, env)
    lines.append("Selbsttest des gebauten Programms (QT_QPA_PLATFORM=offscreen), Ausgabe des 2. Starts:")
    lines += [f"  {line}" for line in second.stdout.splitlines() if line.strip()]
    lines.append(f"Gesamtdauer --selftest: 1. Start {first.seconds:.2f} s, 2. Start {second.seconds:.2f} s")
    lines.append(f"detect --json (Prozess gesamt): {detect.seconds:.2f} s")
    lines.append(f"Programmstart bis Fenster sichtbar: {_seconds([s['window_shown'] for s in startups])}")
    lines.append(f"Programmstart bis Modell bereit:    {_seconds([s['model_ready'] for s in startups])}")
    ignored = first.offscreen_messages + second.offscreen_messages + detect.offscreen_messages + startup_offscreen
    if ignored:
        lines.append(f"{ignored} Meldung(en) des offscreen-Plugins von Qt nicht gezählt (OFFSCREEN_ONLY)")
    return lines


def build_installer() -> Path:
    """Windows only: compile the Inno Setup script with the version from pyproject.toml."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and default.exists():
        iscc = str(default)
    if iscc is None:
        raise PackagingError("Inno Setup (iscc) not found: choco install innosetup, or leave out --installer")
    version = plan.project_version()
    command = [iscc, f"/DAppVersion={version}", f"/DSourceDir={APP_DIR}", f"/DOutputDir={DIST}", str(ISS)]
    subprocess.run(command, check=True)
    installer = DIST / f"{plan.APP_NAME}-{version}-Setup.exe"
    if not installer.exists():
        raise PackagingError(f"iscc finished but {installer} is missing")
    print(f"Installer: {installer} ({installer.stat().st_size / MB:.0f} MB)")
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and smoke-test the packaged Anonymisierungshelfer.")
    parser.add_argument("--check", action="store_true", help="run the frozen --selftest offscreen, network blocked")
    parser.add_argument("--no-build", action="store_true", help="use the existing dist/ folder")
    parser.add_argument("--installer", action="store_true", help="also build the Inno Setup installer (Windows)")
    parser.add_argument(
        "--compressed-size", action="store_true", help="estimate the installer size (LZMA2 of the folder, slow)"
    )
    args = parser.parse_args(argv)
    try:
        if not args.no_build:
            seconds = run_pyinstaller()
            print(f"Gebaut in {seconds / 60:.1f} min: {EXECUTABLE.relative_to(plan.ROOT)}")
        print("\n".join(size_report().lines()))
        if args.compressed_size:
            print(f"LZMA2-komprimiert (Schätzung der Installer-Größe): {compressed_size() / MB:.0f} MB")
        if args.installer:
            build_installer()
        if args.check:
            print("\n".join(smoke_test()))
            print("CHECK OK")
    except (PackagingError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        print(f"package: FEHLER: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
