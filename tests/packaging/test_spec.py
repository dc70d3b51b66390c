"""Cheap checks of the packaging (no PyInstaller run): the spec, what it bundles, the installer script.

The real build and the frozen selftest run with ``python build/package.py --check`` (``PACKAGE=1 .ci/run``);
they take minutes, so the normal suite checks only what can go wrong without building.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


plan = _load("bundle_plan", BUILD / "bundle_plan.py")
package = _load("build_package", BUILD / "package.py")  # its "import bundle_plan" finds the module loaded above
ISS_TEXT = (BUILD / "installer" / "anonymisierungshelfer.iss").read_text(encoding="utf-8-sig")


def test_spec_is_valid_python_and_uses_the_plan() -> None:
    source = (BUILD / "anonymisierungshelfer.spec").read_text(encoding="utf-8")
    compile(source, "anonymisierungshelfer.spec", "exec")
    for name in ("plan.excluded_modules()", "plan.resource_datas()", "plan.keep_data_file", "console=not IS_WINDOWS"):
        assert name in source


def test_version_of_pyproject_is_the_package_version() -> None:
    from anonymizer import __version__

    assert plan.project_version() == __version__


def test_build_extra_installs_pyinstaller() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        extras = tomllib.load(handle)["project"]["optional-dependencies"]
    assert any(requirement.lower().startswith("pyinstaller") for requirement in extras["build"])


def test_bundled_resources_exist_and_include_the_default_policy() -> None:
    pairs = plan.resource_datas()
    sources = {Path(source) for source, _ in pairs}
    assert ROOT / "resources" / "policy" / "default.toml" in sources
    assert all(path.is_file() for path in sources)
    assert all(dest == "resources" or dest.startswith("resources/") for _, dest in pairs)
    assert not [path for path in sources if path.suffix == ".ts"]


@pytest.mark.parametrize("model", plan.model_dirs(), ids=lambda path: path.name)
def test_every_file_of_a_bundled_model_is_bundled(model: Path) -> None:
    sources = {Path(source) for source, _ in plan.resource_datas()}
    assert {path for path in model.rglob("*") if path.is_file()} <= sources


@pytest.mark.parametrize(
    ("module", "excluded"),
    [
        ("tkinter", True),
        ("spacy.tests.test_language", True),
        ("spacy.lang.fr", True),
        ("spacy.lang.fr.stop_words", True),
        ("faker.providers.person.fr_FR", True),
        ("phonenumbers.geodata.data0", True),
        ("PySide6.QtWebEngineCore", True),
        ("training.ner.train", True),
        ("spacy.training", False),
        ("spacy.lang.de", False),
        ("spacy.lang.de.stop_words", False),
        ("spacy.lang.punctuation", False),
        ("spacy.pipeline.ner", False),
        ("faker.providers.person.de_DE", False),
        ("faker.providers.person.en_US", False),
        ("phonenumbers.data.region_DE", False),
        ("PySide6.QtWidgets", False),
        ("anonymizer.selftest", False),
    ],
)
def test_excluded_modules(module: str, excluded: bool) -> None:
    assert plan.is_excluded(module, plan.excluded_modules()) is excluded


def test_the_training_recipes_are_not_packaged() -> None:
    """``training/`` builds the model from corpora; neither the wheel nor the installer may carry it."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        include = tomllib.load(handle)["tool"]["setuptools"]["packages"]["find"]["include"]
    assert include == ["anonymizer*", "desktop*"]
    assert "training" not in plan.SOURCE_PACKAGES


def test_every_third_party_import_is_planned() -> None:
    """A new dependency may need its data files or dynamic imports bundled: bundle_plan must know it."""
    assert plan.third_party_imports() - plan.PLANNED_IMPORTS == set()


def test_source_selftest_passes_with_the_excluded_modules_blocked() -> None:
    """What the build leaves out, the app must not import: the selftest runs with those modules unimportable."""
    assert package.preflight() > 0


def test_spacy_languages_include_german_and_those_spacy_imports_itself() -> None:
    languages = plan.spacy_languages()
    assert {"de", "xx"} <= languages
    assert plan.spacy_internal_languages() <= languages
    assert "fr" not in languages


def test_no_qt_module_our_code_imports_is_excluded() -> None:
    excluded = set(plan.excluded_modules())
    assert {f"PySide6.{name}" for name in plan.qt_modules_used()} & excluded == set()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("resources/policy/default.toml", True),
        ("faker/providers/person/de_DE/__init__.py", True),
        ("stdnum/iban.dat", True),
        ("spacy/lang/de/__init__.py", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("faker/providers/person/fr_FR/__init__.py", False),
        ("spacy/lang/fr/lemmatizer.json", False),
        ("spacy/tests/README.md", False),
        ("spacy/tokens/doc.pyx", False),
        ("PySide6/Qt/translations/designer_de.qm", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
    ],
)
def test_keep_data_file(dest: str, kept: bool) -> None:
    assert plan.keep_data_file(dest) is kept


@pytest.mark.parametrize(
    ("stderr", "fails"),
    [
        ("Traceback (most recent call last):", True),
        ("/x/spacy/util.py:12: UserWarning: [W095] Model 'de' was trained with …", True),
        ("warning: qt.qpa.fonts: Populating font family aliases took 80 ms", True),
        ("warning: This plugin does not support propagateSizeHints()\nTraceback (most recent call last):", True),
        ("", False),
        ("Kern OK: 4 Fundstellen", False),
        ("warning: This plugin does not support propagateSizeHints()", False),
    ],
)
def test_frozen_stderr_rule(stderr: str, fails: bool) -> None:
    assert bool(package.forbidden_lines(stderr)) is fails


