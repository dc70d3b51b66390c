"""Helpers the sub-commands share: the ``--policy`` option, the engine, safe output files."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from anonymizer.engine import AnalyzerEngine
from anonymizer.errors import OutputFileError
from anonymizer.factory import build_engine
from anonymizer.policy import load_default_policy, load_policy


def add_policy_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", type=Path, metavar="DATEI", help="Richtlinie (TOML) verwenden.")


def engine_for_args(args: argparse.Namespace) -> AnalyzerEngine:
    policy = load_policy(args.policy) if getattr(args, "policy", None) else load_default_policy()
    return build_engine(policy)


def write_bytes_atomically(target: Path, data: bytes, source: Path | None = None) -> None:
    """Write ``data`` to ``target`` via a temp file in the same folder, then rename.

    The input file is never overwritten: clerks must not lose their original by a typo.
    """
    if source is not None and target.exists() and source.exists() and target.resolve() == source.resolve():
        raise OutputFileError("Die Ausgabedatei darf nicht die Eingabedatei sein.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputFileError(f"Der Ordner „{folder}“ existiert nicht.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".anon-", suffix=".tmp", dir=folder)
    except OSError:
        raise OutputFileError(f"In den Ordner „{folder}“ kann nicht geschrieben werden.") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp_name, target)
    except OSError:
        Path(temp_name).unlink(missing_ok=True)
        raise OutputFileError(f"Die Datei „{target.name}“ kann nicht geschrieben werden.") from None


def write_text_atomically(target: Path, text: str, source: Path | None = None) -> None:
    write_bytes_atomically(target, text.encode("utf-8"), source)
