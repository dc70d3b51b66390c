"""``anonymize IN [-o OUT]``: the masked text to stdout or into a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from anonymizer.cli.common import add_policy_argument, before_output, engine_for_args, write_text_atomically
from anonymizer.documents import load_document
from anonymizer.masking import mask_with_placeholders


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("anonymize", help="Eine Datei maskieren.")
    parser.add_argument("input", type=Path, metavar="EINGABE")
    parser.add_argument("-o", "--output", type=Path, metavar="AUSGABE")
    add_policy_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    document = load_document(args.input)
    engine = engine_for_args(args)
    findings = engine.analyze(document.text, masked_only=True)
    masked = mask_with_placeholders(document.text, findings)
    before_output(args, "save" if args.output else "copy", findings, document.kind)
    if args.output:
        write_text_atomically(args.output, masked, args.input)
    else:
        sys.stdout.write(masked)
        sys.stdout.flush()
    return 0
