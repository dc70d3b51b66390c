"""The command line (PRODUCT.md section 4): ``detect``, ``anonymize`` and friends.

Each sub-command lives in a module of its own that exposes ``register(subparsers)``. Exit codes:
0 ok, 2 usage, 1 error with a one-line German message on stderr — never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from anonymizer import APP_NAME, __version__
from anonymizer.cli import anonymize_cmd, detect_cmd, policy_cmd, restore_cmd, sessions_cmd
from anonymizer.errors import AnonymizerError

COMMAND_MODULES = (detect_cmd, anonymize_cmd, policy_cmd, restore_cmd, sessions_cmd)


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with a German one-line usage error and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: Aufruf fehlerhaft: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="main.py", description=f"{APP_NAME} — personenbezogene Daten finden und maskieren."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_usage(sys.stderr)
        return 2
    try:
        result: int = args.handler(args)
        return result
    except AnonymizerError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
