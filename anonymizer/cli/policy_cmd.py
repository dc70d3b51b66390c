"""``policy validate FILE`` and ``policy show``: for IT and the data protection officer.

``validate`` checks a file before IT deploys it (exit 0 and "OK", or exit 1 and one line per
problem with its line number). ``show`` prints the effective policy as JSON, each setting with
the layer it came from, and the user settings the binding machine-wide policy ignored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from anonymizer.errors import PolicyError
from anonymizer.policy import load_effective_policy, validate_policy_file
from anonymizer.policy.terms import load_term_list


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("policy", help="Richtlinie prüfen oder anzeigen (für IT und Datenschutz).")
    actions = parser.add_subparsers(dest="policy_command", metavar="AKTION", required=True)
    validate = actions.add_parser("validate", help="Eine Richtliniendatei prüfen.")
    validate.add_argument("file", type=Path, metavar="DATEI")
    validate.set_defaults(handler=run_validate)
    show = actions.add_parser("show", help="Die wirksame Richtlinie als JSON anzeigen.")
    show.add_argument("--policy", type=Path, metavar="DATEI", help="Diese Datei als Benutzer-Richtlinie verwenden.")
    show.set_defaults(handler=run_show)


def run_validate(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise PolicyError(f"Die Richtlinie „{path}“ existiert nicht.")
    issues = [str(issue) for issue in validate_policy_file(path)]
    if not issues:
        issues = _term_list_issues(path)
    if issues:
        for issue in issues:
            print(f"{path}: {issue}")
        print(f"Fehler: Die Richtlinie „{path}“ enthält {len(issues)} Fehler.", file=sys.stderr)
        return 1
    print("OK")
    return 0


def _term_list_issues(path: Path) -> list[str]:
    """Read every term list once, so a wrong CSV column shows up before deployment."""
    from anonymizer.policy import load_policy

    problems: list[str] = []
    for ref in load_policy(path).term_lists:
        try:
            load_term_list(ref.path, ref.column)
        except PolicyError as error:
            problems.append(str(error))
    return problems


def run_show(args: argparse.Namespace) -> int:
    effective = load_effective_policy(args.policy)
    for warning in effective.warnings:
        print(f"Warnung: {warning}", file=sys.stderr)
    if effective.ignored:
        print(
            f"Hinweis: {len(effective.ignored)} Einstellung(en) der Benutzer-Richtlinie werden ignoriert, "
            "weil sie Schutz wegnehmen würden (siehe \"ignored\").",
            file=sys.stderr,
        )
    sys.stdout.write(json.dumps(effective.to_json(), ensure_ascii=False, indent=2) + "\n")
    return 0
