"""The benchmark extra: presidio-analyzer for the comparison scripts, never a runtime dependency."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert isinstance(project, dict)
    return project


def test_presidio_analyzer_is_a_bounded_benchmark_extra_only() -> None:
    project = _project()
    extras = project["optional-dependencies"]
    assert isinstance(extras, dict)
    assert any(r.startswith("presidio-analyzer>=") and "<3" in r for r in extras["bench"])
    dependencies = project["dependencies"]
    assert isinstance(dependencies, list)
    assert not any(r.startswith("presidio-analyzer") for r in dependencies)


def test_presidio_comparison_still_works_with_the_installed_release() -> None:
    """Guards the API the benchmark uses; runs where the bench extra is installed."""
    pytest.importorskip("presidio_analyzer")
    from benchmarks import presidio_detect

    analyzer = presidio_detect.build_presidio()
    found = presidio_detect.presidio_spans(analyzer, "USt-IdNr. DE136695976, Server fe80::1")
    assert (10, 21, "DE_VAT_ID", 1.0) in found
    assert any(entity == "IP_ADDRESS" for _start, _end, entity, _score in found)
