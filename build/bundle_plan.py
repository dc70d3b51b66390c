"""What goes into the frozen app, derived from the source tree — shared by the spec and the packaging tests.

PyInstaller's hooks for spaCy, Faker, phonenumbers and Qt collect *everything* those libraries could load
(all 70 spaCy languages, 90 Faker locales, 40 MB of phone-number geodata, Qt translations for Designer and
Assistant). The app needs a small part of that; this module says which part, from what the code and the
bundled model actually use, so the list stays right when the code changes. It imports nothing heavy
(no PyInstaller, no spaCy), so the tests can check it without building.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Anonymisierungshelfer"
#: PyInstaller's work folder (ignored by git); compiled translations and stripped binaries are staged here too.
WORK_DIR = ROOT / "build" / "pyinstaller"
STAGED_TRANSLATIONS = WORK_DIR / "translations"
STRIPPED_BINARIES = WORK_DIR / "stripped"

#: Our own code: everything PyInstaller must see, and what the "derived from the code" scans read.
SOURCE_PACKAGES = ("anonymizer", "desktop")

#: Qt modules the app always needs, whatever the scan finds.
QT_BASE_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})

#: Big Qt modules of the full PySide6 (Addons) that PySide6-Essentials lacks: excluded too, so that a build
#: environment with the full PySide6 does not bundle them.
QT_ADDON_MODULES = frozenset(
    {
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
        "QtWebView", "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech", "Qt3DCore",
        "Qt3DRender", "QtCharts", "QtDataVisualization", "QtGraphs", "QtPdf", "QtPdfWidgets", "QtBluetooth",
        "QtNfc", "QtPositioning", "QtLocation", "QtSerialPort", "QtSerialBus", "QtSensors", "QtRemoteObjects",
        "QtScxml", "QtHttpServer",
    }
)  # fmt: skip

#: Faker falls back to these when a provider lacks the asked locale (config.DEFAULT_LOCALE and the
#: providers' own ``default_locale``); without them ``Faker("de_DE")`` fails for some providers.
FAKER_FALLBACK_LOCALES = frozenset({"en_US", "en_GB", "la"})

#: Languages of Qt's own translations (standard dialogs, context menus) that the UI offers.
QT_TRANSLATION_LANGUAGES = ("de", "en")

#: Never used at run time; some are pulled in by optional imports of the libraries.
ALWAYS_EXCLUDED = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "torch",
    "tensorflow",
    "jax",
    "cupy",
    "mxnet",
    "IPython",
    "matplotlib",
    "pandas",
    "scipy",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "training",  # the NER and name-list recipes (training/): run from the checkout, never by the app
    "spacy.tests",
    "thinc.tests",
    "srsly.tests",
    "catalogue.tests",
    "confection.tests",
    "presidio_anonymizer.tests",
    "phonenumbers.geodata",  # geocoder data (40 MB), the app never asks where a number is from
    "phonenumbers.carrierdata",
    "phonenumbers.tzdata",
    "faker.sphinx",
    "faker.contrib",
    "shiboken6.Shiboken.tests",
)

#: Libraries whose package metadata must travel: spaCy's registries find functions through entry points,
#: and several libraries read their own version at import time.
METADATA_DISTRIBUTIONS = (
    "spacy",
    "spacy-legacy",
    "spacy-loggers",
    "thinc",
    "srsly",
    "catalogue",
    "confection",
    "wasabi",
    "weasel",
    "pydantic",
    "presidio-anonymizer",
    "keyring",
    "python-stdnum",
    "phonenumbers",
    "Faker",
    "python-docx",
    "pypdf",
    "extract-msg",
    "charset-normalizer",
)

#: Packages whose submodules are loaded by name at run time (registries, Cython modules importing each
#: other, keyring backends found by entry point) — module analysis cannot see those imports.
DYNAMIC_PACKAGES = (
    "spacy",
    "thinc",
    "spacy_legacy",
    "spacy_loggers",
    "srsly",
    "catalogue",
    "confection",
    "cymem",
    "preshed",
    "murmurhash",
    "blis",
    "presidio_anonymizer",
    "keyring.backends",
    "stdnum",
    "charset_normalizer",
    "phonenumbers",  # region metadata modules are imported by name (data/region_DE.py …)
    "faker.providers",  # Faker imports providers and locales by name
)

#: Packages whose hooks in pyinstaller-hooks-contrib collect everything (all languages, locales, tests);
#: ``build/hooks`` replaces those hooks with empty ones and the spec collects what this plan keeps.
COLLECTED_BY_SPEC = ("spacy", "thinc", "faker", "phonenumbers")

#: Faker finds its locales by listing ``*/__init__.py`` files in the bundle, so their sources travel as data.
SOURCE_DATA_PACKAGES = ("faker.providers",)

#: Packages with data files (not Python) that they open at run time.
DATA_PACKAGES = (
    "spacy",
    "thinc",
    "stdnum",  # IBAN/BIC registries, ISBN ranges … (.dat files)
    "docx",  # default.docx template
    "extract_msg",
    "presidio_anonymizer",
    "charset_normalizer",
)


#: Files that libraries ship for compiling or type checking, never read at run time.
SOURCE_ONLY_SUFFIXES = frozenset({".pyx", ".pxd", ".pxi", ".pyi", ".c", ".cpp", ".h", ".hh", ".hpp"})


def is_excluded(module: str, excluded: Iterable[str]) -> bool:
    """Whether ``module`` is one of ``excluded`` or inside one of them."""
    return any(module == name or module.startswith(name + ".") for name in excluded)


#: Third-party packages our code may import, each one considered by this plan (its hook, data files, names
#: imported at run time). A new import fails ``tests/packaging`` until it is added here, after checking whether
#: it needs an entry in DATA_PACKAGES, DYNAMIC_PACKAGES or METADATA_DISTRIBUTIONS.
PLANNED_IMPORTS = frozenset(
    {
        "PySide6", "shiboken6", "spacy", "thinc", "srsly", "numpy", "presidio_anonymizer", "stdnum",
        "phonenumbers", "faker", "docx", "lxml", "pypdf", "extract_msg", "keyring", "cryptography",
        "platformdirs", "charset_normalizer", "ahocorasick",
    }
)  # fmt: skip


def project_version(root: Path = ROOT) -> str:
    """The version in ``pyproject.toml`` — the one the installer and the Windows file properties show."""
    with (root / "pyproject.toml").open("rb") as handle:
        version: str = tomllib.load(handle)["project"]["version"]
    return version


def source_files(root: Path = ROOT) -> list[Path]:
    """Our Python files: ``main.py`` and the packages (not tests, not build recipes)."""
    files = [root / "main.py"]
    for package in SOURCE_PACKAGES:
        files.extend(sorted((root / package).rglob("*.py")))
    return [path for path in files if path.is_file() and "__pycache__" not in path.parts]


def _source_text(root: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in source_files(root))


def third_party_imports(root: Path = ROOT) -> set[str]:
    """Top-level names of the non-standard-library packages our sources import (absolute imports)."""
    names: set[str] = set()
    for path in source_files(root):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {name for name in names if name not in sys.stdlib_module_names} - {*SOURCE_PACKAGES, "main"}


_QT_IMPORT = re.compile(r"PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?")


def qt_modules_used(root: Path = ROOT) -> set[str]:
    """The ``PySide6.QtXxx`` modules our code imports (plus the base three)."""
    used = set(QT_BASE_MODULES)
    for match in _QT_IMPORT.finditer(_source_text(root)):
        if match.group(1):
            used.add(match.group(1))
        else:
            used.update(name.strip() for name in match.group(2).split(",") if name.strip().startswith("Qt"))
    return used


def qt_modules_available() -> set[str]:
    """All ``PySide6.QtXxx`` extension modules installed (names only, nothing imported)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    names: set[str] = set()
    for folder in spec.submodule_search_locations:
        for path in Path(folder).iterdir():
            match = re.match(r"(Qt\w+)\.(?:abi3\.so|pyd|cpython.*\.so)$", path.name)
            if match:
                names.add(match.group(1))
    return names


