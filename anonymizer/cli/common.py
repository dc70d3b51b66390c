"""Helpers the sub-commands share: the ``--policy`` option, the engine, the output gate and notes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from anonymizer.audit import counts_by_type, gate_output
from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine
from anonymizer.entities import Finding
from anonymizer.policy import EffectivePolicy, load_effective_policy


def add_policy_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", type=Path, metavar="DATEI", help="Richtlinie (TOML) verwenden.")


def effective_policy_for_args(args: argparse.Namespace) -> EffectivePolicy:
    """Default < machine-wide < user policy (``--policy FILE`` replaces the user layer), once per run.

    A layer that does not validate is skipped with a warning on stderr naming file and line.
    """
    effective: EffectivePolicy | None = getattr(args, "effective_policy", None)
    if effective is None:
        effective = load_effective_policy(getattr(args, "policy", None))
        for warning in effective.warnings:
            print(f"Warnung: {warning}", file=sys.stderr)
        args.effective_policy = effective
    return effective


def engine_for_args(args: argparse.Namespace) -> AnalyzerEngine:
    return build_engine(effective_policy_for_args(args).policy)


def before_output(args: argparse.Namespace, action: str, findings: list[Finding], input_kind: str) -> None:
    """The hook before masked text leaves the app: refuse if copying is blocked, else audit it.

    ``action`` is "copy" (stdout), "save" (a file) or "restore". The audit log holds only
    counts per category and the input kind (see :mod:`anonymizer.audit`).
    """
    effective = effective_policy_for_args(args)
    counts = counts_by_type([f.type for f in findings])
    gate_output(action, counts, input_kind, effective.policy.audit, effective.copy_blocked_reason)


def print_notes(notes: Iterable[str]) -> None:
    """Show German warnings about an input or output (e.g. unchecked images) on stderr, one per line."""
    for note in notes:
        print(f"Hinweis: {note}", file=sys.stderr)
