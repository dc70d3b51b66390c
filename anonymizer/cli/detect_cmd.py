"""``detect --json FILE...``: one JSON line per file with the entities the policy would mask.

A file that cannot be read gets one German line on stderr and the others are still reported (exit
code 1 at the end): one typo among fifty files must not hide forty-nine results.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from anonymizer.cli.common import add_policy_argument, engine_for_args, print_notes
from anonymizer.documents import LoadedDocument, load_document
from anonymizer.errors import AnonymizerError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "detect",
        help="Personenbezogene Daten in Dateien finden.",
        description="Listet je Datei die Fundstellen, die die Richtlinie maskieren würde.",
    )
    parser.add_argument(
        "--json", action="store_true", help='Eine JSON-Zeile je Datei: {"file": …, "entities": [{"start", "end", …}]}.'
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="DATEI", help="Text-, Word-, PDF- oder E-Mail-Dateien.")
    add_policy_argument(parser)
    parser.set_defaults(handler=run)


def _read_all(paths: list[Path]) -> list[LoadedDocument | AnonymizerError]:
    """Every file read (or why not), in the order given."""
    results: list[LoadedDocument | AnonymizerError] = []
    for path in paths:
        try:
            results.append(load_document(path))
        except AnonymizerError as error:
            results.append(error)
    return results


def run(args: argparse.Namespace) -> int:
    # Read every file first: when none can be read, the model is not loaded at all.
    documents = _read_all(args.files)
    readable = [d for d in documents if isinstance(d, LoadedDocument)]
    failed = len(documents) - len(readable)
    engine = engine_for_args(args) if readable else None
    for document in documents:
        if isinstance(document, AnonymizerError):
            sys.stdout.flush()
            print(f"Fehler: {document.message}", file=sys.stderr)
            continue
        assert engine is not None
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
    return 1 if failed else 0