_FAKER_LOCALE = re.compile(r"""["']([a-z]{2,3}_[A-Z]{2})["']""")


def faker_locales(root: Path = ROOT) -> set[str]:
    """Locales our code asks Faker for (string literals like ``"de_DE"``), plus Faker's fallbacks."""
    return {"de_DE"} | set(_FAKER_LOCALE.findall(_source_text(root))) | FAKER_FALLBACK_LOCALES


def model_dirs(root: Path = ROOT) -> list[Path]:
    """Bundled spaCy pipelines: folders under ``resources/models`` with a ``meta.json`` (any depth)."""
    models = root / "resources" / "models"
    if not models.is_dir():
        return []
    return sorted(meta.parent for meta in models.rglob("meta.json"))


_SPACY_LANG_IMPORT = re.compile(r"(?:from|import)\s+(?:spacy|\.+)lang\.([a-z]{2,3})\b")


def spacy_internal_languages() -> set[str]:
    """Languages spaCy's own modules import (outside ``spacy/lang`` and its tests).

    spaCy 3.8 imports the Japanese, Korean, Thai, Vietnamese and Chinese tokenizer factories when it fills
    its registry, and "xx" in its converters; a bundle without them fails in ``spacy.load``.
    """
    spacy_dir = _package_dir("spacy")
    if spacy_dir is None:
        return set()
    languages: set[str] = set()
    for path in spacy_dir.rglob("*.py"):
        relative = path.relative_to(spacy_dir).parts
        if relative[0] in {"lang", "tests"}:
            continue
        languages.update(_SPACY_LANG_IMPORT.findall(path.read_text(encoding="utf-8", errors="replace")))
    return languages


