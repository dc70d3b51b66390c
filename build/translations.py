"""Build the Qt translation catalogues: ``.ts`` → ``.qm``, both committed in ``resources/translations``.

    python build/translations.py            # compile resources/translations/*.ts with pyside6-lrelease
    python build/translations.py --update   # refresh the .ts from the desktop/ sources (pyside6-lupdate)

Why the ``.qm`` is committed: a source checkout (``pip install -e . && python main.py``) shows English
without a build step, and the running app never runs a build tool. Run this after editing a ``.ts`` and
commit both; ``tests/desktop/test_gui_language_a11y.py`` fails while the ``.qm`` says something else than
the ``.ts``. The PyInstaller build (``build/package.py``) compiles the ``.ts`` afresh for the bundle.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    """The PySide6 tool beside the running interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} nicht gefunden (PySide6 installieren).")
    return found


def build_translations(out_dir: Path = TRANSLATIONS) -> list[Path]:
    """Compile every committed ``.ts`` into ``out_dir``; return the ``.qm`` files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def update_sources() -> None:
    """Extract the strings of ``desktop/``, the policy editor included, into the ``.ts`` files.

    Existing translations are kept; new messages arrive as ``type="unfinished"`` to be filled in.
    """
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"anonymisierungshelfer_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-source-language",
                "de",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update_sources()
    for qm in build_translations():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
