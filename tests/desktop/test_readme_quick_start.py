"""Issue 19, point 10: the README's quick start names every Debian library Qt needs, in one apt-get line.

On a fresh Debian without a desktop, ``python main.py`` aborted with Qt's misleading "xcb-cursor0 is
needed"; the libraries were only listed in ``.ci/run``. This test reads the shared libraries the
bundled Qt (its libraries and the xcb/offscreen platform plugins) links against, asks dpkg which
package provides each, and checks that the README's apt-get line names it. It needs a Debian-like
system with ``readelf`` and ``dpkg``; elsewhere it is skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Always present on Debian (essential or part of the C/C++ runtime): no need to name them.
ESSENTIAL = {"libc6", "zlib1g", "libzstd1", "libstdc++6", "libgcc-s1"}


def readme_apt_packages() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start") : readme.index("## Figures at a glance")]
    lines = [line for line in quick_start.splitlines() if "apt-get install" in line and "libxcb-cursor0" in line]
    assert len(lines) == 1, "the quick start has one apt-get line with Qt's libraries"
    return {word for word in lines[0].split() if re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", word)} - {"sudo", "apt-get"}


def _qt_binaries() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    names = ["libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6DBus.so.6", "libQt6XcbQpa.so.6"]
    binaries = [qt / "lib" / name for name in names]
    binaries += [qt / "plugins" / "platforms" / name for name in ("libqxcb.so", "libqoffscreen.so")]
    binaries += sorted((qt / "plugins" / "xcbglintegrations").glob("*.so"))
    return [path for path in binaries if path.exists()]


def _needed(binary: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def _system_paths() -> dict[str, str]:
    """Library name → path, from the dynamic linker's cache (the 64-bit entry where there are two)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", out, re.MULTILINE):
        if name not in paths or "64" in flags:
            paths[name] = path
    return paths


def _package(path: str) -> str | None:
    resolved = str(Path(path).resolve())
    for candidate in (resolved, resolved.replace("/usr/lib/", "/lib/", 1)):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0]
    return None


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("readelf", "dpkg", "ldconfig")), reason="needs readelf, dpkg and ldconfig"
)
def test_quick_start_names_every_library_qt_links_against() -> None:
    named = readme_apt_packages()
    system = _system_paths()
    bundled = {path.name for binary in _qt_binaries() for path in binary.parent.parent.glob("lib/*.so*")}
    missing: dict[str, str] = {}
    for binary in _qt_binaries():
        for library in _needed(binary):
            if library in bundled or library.startswith("libQt6") or library not in system:
                continue
            package = _package(system[library])
            if package and package not in ESSENTIAL and package not in named:
                missing[library] = package
    assert missing == {}


def test_quick_start_says_how_to_start_without_a_screen() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start") : readme.index("## Figures at a glance")]
    assert "xvfb-run -a python main.py" in quick_start
    assert "QT_QPA_PLATFORM=offscreen python main.py --selftest" in quick_start
    assert {"python3-venv", "libxcb-cursor0", "fonts-dejavu-core"} <= readme_apt_packages()
