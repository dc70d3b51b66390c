"""Architecture rules that hold everywhere: a Qt-free core, layers that import only downwards, modules short
enough to read, and packages that import each other as packages."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
        "import sys, anonymizer.cli, anonymizer.detection.factory, anonymizer.documents;"
        "anonymizer.detection.factory.build_engine(with_model=False);"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_default_policy_masks_everything_but_organizations_and_locations() -> None:
    from anonymizer.entities import ALL_TYPES, LOCATION, ORGANIZATION
    from anonymizer.policy import load_default_policy

    policy = load_default_policy()
    assert {t for t in ALL_TYPES if not policy.is_masked(t)} == {ORGANIZATION, LOCATION}


#: Longest module a newcomer should have to read in one go (issue 22).
MAX_MODULE_LINES = 500
SIZE_CHECKED_PACKAGES = ("anonymizer", "desktop")


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


#: The layers of the core, bottom first. A module may import its own layer's package and the layers below,
#: never one above or beside it: detection knows nothing of masking, files or sessions; the policy is data
#: that detection reads, not the other way round (issue 22). docs/architecture.md draws the same picture.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"anonymizer", "anonymizer.entities", "anonymizer.errors", "anonymizer.resources"}),
    frozenset({"anonymizer.policy"}),
    frozenset({"anonymizer.detection"}),
    frozenset({"anonymizer.masking", "anonymizer.documents", "anonymizer.audit"}),
    frozenset({"anonymizer.sessions"}),
    frozenset({"anonymizer.batch", "anonymizer.selftest"}),
    frozenset({"anonymizer.cli"}),
)


def _imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports (also inside functions), ``from a import b`` counted as ``a.b``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            names = (f"{node.module}.{alias.name}" for alias in node.names)
            found.update(name for name in names if _is_module(name))
    return found


def _is_module(name: str) -> bool:
    """Whether ``name`` is a module or package of this repository (not a function or class imported by name)."""
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _unit(module: str) -> str | None:
    """The layer unit of an ``anonymizer`` module: its package right below ``anonymizer`` (or the module)."""
    if module != "anonymizer" and not module.startswith("anonymizer."):
        return None
    return ".".join(module.split(".")[:2])


def _layer(unit: str) -> int:
    for index, units in enumerate(LAYERS):
        if unit in units:
            return index
    raise AssertionError(f"{unit} belongs to no layer: add it to LAYERS")


def _core_imports() -> dict[str, set[str]]:
    """Each core module and the core modules it imports."""
    modules = {}
    for path in sorted((ROOT / "anonymizer").rglob("*.py")):
        modules[_module_name(path)] = {m for m in _imported_modules(path) if _unit(m) is not None}
    return modules


def test_core_layers_import_only_downwards() -> None:
    offenders = []
    for module, imports in _core_imports().items():
        own = _unit(module)
        assert own is not None
        for imported in imports:
            unit = _unit(imported)
            assert unit is not None
            if unit == own or unit == "anonymizer":
                continue
            if _layer(unit) >= _layer(own):
                offenders.append(f"{module} -> {imported}")
    assert offenders == []


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        ("anonymizer.detection", "anonymizer.masking"),
        ("anonymizer.detection", "anonymizer.documents"),
        ("anonymizer.detection", "anonymizer.sessions"),
        ("anonymizer.detection", "anonymizer.cli"),
        ("anonymizer.policy", "anonymizer.detection"),
        ("anonymizer.masking", "anonymizer.documents"),
        ("anonymizer.masking", "anonymizer.cli"),
    ],
)
def test_named_layer_rules(lower: str, upper: str) -> None:
    """The rules of issue 22 in so many words: ``lower`` never imports ``upper``. The layer table implies each
    (a unit importing another of its own layer or one above fails ``test_core_layers_import_only_downwards``);
    this keeps the table saying so."""
    assert upper not in (lower, "anonymizer")
    assert _layer(lower) <= _layer(upper)


def test_detection_extension_points_are_its_bottom() -> None:
    """``detection.base`` imports no other detection module, and the parts the engine runs (recognizers, the
    model, person rules, the policy's rules) do not import the engine that runs them."""
    imports = _core_imports()
    assert {m for m in imports["anonymizer.detection.base"] if m.startswith("anonymizer.detection")} == set()
    engine_modules = ("anonymizer.detection.engine", "anonymizer.detection.factory", "anonymizer.detection.windows")
    parts = ("anonymizer.detection.recognizers", "anonymizer.detection.ner", "anonymizer.detection.persons")
    offenders = [
        f"{module} -> {imported}"
        for module, found in imports.items()
        if module.startswith(parts) or module == "anonymizer.detection.policy_rules"
        for imported in found
        if imported.startswith(engine_modules)
    ]
    assert offenders == []


#: What each part of the app never imports: the core knows nothing of the GUI, and neither the core nor the GUI
#: reaches the NER training recipe (``training/``).
NEVER_IMPORTED = {"anonymizer": ("desktop", "training"), "desktop": ("training",)}


def test_core_never_imports_the_desktop_and_the_app_never_the_training_recipe() -> None:
    offenders = [
        f"{_module_name(path)} -> {imported}"
        for package, forbidden in NEVER_IMPORTED.items()
        for path in sorted((ROOT / package).rglob("*.py"))
        for imported in _imported_modules(path)
        if imported.split(".")[0] in forbidden
    ]
    assert offenders == []


#: The GUI's one door into the core (issue 22): only this package of ``desktop/`` imports :mod:`anonymizer`.
FACADE = ROOT / "desktop" / "facade"
#: Plain-Python parts of the GUI: the facade and the review model, tested without a window.
QT_FREE_GUI = ("desktop.facade", "desktop.review", "desktop.review_model")


def _gui_modules() -> list[Path]:
    return sorted((ROOT / "desktop").rglob("*.py"))


def test_only_the_facade_imports_the_core() -> None:
    offenders = [
        f"{_module_name(path)} -> {imported}"
        for path in _gui_modules()
        if not path.is_relative_to(FACADE)
        for imported in _imported_modules(path)
        if imported.split(".")[0] == "anonymizer"
    ]
    assert offenders == []


def test_the_gui_uses_the_facade_package_not_its_modules() -> None:
    """Widgets import what ``desktop.facade`` offers; how the facade is split inside is its own business."""
    offenders = [
        f"{_module_name(path)} -> {imported}"
        for path in _gui_modules()
        if not path.is_relative_to(FACADE)
        for imported in _imported_modules(path)
        if imported.startswith("desktop.facade.")
    ]
    assert offenders == []


def test_facade_and_review_model_import_no_qt() -> None:
    sources = [path for path in _gui_modules() if _module_name(path).startswith(QT_FREE_GUI)]
    assert len(sources) >= 5
    assert [str(path.relative_to(ROOT)) for path in sources if QT_IMPORT.search(path.read_text(encoding="utf-8"))] == []
    loaded_qt = "sorted(m for m in sys.modules if m.startswith('PySide6'))"
    code = f"import sys; import {', '.join(QT_FREE_GUI)}; print({loaded_qt})"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"
