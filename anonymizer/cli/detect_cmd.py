"""``detect --json FILE...``: one JSON line per file with the entities the policy would mask."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from anonymizer.cli.common import add_policy_argument, engine_for_args, print_notes
from anonymizer.documents import load_document


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("detect", help="Personenbezogene Daten in Dateien finden.")
    parser.add_argument("--json", action="store_true", help="Ergebnis als JSON-Zeilen ausgeben.")
    parser.add_argument("files", nargs="+", type=Path, metavar="DATEI")
    add_policy_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Read every file first so that a bad file fails before the model is loaded.
    documents = [load_document(path) for path in args.files]
    engine = engine_for_args(args)
    for document in documents:
        print_notes(document.notes)
        findings = engine.analyze(document.text, masked_only=True)
        if args.json:
            line = {"file": str(document.path), "entities": [f.to_json() for f in findings]}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{document.path}: {len(findings)} Fundstellen\n")
            for finding in findings:
                sys.stdout.write(f"  {finding.start}-{finding.end} {finding.type}: {finding.text}\n")
    sys.stdout.flush()
    return 0
