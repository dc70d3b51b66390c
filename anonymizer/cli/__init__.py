"""The command line (PRODUCT.md section 4): ``detect``, ``anonymize`` and friends.

Each sub-command lives in a module of its own that exposes ``register(subparsers)``. Exit codes:
0 ok, 2 usage, 1 error with a one-line German message on stderr — never a traceback. Every text
argparse prints is German (:mod:`anonymizer.cli.german`).

``--selftest`` and ``policy-editor`` belong to the desktop app, which this package must not import
(no Qt in ``anonymizer/``): they are parsed and listed in ``--help`` here, and ``main.py`` hands in
the functions that run them (:class:`AppCommands`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anonymizer import APP_NAME, __version__
from anonymizer.cli import anonymize_cmd, detect_cmd, policy_cmd, restore_cmd, sessions_cmd
from anonymizer.cli.files import UsageError
from anonymizer.cli.german import GermanArgumentParser
from anonymizer.errors import AnonymizerError

COMMAND_MODULES = (detect_cmd, anonymize_cmd, restore_cmd, sessions_cmd, policy_cmd)

DESCRIPTION = f"{APP_NAME} — personenbezogene Daten finden und maskieren, alles auf diesem Rechner."
EPILOG = (
    "Ohne Argumente startet die Oberfläche. Hilfe zu einem Befehl: main.py BEFEHL --help. "
    "Exit-Codes: 0 in Ordnung, 1 Fehler (eine deutsche Zeile auf stderr), 2 Aufruf fehlerhaft."
)


@dataclass(frozen=True)
class AppCommands:
    """What ``--selftest`` and ``policy-editor`` run; ``main.py`` passes the desktop's versions."""

    selftest: Callable[[], int]
    policy_editor: Callable[[Path | None], int]


def _core_selftest() -> int:
    from anonymizer.selftest import run_core_selftest

    return run_core_selftest()


def _no_policy_editor(_path: Path | None) -> int:
    print("Fehler: Der Richtlinien-Editor gehört zur Oberfläche: python main.py policy-editor", file=sys.stderr)
    return 1


CORE_ONLY = AppCommands(_core_selftest, _no_policy_editor)


def _register_policy_editor(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "policy-editor",
        help="Den Richtlinien-Editor öffnen (Fenster, für Datenschutz und IT).",
        description="Öffnet den Richtlinien-Editor; mit DATEI diese Richtlinie (auch eine fehlerhafte, "
        "zum Korrigieren).",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="DATEI", help="Die Richtliniendatei (TOML).")
    parser.set_defaults(handler=None)


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(prog="main.py", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help="Versionsnummer anzeigen und beenden."
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="Installation prüfen: Modell, Richtlinie und Oberfläche (unsichtbar) laden, ein erfundenes "
        "Beispiel maskieren und zurückübersetzen, OK ausgeben.",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="BEFEHL", title="Befehle", parser_class=GermanArgumentParser
    )
    for module in COMMAND_MODULES:
        module.register(subparsers)
    _register_policy_editor(subparsers)
    for command_parser in subparsers.choices.values():
        command_parser.set_defaults(command_parser=command_parser)  # its usage line for a UsageError
    return parser


def main(argv: Sequence[str] | None = None, app: AppCommands = CORE_ONLY) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = getattr(args, "command", None)
    if args.selftest:
        if command:
            parser.error("--selftest steht allein, ohne BEFEHL")
        return app.selftest()
    if not command:
        parser.print_usage(sys.stderr)
        print("main.py: Aufruf fehlerhaft: BEFEHL fehlt (Übersicht: main.py --help)", file=sys.stderr)
        return 2
    if command == "policy-editor":
        return app.policy_editor(args.file)
    try:
        result: int = args.handler(args)
        return result
    except UsageError as error:
        command_parser: argparse.ArgumentParser = args.command_parser
        command_parser.error(error.message)  # the command's usage line, one German line, exit code 2
    except AnonymizerError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
