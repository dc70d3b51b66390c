"""Architecture rules that hold everywhere: a Qt-free core and no network code at run time."""

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
