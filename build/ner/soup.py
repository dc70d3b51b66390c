"""Model soup: fork one half-trained pipeline into several continuations and average their weights.

Why: models of the recipe that differ only in their seed voting together gain about 0.014 dev F1
over one of them, but cost four times the model time, which the one-core speed bar does not allow.
Continuations of one parent that has already trained for a while stay in one basin of the loss, so
their weights can be averaged into a single model of the same size and speed (a "model soup",
Wortsman et al., ICML 2022).  Forks of a *fully* trained parent do not work here: trained on at
a fresh learning rate they overfit, as more epochs of the recipe do (README, third round).

So the parent is the recipe stopped half-way (``--fork-at``, its learning-rate schedule still counting
towards ``training.max_steps``), and every fork runs the rest of that schedule — the learning rate and
batch size the parent had reached, decaying to zero — with its own seed (batch order and dropout).
Each fork is thus one full run of the recipe that shares its first half with the others.

Measured (README, fourth round): the soup of four forks scores its forks' mean on dev, not the vote's
gain, so the shipped recipe does not use it; ``train.py --soup`` keeps the figures reproducible.

Usage (train.py ``--soup K`` runs all of it)::

    python build/ner/soup.py fork PARENT OUT --seed 11 --fork-at 1500 --max-steps 3000 -- <spacy train args>
    python build/ner/soup.py average OUT FORK1 FORK2 ...
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.util import load_config, registry

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
import anonymizer.ner.lexicon_features  # noqa: E402,F401  registers the model's embedding layer

#: train.py's forks have the seeds FIRST_FORK_SEED, FIRST_FORK_SEED + 1, ...
FIRST_FORK_SEED = 21

#: Steps over which a fork's learning rate climbs back to the parent's: its Adam moments start at
#: zero, so its first updates would otherwise be larger than the parent's last ones.
FORK_WARMUP = 30


def schedule_value(section: dict[str, Any], step: int) -> float:
    """The value a spaCy/thinc schedule (a generator in thinc 8) yields at ``step``."""
    schedule = registry.resolve({"schedule": section})["schedule"]
    return float(next(itertools.islice(schedule, step, None)))


def fork_config(config_path: Path, parent: Path, fork_at: int, max_steps: int) -> Any:
    """The recipe's config for a fork: both components sourced from the parent, no pretrained tok2vec
    (the parent's weights replace it), and the rest of the recipe's schedules from step ``fork_at``."""
    resolved = load_config(config_path, overrides={"training.max_steps": max_steps}, interpolate=True)
    rate = schedule_value(resolved["training"]["optimizer"]["learn_rate"], fork_at)
    batch = schedule_value(resolved["training"]["batcher"]["size"], fork_at)
    config = load_config(config_path)  # not interpolated: spacy train's --paths.* overrides still apply
    remaining = max_steps - fork_at
    config["components"]["tok2vec"] = {"source": str(parent)}
    config["components"]["ner"] = {"source": str(parent)}
    config["paths"]["init_tok2vec"] = None
    config["initialize"]["init_tok2vec"] = None
    config["training"]["max_steps"] = remaining
    config["training"]["optimizer"]["learn_rate"] = {
        "@schedules": "warmup_linear.v1",
        "warmup_steps": FORK_WARMUP,
        "total_steps": remaining,
        "initial_rate": rate,
    }
    config["training"]["batcher"]["size"]["start"] = int(batch)
    return config


def fork_command(config_path: Path, parent: Path, out: Path, seed: int, fork_at: int, max_steps: int) -> list[str]:
    """Write the fork's config into ``out``; return the ``spacy train`` command that trains the fork there
    (without the corpus paths and --code, which the caller adds).  Its model-last is the fork."""
    out.mkdir(parents=True, exist_ok=True)
    fork_config(config_path, parent, fork_at, max_steps).to_disk(out / "fork.cfg")
    cmd = [sys.executable, "-m", "spacy", "train", str(out / "fork.cfg"), "--output", str(out)]
    return [*cmd, "--system.seed", str(seed)]


def average_pipelines(paths: list[Path], out: Path) -> None:
    """Save the first pipeline with every float weight replaced by the mean over all pipelines.

    Integer parameters (the word-list table's hash keys) are identical in every fork and are kept.
    """
    nlps = [spacy.load(path) for path in paths]
    soup = nlps[0]
    for name in soup.pipe_names:
        walks = [list(nlp.get_pipe(name).model.walk()) for nlp in nlps]
        if len({len(walk) for walk in walks}) != 1:
            raise SystemExit(f"{name}: the pipelines have different architectures")
        for nodes in zip(*walks, strict=True):
            for param in nodes[0].param_names:
                if not nodes[0].has_param(param):
                    continue
                arrays = [node.get_param(param) for node in nodes]
                if arrays[0].dtype.kind != "f":
                    if not all(numpy.array_equal(arrays[0], array) for array in arrays[1:]):
                        raise SystemExit(f"{name}/{nodes[0].name}/{param} differs between the forks")
                    continue
                nodes[0].set_param(param, numpy.mean(numpy.stack(arrays), axis=0).astype(arrays[0].dtype))
    soup.to_disk(out)
    print(f"averaged {len(paths)} pipelines -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    fork = commands.add_parser("fork", help="train one fork of a parent")
    fork.add_argument("parent", type=Path)
    fork.add_argument("out", type=Path)
    fork.add_argument("--seed", type=int, required=True)
    fork.add_argument("--fork-at", type=int, default=1500)
    fork.add_argument("--max-steps", type=int, default=3000)
    fork.add_argument("--config", type=Path, default=HERE / "config.cfg")
    fork.add_argument("spacy_args", nargs=argparse.REMAINDER, help="after --: paths for spacy train")
    average = commands.add_parser("average", help="average the weights of forks of one parent")
    average.add_argument("out", type=Path)
    average.add_argument("forks", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "fork":
        spacy_args = [arg for arg in args.spacy_args if arg != "--"]
        cmd = fork_command(args.config, args.parent, args.out, args.seed, args.fork_at, args.max_steps)
        subprocess.run([*cmd, *spacy_args], check=True)
    else:
        average_pipelines(args.forks, args.out)


if __name__ == "__main__":
    main()