@pytest.mark.parametrize(
    ("stdout", "expected"),
    [
        ("window_shown 100.50\nmodel_ready 102.25\n", {"window_shown": 0.5, "model_ready": 2.25}),
        ("Kern OK\nwindow_shown 100.75\n", {"window_shown": 0.75}),
        ("model_failed 101.00\n", {"model_failed": 1.0}),
        ("window_shown bald\nfenster_da 100.5\n", {}),
        ("", {}),
    ],
)
def test_parse_startup(stdout: str, expected: dict[str, float]) -> None:
    assert package.parse_startup(stdout, launched=100.0) == pytest.approx(expected)


def test_size_report_ranks_real_files(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    (internal / "spacy").mkdir(parents=True)
    (internal / "spacy" / "a.so").write_bytes(b"x" * 3000)
    (internal / "spacy" / "b.so").write_bytes(b"x" * 2000)
    (internal / "libpython.so").write_bytes(b"x" * 4000)
    (tmp_path / "Anonymisierungshelfer").write_bytes(b"x" * 1000)
    report = package.size_report(tmp_path, top=2)
    assert report.total == 10_000
    assert report.files == 4
    assert report.largest_items == [("spacy", 5000), ("libpython.so", 4000)]
    assert report.largest_files == [("_internal/libpython.so", 4000), ("_internal/spacy/a.so", 3000)]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("strip") is None, reason="Linux binutils")
def test_strip_debug_info_strips_only_debug_builds_outside_grafted_libs(tmp_path: Path) -> None:
    import numpy
    import spacy.attrs

    with_debug = Path(spacy.attrs.__file__)  # Cython module shipped with DWARF sections
    grafted = next((Path(numpy.__file__).parent.parent / "numpy.libs").glob("*.so*"))
    no_debug = next((Path(numpy.__file__).parent / "_core").glob("_multiarray_umath*.so"))
    if not plan.has_debug_info(with_debug):
        pytest.skip("this spaCy wheel has no debug sections")
    toc = [
        ("spacy/attrs.so", str(with_debug), "EXTENSION"),
        (f"numpy.libs/{grafted.name}", str(grafted), "BINARY"),
        ("numpy/_core/umath.so", str(no_debug), "EXTENSION"),
    ]
    result = plan.strip_debug_info(toc, tmp_path)
    stripped = Path(result[0][1])
    assert stripped.parent == tmp_path / "spacy"
    assert not plan.has_debug_info(stripped)
    assert stripped.stat().st_size < with_debug.stat().st_size
    assert result[1:] == toc[1:]


def test_compressed_size_of_a_real_folder(tmp_path: Path) -> None:
    app = tmp_path / "Anonymisierungshelfer"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "gleich.bin").write_bytes(b"Kortmann " * 100_000)
    (app / "_internal" / "zufall.bin").write_bytes(bytes(range(256)) * 40)
    size = package.compressed_size(app)
    assert 0 < size < 100_000  # 910 kB of repetitive data shrink to a few kB


def test_network_blocker_really_blocks_the_network() -> None:
    prefix, note = package.network_blocker()
    if not prefix:
        pytest.skip(note)
    probe = (
        "import socket\ntry:\n socket.create_connection(('192.0.2.1', 80), timeout=2)\nexcept OSError as e:\n print(e)"
    )
    result = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "unreachable" in result.stdout.lower()


@pytest.mark.parametrize(
    "directive",
    [
        "PrivilegesRequired=lowest",
        "PrivilegesRequiredOverridesAllowed=dialog commandline",
        "AppVersion={#AppVersion}",
        "DefaultDirName={autopf}\\{#AppName}",
        'MessagesFile: "compiler:Languages\\German.isl"',
        'Name: "{autoprograms}\\{#AppName}"',
        "ExpandConstant('{param:POLICY|}')",
        "ExpandConstant('{commonappdata}\\{#AppName}')",
        'DestDir: "{code:PolicyDir}"; DestName: "policy.toml"; Flags: external ignoreversion uninsneveruninstall',
        "if not IsAdminInstallMode() then",
        "UninstallSilent()",
        'Type: filesandordirs; Name: "{app}"',
    ],
)
def test_installer_script_has(directive: str) -> None:
    assert directive in ISS_TEXT


def test_installer_keeps_user_data_unless_asked() -> None:
    uninstall = ISS_TEXT[ISS_TEXT.index("procedure CurUninstallStepChanged") :]
    assert uninstall.index("if not DeleteUserDataWanted() then") < uninstall.index("DelTree(")
    assert "{localappdata}" not in ISS_TEXT.split("[Code]")[0]  # no [UninstallDelete]/[Dirs] of user data


def test_installer_version_comes_from_the_build_not_the_script() -> None:
    assert re.search(r"#define\s+AppVersion", ISS_TEXT) is None
    assert "/DAppVersion=" in (BUILD / "package.py").read_text(encoding="utf-8")


def test_windows_workflow_builds_installer_and_runs_selftest() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows-build.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    assert "python build/package.py --installer --check" in workflow
    assert "--selftest" in workflow


@pytest.mark.parametrize(
    "phrase",
    [
        "/VERYSILENT",
        "/ALLUSERS",
        "/POLICY=",
        r"%PROGRAMDATA%\Anonymisierungshelfer\policy.toml",
        "--selftest",
        "netstat",
    ],
)
def test_deployment_guide_covers(phrase: str) -> None:
    assert phrase in (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
