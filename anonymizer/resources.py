"""Where the bundled data lives, in a source checkout and in the frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_lines(path: Path) -> list[str]:
    """The lines of a bundled UTF-8 data file, stripped, without blank lines and ``#`` comments.

    The one reader for the project's list files (district codes, reference labels, name lists),
    so that they all follow the same comment rule.
    """
    text = path.read_text(encoding="utf-8")
    return [line for line in map(str.strip, text.splitlines()) if line and not line.startswith("#")]
