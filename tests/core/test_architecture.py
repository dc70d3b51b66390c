"""Architecture rules that hold everywhere: a Qt-free core, no network code at run time, modules short enough
to read, and packages that import each other as packages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt5|PyQt6|shiboken6)\b", re.M)


def test_core_never_imports_qt_in_source() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "anonymizer").rglob("*.py")
        if QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_core_import_loads_no_qt_module() -> None:
    code = (
        "import sys, anonymizer.cli, anonymizer.factory, anonymizer.documents;"
        "anonymizer.factory.build_engine(with_model=False);"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_default_policy_masks_everything_but_organizations_and_locations() -> None:
    from anonymizer.entities import ALL_TYPES, LOCATION, ORGANIZATION
    from anonymizer.policy import load_default_policy

    policy = load_default_policy()
    assert {t for t in ALL_TYPES if not policy.is_masked(t)} == {ORGANIZATION, LOCATION}


#: Longest module a newcomer should have to read in one go (issue 22). Part B adds ``desktop``.
MAX_MODULE_LINES = 500
SIZE_CHECKED_PACKAGES = ("anonymizer",)


def test_no_module_is_longer_than_a_newcomer_can_read() -> None:
    too_long = {
        str(path.relative_to(ROOT)): lines
        for package in SIZE_CHECKED_PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}


def test_only_tests_and_benchmarks_put_folders_on_the_import_path() -> None:
    """The app, the packaging and the training recipe import each other as packages (issue 22)."""
    sources = [ROOT / "main.py", *sorted((ROOT / "build").glob("*.spec"))]
    for folder in ("anonymizer", "desktop", "training", "build"):
        sources += [p for p in sorted((ROOT / folder).rglob("*.py")) if "pyinstaller" not in p.parts]
    offenders = [
        str(path.relative_to(ROOT)) for path in sources if "sys.path.insert" in path.read_text(encoding="utf-8")
    ]
    assert len(sources) > 150
    assert offenders == []
