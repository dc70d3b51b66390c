"""``restore ANSWER --session ID [-o OUT]``: put the originals back into a chatbot answer.

``ANSWER`` is a file (any format ``load_document`` reads) or ``-`` for stdin. Placeholders the
session does not know and originals the answer never mentions are listed on stderr, and a warning
goes there when the answer's placeholders were not issued by this session (another session's answer).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from anonymizer.cli.common import add_policy_argument, before_output, effective_policy_for_args
from anonymizer.documents import load_document
from anonymizer.documents.atomic import write_text_atomically
from anonymizer.sessions import check_session_id, persistent_session_store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("restore", help="Originale in eine Chatbot-Antwort zurückschreiben.")
    parser.add_argument("answer", metavar="ANTWORT", help="Datei mit der Antwort des Chatbots, oder - für stdin.")
    parser.add_argument("--session", required=True, metavar="ID", help="Die Sitzung, in der maskiert wurde.")
    parser.add_argument("-o", "--output", type=Path, metavar="AUSGABE")
    add_policy_argument(parser)
    parser.set_defaults(handler=run)


def _read_answer(source: str) -> tuple[str, str, Path | None]:
    if source == "-":
        return sys.stdin.read(), "stdin", None
    document = load_document(Path(source))
    return document.text, document.kind, document.path


def run(args: argparse.Namespace) -> int:
    policy = effective_policy_for_args(args).policy
    store = persistent_session_store(policy)
    session = store.load(check_session_id(args.session), policy)
    answer, kind, path = _read_answer(args.answer)
    result = session.restore(answer)
    before_output(args, "restore", [], kind)
    if args.output:
        write_text_atomically(args.output, result.text, path)
    else:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    if result.warning:
        print(f"Warnung: {result.warning}", file=sys.stderr)
    if result.unresolved:
        print(f"Nicht aufgelöste Platzhalter: {', '.join(result.unresolved)}", file=sys.stderr)
    if result.unmentioned:
        print(f"In der Antwort nicht erwähnt: {', '.join(result.unmentioned)}", file=sys.stderr)
    return 0