def spacy_languages(root: Path = ROOT) -> set[str]:
    """German, the language of every bundled model (its ``meta.json``), and those spaCy imports itself."""
    languages = {"de"} | spacy_internal_languages()
    for folder in model_dirs(root):
        lang = json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("lang")
        if isinstance(lang, str) and lang:
            languages.add(lang)
    return languages


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def unused_spacy_languages(root: Path = ROOT) -> list[str]:
    """``spacy.lang.xx`` packages the app never loads (each language is its own sub-package)."""
    lang_dir = _package_dir("spacy.lang")
    if lang_dir is None:
        return []
    keep = spacy_languages(root)
    return sorted(
        f"spacy.lang.{path.name}"
        for path in lang_dir.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in keep
    )


def unused_faker_locales(root: Path = ROOT) -> list[str]:
    """``faker.providers.<provider>.<locale>`` packages for locales the app never asks for."""
    providers = _package_dir("faker.providers")
    if providers is None:
        return []
    keep = faker_locales(root)
    return sorted(
        f"faker.providers.{provider.name}.{locale.name}"
        for provider in providers.iterdir()
        if provider.is_dir() and (provider / "__init__.py").exists()
        for locale in provider.iterdir()
        if locale.is_dir() and (locale / "__init__.py").exists() and locale.name not in keep
    )


def excluded_modules(root: Path = ROOT) -> list[str]:
    """Everything Analysis(excludes=…) gets: unused Qt modules, languages, locales, tests, big optional libs."""
    qt_unused = sorted(
        f"PySide6.{name}" for name in (qt_modules_available() | QT_ADDON_MODULES) - qt_modules_used(root)
    )
    return [*ALWAYS_EXCLUDED, *qt_unused, *unused_spacy_languages(root), *unused_faker_locales(root)]


def _under(dest: str, prefixes: Iterable[str]) -> bool:
    return any(dest == prefix or dest.startswith(prefix + "/") for prefix in prefixes)


