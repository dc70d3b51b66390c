"""The training recipe's model soup (build/ner/soup.py): forks continue the recipe's schedule, and
averaging keeps what must not be averaged."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.language import Language

from anonymizer.ner.model import model_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build" / "ner"))
from soup import FORK_WARMUP, average_pipelines, fork_config

RECIPE = Path(__file__).resolve().parents[2] / "build" / "ner" / "config.cfg"

pytestmark = pytest.mark.model


def test_fork_runs_the_rest_of_the_recipes_schedule_from_the_parents_weights(tmp_path: Path) -> None:
    config = fork_config(RECIPE, tmp_path / "parent", fork_at=1500, max_steps=3000)
    assert config["components"]["tok2vec"] == {"source": str(tmp_path / "parent")}
    assert config["components"]["ner"] == {"source": str(tmp_path / "parent")}
    # The pretrained tok2vec would overwrite the parent's weights.
    assert config["initialize"]["init_tok2vec"] is None
    assert config["training"]["max_steps"] == 1500
    rate = config["training"]["optimizer"]["learn_rate"]
    # warm-up of 250 steps, then linear decay from 0.0015 to 0 at step 3000: half-way down at 1,625.
    assert rate["initial_rate"] == pytest.approx(0.0015 * (3000 - 1500) / (3000 - 250))
    assert (rate["warmup_steps"], rate["total_steps"]) == (FORK_WARMUP, 1500)
    # The batch size has compounded from 100 words by 1.001 a step.
    assert config["training"]["batcher"]["size"]["start"] == pytest.approx(100 * 1.001**1500, abs=1)
    # The corpus paths stay open for spacy train's --paths overrides.
    assert config["corpora"]["train"]["path"] == "${paths.train}"


def test_a_pipeline_averaged_with_itself_keeps_every_weight_and_its_word_list_keys(
    nlp: Language, tmp_path: Path
) -> None:
    average_pipelines([model_dir(), model_dir()], tmp_path / "soup")
    before, after = nlp, spacy.load(tmp_path / "soup")
    compared = 0
    for name in before.pipe_names:
        for old, new in zip(before.get_pipe(name).model.walk(), after.get_pipe(name).model.walk(), strict=True):
            for param in old.param_names:
                if old.has_param(param):
                    # The word-list keys are uint64 hashes: a mean in floating point would corrupt them.
                    assert numpy.array_equal(old.get_param(param), new.get_param(param)), (name, old.name, param)
                    compared += 1
    assert compared > 20
    text = "Herr Jürgen Kortmann aus Havixbeck schrieb an die Stadtwerke Münster."
    assert [(e.text, e.label_) for e in after(text).ents] == [(e.text, e.label_) for e in before(text).ents]
