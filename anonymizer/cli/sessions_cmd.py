"""``sessions list`` and ``sessions delete ID``: the kept (encrypted) sessions of this user."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from anonymizer.cli.common import add_policy_argument, effective_policy_for_args
from anonymizer.sessions import check_session_id, persistent_session_store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sessions", help="Aufbewahrte Sitzungen anzeigen oder löschen.")
    actions = parser.add_subparsers(dest="action", metavar="AKTION", required=True)
    listing = actions.add_parser("list", help="Aufbewahrte Sitzungen auflisten.")
    add_policy_argument(listing)
    listing.set_defaults(handler=run_list)
    delete = actions.add_parser("delete", help="Eine Sitzung samt Schlüssel löschen.")
    delete.add_argument("session_id", metavar="ID")
    add_policy_argument(delete)
    delete.set_defaults(handler=run_delete)


def run_list(args: argparse.Namespace) -> int:
    store = persistent_session_store(effective_policy_for_args(args).policy)
    sessions = store.list_sessions()
    for warning in store.warnings:
        print(f"Warnung: {warning}", file=sys.stderr)
    if not sessions:
        print("Keine aufbewahrten Sitzungen.")
        return 0
    print(f"{'ID':<24} {'zuletzt benutzt':<26} {'läuft ab':<26} Einträge")
    for info in sorted(sessions, key=lambda i: i.updated):
        print(f"{info.session_id:<24} {info.updated:<26} {info.expires:<26} {info.entities}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    store = persistent_session_store(effective_policy_for_args(args).policy)
    store.delete(check_session_id(args.session_id))
    print(f"Sitzung {args.session_id} gelöscht.")
    return 0
