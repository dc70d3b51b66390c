"""The NER training recipe as a package (``python -m training.ner``): every step is reachable and the steps find
the corpora where they are told to. That the app never imports the recipe is an architecture rule
(``tests/core/test_architecture.py``)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from training.corpora import DATA_ENV, data_dir
from training.ner.__main__ import STEPS
from training.ner.paths import corpus_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("step", sorted(STEPS))
def test_every_step_is_a_module_with_a_main_taking_its_arguments(step: str) -> None:
    module = importlib.import_module(f"training.ner.{step}")
    assert callable(module.main)
    with pytest.raises(SystemExit) as stopped:
        module.main(["--help"])
    assert stopped.value.code == 0


def test_the_entry_point_lists_every_step() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "training.ner", "--help"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    for step in STEPS:
        assert f"  {step} " in result.stdout


def test_the_corpora_folder_defaults_to_shared_data_beside_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_ENV, raising=False)
    assert data_dir() == ROOT.parent / "shared" / "data"


def test_a_missing_corpus_stops_with_one_line_that_says_how_to_name_the_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    with pytest.raises(SystemExit, match=r"is missing: .*--data DIR") as stopped:
        corpus_file("germeval2014", "NER-de-test.tsv")
    assert "\n" not in str(stopped.value)
    (tmp_path / "germeval2014").mkdir()
    (tmp_path / "germeval2014" / "NER-de-test.tsv").write_text("", encoding="utf-8")
    assert corpus_file("germeval2014", "NER-de-test.tsv") == tmp_path / "germeval2014" / "NER-de-test.tsv"