@lru_cache(maxsize=4)
def _excluded_data_dirs(root: Path) -> tuple[str, ...]:
    names = (*unused_spacy_languages(root), *unused_faker_locales(root), *(n for n in ALWAYS_EXCLUDED if "." in n))
    return tuple(name.replace(".", "/") for name in names)


def keep_data_file(dest: str, root: Path = ROOT) -> bool:
    """Whether a collected data file (bundle-relative destination, ``/``-separated) is worth shipping.

    Library hooks copy whole trees; modules excluded above still arrive as data (Faker ships its locale
    sources as data so that it can list them) and Qt brings translations of tools we do not ship.
    """
    dest = dest.replace("\\", "/")
    parts = dest.split("/")
    if "tests" in parts or "__pycache__" in parts or Path(dest).suffix in SOURCE_ONLY_SUFFIXES:
        return False
    if _under(dest, _excluded_data_dirs(root)):
        return False
    match = re.search(r"PySide6/Qt/translations/([a-z]+)_([a-zA-Z_]+)\.qm$", dest)
    if match:
        return match.group(1) == "qtbase" and match.group(2).split("_")[0] in QT_TRANSLATION_LANGUAGES
    return True


def has_debug_info(binary: Path) -> bool:
    """Whether an ELF file still carries DWARF debug sections (``readelf`` from binutils, like ``strip``)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        return False
    result = subprocess.run([readelf, "-S", "--wide", str(binary)], capture_output=True, text=True, check=False)
    return result.returncode == 0 and ".debug_info" in result.stdout


def strip_debug_info(binaries: list[tuple[str, str, str]], out_dir: Path) -> list[tuple[str, str, str]]:
    """Binaries (PyInstaller TOC entries) with their debug sections removed — Linux only.

    Linux wheels of spaCy, blis, thinc … ship their Cython modules with debug info (about 150 MB).
    PyInstaller's own ``strip=True`` strips *every* library, which breaks the libraries auditwheel
    grafted into ``*.libs`` folders (numpy's OpenBLAS: "ELF load command address/offset not
    page-aligned"). So only files that have debug sections, outside ``*.libs``, are stripped — of debug
    sections only, into copies under ``out_dir``.
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return binaries
    result = []
    for dest, source, typecode in binaries:
        grafted = any(part.endswith(".libs") for part in Path(dest).parts)
        if grafted or not has_debug_info(Path(source)):
            result.append((dest, source, typecode))
            continue
        target = out_dir / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        subprocess.run([strip, "--strip-debug", str(target)], check=True)
        result.append((dest, str(target), typecode))
    return result


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, bundle folder)`` for ``resources/``: model, word lists, policy, icons, translations.

    Translation sources (``.ts``) stay behind; their compiled ``.qm`` come from ``STAGED_TRANSLATIONS``
    (``build/package.py`` compiles them afresh; the ``.qm`` committed for source checkouts is not used).
    """
    resources = root / "resources"
    pairs: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if path.suffix in {".ts", ".py", ".pyc", ".qm"} or path.name in {".gitkeep", ".gitignore"}:
            continue
        pairs.append((str(path), str(Path("resources") / path.parent.relative_to(resources))))
    staged = STAGED_TRANSLATIONS if root == ROOT else root / STAGED_TRANSLATIONS.relative_to(ROOT)
    pairs.extend((str(qm), "resources/translations") for qm in sorted(staged.glob("*.qm")))
    return pairs


def translation_sources(root: Path = ROOT) -> list[Path]:
    """The committed Qt translation sources (``resources/translations/*.ts``)."""
    return sorted((root / "resources" / "translations").glob("*.ts"))


def icon_file(root: Path = ROOT, suffix: str = ".ico") -> Path | None:
    """The app icon for the executable (``.ico`` on Windows), if the GUI ships one."""
    candidates = sorted((root / "resources" / "icons").glob(f"*{suffix}")) if (root / "resources").is_dir() else []
    preferred = [path for path in candidates if "anonymisierungshelfer" in path.stem.lower() or "app" in path.stem]
    chosen = preferred or candidates
    return chosen[0] if chosen else None
